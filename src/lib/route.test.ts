import { describe, expect, it } from 'vitest';
import { parseRoute, routePath } from './route';

describe('parseRoute', () => {
  it('shows the map for the root and for anything it does not know', () => {
    expect(parseRoute('/')).toEqual({ page: 'map' });
    expect(parseRoute('/nope/x')).toEqual({ page: 'map' });
    expect(parseRoute('/c')).toEqual({ page: 'map' });
  });

  it('finds the pages under a base path', () => {
    expect(parseRoute('/gov/screen', '/gov/')).toEqual({ page: 'screen' });
    expect(parseRoute('/gov/plates', '/gov/')).toEqual({ page: 'plates' });
    expect(parseRoute('/gov/admin', '/gov/')).toEqual({ page: 'admin' });
    expect(parseRoute('/gov/grids', '/gov/')).toEqual({ page: 'grids' });
    expect(parseRoute('/gov/data', '/gov/')).toEqual({ page: 'data' });
    expect(parseRoute('/gov/field', '/gov/')).toEqual({ page: 'field' });
    expect(parseRoute('/gov/care', '/gov/')).toEqual({ page: 'care' });
    expect(parseRoute('/gov/grid-sheet', '/gov/')).toEqual({ page: 'grid-sheet' });
    expect(parseRoute('/gov/c/AbC_9-x', '/gov/')).toEqual({ page: 'courtyard', token: 'AbC_9-x' });
  });

  it('round-trips every route through its path', () => {
    for (const r of [{ page: 'map' }, { page: 'screen' }, { page: 'plates' }, { page: 'admin' }, { page: 'grids' }, { page: 'data' }, { page: 'field' }, { page: 'care' }, { page: 'grid-sheet' }, { page: 'courtyard', token: 'a b/c' }] as const) {
      expect(parseRoute(routePath(r, '/x/'), '/x/')).toEqual(r);
    }
  });
});
