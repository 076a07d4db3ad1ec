// The incident layers for the filtered pins: clusters below CLUSTER_MAX_ZOOM, pins from there on, the
// heatmap when switched on. Clusters are recomputed per whole zoom level and per filter result, pins only
// per filter result; the layer code (deck.gl) arrives once deck.gl is on the map, after the first paint.
import { useMemo } from 'react';
import type { IncidentPin, IncidentStatusEntry } from '../../data/types';
import { hexToRgb } from '../../lib/colour';
import { pinsOf, type FilterResult, type PinIndex } from '../../lib/incident-filter';
import { clusterPins, type PinCluster } from '../../lib/pin-clusters';
import { useQuery } from '../../lib/use-query';
import { pinsWithin, type Bounds } from '../../lib/view-window';

const loadLayerCode = () => import('./incident-layer');
const loadHeatCode = () => import('./heat-layer');

/** Below this zoom pins are clustered; from it on, a street view, each pin is drawn. */
export const CLUSTER_MAX_ZOOM = 15;

/** Pins grow as one zooms in: a district view is not a smear, a street view is easy to hit. */
export const pinRadius = (zoom: number) => (zoom < 13 ? 3 : zoom < 15 ? 4 : zoom < 16.5 ? 5.5 : 7);

interface Options {
  enabled: boolean;
  index: PinIndex | null;
  result: FilterResult | null;
  statuses: IncidentStatusEntry[] | undefined;
  zoom: number | null;
  /** At street zoom only the pins in this window (the view padded by a screen) are handed to the GPU. */
  viewWindow: Bounds | null;
  heat: boolean;
  selected: IncidentPin | null;
  onPinClick(pin: IncidentPin): void;
  onClusterClick(cluster: PinCluster): void;
}

export function useIncidentLayers(o: Options) {
  const { index, result, heat, selected, viewWindow, onPinClick, onClusterClick } = o;
  const code = useQuery(o.enabled ? 'incident-layer-code' : null, loadLayerCode).data;
  const heatCode = useQuery(o.enabled && heat ? 'incident-heat-code' : null, loadHeatCode).data;
  const zoom = o.zoom ?? 13;
  const clusterZoom = zoom < CLUSTER_MAX_ZOOM ? Math.floor(zoom) : null;
  // Only street zoom draws single pins by the view; elsewhere a pan must not rebuild the pin data.
  const streetWindow = clusterZoom === null ? viewWindow : null;

  const shown = useMemo(() => (index && result ? pinsOf(index, result) : []), [index, result]);
  const clusters = useMemo(() => {
    if (clusterZoom === null || heat) return null;
    return index && result ? clusterPins(index, result.indices, clusterZoom) : [];
  }, [index, result, clusterZoom, heat]);
  // With clusters, a cluster of one is drawn as its pin; in the heatmap, pins appear only at street zoom.
  const pins = useMemo(() => {
    if (clusters) return clusters.filter((c) => c.count === 1).map((c) => index!.pins[c.first]!);
    if (heat && clusterZoom !== null) return [];
    return streetWindow ? pinsWithin(shown, streetWindow) : shown;
  }, [clusters, heat, clusterZoom, shown, index, streetWindow]);
  const overduePins = useMemo(() => pins.filter((p) => p.overdue), [pins]);
  const colors = useMemo(() => new Map((o.statuses ?? []).map((s) => [s.code as string, hexToRgb(s.color)])), [o.statuses]);
  const radius = pinRadius(zoom);

  // The layers exist before the pins do, empty: deck.gl then compiles their shaders while the database is still
  // starting, instead of in the moments after it is ready, when the first click wants the main thread.
  const layers = useMemo(() => {
    if (!code) return [];
    const own = code.incidentLayers({ pins, overduePins, clusters, selected, colors, radius, onPinClick, onClusterClick });
    return heat && heatCode ? [heatCode.heatLayer(shown), ...own] : own;
  }, [code, heatCode, heat, shown, pins, overduePins, clusters, selected, colors, radius, onPinClick, onClusterClick]);

  return { layers };
}
