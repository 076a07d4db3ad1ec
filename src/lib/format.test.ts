import { describe, expect, it } from 'vitest';
import { formatArea, formatDate, formatDateTime, formatNumber } from './format';

describe('format', () => {
  it('shows large areas in square kilometres and small ones in square metres', () => {
    expect(formatArea(2_345_678, 'zh-CN')).toBe('2.35 平方公里');
    expect(formatArea(8_421.4, 'en')).toBe('8,421 m²');
  });

  it('groups thousands', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(0, 'zh-CN')).toBe('0');
  });

  it('shows times in Asia/Shanghai', () => {
    expect(formatDateTime('2026-01-31T17:30:00Z', 'en-GB')).toBe('01/02/2026, 01:30');
  });

  it('keeps calendar dates on their day', () => {
    expect(formatDate('2026-03-01', 'en-GB')).toBe('01/03/2026');
    expect(formatDate(null, 'en-GB')).toBe('—');
  });
});
