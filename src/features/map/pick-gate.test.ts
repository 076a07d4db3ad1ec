import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { gatePicking } from './pick-gate';

/** Just enough of a map to fire its mouse events, and of an overlay to record what it was told. */
function setup() {
  const listeners = new Map<string, ((e: MapMouseEvent) => void)[]>();
  const map = {
    on: (type: string, f: (e: MapMouseEvent) => void) => listeners.set(type, [...(listeners.get(type) ?? []), f]),
    off: (type: string, f: (e: MapMouseEvent) => void) => listeners.set(type, (listeners.get(type) ?? []).filter((g) => g !== f)),
  } as unknown as MapLibreMap;
  const told: boolean[] = [];
  const overlay = { setProps: (p: { _pickable: boolean }) => told.push(p._pickable) } as unknown as MapboxOverlay;
  const near = new Set<string>();
  const ungate = gatePicking(map, overlay, (e) => near.has((e as unknown as { at: string }).at));
  const fire = (type: string, at: string) => (listeners.get(type) ?? []).forEach((f) => f({ at } as unknown as MapMouseEvent));
  return { told, near, ungate, fire };
}

describe('gatePicking', () => {
  it('stops picking from the second move away from everything, and resumes near a pin', () => {
    const { told, near, fire } = setup();
    near.add('pin');
    fire('mousemove', 'pin');
    fire('mousemove', 'empty');
    expect(told).toEqual([]);
    fire('mousemove', 'empty');
    expect(told).toEqual([false]);
    fire('mousemove', 'empty');
    fire('mousemove', 'pin');
    expect(told).toEqual([false, true]);
  });

  it('decides at once on a press', () => {
    const { told, near, fire } = setup();
    fire('mousedown', 'empty');
    expect(told).toEqual([false]);
    near.add('pin');
    fire('click', 'pin');
    expect(told).toEqual([false, true]);
  });

  it('stops listening when removed', () => {
    const { told, fire, ungate } = setup();
    ungate();
    fire('mousedown', 'empty');
    expect(told).toEqual([]);
  });
});
