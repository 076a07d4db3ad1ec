// A map style that needs no network: a plain background, our own layers on top, no glyphs or sprites (labels
// are drawn by deck.gl from the browser's fonts). An optional raster basemap (天地图, OSM, a company's own tiles)
// goes underneath when VITE_BASEMAP_URL names an XYZ template. Tiles in GCJ-02 (高德, 腾讯) would sit hundreds of
// metres off our WGS84 grids; use WGS84/CGCS2000 tiles such as 天地图.
import type { StyleSpecification } from 'maplibre-gl';

export const BACKGROUND_COLOR = '#e9edf1';

export function offlineStyle(basemapUrl?: string, attribution?: string): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }],
  };
  if (basemapUrl) {
    style.sources.basemap = { type: 'raster', tiles: [basemapUrl], tileSize: 256, maxzoom: 18, attribution };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap', paint: { 'raster-opacity': 0.9 } });
  }
  return style;
}
