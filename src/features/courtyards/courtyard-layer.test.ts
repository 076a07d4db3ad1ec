import { describe, expect, it } from 'vitest';
import type { CourtyardPin } from '../../data/types';
import { RISK_RGB } from '../../lib/risk-level';
import { courtyardLayers } from './courtyard-layer';
import { COURTYARD_LAYER, COURTYARD_OVERDUE_LAYER, COURTYARD_SELECTED_LAYER, COURTYARD_STARS_LAYER } from './courtyard-layer-id';

const pin = (id: number, risk: CourtyardPin['risk_level'], stars: number | null, overdue: boolean): CourtyardPin => ({
  id,
  code: `YZ-${id}`,
  name: `${id}号院`,
  lon: 112.5 + id / 1000,
  lat: 37.8,
  grid_id: 1,
  stars,
  risk_level: risk,
  inspection_overdue: overdue,
  open_rectifications: 0,
  overridden: false,
});

const pins = [pin(1, 'red', 2, true), pin(2, 'blue', null, false), pin(3, 'yellow', 4, false)];
const base = { pins, selectedId: null, radius: 5, badges: false, onClick: () => {} };
type Accessor = (d: CourtyardPin) => unknown;

describe('courtyard layers', () => {
  it('draws every courtyard in its risk colour, and halos only the overdue ones', () => {
    const layers = courtyardLayers(base);
    expect(layers.map((l) => l.id)).toEqual([COURTYARD_OVERDUE_LAYER, COURTYARD_LAYER]);
    const [halo, marker] = layers;
    expect((halo!.props.data as CourtyardPin[]).map((p) => p.id)).toEqual([1]);
    const fill = (marker!.props as unknown as { getFillColor: Accessor }).getFillColor;
    expect(pins.map((p) => fill(p))).toEqual([RISK_RGB.red, RISK_RGB.blue, RISK_RGB.yellow]);
    expect(marker!.props.pickable).toBe(true);
  });

  it('adds star badges at street zoom for rated courtyards, and a ring around the open one', () => {
    const layers = courtyardLayers({ ...base, badges: true, selectedId: 3 });
    expect(layers.map((l) => l.id)).toEqual([COURTYARD_OVERDUE_LAYER, COURTYARD_LAYER, COURTYARD_STARS_LAYER, COURTYARD_SELECTED_LAYER]);
    const badges = layers[2]!;
    expect((badges.props.data as CourtyardPin[]).map((p) => p.id)).toEqual([1, 3]);
    expect((badges.props as unknown as { getText: Accessor }).getText(pins[2]!)).toBe('★4');
    expect((layers[3]!.props.data as CourtyardPin[]).map((p) => p.id)).toEqual([3]);
  });

  it('tells the page which courtyard was clicked', () => {
    const clicked: number[] = [];
    const [, marker] = courtyardLayers({ ...base, onClick: (p) => clicked.push(p.id) });
    const onClick = marker!.props.onClick as (info: { object?: CourtyardPin }) => boolean;
    expect(onClick({ object: pins[1] })).toBe(true);
    expect(clicked).toEqual([2]);
  });
});
