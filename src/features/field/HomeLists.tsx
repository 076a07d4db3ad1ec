// The smaller lists of the worker's home: grids with their visit counts, open incidents, courtyards to inspect.
import { useTranslation } from 'react-i18next';
import type { FieldCourtyard, FieldGrid, FieldIncident, IncidentStatusEntry } from '../../data/types';
import { formatDate, formatDateTime } from '../../lib/format';
import { routePath } from '../../lib/route';
import { vocabLabel } from '../../lib/vocab';
import { dayInShanghai } from '../../lib/visit-form';

export function HomeGrids({ grids }: { grids: FieldGrid[] | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="field-section" data-testid="field-grids">
      <h2>{t('field.myGrids')}</h2>
      <ul className="field-cards">
        {grids?.map((g) => (
          <li key={g.id} className="grid-card" data-testid="field-grid" data-overdue={g.overdue}>
            <strong>{g.code}</strong> <span>{g.name}</span>{' '}
            <a href={`${routePath({ page: 'grid-sheet' }, import.meta.env.BASE_URL)}?grid=${g.id}`} data-testid="field-grid-sheet">
              {t('gridSheet.link')}
            </a>
            <div className="counts">
              <span>{t('field.households', { count: g.households })}</span>
              <span className={g.overdue > 0 ? 'bad' : ''}>{t('field.overdue', { count: g.overdue })}</span>
              <span>{t('field.dueWeek', { count: g.due_week })}</span>
              <span>{t('field.visited30', { count: g.visited_30d })}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomeIncidents({ incidents, statuses }: { incidents: FieldIncident[] | undefined; statuses: IncidentStatusEntry[] }) {
  const { t, i18n } = useTranslation();
  const base = routePath({ page: 'map' }, import.meta.env.BASE_URL);
  return (
    <section className="field-section" data-testid="field-incidents">
      <h2>{t('field.myIncidents')}</h2>
      {incidents?.length === 0 && <p className="muted">{t('field.incidentsEmpty')}</p>}
      <ul className="field-rows">
        {incidents?.map((i) => (
          <li key={i.id} data-testid="field-incident" data-id={i.id}>
            <a href={`${base}?incident=${i.id}`}>{i.title}</a>
            <span className="meta">
              {vocabLabel(statuses, i.status, i18n.language)} · {formatDateTime(i.reported_at, i18n.language)}
              {i.overdue && <b className="bad"> · {t('field.overdueTag')}</b>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomeCourtyards({ courtyards }: { courtyards: FieldCourtyard[] | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="field-section" data-testid="field-courtyards">
      <h2>{t('field.courtyardsToInspect')}</h2>
      {courtyards?.length === 0 && <p className="muted">{t('field.courtyardsEmpty')}</p>}
      <ul className="field-rows">
        {courtyards?.map((c) => (
          <li key={c.id} data-testid="field-courtyard">
            <span className={`risk-dot ${c.risk_level}`} aria-hidden />
            <span>{c.name}</span>
            <span className="meta">
              {c.last_inspected_at ? t('field.inspectionDue', { date: formatDate(c.due_at && dayInShanghai(new Date(c.due_at)), i18n.language) }) : t('field.neverInspected')}
              {c.overdue && <b className="bad"> · {t('field.overdueTag')}</b>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
