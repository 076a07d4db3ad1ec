// Reads the map's pickable deck.gl layers as discs (every pickable layer here is a ScatterplotLayer), so that a
// click can be known to miss them all without deck.gl's pick. A pickable layer of another kind, or with data that
// is not an array, makes every click wait for deck.gl.
import type { Layer, LayersList } from '@deck.gl/core';
import { anyDiscAt, type DiscSet } from '../../lib/screen-hit';

/** Pointer slack beyond a disc's edge, in pixels. */
const SLACK_PX = 3;

type Accessor<V> = V | ((d: unknown) => V);
interface ScatterProps {
  data: unknown;
  getPosition: Accessor<readonly number[]>;
  getRadius: Accessor<number>;
  radiusUnits: string;
  radiusScale: number;
  radiusMinPixels: number;
  stroked: boolean;
  getLineWidth: Accessor<number>;
  lineWidthUnits: string;
  lineWidthScale: number;
}

// Not deck.gl's own _flatten: importing a value from @deck.gl/core here would pull deck.gl into the map page's
// first paint, which loads it only afterwards.
export function flatLayers(layers: LayersList): Layer[] {
  return layers.flatMap((l): Layer[] => (Array.isArray(l) ? flatLayers(l as LayersList) : l ? [l as Layer] : []));
}

const value = <V,>(a: Accessor<V>) => (typeof a === 'function' ? (a as (d: unknown) => V) : () => a);

function discsOf(layer: Layer): DiscSet<unknown> | null {
  if ((layer.constructor as { layerName?: string }).layerName !== 'ScatterplotLayer') return null;
  const p = layer.props as unknown as ScatterProps;
  if (!Array.isArray(p.data) || (p.radiusUnits !== 'pixels' && p.radiusUnits !== 'meters')) return null;
  // An outline in metres or per object: a generous fixed allowance instead.
  const line = !p.stroked
    ? 0
    : p.lineWidthUnits === 'pixels' && typeof p.getLineWidth === 'number'
      ? p.getLineWidth * p.lineWidthScale
      : 4;
  const radius = value(p.getRadius);
  return {
    data: p.data as unknown[],
    position: value(p.getPosition),
    radius: (d) => radius(d) * p.radiusScale,
    units: p.radiusUnits,
    marginPx: line + p.radiusMinPixels + SLACK_PX,
  };
}

/** False only when no pickable layer can have anything drawn at (lon, lat) at this zoom. */
export function mayPickAt(layers: LayersList, lon: number, lat: number, zoom: number): boolean {
  const sets: DiscSet<unknown>[] = [];
  for (const layer of flatLayers(layers)) {
    if (!layer.props.pickable || !layer.props.visible) continue;
    const set = discsOf(layer);
    if (!set) return true;
    sets.push(set);
  }
  return anyDiscAt(lon, lat, zoom, sets);
}
