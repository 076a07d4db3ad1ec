// What is under the pointer among the map's pickable deck.gl layers, read on the CPU (lib/screen-hit) instead of by
// deck.gl's GPU picking. Every pickable layer here is a ScatterplotLayer (pins, clusters, courtyards, sensitive
// areas), whose discs are read straight from its props; a pickable layer of another kind cannot be pointed at.
import type { Layer, LayersList, PickingInfo } from '@deck.gl/core';
import { topDiscAt, type DiscSet } from '../../lib/screen-hit';

/** How far outside a disc the pointer may be and still take it, in pixels. */
const SLACK_PX = 3;

/** A drawn object under the pointer: its layer, its position in the layer's data, and the object. */
export interface DeckHit {
  layer: Layer;
  index: number;
  object: unknown;
}

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
  const outline = !p.stroked
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
    outlinePx: outline + p.radiusMinPixels,
  };
}

/** The pickable object drawn on top at (lon, lat) at this zoom, if any. */
export function pickDeckAt(layers: LayersList, lon: number, lat: number, zoom: number): DeckHit | null {
  const pickable: Layer[] = [];
  const sets: DiscSet<unknown>[] = [];
  for (const layer of flatLayers(layers)) {
    if (!layer.props.pickable || !layer.props.visible) continue;
    const set = discsOf(layer);
    if (!set) continue;
    pickable.push(layer);
    sets.push(set);
  }
  const hit = topDiscAt(lon, lat, zoom, sets, SLACK_PX);
  if (!hit) return null;
  const layer = pickable[hit.set]!;
  return { layer, index: hit.index, object: sets[hit.set]!.data[hit.index] };
}

/**
 * What deck.gl would have handed a layer's onClick or a tooltip for this hit. The layers here read only its layer,
 * index and object; the rest says where on screen and on the ground the pointer was.
 */
export function pickingInfo(hit: DeckHit, x: number, y: number, lon: number, lat: number): PickingInfo {
  return { layer: hit.layer, index: hit.index, object: hit.object, picked: true, color: null, x, y, coordinate: [lon, lat] } as PickingInfo;
}
