import { describe, expect, it } from 'vitest';
import { deepestVisibleLevel, isLabelVisible, pickDeepest, visibleLevels } from './grid-levels';

describe('visibleLevels', () => {
  it('always includes communities', () => {
    expect(visibleLevels(3)).toEqual(['community']);
  });
  it('adds deeper levels as the map zooms in', () => {
    expect(visibleLevels(13)).toEqual(['community', 'grid']);
    expect(visibleLevels(15.2)).toEqual(['community', 'grid', 'micro']);
    expect(visibleLevels(16.4)).toEqual(['community', 'grid', 'micro']);
    expect(visibleLevels(16.5)).toEqual(['community', 'grid', 'micro', 'unit']);
  });
  it('names the deepest visible level', () => {
    expect(deepestVisibleLevel(12)).toBe('community');
    expect(deepestVisibleLevel(18)).toBe('unit');
  });
});

describe('isLabelVisible', () => {
  it('labels one level below the communities at a time', () => {
    expect(isLabelVisible('grid', 14)).toBe(true);
    expect(isLabelVisible('micro', 14)).toBe(false);
    expect(isLabelVisible('grid', 16)).toBe(false);
    expect(isLabelVisible('micro', 16)).toBe(true);
    expect(isLabelVisible('unit', 17.5)).toBe(true);
  });
});

describe('pickDeepest', () => {
  const under = [
    { level: 'community' as const, code: '01' },
    { level: 'micro' as const, code: '01-01-01' },
    { level: 'grid' as const, code: '01-01' },
    { level: 'unit' as const, code: '01-01-01-01' },
  ];
  it('chooses the deepest level drawn at the zoom', () => {
    expect(pickDeepest(under, 14)?.code).toBe('01-01');
    expect(pickDeepest(under, 15.5)?.code).toBe('01-01-01');
    expect(pickDeepest(under, 18)?.code).toBe('01-01-01-01');
  });
  it('returns null when nothing visible is under the cursor', () => {
    expect(pickDeepest([{ level: 'unit' as const }], 12)).toBeNull();
    expect(pickDeepest([], 12)).toBeNull();
  });
});
