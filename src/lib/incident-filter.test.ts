import { describe, expect, it } from 'vitest';
import type { IncidentPin } from '../data/types';
import { countByStatus, filterPins } from './incident-filter';

const pin = (id: number, status: IncidentPin['status']) =>
  ({ id, status, lon: 0, lat: 0, category: 'other', source: 'visit', grid_id: 1, title: '', reported_at: '', due_at: null, resolved_at: null }) as IncidentPin;

describe('incident status filter', () => {
  const pins = [pin(1, 'pending'), pin(2, 'closed'), pin(3, 'closed'), pin(4, 'accepted')];

  it('counts pins per status, including statuses with none', () => {
    expect(countByStatus(pins, ['pending', 'accepted', 'dispatched', 'closed'])).toEqual({ pending: 1, accepted: 1, dispatched: 0, closed: 2 });
  });

  it('shows every pin without a selection and only the chosen statuses with one', () => {
    expect(filterPins(pins, null)).toBe(pins);
    expect(filterPins(pins, ['closed', 'unknown']).map((p) => p.id)).toEqual([2, 3]);
    expect(filterPins(pins, [])).toEqual([]);
  });
});
