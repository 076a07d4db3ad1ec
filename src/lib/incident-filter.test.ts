import { describe, expect, it } from 'vitest';
import type { IncidentPin, IncidentStatusEntry } from '../data/types';
import { indexPins, shownCategories, shownCount } from './incident-filter';

const statuses = (['pending', 'accepted', 'closed'] as const).map((code, i) => ({
  code, name_zh: code, name_en: code, sort: i, is_open: code !== 'closed', color: '#000000',
})) as IncidentStatusEntry[];
const pin = (id: number, status: IncidentPin['status']) =>
  ({ id, status, lon: 0, lat: 0, category: 'other', source: 'visit', grid_id: 1, title: '', reported_at: '', due_at: null, resolved_at: null }) as IncidentPin;

describe('incident status filter', () => {
  const pins = [pin(1, 'pending'), pin(2, 'closed'), pin(3, 'closed'), pin(4, 'accepted')];
  const index = indexPins(pins, statuses);

  it('counts pins per status, including statuses with none', () => {
    expect(index.countByStatus).toEqual({ pending: 1, accepted: 1, closed: 2 });
  });

  it('gives each pin the position of its status', () => {
    expect([...index.categoryOf]).toEqual([0, 2, 2, 1]);
  });

  it('shows every status without a selection and only the chosen ones with one', () => {
    expect(shownCategories(index, null)).toEqual([0, 1, 2]);
    expect(shownCategories(index, ['closed', 'unknown'])).toEqual([2]);
    expect(shownCount(index, null)).toBe(4);
    expect(shownCount(index, ['closed'])).toBe(2);
    expect(shownCount(index, [])).toBe(0);
  });
});
