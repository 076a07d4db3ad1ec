// 记录走访 on a phone: date, kind, findings, needs, follow-up, up to three photos, and "report this finding as an
// incident". The visit goes into the outbox with a client id fixed when the form opened: pressing save twice, or a
// resend after a lost answer, is the same visit, counted once by the database. Its photos follow it in the outbox,
// each with an id fixed when it was chosen, so they too are stored once however often they are sent.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentCategory, VisitKind, VisitResult } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { outboxError, type Outbox } from '../../lib/outbox';
import { vocabName } from '../../lib/vocab';
import { newVisitForm, visitInput, VISIT_MAX_PHOTOS, type VisitForm as Form } from '../../lib/visit-form';
import { PhotoPicker } from '../../ui/PhotoPicker';
import { usePhotoAttachments } from '../../ui/use-photo-attachments';

const KINDS: VisitKind[] = ['home', 'phone', 'outdoor', 'online'];

interface Props {
  householdId: number;
  outbox: Outbox;
  categories: IncidentCategory[];
  onSaved(): void;
}

type Outcome = { kind: 'saved'; result: VisitResult; photoError: unknown } | { kind: 'queued' } | { kind: 'error'; error: unknown };

export function VisitForm({ householdId, outbox, categories, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<Form>(() => newVisitForm(crypto.randomUUID()));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const photos = usePhotoAttachments(VISIT_MAX_PHOTOS);
  const photoIds = useRef(new Map<number, string>());
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const processing = photos.items.some((a) => !a.upload);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      await outbox.enqueue(form.clientId, 'visit', visitInput(form, householdId));
      const photoItems: string[] = [];
      for (const a of photos.items) {
        if (!a.upload) continue;
        const photoId = photoIds.current.get(a.key) ?? crypto.randomUUID();
        photoIds.current.set(a.key, photoId);
        const id = `${form.clientId}/${photoId}`;
        photoItems.push(id);
        await outbox.enqueue(id, 'visit_photo', { householdId, visitClientId: form.clientId, photoId, photo: a.upload });
      }
      const report = await outbox.flush();
      const sent = report.sent.find((s) => s.item.id === form.clientId);
      const left = await outbox.list();
      const refused = (id: string) => left.find((i) => i.id === id && i.error);
      const visitRefused = refused(form.clientId);
      const photoRefused = photoItems.map(refused).find(Boolean);
      if (sent) {
        // A refused photo is shown here and dropped; the visit itself stands.
        for (const id of photoItems) if (refused(id)) await outbox.discard(id);
        setOutcome({ kind: 'saved', result: sent.answer as VisitResult, photoError: photoRefused ? outboxError(photoRefused) : null });
        onSaved();
      } else if (visitRefused) {
        // Refused: take it (and its photos) out of the queue and show why here, where the worker can fix the form.
        for (const id of [form.clientId, ...photoItems]) await outbox.discard(id);
        setOutcome({ kind: 'error', error: outboxError(visitRefused) });
      } else {
        setOutcome({ kind: 'queued' });
      }
    } catch (error) {
      setOutcome({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="visit-form" onSubmit={(e) => void submit(e)} data-testid="visit-form">
      <h3>{t('field.visitTitle')}</h3>
      <label>
        {t('field.visitDate')}
        <input type="date" value={form.visitedOn} onChange={(e) => set('visitedOn', e.target.value)} data-testid="visit-date" required />
      </label>
      <label>
        {t('field.visitKind')}
        <select value={form.kind} onChange={(e) => set('kind', e.target.value as VisitKind)} data-testid="visit-kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`field.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('field.findings')}
        <textarea rows={3} maxLength={2000} value={form.findings} onChange={(e) => set('findings', e.target.value)} data-testid="visit-findings" />
      </label>
      <label>
        {t('field.needs')}
        <textarea rows={2} maxLength={1000} value={form.needs} onChange={(e) => set('needs', e.target.value)} data-testid="visit-needs" />
      </label>
      <label>
        {t('field.followUp')}
        <input maxLength={1000} value={form.followUp} onChange={(e) => set('followUp', e.target.value)} data-testid="visit-follow-up" />
      </label>
      <label>
        {t('field.followUpOn')}
        <input type="date" value={form.followUpOn} onChange={(e) => set('followUpOn', e.target.value)} />
      </label>
      <PhotoPicker
        items={photos.items}
        problems={photos.problems}
        disabled={busy}
        max={VISIT_MAX_PHOTOS}
        onAdd={(f) => void photos.add(f)}
        onRemove={photos.remove}
      />
      <label className="check">
        <input type="checkbox" checked={form.toIncident} onChange={(e) => set('toIncident', e.target.checked)} data-testid="visit-to-incident" />
        {t('field.toIncident')}
      </label>
      {form.toIncident && (
        <label>
          {t('field.incidentCategory')}
          <select
            value={form.incidentCategory}
            onChange={(e) => set('incidentCategory', e.target.value)}
            data-testid="visit-category"
            required
          >
            <option value="" />
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {vocabName(c, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="primary" disabled={busy || processing} data-testid="visit-submit">
        {busy ? t('field.saving') : t('field.submitVisit')}
      </button>
      {outcome?.kind === 'saved' && (
        <p className="field-ok" role="status" data-testid="visit-saved" data-incident={outcome.result.incident_id ?? ''}>
          {outcome.result.duplicate
            ? t('field.visitDuplicate')
            : outcome.result.incident_id
              ? t('field.visitSavedIncident', { id: outcome.result.incident_id })
              : t('field.visitSaved')}
        </p>
      )}
      {outcome?.kind === 'saved' && outcome.photoError !== null && (
        <p className="field-error" role="alert" data-testid="visit-photo-error">
          {t('register.photoRefused', { reason: errorMessageText(outcome.photoError) })}
        </p>
      )}
      {outcome?.kind === 'queued' && (
        <p className="field-note" role="status" data-testid="visit-queued">
          {t('field.visitQueued')}
        </p>
      )}
      {outcome?.kind === 'error' && (
        <p className="field-error" role="alert" data-testid="visit-error">
          {errorMessageText(outcome.error)}
        </p>
      )}
    </form>
  );
}
