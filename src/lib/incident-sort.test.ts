import { describe, expect, it } from 'vitest';
import type { IncidentPin } from '../data/types';
import { applyFilter, indexPins, NO_FILTER } from './incident-filter';
import { sortedMatches } from './incident-sort';

const pin = (id: number, status: IncidentPin['status'], reported: string, due: string | null): IncidentPin => ({
  id, status, lon: 0, lat: 0, category: 'other', source: 'visit', grid_id: 1, department_id: null, title: `#${id}`,
  reported_at: reported, due_at: due, resolved_at: null, overdue: false, me_too_count: 0,
});

const pins = [
  pin(1, 'closed', '2026-01-03T00:00:00Z', '2026-01-04T00:00:00Z'),
  pin(2, 'pending', '2026-01-01T00:00:00Z', null),
  pin(3, 'accepted', '2026-01-02T00:00:00Z', '2026-01-09T00:00:00Z'),
  pin(4, 'pending', '2026-01-04T00:00:00Z', '2026-01-05T00:00:00Z'),
];
const index = indexPins(pins, { status: ['pending', 'accepted', 'closed'] });
const all = applyFilter(index, NO_FILTER);
const order = (key: 'reported' | 'due' | 'status', desc: boolean, r = all) =>
  [...sortedMatches(index, r.mask, r.indices.length, { key, desc })].map((i) => pins[i]!.id);

describe('sortedMatches', () => {
  it('sorts by report time either way', () => {
    expect(order('reported', true)).toEqual([4, 1, 3, 2]);
    expect(order('reported', false)).toEqual([2, 3, 1, 4]);
  });
  it('sorts by due time with incidents without one last, in both directions', () => {
    expect(order('due', false)).toEqual([1, 4, 3, 2]);
    expect(order('due', true)).toEqual([3, 4, 1, 2]);
  });
  it('sorts by status in vocabulary order, newest first within a status', () => {
    expect(order('status', false)).toEqual([4, 2, 3, 1]);
  });
  it('keeps only the matches', () => {
    expect(order('reported', true, applyFilter(index, { ...NO_FILTER, status: ['pending'] }))).toEqual([4, 2]);
  });
});
