// Which page a URL shows. The app is one bundle served from BASE_URL; each page beyond the map is its own path so
// it can be bookmarked, opened on a wall screen or printed on a QR plate.
export type Route =
  | { page: 'map' }
  /** Large-screen command view (大屏). */
  | { page: 'screen' }
  /** Public card of a courtyard, opened from the QR code on its plate; the token is unguessable. */
  | { page: 'courtyard'; token: string }
  /** Printable plates for the courtyards of a grid (or one courtyard). */
  | { page: 'plates' }
  /** Users, invitations and the audit log, for admins. */
  | { page: 'admin' }
  /** Grid boundaries in and out (import, check, export), for admins. */
  | { page: 'grids' }
  /** Household registers and incidents in and out (CSV/XLSX/Open311), for staff. */
  | { page: 'data' }
  /** The grid worker's phone-sized home (网格员工作台): due visits, incidents, courtyards, the visit form. */
  | { page: 'field' }
  /** Care and key-person lists (关爱名单): households by tags and visit status, on a map and as CSV. */
  | { page: 'care' }
  /** The printable sheet of one grid (网格图), ?grid=ID&size=A4|A3. */
  | { page: 'grid-sheet' };

export function parseRoute(pathname: string, base = '/'): Route {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const parts = rest.split('/').filter(Boolean);
  if (parts[0] === 'screen' && parts.length === 1) return { page: 'screen' };
  if (parts[0] === 'plates' && parts.length === 1) return { page: 'plates' };
  if (parts[0] === 'admin' && parts.length === 1) return { page: 'admin' };
  if (parts[0] === 'grids' && parts.length === 1) return { page: 'grids' };
  if (parts[0] === 'data' && parts.length === 1) return { page: 'data' };
  if (parts[0] === 'field' && parts.length === 1) return { page: 'field' };
  if (parts[0] === 'care' && parts.length === 1) return { page: 'care' };
  if (parts[0] === 'grid-sheet' && parts.length === 1) return { page: 'grid-sheet' };
  if (parts[0] === 'c' && parts.length === 2) return { page: 'courtyard', token: decodeURIComponent(parts[1]!) };
  return { page: 'map' };
}

/** The path of a route under the app's base, for links and QR codes. */
export function routePath(route: Route, base = '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  switch (route.page) {
    case 'map':
      return b;
    case 'screen':
    case 'plates':
    case 'admin':
    case 'grids':
    case 'data':
    case 'field':
    case 'care':
    case 'grid-sheet':
      return `${b}${route.page}`;
    case 'courtyard':
      return `${b}c/${encodeURIComponent(route.token)}`;
  }
}
