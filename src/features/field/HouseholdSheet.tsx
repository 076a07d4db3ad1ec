// A household's record on a phone: who lives there (members, numbers masked with logged reveals), its tags and
// since when, notes, status, visits with their photos, recent changes; from here the worker records a visit, edits
// the record and its members and moves the household out or marks it vacant (after a confirmation) — every change
// through the outbox, conflicts shown.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { HouseholdRecord, HouseholdStatus, Vocabularies } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { formatDate, formatDateTime } from '../../lib/format';
import type { Outbox } from '../../lib/outbox';
import { useQuery } from '../../lib/use-query';
import { vocabLabel } from '../../lib/vocab';
import { PhoneReveal } from '../../ui/PhoneReveal';
import { StoredPhotos } from '../../ui/StoredPhotos';
import { MemberList } from './MemberList';
import { RecordEdit } from './RecordEdit';
import { sendNow } from './use-outbox';
import { VisitForm } from './VisitForm';

interface Props {
  backend: Backend;
  outbox: Outbox;
  householdId: number;
  vocab: Vocabularies;
  onClose(): void;
  onChanged(): void;
}

type Mode = 'view' | 'visit' | 'edit';

export function HouseholdSheet({ backend, outbox, householdId, vocab, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [mode, setMode] = useState<Mode>('visit');
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState<HouseholdStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const record = useQuery(`record:${householdId}:${version}`, () => backend.field.record(householdId), setError);
  const h = record.latest;
  const reload = () => {
    setVersion((v) => v + 1);
    onChanged();
  };
  const setStatus = (status: HouseholdStatus) => {
    setError(null);
    setNote(null);
    setConfirming(null);
    sendNow(outbox, 'household_status', { householdId, status, note: reason.trim() || null }).then((o) => {
      if (o.kind === 'refused') return setError(o.error);
      setReason('');
      setNote(o.kind === 'queued' ? t('register.queued') : null);
      reload();
    }, setError);
  };
  const statusLabel = (s: HouseholdStatus) => t(s === 'moved_out' ? 'field.moveOut' : s === 'vacant' ? 'field.markVacant' : 'field.markActive');
  const tag = (code: string) => vocabLabel(vocab.householdTags, code, lang);

  return (
    <div className="field-sheet" role="dialog" aria-label={t('field.record')} data-testid="household-sheet">
      <header>
        <h2 data-testid="sheet-title">{h?.address ?? '…'}</h2>
        <button type="button" onClick={onClose} data-testid="sheet-close">
          {t('field.close')}
        </button>
      </header>
      <nav className="sheet-tabs">
        {(['visit', 'view', 'edit'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)} data-testid={`sheet-tab-${m}`}>
            {t(m === 'visit' ? 'field.recordVisit' : m === 'view' ? 'field.record' : 'field.edit')}
          </button>
        ))}
      </nav>
      {error !== null && (
        <p className="field-error" role="alert" data-testid="sheet-error">
          {errorMessageText(error)}
        </p>
      )}
      {mode === 'visit' && <VisitForm householdId={householdId} outbox={outbox} categories={vocab.categories} onSaved={reload} />}
      {mode === 'edit' && h && <RecordEdit record={h} outbox={outbox} tags={vocab.householdTags} onSaved={reload} />}
      {mode === 'view' && h && <RecordView backend={backend} record={h} tag={tag} />}
      {mode === 'view' && h && (
        <>
          <dl className="facts">
            <dt>{t('field.phone')}</dt>
            <dd>
              {h.phone ? <PhoneReveal masked={h.phone} reveal={() => backend.revealHouseholdPhone(h.id)} onError={setError} /> : '—'}
            </dd>
          </dl>
          <MemberList backend={backend} outbox={outbox} record={h} onChanged={reload} onError={setError} />
          <section className="status-actions">
            <input placeholder={t('field.statusReason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="status-reason" />
            {confirming ? (
              <p className="status-confirm" role="alertdialog" data-testid="status-confirm-box">
                {t('register.confirmStatus', { action: statusLabel(confirming), address: h.address })}
                <button type="button" className="danger" onClick={() => setStatus(confirming)} data-testid="status-confirm">
                  {t('register.confirm')}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('register.cancel')}
                </button>
              </p>
            ) : (
              (['moved_out', 'vacant', 'active'] as const)
                .filter((s) => s !== h.status)
                .map((s) => (
                  <button key={s} type="button" onClick={() => setConfirming(s)} data-testid={`status-${s.replace('_', '-')}`}>
                    {statusLabel(s)}
                  </button>
                ))
            )}
            {note && <p className="field-note" role="status">{note}</p>}
          </section>
          <section>
            <h3>{t('field.changes')}</h3>
            {h.changes.length === 0 && <p className="muted">{t('field.changesEmpty')}</p>}
            <ul className="changes" data-testid="record-changes">
              {h.changes.map((c, i) => (
                <li key={i}>
                  <span className="muted">{formatDateTime(c.at, lang)} {c.actor}</span>{' '}
                  {t('field.changeLine', { field: c.field ?? c.action, old: c.old ?? '—', new: c.new ?? '—' })}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function RecordView({ backend, record: h, tag }: { backend: Backend; record: HouseholdRecord; tag(code: string): string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section data-testid="record-view">
      <dl className="facts">
        <dt>{t('field.head')}</dt>
        <dd data-testid="record-head">{h.head_name}</dd>
        <dt>{t('field.size')}</dt>
        <dd>{h.size}</dd>
        <dt>{t('field.status')}</dt>
        <dd data-testid="record-status" data-status={h.status}>
          {t(`field.statuses.${h.status}`)}
        </dd>
        <dt>{t('field.notes')}</dt>
        <dd>{h.notes ?? '—'}</dd>
      </dl>
      <h3>{t('field.visits')}</h3>
      <ul className="visits" data-testid="record-visits" data-count={h.visit_count}>
        {h.visits.map((v) => (
          <li key={v.id} data-testid="record-visit">
            <b>{formatDate(v.visited_on, lang)}</b> {t(`field.kinds.${v.kind}`)} · {v.visitor ?? '—'}
            {v.findings && <div>{v.findings}</div>}
            {v.needs && <div className="muted">{t('field.needs')}：{v.needs}</div>}
            {v.incident_id && <div className="muted">{t('field.incidentLink', { id: v.incident_id })}</div>}
            <StoredPhotos backend={backend} paths={v.photos ?? []} testId="visit-photos" />
          </li>
        ))}
      </ul>
      <h3>{t('field.tagHistory')}</h3>
      <ul className="tag-history" data-testid="tag-history">
        {h.tag_history.map((x, i) => (
          <li key={i} className={x.until ? 'closed' : ''}>
            <b>{tag(x.tag)}</b>{' '}
            {x.until
              ? t('field.tagUntil', { since: formatDate(x.since, lang), until: formatDate(x.until, lang) })
              : t('field.tagSince', { since: formatDate(x.since, lang) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
