import { describe, expect, it } from 'vitest';
import { bboxOf, estimateTextSize, fitZoom, labelPoint, topLabelPoint } from './label-placement';

const square: number[][][][] = [[[[112.53, 37.79], [112.54, 37.79], [112.54, 37.8], [112.53, 37.8], [112.53, 37.79]]]];
// An L shape whose centroid falls outside it.
const ell: number[][][][] = [
  [[[0, 0], [10, 0], [10, 1], [1, 1], [1, 10], [0, 10], [0, 0]]],
];

describe('labelPoint', () => {
  it('uses the centroid of a convex block', () => {
    const [x, y] = labelPoint(square);
    expect(x).toBeCloseTo(112.535, 6);
    expect(y).toBeCloseTo(37.795, 6);
  });
  it('stays inside a shape whose centroid is outside', () => {
    const [x, y] = labelPoint(ell);
    expect(x <= 1 || y <= 1).toBe(true);
  });
  it('uses the largest part of a multipolygon', () => {
    const multi = [...square, [[[112.6, 37.9], [112.6001, 37.9], [112.6001, 37.9001], [112.6, 37.9]]]];
    expect(labelPoint(multi)[0]).toBeCloseTo(112.535, 6);
  });
});

describe('topLabelPoint', () => {
  it('is the middle of the top edge of a block', () => {
    expect(topLabelPoint(square)).toEqual([112.535, 37.8]);
  });
  it('gives up when the top middle is outside the shape', () => {
    expect(topLabelPoint(ell)).toBeNull();
  });
});

describe('fitZoom', () => {
  it('doubles the size on screen with every zoom level', () => {
    const bbox = bboxOf(square);
    const z = fitZoom(bbox, 100, 20, 1);
    expect(fitZoom(bbox, 200, 40, 1)).toBeCloseTo(z + 1, 6);
  });
  it('matches the width of a 0.01° block at zoom 16', () => {
    // 0.01° of 512·2^16 px per 360° is 932 px wide.
    expect(fitZoom(bboxOf(square), 932, 1, 1)).toBeCloseTo(16, 2);
  });
  it('never fits into an empty box', () => {
    expect(fitZoom([1, 1, 1, 1], 10, 10)).toBe(Infinity);
  });
});

describe('estimateTextSize', () => {
  it('counts CJK glyphs as one em and Latin as 0.6 em', () => {
    expect(estimateTextSize('01 桃园', 10)).toEqual({ width: 10 * 0.6 * 3 + 20, height: 12.5 });
  });
  it('takes the widest of several lines', () => {
    expect(estimateTextSize('第一网格\n网格长 张伟', 10).width).toBe(56);
    expect(estimateTextSize('a\nb', 10).height).toBe(25);
  });
});
