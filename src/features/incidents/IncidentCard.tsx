// A small card for a clicked pin: what, where, when, and how far it got.
import { useTranslation } from 'react-i18next';
import type { IncidentPin, Vocabularies } from '../../data/types';
import { vocabName } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';

export function IncidentCard({ pin, vocab, onClose }: { pin: IncidentPin; vocab: Vocabularies; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = (list: { code: string; name_zh: string; name_en: string }[], code: string) => {
    const row = list.find((x) => x.code === code);
    return row ? vocabName(row, lang) : code;
  };
  const status = vocab.statuses.find((s) => s.code === pin.status);
  return (
    <div className="incident-card" data-testid="incident-card">
      <button type="button" className="close" onClick={onClose} aria-label={t('grid.close')}>
        ×
      </button>
      <h3>{pin.title}</h3>
      <p>
        <span className="badge" style={{ background: status?.color }}>
          {name(vocab.statuses, pin.status)}
        </span>
      </p>
      <dl>
        <dt>{t('incidents.category')}</dt>
        <dd>{name(vocab.categories, pin.category)}</dd>
        <dt>{t('incidents.source')}</dt>
        <dd>{name(vocab.sources, pin.source)}</dd>
        <dt>{t('incidents.reportedAt')}</dt>
        <dd>{formatDateTime(pin.reported_at, lang)}</dd>
        <dt>{t('incidents.dueAt')}</dt>
        <dd>{formatDateTime(pin.due_at, lang)}</dd>
      </dl>
    </div>
  );
}
