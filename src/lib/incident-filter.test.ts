import { describe, expect, it } from 'vitest';
import type { IncidentPin } from '../data/types';
import { countSelected, groupPins, selectPins, toggleStatus } from './incident-filter';

const pin = (id: number, status: IncidentPin['status']): IncidentPin => ({
  id,
  status,
  lon: 112.55,
  lat: 37.8,
  category: 'other',
  source: 'visit',
  grid_id: 1,
  title: `#${id}`,
  reported_at: '2026-01-01T00:00:00Z',
  due_at: null,
  resolved_at: null,
});

const codes = ['pending', 'accepted', 'closed'];
const pins = [pin(1, 'pending'), pin(2, 'closed'), pin(3, 'closed'), pin(4, 'accepted')];

describe('groupPins', () => {
  it('counts pins per status, zero included', () => {
    expect(groupPins(pins, [...codes, 'rejected']).counts).toEqual({ pending: 1, accepted: 1, closed: 2, rejected: 0 });
  });
  it('keeps statuses the list does not name', () => {
    expect(groupPins([pin(9, 'returned')], codes).counts.returned).toBe(1);
  });
});

describe('selectPins', () => {
  const groups = groupPins(pins, codes);
  it('returns the loaded array itself without a filter', () => {
    expect(selectPins(groups, null)).toBe(pins);
    expect(countSelected(groups, null)).toBe(4);
  });
  it('returns only the chosen statuses', () => {
    expect(selectPins(groups, ['closed']).map((p) => p.id)).toEqual([2, 3]);
    expect(selectPins(groups, ['closed', 'unknown', 'closed']).length).toBe(2);
    expect(countSelected(groups, ['closed', 'pending'])).toBe(3);
  });
  it('returns nothing for an empty selection', () => {
    expect(selectPins(groups, [])).toEqual([]);
    expect(countSelected(groups, [])).toBe(0);
  });
  it('filters 5,000 pins well within a frame', () => {
    const many = Array.from({ length: 5000 }, (_, i) => pin(i, codes[i % 3] as IncidentPin['status']));
    const big = groupPins(many, codes);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) selectPins(big, ['pending', 'closed']);
    expect((performance.now() - t0) / 20).toBeLessThan(5);
  });
});

describe('toggleStatus', () => {
  it('turns one status off from "all"', () => {
    expect(toggleStatus(null, 'accepted', codes)).toEqual(['pending', 'closed']);
  });
  it('keeps display order and collapses a full selection to null', () => {
    expect(toggleStatus(['closed'], 'pending', codes)).toEqual(['pending', 'closed']);
    expect(toggleStatus(['pending', 'closed'], 'accepted', codes)).toBeNull();
  });
  it('can turn the last one off', () => {
    expect(toggleStatus(['closed'], 'closed', codes)).toEqual([]);
  });
});
