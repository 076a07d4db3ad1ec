// My due visits: overdue and never-visited households first, then by due day; a tap opens the household.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueVisit, HouseholdTag } from '../../data/types';
import { formatDate } from '../../lib/format';
import { vocabName } from '../../lib/vocab';

interface Props {
  rows: DueVisit[] | undefined;
  tags: HouseholdTag[];
  onOpen(row: DueVisit): void;
}

export function DueList({ rows, tags, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const names = useMemo(() => new Map(tags.map((x) => [x.code, vocabName(x, lang)])), [tags, lang]);
  return (
    <section className="field-section" data-testid="field-due">
      <h2>
        {t('field.dueVisits')} {rows && <span className="count">{rows.length}</span>}
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
    </section>
  );
}
