import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, classRanges, jenksBreaks, quantileBreaks } from './class-breaks';

describe('quantile breaks', () => {
  it('cuts into equal-count classes', () => {
    const b = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)!;
    expect(b).toEqual({ min: 1, max: 10, thresholds: [3, 5, 7, 9] });
    expect([1, 2, 3, 4, 10].map((v) => classOf(v, b))).toEqual([0, 0, 1, 1, 4]);
  });

  it('moves a cut inside a run of equal values up to the next distinct value', () => {
    const b = quantileBreaks([0, 0, 0, 0, 0, 0, 0, 1, 5, 9], 5)!;
    expect(b.thresholds).toEqual([1, 5, 9]);
    expect(classOf(0, b)).toBe(0);
    expect(classOf(9, b)).toBe(3);
  });

  it('has one class when every value is the same, and none without values', () => {
    expect(quantileBreaks([4, 4, 4], 5)).toEqual({ min: 4, max: 4, thresholds: [] });
    expect(classRanges(quantileBreaks([4, 4, 4], 5)!)).toEqual([[4, 4]]);
    expect(quantileBreaks([NaN], 5)).toBeNull();
  });
});

describe('jenks breaks', () => {
  it('finds the natural gaps between clusters', () => {
    const values = [1, 2, 2, 3, 20, 21, 22, 50, 52, 55, 100];
    const b = jenksBreaks(values, 4)!;
    expect(b.thresholds).toEqual([20, 50, 100]);
    expect(values.map((v) => classOf(v, b))).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
  });

  it('puts each value in its own class when there are fewer values than classes', () => {
    expect(jenksBreaks([3, 1], 5)).toEqual({ min: 1, max: 3, thresholds: [3] });
  });

  it('ends each class of whole numbers one below the next threshold', () => {
    const b = quantileBreaks([2, 3, 4, 5, 6, 7, 8], 3)!;
    expect(b.thresholds).toEqual([4, 6]);
    expect(classRanges(b, true)).toEqual([
      [2, 3],
      [4, 5],
      [6, 8],
    ]);
  });

  it('is chosen by name and gives contiguous legend ranges', () => {
    const b = classBreaks('jenks', [0, 1, 10, 11], 2)!;
    expect(classRanges(b)).toEqual([
      [0, 10],
      [10, 11],
    ]);
  });
});
