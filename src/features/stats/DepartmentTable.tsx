// Department league table (部门办理排行): what each department was sent in the scope and how it did, most
// received first. A row click filters the map and the list to that department.
import { useTranslation } from 'react-i18next';
import type { DepartmentRow, Department } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { vocabName } from '../../lib/vocab';
import { formatDuration, formatRating, DASH } from './kpi-format';

interface Props {
  rows: DepartmentRow[];
  departments: Department[];
  chosen: readonly string[] | null;
  onSelect?(id: number): void;
}

export function DepartmentTable({ rows, departments, chosen, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = (id: number) => {
    const d = departments.find((x) => x.id === id);
    return d ? vocabName(d, lang) : String(id);
  };
  const hours = (h: number | null) => {
    const d = formatDuration(h, lang);
    return d ? t(`stats.kpi.${d.unit}`, { value: d.value }) : DASH;
  };
  const sorted = [...rows].sort((a, b) => b.received - a.received);
  return (
    <table className="league">
      <thead>
        <tr>
          <th>{t('filters.department')}</th>
          <th>{t('stats.series.received')}</th>
          <th>{t('stats.series.resolved')}</th>
          <th>{t('stats.series.open')}</th>
          <th>{t('stats.series.overdue')}</th>
          <th>{t('stats.kpi.medianHours')}</th>
          <th>{t('stats.series.satisfaction')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr
            key={r.department_id}
            data-testid="department-row"
            data-id={r.department_id}
            aria-selected={chosen?.includes(String(r.department_id)) ?? false}
            tabIndex={onSelect ? 0 : undefined}
            onClick={onSelect ? () => onSelect(r.department_id) : undefined}
            onKeyDown={onSelect ? (e) => e.key === 'Enter' && onSelect(r.department_id) : undefined}
          >
            <th scope="row">{name(r.department_id)}</th>
            <td>{formatNumber(r.received, lang)}</td>
            <td>{formatNumber(r.resolved, lang)}</td>
            <td>{formatNumber(r.open, lang)}</td>
            <td className={r.overdue > 0 ? 'alert' : undefined}>{formatNumber(r.overdue, lang)}</td>
            <td>{hours(r.median_hours)}</td>
            <td>{formatRating(r.satisfaction, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The table's figures as CSV rows, named in the current language. */
export function departmentCsv(rows: DepartmentRow[], departments: Department[], lang: string) {
  return rows.map((r) => {
    const d = departments.find((x) => x.id === r.department_id);
    return [d ? vocabName(d, lang) : String(r.department_id), r.received, r.resolved, r.open, r.overdue, r.median_hours, r.satisfaction];
  });
}
