// 整改: the rectification tasks failed checks opened, open ones first with their deadline; whoever may inspect
// the courtyard closes one with a note on what was done, and the database scores the courtyard again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rectification } from '../../data/types';
import { formatDateTime } from '../../lib/format';

interface Props {
  rows: Rectification[];
  mayClose: boolean;
  busy: boolean;
  itemName(code: string): string;
  onClose(id: number, note: string): void;
}

export function Rectifications({ rows, mayClose, busy, itemName, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [closing, setClosing] = useState<number | null>(null);
  const [note, setNote] = useState('');
  if (!rows.length) return <p className="muted">{t('courtyard.noRectifications')}</p>;
  const ordered = [...rows].sort((a, b) => Number(a.closed_at !== null) - Number(b.closed_at !== null) || a.due_at.localeCompare(b.due_at));
  return (
    <ul className="rectifications" data-testid="rectifications" data-open={rows.filter((r) => !r.closed_at).length}>
      {ordered.map((r) => (
        <li key={r.id} className={r.closed_at ? 'closed' : r.overdue ? 'overdue' : 'open'} data-testid="rectification" data-item={r.item}>
          <div className="rect-head">
            <b>{itemName(r.item)}</b>
            {r.closed_at ? (
              <span className="muted">{t('courtyard.rectClosed', { date: formatDateTime(r.closed_at, lang), name: r.closed_by_name ?? '—' })}</span>
            ) : (
              <span className={r.overdue ? 'rect-due overdue' : 'rect-due'}>
                {t('courtyard.rectDue', { date: formatDateTime(r.due_at, lang) })}
                {r.overdue && ` · ${t('courtyard.rectOverdue')}`}
              </span>
            )}
          </div>
          {r.note && <p className="cy-note">{r.note}</p>}
          {!r.closed_at && mayClose && closing !== r.id && (
            <button type="button" data-testid="rectification-close" onClick={() => {
                setClosing(r.id);
                setNote('');
              }}>
              {t('courtyard.rectClose')}
            </button>
          )}
          {closing === r.id && (
            <form
              className="cy-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (note.trim()) onClose(r.id, note.trim());
              }}
            >
              <label>
                {t('courtyard.rectNote')}
                <textarea data-testid="rectification-note" value={note} maxLength={2000} placeholder={t('courtyard.rectNotePlaceholder')} onChange={(e) => setNote(e.target.value)} />
              </label>
              <div className="cy-form-buttons">
                <button type="button" onClick={() => setClosing(null)}>
                  {t('workflow.cancel')}
                </button>
                <button type="submit" className="primary" data-testid="rectification-submit" disabled={!note.trim() || busy}>
                  {busy ? t('workflow.saving') : t('workflow.confirm')}
                </button>
              </div>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
