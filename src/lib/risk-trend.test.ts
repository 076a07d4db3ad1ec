import { describe, expect, it } from 'vitest';
import { placeTrend, stepPath } from './risk-trend';
import { riskRank, starString } from './risk-level';

describe('risk trend', () => {
  it('puts red at the top and blue at the bottom, time left to right', () => {
    const placed = placeTrend(
      [
        { at: '2026-01-01T00:00:00Z', risk_level: 'blue' },
        { at: '2026-03-01T00:00:00Z', risk_level: 'red' },
        { at: '2026-02-01T00:00:00Z', risk_level: 'yellow' },
      ],
      100,
      40,
      5,
    );
    expect(placed.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [5, 35],
      [95, 5],
      [52, 25],
    ]);
    expect(stepPath(placed.slice(0, 2))).toBe('M5.0,35.0H95.0V5.0');
  });

  it('centres a single point', () => {
    expect(placeTrend([{ at: '2026-01-01T00:00:00Z', risk_level: 'orange' }], 100, 40)[0]!.x).toBe(50);
  });

  it('ranks levels and writes stars', () => {
    expect(riskRank('red')).toBe(3);
    expect(riskRank('blue')).toBe(0);
    expect(starString(3)).toBe('★★★☆☆');
    expect(starString(null)).toBe('');
    expect(starString(9)).toBe('★★★★★');
  });
});
