import { describe, expect, it } from 'vitest';
import type { CourtyardPin } from '../data/types';
import { countByRisk, filterCourtyards, toggleValue, totalOf, UNRATED } from './courtyard-filter';
import { RISK_LEVELS } from './risk-level';

const pin = (id: number, risk: CourtyardPin['risk_level'], stars: number | null, grid: number): CourtyardPin => ({
  id,
  code: `YZ-${id}`,
  name: `${id}号院`,
  lon: 112.5,
  lat: 37.8,
  grid_id: grid,
  stars,
  risk_level: risk,
  inspection_overdue: false,
  open_rectifications: 0,
  overridden: false,
});

const pins = [pin(1, 'red', 1, 10), pin(2, 'yellow', 3, 10), pin(3, 'blue', 5, 11), pin(4, 'blue', null, 12)];

describe('courtyard filter', () => {
  it('keeps everything without a choice', () => {
    expect(filterCourtyards(pins, { risks: null, stars: null })).toHaveLength(4);
  });

  it('filters by risk level and by stars, unrated courtyards by UNRATED', () => {
    expect(filterCourtyards(pins, { risks: ['blue'], stars: null }).map((p) => p.id)).toEqual([3, 4]);
    expect(filterCourtyards(pins, { risks: ['blue'], stars: [UNRATED] }).map((p) => p.id)).toEqual([4]);
    expect(filterCourtyards(pins, { risks: null, stars: [1, 3] }).map((p) => p.id)).toEqual([1, 2]);
    expect(filterCourtyards(pins, { risks: [], stars: null })).toEqual([]);
  });

  it('counts by risk level', () => {
    const c = countByRisk(pins);
    expect(c).toEqual({ red: 1, orange: 0, yellow: 1, blue: 2 });
    expect(totalOf(c)).toBe(4);
  });

  it('toggles a value; all ticked or none means no filter', () => {
    expect(toggleValue(null, 'red', RISK_LEVELS)).toEqual(['orange', 'yellow', 'blue']);
    expect(toggleValue(['orange', 'yellow', 'blue'], 'red', RISK_LEVELS)).toBeNull();
    expect(toggleValue(['red'], 'red', RISK_LEVELS)).toBeNull();
    expect(toggleValue(['blue'], 'red', RISK_LEVELS)).toEqual(['red', 'blue']);
  });
});
