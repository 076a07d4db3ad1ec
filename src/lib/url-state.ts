// What a shared link must reproduce: the selected grid, every incident filter, the list's order, the heatmap
// switch and the map view. Values that are not plausible codes, dates or coordinates are dropped, not trusted.
import type { IncidentFilterFields, RiskLevel } from '../data/types';
import { SORT_KEYS, type Sort, type SortKey } from './incident-sort';
import { isRiskLevel } from './risk-level';

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState extends IncidentFilterFields {
  grid: string | null;
  heat: boolean;
  sort: Sort | null;
  view: MapView | null;
  /** The open incident: a link to one incident opens it. */
  incident: number | null;
  /** The courtyard layer: shown, its risk and star filters (null = all), the open courtyard card. */
  yards: boolean;
  risk: RiskLevel[] | null;
  stars: number[] | null;
  courtyard: number | null;
  /** The household register's search text and chosen tags (every one): the register shows them, exports honour them. */
  householdQ: string;
  householdTags: string[] | null;
}

export const EMPTY_URL_STATE: UrlState = {
  grid: null,
  statuses: null,
  categories: null,
  sources: null,
  departments: null,
  from: null,
  to: null,
  overdue: false,
  q: '',
  heat: false,
  sort: null,
  view: null,
  incident: null,
  yards: false,
  risk: null,
  stars: null,
  courtyard: null,
  householdQ: '',
  householdTags: null,
};

const CODE = /^[0-9A-Za-z-]{1,40}$/;
const VOCAB = /^[a-z0-9_]{1,40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_QUERY = 60;

function codes(q: URLSearchParams, name: string): string[] | null {
  const v = q.get(name);
  return v === null ? null : v.split(',').filter((s) => VOCAB.test(s));
}

function day(q: URLSearchParams, name: string): string | null {
  const v = q.get(name);
  return v && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? v : null;
}

function sort(v: string | null): Sort | null {
  const key = v?.replace(/^-/, '') as SortKey | undefined;
  return key && SORT_KEYS.includes(key) ? { key, desc: v!.startsWith('-') } : null;
}

const id = (v: string | null) => {
  const n = Number(v);
  return v && Number.isSafeInteger(n) && n > 0 ? n : null;
};

export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const grid = q.get('grid');
  const view = q.get('view')?.split(',').map(Number);
  const incident = Number(q.get('incident'));
  const stars = q.get('stars');
  return {
    grid: grid && CODE.test(grid) ? grid : null,
    statuses: codes(q, 'status'),
    categories: codes(q, 'cat'),
    sources: codes(q, 'src'),
    departments: codes(q, 'dept'),
    from: day(q, 'from'),
    to: day(q, 'to'),
    overdue: q.get('overdue') === '1',
    q: (q.get('q') ?? '').slice(0, MAX_QUERY),
    heat: q.get('heat') === '1',
    sort: sort(q.get('sort')),
    view:
      view && view.length === 3 && view.every(Number.isFinite) && Math.abs(view[0]!) <= 180 && Math.abs(view[1]!) <= 90
        ? { lon: view[0]!, lat: view[1]!, zoom: view[2]! }
        : null,
    incident: Number.isSafeInteger(incident) && incident > 0 ? incident : null,
    yards: q.get('yards') === '1',
    risk: codes(q, 'risk')?.filter(isRiskLevel) ?? null,
    stars: stars === null ? null : stars.split(',').filter((s) => /^[0-5]$/.test(s)).map(Number),
    courtyard: id(q.get('courtyard')),
    householdQ: (q.get('hq') ?? '').slice(0, MAX_QUERY),
    householdTags: codes(q, 'htags'),
  };
}

export function serializeUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  if (state.grid) q.set('grid', state.grid);
  if (state.statuses) q.set('status', state.statuses.join(','));
  if (state.categories) q.set('cat', state.categories.join(','));
  if (state.sources) q.set('src', state.sources.join(','));
  if (state.departments) q.set('dept', state.departments.join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.overdue) q.set('overdue', '1');
  if (state.q) q.set('q', state.q);
  if (state.heat) q.set('heat', '1');
  if (state.sort) q.set('sort', `${state.sort.desc ? '-' : ''}${state.sort.key}`);
  if (state.incident) q.set('incident', String(state.incident));
  if (state.yards) q.set('yards', '1');
  if (state.risk) q.set('risk', state.risk.join(','));
  if (state.stars) q.set('stars', state.stars.join(','));
  if (state.courtyard) q.set('courtyard', String(state.courtyard));
  if (state.householdQ) q.set('hq', state.householdQ);
  if (state.householdTags?.length) q.set('htags', state.householdTags.join(','));
  if (state.view) q.set('view', [state.view.lon.toFixed(5), state.view.lat.toFixed(5), state.view.zoom.toFixed(2)].join(','));
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
