// What a shared link must reproduce: the selected grid, the status filter and the map view.
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  grid: string | null;
  /** null = no filter (every status shown). */
  statuses: string[] | null;
  view: MapView | null;
}

const CODE = /^[0-9A-Za-z-]{1,40}$/;
const STATUS = /^[a-z_]+$/;

export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const grid = q.get('grid');
  const status = q.get('status');
  const view = q.get('view')?.split(',').map(Number);
  return {
    grid: grid && CODE.test(grid) ? grid : null,
    statuses: status === null ? null : status.split(',').filter((s) => STATUS.test(s)),
    view:
      view && view.length === 3 && view.every(Number.isFinite) && Math.abs(view[0]!) <= 180 && Math.abs(view[1]!) <= 90
        ? { lon: view[0]!, lat: view[1]!, zoom: view[2]! }
        : null,
  };
}

export function serializeUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  if (state.grid) q.set('grid', state.grid);
  if (state.statuses) q.set('status', state.statuses.join(','));
  if (state.view) q.set('view', [state.view.lon.toFixed(5), state.view.lat.toFixed(5), state.view.zoom.toFixed(2)].join(','));
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
