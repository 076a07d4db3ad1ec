// A small card for a clicked pin: what, which grid, how it came in, when, and whether it is overdue.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentPin, Vocabularies } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { vocabLabel } from '../../lib/vocab';

interface Props {
  pin: IncidentPin;
  vocab: Vocabularies;
  gridLabel: string | null;
  onClose(): void;
}

export default function IncidentCard({ pin, vocab, gridLabel, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [now] = useState(() => Date.now());
  const lang = i18n.language;
  const status = vocab.statuses.find((s) => s.code === pin.status);
  const overdue = !!status?.is_open && pin.due_at !== null && Date.parse(pin.due_at) < now;
  return (
    <section className="card incident-card" data-testid="incident-card" aria-label={pin.title}>
      <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
      <h3>{pin.title}</h3>
      <p className="badges">
        <span className="badge" style={{ background: status?.color ?? '#777' }}>
          {vocabLabel(vocab.statuses, pin.status, lang)}
        </span>
        {overdue && <span className="badge overdue">{t('incidents.overdue')}</span>}
      </p>
      <dl>
        <dt>{t('incidents.category')}</dt>
        <dd>{vocabLabel(vocab.categories, pin.category, lang)}</dd>
        <dt>{t('incidents.source')}</dt>
        <dd>{vocabLabel(vocab.sources, pin.source, lang)}</dd>
        {gridLabel && (
          <>
            <dt>{t('incidents.grid')}</dt>
            <dd>{gridLabel}</dd>
          </>
        )}
        <dt>{t('incidents.reportedAt')}</dt>
        <dd>{formatDateTime(pin.reported_at, lang)}</dd>
        <dt>{t('incidents.dueAt')}</dt>
        <dd>{formatDateTime(pin.due_at, lang)}</dd>
        {pin.resolved_at && (
          <>
            <dt>{t('incidents.resolvedAt')}</dt>
            <dd>{formatDateTime(pin.resolved_at, lang)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
