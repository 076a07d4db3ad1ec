import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { keepPointerFromDeck, overlayPointerListener, POINTER_EVENTS } from './deck-pointer-events';

describe('keepPointerFromDeck', () => {
  it("finds MapboxOverlay's pointer listener (a deck.gl upgrade that renames it fails here, not on the map)", () => {
    expect(typeof overlayPointerListener(new MapboxOverlay({ interleaved: false }))).toBe('function');
  });

  it('takes that listener off every pointer event of the map, and nothing else', () => {
    const overlay = new MapboxOverlay({ interleaved: false });
    const listener = overlayPointerListener(overlay)!;
    const other = () => {};
    const listeners = new Map<string, unknown[]>([...POINTER_EVENTS, 'render'].map((t) => [t, [listener, other]]));
    const map = {
      off: (type: string, f: unknown) => listeners.set(type, (listeners.get(type) ?? []).filter((g) => g !== f)),
    } as unknown as MapLibreMap;
    keepPointerFromDeck(map, overlay);
    for (const type of POINTER_EVENTS) expect(listeners.get(type)).toEqual([other]);
    expect(listeners.get('render')).toEqual([listener, other]);
  });
});
