import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { pickDeckAt } from './deck-pick';

type P = { lon: number; lat: number };
const at: P = { lon: 112.55, lat: 37.8 };
const pxPerDegLon = (512 * 2 ** 15) / 360;
const east = (px: number): P => ({ lon: at.lon + px / pxPerDegLon, lat: at.lat });
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

describe('pickDeckAt', () => {
  it('finds the pin under the point with its layer and index, and nothing far from every pin', () => {
    const far = east(40);
    const near = east(6);
    expect(pickDeckAt([pins([far])], at.lon, at.lat, 15)).toBeNull();
    const layer = pins([far, near]);
    expect(pickDeckAt([layer], at.lon, at.lat, 15)).toEqual({ layer, index: 1, object: near });
  });

  it('sizes each pin by its radius accessor, outline and a few pixels of slack', () => {
    const p = east(20);
    expect(pickDeckAt([pins([p], { getRadius: () => 18 })], at.lon, at.lat, 15)?.object).toBe(p);
    expect(pickDeckAt([pins([p], { getRadius: () => 16 })], at.lon, at.lat, 15)?.object).toBe(p);
    expect(pickDeckAt([pins([p], { getRadius: () => 15 })], at.lon, at.lat, 15)).toBeNull();
  });

  it('takes the layer drawn last, skipping layers that cannot be picked or are hidden, in nested lists', () => {
    const under = pins([at], { id: 'under' });
    const over = pins([at], { id: 'over' });
    expect(pickDeckAt([under, [null, [over]]], at.lon, at.lat, 15)?.layer).toBe(over);
    expect(pickDeckAt([under, [pins([at], { pickable: false })], null, pins([at], { visible: false })], at.lon, at.lat, 15)?.layer).toBe(under);
  });

  it('cannot point at a layer of another kind', () => {
    const text = new TextLayer<P>({ id: 'labels', data: [at], pickable: true });
    expect(pickDeckAt([text], at.lon, at.lat, 15)).toBeNull();
  });
});
