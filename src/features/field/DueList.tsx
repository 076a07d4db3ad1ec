// My due visits: overdue and never-visited households first, then by due day; a tap opens the household. The
// list comes a page at a time (keyset on due day and id), the count beside the title is the true total.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { DueVisit, DueVisitRow, HouseholdTag } from '../../data/types';
import { formatDate } from '../../lib/format';
import { vocabName } from '../../lib/vocab';

const PAGE = 100;
const WITHIN_DAYS = 7;

interface Props {
  backend: Backend;
  /** Changes whenever the list should be read again from the start. */
  version: string;
  tags: HouseholdTag[];
  onOpen(row: DueVisit): void;
  onError(e: unknown): void;
}

export function DueList({ backend, version, tags, onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const names = useMemo(() => new Map(tags.map((x) => [x.code, vocabName(x, lang)])), [tags, lang]);
  const [list, setList] = useState<{ version: string; rows: DueVisitRow[]; total: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (after: DueVisitRow | null) =>
      backend.field.dueVisitsPage(WITHIN_DAYS, after && { dueOn: after.due_on, householdId: after.household_id }, PAGE),
    [backend],
  );

  useEffect(() => {
    let live = true;
    load(null).then((rows) => live && setList({ version, rows, total: rows[0]?.total ?? 0 }), onError);
    return () => {
      live = false;
    };
  }, [load, version, onError]);

  const rows = list?.rows;
  const more = () => {
    if (!list) return;
    setBusy(true);
    load(list.rows[list.rows.length - 1] ?? null)
      .then((next) => setList((l) => (l && l.version === list.version ? { ...l, rows: [...l.rows, ...next], total: next[0]?.total ?? l.total } : l)), onError)
      .finally(() => setBusy(false));
  };

  return (
    <section className="field-section" data-testid="field-due">
      <h2>
        {t('field.dueVisits')} {list && <span className="count" data-testid="due-total">{list.total}</span>}
      </h2>
      {rows?.length === 0 && <p className="muted">{t('field.dueEmpty')}</p>}
      <ul className="field-rows due">
        {rows?.map((r) => (
          <li key={r.household_id}>
            <button
              type="button"
              className={r.overdue ? 'due-row overdue' : 'due-row'}
              data-testid="due-row"
              data-id={r.household_id}
              data-overdue={r.overdue}
              onClick={() => onOpen(r)}
            >
              <span className="address">{r.address}</span>
              <span className="meta">
                {r.head_name} · {t('field.cadence', { days: r.interval_days })}
                {r.tags.length > 0 && ` · ${r.tags.map((c) => names.get(c) ?? c).join('、')}`}
              </span>
              <span className="when">
                {r.overdue && <b className="bad">{t('field.overdueTag')} </b>}
                {r.due_on ? t('field.dueOn', { date: formatDate(r.due_on, lang) }) : t('field.neverVisited')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {list && list.rows.length < list.total && (
        <button type="button" className="load-more" disabled={busy} onClick={more} data-testid="due-more">
          {t('register.loadMore', { shown: list.rows.length, total: list.total })}
        </button>
      )}
    </section>
  );
}
