// The form behind one action button: a note (required where the workflow says so), plus the department and
// person for a dispatch or re-route, or the new category for a re-categorisation. The database has the last
// word; this form only keeps people from sending what it would refuse anyway.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabularies } from '../../data/types';
import { vocabName } from '../../lib/vocab';

export type ActionMode =
  | { kind: 'transition'; action: string; to: string; noteRequired: boolean }
  | { kind: 'dispatch'; reroute: boolean }
  | { kind: 'recategorise' };

export interface ActionValues {
  note: string | null;
  departmentId: number | null;
  assignee: string | null;
  category: string | null;
}

interface Props {
  mode: ActionMode;
  title: string;
  vocab: Vocabularies;
  current: { category: string; departmentId: number | null };
  busy: boolean;
  onSubmit(values: ActionValues): void;
  onCancel(): void;
}

export function ActionForm({ mode, title, vocab, current, busy, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const [departmentId, setDepartmentId] = useState<number | null>(mode.kind === 'dispatch' && !mode.reroute ? current.departmentId : null);
  const [assignee, setAssignee] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const noteRequired = mode.kind === 'transition' ? mode.noteRequired : mode.kind === 'recategorise' || (mode.kind === 'dispatch' && mode.reroute);
  const complete =
    (!noteRequired || note.trim().length > 0) &&
    (mode.kind !== 'dispatch' || departmentId !== null) &&
    (mode.kind !== 'recategorise' || category !== null);
  return (
    <form
      className="action-form"
      data-testid="action-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onSubmit({ note: note.trim() || null, departmentId, assignee: assignee.trim() || null, category });
      }}
    >
      <h4>{title}</h4>
      {mode.kind === 'dispatch' && (
        <>
          <label>
            {t('workflow.department')}
            <select
              data-testid="dispatch-department"
              value={departmentId ?? ''}
              onChange={(e) => setDepartmentId(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">{t('workflow.choose')}</option>
              {vocab.departments
                .filter((d) => !mode.reroute || d.id !== current.departmentId)
                .map((d) => (
                  <option key={d.id} value={d.id}>
                    {vocabName(d, i18n.language)}
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t('workflow.assignee')}
            <input value={assignee} maxLength={60} onChange={(e) => setAssignee(e.target.value)} placeholder={t('workflow.assigneeHint')} />
          </label>
        </>
      )}
      {mode.kind === 'recategorise' && (
        <label>
          {t('workflow.newCategory')}
          <select data-testid="recategorise-category" value={category ?? ''} onChange={(e) => setCategory(e.target.value || null)}>
            <option value="">{t('workflow.choose')}</option>
            {vocab.categories
              .filter((c) => c.code !== current.category)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {vocabName(c, i18n.language)}
                </option>
              ))}
          </select>
        </label>
      )}
      <label>
        {noteRequired ? t('workflow.noteRequired') : t('workflow.note')}
        <textarea data-testid="action-note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="form-buttons">
        <button type="button" onClick={onCancel}>
          {t('workflow.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="action-submit" disabled={!complete || busy}>
          {busy ? t('workflow.saving') : t('workflow.confirm')}
        </button>
      </div>
    </form>
  );
}
