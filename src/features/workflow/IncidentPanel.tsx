// The open incident: facts, photos, the actions this user may take now (as the database lists them), the
// resident's rating and the timeline. Every change goes through one workflow function; a refusal is shown in
// the user's language and the form keeps what was typed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { AppRole, IncidentDetail, Vocabularies } from '../../data/types';
import { vocabLabel } from '../../lib/vocab';
import { ActionForm, type ActionMode, type ActionValues } from './ActionForm';
import { IncidentFacts } from './IncidentFacts';
import { PhotoStrip } from './PhotoStrip';
import { RatingForm } from './RatingForm';
import { Timeline } from './Timeline';
import { useIncidentDetail } from './use-incident-detail';
import './workflow.css';

interface Props {
  backend: Backend;
  id: number;
  vocab: Vocabularies;
  session: number;
  version: number;
  /** The signed-in user's role, null for an anonymous visitor. */
  role: AppRole | null;
  onClose(): void;
  onError(e: unknown): void;
}

function perform(backend: Backend, d: IncidentDetail, mode: ActionMode, v: ActionValues): Promise<void> {
  if (mode.kind === 'dispatch') return backend.dispatchIncident(d.id, v.departmentId!, v.assignee, v.note);
  if (mode.kind === 'recategorise') return backend.recategoriseIncident(d.id, v.category!, v.note);
  if (mode.action === 'reopen') return backend.reopenIncident(d.id, v.note ?? '');
  return backend.transitionIncident(d.id, mode.to as IncidentDetail['status'], v.note);
}

export default function IncidentPanel({ backend, id, vocab, session, version, role, onClose, onError }: Props) {
  const { t, i18n } = useTranslation();
  const { detail: d, loading, reload } = useIncidentDetail(backend, id, session, version);
  const [mode, setMode] = useState<{ mode: ActionMode; title: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (change: () => Promise<void>) => {
    setBusy(true);
    try {
      await change();
      setMode(null);
      reload();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!d) {
    return (
      <section className="card incident-card" data-testid="incident-card" aria-busy={loading}>
        <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
        <p className="muted">{loading ? t('workflow.loading') : t('workflow.notVisible')}</p>
      </section>
    );
  }

  const status = vocab.statuses.find((s) => s.code === d.status);
  const open = !!status?.is_open;
  const buttons: { key: string; title: string; mode: ActionMode }[] = d.actions.map((a) => ({
    key: a.action,
    title: t(`workflow.actions.${a.action}`),
    mode: a.action === 'dispatch' ? { kind: 'dispatch', reroute: false } : { kind: 'transition', action: a.action, to: a.to_status, noteRequired: a.note_required },
  }));
  if (d.can_manage && open) {
    buttons.push({ key: 'recategorise', title: t('workflow.actions.recategorise'), mode: { kind: 'recategorise' } });
    if (d.department_id !== null && !d.actions.some((a) => a.action === 'dispatch')) {
      buttons.push({ key: 'reroute', title: t('workflow.actions.reroute'), mode: { kind: 'dispatch', reroute: true } });
    }
  }
  // "Me too" is the public's voice (FixMyStreet's "this affects me too"); staff act on the incident instead.
  const canSupport = role === 'resident' && open && !d.is_reporter && !d.supported;

  return (
    <section className="card incident-card" data-testid="incident-card" data-status={d.status} aria-label={d.title}>
      <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
      <p className="incident-no">{t('workflow.number', { id: d.id })}</p>
      <h3>{d.title}</h3>
      <p className="badges">
        <span className="badge" data-testid="incident-status" style={{ background: status?.color ?? '#777' }}>
          {vocabLabel(vocab.statuses, d.status, i18n.language)}
        </span>
        {d.overdue && <span className="badge overdue">{t('incidents.overdue')}</span>}
      </p>
      {d.description && <p className="incident-description">{d.description}</p>}
      <PhotoStrip backend={backend} photos={d.photos} />
      <IncidentFacts d={d} vocab={vocab} />

      {mode ? (
        <ActionForm
          key={mode.title}
          mode={mode.mode}
          title={mode.title}
          vocab={vocab}
          current={{ category: d.category, departmentId: d.department_id }}
          busy={busy}
          onCancel={() => setMode(null)}
          onSubmit={(v) => void run(() => perform(backend, d, mode.mode, v))}
        />
      ) : (
        (buttons.length > 0 || canSupport) && (
          <div className="action-bar" data-testid="incident-actions">
            {buttons.map((b) => (
              <button key={b.key} type="button" data-action={b.key} onClick={() => setMode({ mode: b.mode, title: b.title })}>
                {b.title}
              </button>
            ))}
            {canSupport && (
              <button type="button" data-action="support" disabled={busy} onClick={() => void run(() => backend.supportIncident(d.id))}>
                {t('workflow.actions.support')}
              </button>
            )}
          </div>
        )
      )}
      {d.can_rate && !mode && <RatingForm busy={busy} onSubmit={(r, c) => void run(() => backend.rateIncident(d.id, r, c))} />}

      <h4>{t('workflow.timeline')}</h4>
      <Timeline events={d.events} vocab={vocab} />
    </section>
  );
}
