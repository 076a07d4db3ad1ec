import { describe, expect, it } from 'vitest';
import type { DashboardStats } from '../../data/types';
import { AGE_KEYS, breakdown, bucketLabel, counted, gridRanking, only } from './stats-rows';

describe('stats rows', () => {
  it('names and orders a breakdown, busiest first, dropping empty rows', () => {
    const rows = breakdown(
      [
        { code: 'a', received: 1, resolved: 1, open: 0 },
        { code: 'b', received: 5, resolved: 2, open: 3 },
        { code: 'c', received: 0, resolved: 0, open: 0 },
      ],
      (c) => c.toUpperCase(),
    );
    expect(rows.map((r) => r.label)).toEqual(['B', 'A']);
  });

  it('keeps every key of a distribution in order, zeros included', () => {
    const rows = counted([{ key: '3to7d' as const, count: 4 }], AGE_KEYS, (k) => k);
    expect(rows.map((r) => r.value)).toEqual([0, 0, 4, 0, 0]);
  });

  it('labels trend buckets by month or by day', () => {
    expect(bucketLabel('2026-11-01', 'month')).toBe('2026-11');
    expect(bucketLabel('2026-11-16', 'week')).toBe('11-16');
  });

  it('ranks grids by open incidents', () => {
    const stats = {
      by_grid: [
        { grid_id: 1, code: '01', name: 'A', received: 9, resolved: 9, open: 0, overdue: 0, resolution_rate: 1 },
        { grid_id: 2, code: '02', name: 'B', received: 3, resolved: 1, open: 2, overdue: 1, resolution_rate: 0.33 },
      ],
    } as DashboardStats;
    expect(gridRanking(stats, 1)).toEqual([{ key: '02', label: 'B', value: 2 }]);
  });

  it('toggles a cross-filter between one code and no restriction', () => {
    expect(only(null, 'drain')).toEqual(['drain']);
    expect(only(['drain'], 'drain')).toBeNull();
    expect(only(['drain', 'water'], 'drain')).toEqual(['drain']);
  });
});
