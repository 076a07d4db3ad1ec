// A map style that needs no network: a plain background, plus an optional raster basemap (天地图, OSM, a
// company's own tiles) when VITE_BASEMAP_URL names an XYZ template. Tiles in GCJ-02 (高德, 腾讯) would sit
// hundreds of metres off our WGS84 grids; use WGS84/CGCS2000 tiles such as 天地图.
import type { StyleSpecification } from 'maplibre-gl';

export function offlineStyle(basemapUrl: string | undefined): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e9edf1' } }],
  };
  if (basemapUrl) {
    style.sources.basemap = {
      type: 'raster',
      tiles: [basemapUrl],
      tileSize: 256,
      attribution: import.meta.env.VITE_BASEMAP_ATTRIBUTION as string | undefined,
    };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap', paint: { 'raster-opacity': 0.85 } });
  }
  return style;
}
