import { describe, expect, it } from 'vitest';
import { DASH, formatDuration, formatRate, formatRating } from './kpi-format';

describe('kpi formats', () => {
  it('reads rates as percentages and nothing as a dash', () => {
    expect(formatRate(25 / 26, 'zh-CN')).toBe('96.2%');
    expect(formatRate(null, 'en')).toBe(DASH);
  });

  it('switches from hours to days after two days', () => {
    expect(formatDuration(30.25, 'en')).toEqual({ unit: 'hours', value: '30.3' });
    expect(formatDuration(72, 'en')).toEqual({ unit: 'days', value: '3' });
    expect(formatDuration(null, 'en')).toBeNull();
  });

  it('shows the rating with one decimal', () => {
    expect(formatRating(4, 'zh-CN')).toBe('4.0');
  });
});
