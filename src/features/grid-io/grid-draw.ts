// terra-draw on the grid page's map, loaded on the first edit: vertex editing of one polygon (reshape), a line
// to cut along (split) and a new polygon drawn freehand (a new grid). The drawn shapes only become grids through the database's check and apply.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Polygon, Position } from 'geojson';

export interface GridDraw {
  /** Shows the polygon with draggable vertices (and midpoints to add one); returns its edited shape on demand. */
  reshape(polygon: Polygon): () => Polygon | null;
  /** Lets the user draw a line; calls back with its points when it is finished (last point clicked again, or Enter). */
  drawLine(onLine: (points: Position[]) => void): void;
  /** Lets the user draw a polygon, point by point; calls back with it when it is closed (first point clicked again). */
  drawPolygon(onPolygon: (polygon: Polygon) => void): void;
  clear(): void;
  /** Takes terra-draw off the map (its layers and handlers), so a later editor can start afresh. */
  destroy(): void;
}

export async function createGridDraw(map: MapLibreMap): Promise<GridDraw> {
  const [{ TerraDraw, TerraDrawSelectMode, TerraDrawPolygonMode, TerraDrawLineStringMode }, { TerraDrawMapLibreGLAdapter }] =
    await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawSelectMode({
        flags: { polygon: { feature: { coordinates: { midpoints: true, draggable: true, deletable: true } } } },
      }),
      new TerraDrawPolygonMode(),
      new TerraDrawLineStringMode(),
    ],
  });
  draw.start();
  let onFinish: ((points: Position[]) => void) | null = null;
  let onPolygonFinish: ((polygon: Polygon) => void) | null = null;
  draw.on('finish', (id) => {
    const f = draw.getSnapshotFeature(id);
    if (f?.geometry.type === 'LineString' && onFinish) onFinish(f.geometry.coordinates);
    if (f?.geometry.type === 'Polygon' && onPolygonFinish) onPolygonFinish(f.geometry);
  });
  const clear = () => {
    onFinish = null;
    onPolygonFinish = null;
    draw.setMode('static');
    draw.clear();
  };
  return {
    reshape(polygon) {
      clear();
      const [result] = draw.addFeatures([{ type: 'Feature', geometry: polygon, properties: { mode: 'polygon' } }]);
      const id = result!.id!;
      draw.setMode('select');
      draw.selectFeature(id);
      return () => {
        const f = draw.getSnapshotFeature(id);
        return f?.geometry.type === 'Polygon' ? f.geometry : null;
      };
    },
    drawLine(onLine) {
      clear();
      onFinish = onLine;
      draw.setMode('linestring');
    },
    drawPolygon(onPolygon) {
      clear();
      onPolygonFinish = onPolygon;
      draw.setMode('polygon');
    },
    clear,
    destroy() {
      onFinish = null;
      onPolygonFinish = null;
      draw.stop();
    },
  };
}
