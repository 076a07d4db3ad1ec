import { describe, expect, it } from 'vitest';
import { formatArea, formatDate, formatDateTime } from './format';

describe('format', () => {
  it('shows large areas in square kilometres and small ones in square metres', () => {
    expect(formatArea(2_345_678, 'zh-CN')).toBe('2.35 平方公里');
    expect(formatArea(8_421.4, 'en')).toBe('8,421 m²');
  });

  it('shows times in Asia/Shanghai', () => {
    expect(formatDateTime('2026-01-31T17:30:00Z', 'en-GB')).toBe('01/02/2026, 01:30');
  });

  it('keeps calendar dates on their day', () => {
    expect(formatDate('2026-03-01', 'en-GB')).toBe('01/03/2026');
    expect(formatDate(null, 'en-GB')).toBe('—');
  });
});
