import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state';

describe('url state', () => {
  it('round-trips grid, every filter, sort, heatmap and view', () => {
    const state: UrlState = {
      grid: '01-02',
      statuses: ['pending', 'accepted'],
      categories: ['drain'],
      sources: ['hotline', 'patrol'],
      departments: ['3', 'none'],
      from: '2026-01-01',
      to: '2026-03-31',
      overdue: true,
      q: '井盖',
      heat: true,
      sort: { key: 'due', desc: false },
      view: { lon: 112.55, lat: 37.8, zoom: 14.5 },
      incident: 4321,
      yards: true,
      risk: ['red', 'orange'],
      stars: [5, 0],
      courtyard: 17,
      householdQ: '3号楼',
      householdTags: ['elderly_alone', 'low_income'],
    };
    const url = serializeUrlState(state);
    expect(url).toContain('?grid=01-02&status=pending,accepted&cat=drain&src=hotline,patrol&dept=3,none');
    expect(parseUrlState(url)).toEqual(state);
  });

  it('keeps old links working: status only, missing means default, empty means none', () => {
    expect(parseUrlState('?status=pending,closed')).toEqual({ ...EMPTY_URL_STATE, statuses: ['pending', 'closed'] });
    expect(parseUrlState('?grid=01').statuses).toBeNull();
    expect(parseUrlState('?status=').statuses).toEqual([]);
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
  });

  it('carries the household register\'s search and tags, tags only as vocabulary codes', () => {
    expect(serializeUrlState({ ...EMPTY_URL_STATE, householdQ: '张', householdTags: ['tenant'] })).toBe('?hq=%E5%BC%A0&htags=tenant');
    expect(parseUrlState('?hq=%E5%BC%A0&htags=tenant,Bad%20Tag')).toEqual({ ...EMPTY_URL_STATE, householdQ: '张', householdTags: ['tenant'] });
    expect(serializeUrlState({ ...EMPTY_URL_STATE, householdTags: [] })).toBe('');
  });

  it('drops values that are not codes, dates, sort keys or coordinates', () => {
    const s = parseUrlState('?grid=<script>&status=pending,DROP%20TABLE&cat=a;b&from=2026-13-45&to=yesterday&sort=-id&view=999,1,2');
    expect(s).toEqual({ ...EMPTY_URL_STATE, statuses: ['pending'], categories: [] });
    expect(parseUrlState('?sort=-reported').sort).toEqual({ key: 'reported', desc: true });
    expect(parseUrlState(`?q=${'x'.repeat(100)}`).q).toHaveLength(60);
    for (const bad of ['-3', '0', '1.5', '1e99', 'abc']) expect(parseUrlState(`?incident=${bad}`).incident).toBeNull();
    for (const bad of ['-3', '0', '1.5', 'abc']) expect(parseUrlState(`?courtyard=${bad}`).courtyard).toBeNull();
    expect(parseUrlState('?risk=red,purple&stars=3,9,x')).toMatchObject({ risk: ['red'], stars: [3] });
  });
});
