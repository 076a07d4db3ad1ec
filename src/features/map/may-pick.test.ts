import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { mayPickAt } from './may-pick';

type P = { lon: number; lat: number };
const at: P = { lon: 112.55, lat: 37.8 };
const pxPerDegLon = (512 * 2 ** 15) / 360;
const pins = (data: P[], props: Record<string, unknown> = {}) =>
  new ScatterplotLayer<P>({
    id: 'pins',
    data,
    getPosition: (d) => [d.lon, d.lat],
    getRadius: 5,
    radiusUnits: 'pixels',
    stroked: true,
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
    pickable: true,
    ...props,
  });

describe('mayPickAt', () => {
  it('knows a click far from every pin misses, and one on a pin may not', () => {
    const near = { lon: at.lon + 6 / pxPerDegLon, lat: at.lat };
    const far = { lon: at.lon + 40 / pxPerDegLon, lat: at.lat };
    expect(mayPickAt([pins([far])], at.lon, at.lat, 15)).toBe(false);
    expect(mayPickAt([pins([far, near])], at.lon, at.lat, 15)).toBe(true);
  });

  it('sizes each pin by its radius accessor', () => {
    const p = { lon: at.lon + 20 / pxPerDegLon, lat: at.lat };
    expect(mayPickAt([pins([p], { getRadius: () => 18 })], at.lon, at.lat, 15)).toBe(true);
    expect(mayPickAt([pins([p], { getRadius: () => 10 })], at.lon, at.lat, 15)).toBe(false);
  });

  it('ignores layers that cannot be picked or are hidden, in nested lists', () => {
    expect(mayPickAt([[pins([at], { pickable: false })], null, pins([at], { visible: false })], at.lon, at.lat, 15)).toBe(false);
    expect(mayPickAt([[null, [pins([at])]]], at.lon, at.lat, 15)).toBe(true);
  });

  it('leaves a pickable layer of another kind to deck.gl', () => {
    const text = new TextLayer<P>({ id: 'labels', data: [], pickable: true });
    expect(mayPickAt([text], at.lon, at.lat, 15)).toBe(true);
  });
});
