// Editing the record (head, size, notes, tags from the controlled vocabulary with the day each was added): the
// changed fields go into the outbox with the values they were based on, so an edit made offline or racing a
// colleague's is refused as a conflict and shown, not written over the other change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdEdit, HouseholdRecord, HouseholdTag } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { formatDate } from '../../lib/format';
import { outboxError, type Outbox } from '../../lib/outbox';
import { editDiff, toggleTag } from '../../lib/record-edit';
import { vocabName } from '../../lib/vocab';

interface Props {
  record: HouseholdRecord;
  outbox: Outbox;
  tags: HouseholdTag[];
  onSaved(): void;
}

export function RecordEdit({ record, outbox, tags, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<HouseholdEdit>({ head_name: record.head_name, size: record.size, notes: record.notes ?? '', tags: record.tags });
  const since = new Map(record.tag_history.filter((x) => !x.until).map((x) => [x.tag, x.since]));
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const { base, changes } = editDiff(record, draft);
    if (Object.keys(changes).length === 0) return;
    setBusy(true);
    const id = crypto.randomUUID();
    await outbox.enqueue(id, 'household_update', { householdId: record.id, base, changes });
    const report = await outbox.flush();
    const left = (await outbox.list()).find((i) => i.id === id);
    setBusy(false);
    if (report.sent.some((s) => s.item.id === id)) {
      setMessage(t('register.saved'));
      onSaved();
    } else setMessage(left?.error ? errorMessageText(outboxError(left)) : t('field.queued', { count: 1 }));
  };

  return (
    <form className="record-edit" onSubmit={(e) => void save(e)} data-testid="record-edit">
      <label>
        {t('field.head')}
        <input value={draft.head_name ?? ''} onChange={(e) => setDraft({ ...draft, head_name: e.target.value })} data-testid="edit-head" />
      </label>
      <label>
        {t('field.size')}
        <input type="number" min={0} max={30} value={draft.size ?? 0} onChange={(e) => setDraft({ ...draft, size: Number(e.target.value) })} data-testid="edit-size" />
      </label>
      <label>
        {t('field.notes')}
        <textarea rows={3} maxLength={2000} value={draft.notes ?? ''} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} data-testid="edit-notes" />
      </label>
      <fieldset className="tag-edit" data-testid="edit-tags">
        <legend>{t('register.tags')}</legend>
        {tags.map((tag) => {
          const on = draft.tags?.includes(tag.code) ?? false;
          const from = since.get(tag.code);
          return (
            <label key={tag.code} className="check">
              <input
                type="checkbox"
                checked={on}
                onChange={() => setDraft({ ...draft, tags: toggleTag(draft.tags ?? [], tag.code) })}
                data-testid={`edit-tag-${tag.code}`}
              />
              {vocabName(tag, i18n.language)}
              {on && from && <span className="muted">{t('field.tagSince', { since: formatDate(from, i18n.language) })}</span>}
            </label>
          );
        })}
      </fieldset>
      <button type="submit" className="primary" disabled={busy} data-testid="edit-save">
        {busy ? t('field.saving') : t('field.save')}
      </button>
      {message && <p className="field-note" role="status" data-testid="edit-message">{message}</p>}
    </form>
  );
}
