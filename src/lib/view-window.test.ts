import { describe, expect, it } from 'vitest';
import { padBounds, pinsWithin } from './view-window';

describe('view window', () => {
  it('pads the bounds by a screen on every side', () => {
    const padded = padBounds([112.5, 37.7, 112.6, 37.8]);
    [112.4, 37.6, 112.7, 37.9].forEach((v, i) => expect(padded[i]).toBeCloseTo(v, 9));
  });

  it('keeps the pins inside, edges included', () => {
    const pins = [
      { id: 1, lon: 112.55, lat: 37.75 },
      { id: 2, lon: 112.5, lat: 37.7 },
      { id: 3, lon: 112.61, lat: 37.75 },
      { id: 4, lon: 112.55, lat: 37.69 },
    ];
    expect(pinsWithin(pins, [112.5, 37.7, 112.6, 37.8]).map((p) => p.id)).toEqual([1, 2]);
  });
});
