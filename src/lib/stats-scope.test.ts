import { describe, expect, it } from 'vitest';
import { addDays, bucketFor, chinaToday, scopeKey, statsScope } from './stats-scope';

const none = { gridId: null, from: null, to: null, categories: null, sources: null };

describe('statsScope', () => {
  it('counts the last twelve months by month without dates', () => {
    expect(statsScope(none, '2026-11-23')).toEqual({
      gridId: null,
      from: '2025-11-24',
      to: '2026-11-23',
      bucket: 'month',
      categories: null,
      sources: null,
    });
  });

  it('follows the filter dates, grid and codes, and ignores a reversed range', () => {
    const s = statsScope({ gridId: 7, from: '2026-11-01', to: '2026-11-20', categories: ['drain'], sources: [] }, '2026-11-23');
    expect(s).toMatchObject({ gridId: 7, from: '2026-11-01', to: '2026-11-20', bucket: 'day', categories: ['drain'], sources: [] });
    expect(statsScope({ ...none, from: '2026-11-20', to: '2026-11-01' }, '2026-11-23').from).toBe('2025-11-24');
    expect(statsScope({ ...none, from: '2026-10-01' }, '2026-11-23')).toMatchObject({ from: '2026-10-01', to: '2026-11-23', bucket: 'week' });
  });

  it('widens the bucket with the span', () => {
    expect(bucketFor('2026-01-01', '2026-02-14')).toBe('day');
    expect(bucketFor('2026-01-01', '2026-02-15')).toBe('week');
    expect(bucketFor('2026-01-01', '2026-12-31')).toBe('month');
  });

  it('knows the date in China and steps calendar days', () => {
    expect(chinaToday(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('keys a scope by everything it covers', () => {
    expect(scopeKey(statsScope(none, '2026-11-23'))).not.toBe(scopeKey(statsScope({ ...none, gridId: 3 }, '2026-11-23')));
  });
});
