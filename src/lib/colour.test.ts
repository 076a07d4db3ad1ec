import { describe, expect, it } from 'vitest';
import { hexToRgb } from './colour';

describe('hexToRgb', () => {
  it('reads #rrggbb', () => {
    expect(hexToRgb('#e53935')).toEqual([229, 57, 53]);
    expect(hexToRgb('#FFFFFF')).toEqual([255, 255, 255]);
  });
  it('gives the fallback for anything else', () => {
    expect(hexToRgb('red')).toEqual([120, 120, 120]);
    expect(hexToRgb('#fff', [0, 0, 0])).toEqual([0, 0, 0]);
  });
});
