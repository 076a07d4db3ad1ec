import { describe, expect, it } from 'vitest';
import type { IncidentPin } from '../data/types';
import { applyFilter, indexPins, NO_FILTER } from './incident-filter';
import { clusterPins } from './pin-clusters';

const pin = (id: number, lon: number, lat: number, overdue = false): IncidentPin => ({
  id, lon, lat, overdue, status: 'pending', category: 'other', source: 'visit', grid_id: 1, department_id: null,
  title: `#${id}`, reported_at: '2026-01-01T00:00:00Z', due_at: null, resolved_at: null, me_too_count: 0,
});

describe('clusterPins', () => {
  // Two pins 20 m apart, one 2 km away.
  const pins = [pin(1, 112.55, 37.8), pin(2, 112.5502, 37.8001, true), pin(3, 112.573, 37.8)];
  const index = indexPins(pins);
  const all = applyFilter(index, NO_FILTER).indices;

  it('merges close pins at a district zoom, counting members and overdue ones', () => {
    const clusters = clusterPins(index, all, 12);
    expect(clusters.map((c) => c.count).sort()).toEqual([1, 2]);
    const pair = clusters.find((c) => c.count === 2)!;
    expect(pair.overdue).toBe(1);
    expect(pair.lon).toBeCloseTo(112.5501, 4);
    expect(pins[clusters.find((c) => c.count === 1)!.first]!.id).toBe(3);
  });

  it('separates them at street zoom', () => {
    expect(clusterPins(index, all, 18).every((c) => c.count === 1)).toBe(true);
  });

  it('accounts for every one of 100,000 pins exactly once, whatever the zoom', () => {
    // Speed is the bench's business (bench/incidents-100k.bench.ts).
    const many = Array.from({ length: 100_000 }, (_, i) => pin(i, 112.5 + (i % 317) * 0.0003, 37.78 + (i % 211) * 0.0002, i % 5 === 0));
    const big = indexPins(many);
    const idx = applyFilter(big, NO_FILTER).indices;
    for (const zoom of [11, 13, 15]) {
      const clusters = clusterPins(big, idx, zoom);
      expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(100_000);
      expect(clusters.reduce((n, c) => n + c.overdue, 0)).toBe(20_000);
    }
  });
});
