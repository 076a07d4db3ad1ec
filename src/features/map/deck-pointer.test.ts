// @vitest-environment jsdom
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { DeckHit } from './deck-pick';
import { followPointer } from './deck-pointer';

/** Just enough of a map to fire its mouse events; `at` names what the hit test finds there. */
function setup() {
  const listeners = new Map<string, ((e: MapMouseEvent) => void)[]>();
  const container = document.createElement('div');
  Object.defineProperties(container, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
  const map = {
    getContainer: () => container,
    on: (type: string, f: (e: MapMouseEvent) => void) => listeners.set(type, [...(listeners.get(type) ?? []), f]),
    off: (type: string, f: (e: MapMouseEvent) => void) => listeners.set(type, (listeners.get(type) ?? []).filter((g) => g !== f)),
  } as unknown as MapLibreMap;
  const drawn = new Map<string, DeckHit>();
  const pin = (name: string, index = 0): DeckHit => ({ layer: { id: 'pins' } as DeckHit['layer'], index, object: { name } });
  const hovers: (string | null)[] = [];
  const pointer = followPointer(map, {
    hitAt: (e) => drawn.get((e as unknown as { at: string }).at) ?? null,
    onHover: (hit) => hovers.push(hit ? (hit.object as { name: string }).name : null),
    tooltip: (hit) => ({ text: `pin ${(hit.object as { name: string }).name}`, className: 'pin-tooltip' }),
  });
  const fire = (type: string, at = '', buttons = 0, point = { x: 100, y: 50 }) =>
    (listeners.get(type) ?? []).forEach((f) => f({ at, point, originalEvent: { buttons } } as unknown as MapMouseEvent));
  const tip = () => container.querySelector<HTMLElement>('.map-tooltip')!;
  return { drawn, pin, hovers, pointer, fire, tip, listeners };
}

describe('followPointer', () => {
  it('reports each change of what is under the pointer once, with a tooltip beside it', () => {
    const { drawn, pin, hovers, fire, tip } = setup();
    drawn.set('a', pin('a'));
    fire('mousemove', 'a');
    fire('mousemove', 'a');
    expect(hovers).toEqual(['a']);
    expect(tip().hidden).toBe(false);
    expect(tip().textContent).toBe('pin a');
    expect(tip().className).toBe('map-tooltip pin-tooltip');
    expect(tip().style.transform).toBe('translate(112px, 62px)');
    fire('mousemove', 'empty');
    expect(hovers).toEqual(['a', null]);
    expect(tip().hidden).toBe(true);
  });

  it('keeps the tooltip inside the map near its right and bottom edges', () => {
    const { drawn, pin, fire, tip } = setup();
    drawn.set('a', pin('a'));
    fire('mousemove', 'a', 0, { x: 795, y: 598 });
    expect(tip().style.transform).toBe('translate(783px, 586px)');
  });

  it('lets go while the map is dragged or the pointer leaves it', () => {
    const { drawn, pin, hovers, fire, tip } = setup();
    drawn.set('a', pin('a'));
    fire('mousemove', 'a');
    fire('mousemove', 'a', 1);
    expect(hovers).toEqual(['a', null]);
    fire('mousemove', 'a');
    fire('mouseout');
    expect(hovers).toEqual(['a', null, 'a', null]);
    expect(tip().hidden).toBe(true);
  });

  it('asks again where the pointer rests when the layers change beneath it', () => {
    const { drawn, pin, hovers, fire, pointer, tip } = setup();
    drawn.set('a', pin('a'));
    fire('mousemove', 'a');
    drawn.set('a', pin('b', 3));
    pointer.refresh();
    expect(hovers).toEqual(['a', 'b']);
    expect(tip().textContent).toBe('pin b');
    drawn.delete('a');
    pointer.refresh();
    expect(hovers).toEqual(['a', 'b', null]);
  });

  it('stops listening and takes its tooltip away when removed', () => {
    const { pointer, listeners, tip } = setup();
    pointer.remove();
    expect([...listeners.values()].flat()).toEqual([]);
    expect(tip()).toBeNull();
  });
});
