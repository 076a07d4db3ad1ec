import { describe, expect, it } from 'vitest';
import { dayInShanghai, daysBetween, newVisitForm, visitInput } from './visit-form';

describe('visit form', () => {
  it('dates a visit on the Shanghai calendar, not the UTC one', () => {
    // 23:30 UTC on 1 March is already 2 March in Shanghai.
    expect(dayInShanghai(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(dayInShanghai(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });

  it('counts days between calendar dates', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
  });

  it('sends blanks as null and the incident category only when asked to report', () => {
    const form = { ...newVisitForm('c-1', new Date('2026-03-01T04:00:00Z')), findings: '  楼道堆放杂物 ', needs: ' ', incidentCategory: 'sanitation' };
    expect(visitInput(form, 7)).toEqual({
      clientId: 'c-1',
      householdId: 7,
      visitedOn: '2026-03-01',
      kind: 'home',
      findings: '楼道堆放杂物',
      needs: null,
      followUp: null,
      followUpOn: null,
      incidentCategory: null,
    });
    expect(visitInput({ ...form, toIncident: true }, 7).incidentCategory).toBe('sanitation');
  });
});
