import { describe, expect, it } from 'vitest';
import { problemArea } from './problem-area';

describe('problemArea', () => {
  it('keeps a decimal for slivers and rounds real overlaps', () => {
    expect(problemArea(0.34, 'zh-CN')).toBe('0.3 平方米');
    expect(problemArea(7.25, 'en')).toBe('7.3 m²');
    expect(problemArea(12018.38, 'zh-CN')).toBe('12,018 平方米');
  });
});
