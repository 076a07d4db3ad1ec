import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state';

describe('url state', () => {
  it('round-trips grid, statuses and view', () => {
    const state = { grid: '01-02', statuses: ['pending', 'accepted'], view: { lon: 112.55, lat: 37.8, zoom: 14.5 } };
    const url = serializeUrlState(state);
    expect(url).toBe('?grid=01-02&status=pending,accepted&view=112.55000,37.80000,14.50');
    expect(parseUrlState(url)).toEqual(state);
  });

  it('treats a missing status parameter as "all" and an empty one as "none"', () => {
    expect(parseUrlState('?grid=01').statuses).toBeNull();
    expect(parseUrlState('?status=').statuses).toEqual([]);
  });

  it('drops values that are not codes or coordinates', () => {
    const s = parseUrlState('?grid=<script>&status=pending,DROP%20TABLE&view=999,1,2');
    expect(s).toEqual({ grid: null, statuses: ['pending'], view: null });
  });
});
