// The filter as the URL and the controls hold it (codes and calendar days), and its translation into what the
// engine runs (masks and epoch bounds). Status without a choice means "what still needs work": open statuses.
import { chinaDayStart, DAY_MS, type IncidentFilter } from '../../lib/incident-filter';
import { EMPTY_URL_STATE, type UrlState } from '../../lib/url-state';

export type FilterState = Pick<UrlState, 'statuses' | 'categories' | 'sources' | 'departments' | 'from' | 'to' | 'overdue' | 'q'>;

export const filtersOf = (u: UrlState): FilterState => ({
  statuses: u.statuses,
  categories: u.categories,
  sources: u.sources,
  departments: u.departments,
  from: u.from,
  to: u.to,
  overdue: u.overdue,
  q: u.q,
});

export const DEFAULT_FILTERS = filtersOf(EMPTY_URL_STATE);

export const isDefaultFilter = (f: FilterState) =>
  (Object.keys(DEFAULT_FILTERS) as (keyof FilterState)[]).every((k) => f[k] === DEFAULT_FILTERS[k]);

/** A range whose end lies before its start is refused (the controls say so) rather than silently emptied. */
export const badRange = (f: Pick<FilterState, 'from' | 'to'>) => f.from !== null && f.to !== null && f.from > f.to;

export function engineFilter(f: FilterState, openStatuses: readonly string[], gridIds: ReadonlySet<number> | null): IncidentFilter {
  const ranged = !badRange(f);
  return {
    status: f.statuses ?? openStatuses,
    category: f.categories,
    source: f.sources,
    department: f.departments,
    gridIds,
    fromMs: ranged && f.from ? chinaDayStart(f.from) : null,
    toMs: ranged && f.to ? chinaDayStart(f.to) + DAY_MS : null,
    overdueOnly: f.overdue,
    text: f.q,
  };
}
