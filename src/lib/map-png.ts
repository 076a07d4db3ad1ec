// The map view as a PNG: the MapLibre canvas and, when there is one, the deck.gl canvas above it, composed into
// one image. Neither canvas keeps its drawing buffer (keeping it slows every frame), so each is copied right after
// it draws: MapLibre in its 'render' event, deck.gl in its onAfterRender — the buffer is intact until the frame
// is handed to the compositor.
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long deck.gl may take to draw the requested frame before the image is made without it. */
const DECK_WAIT_MS = 3000;

function copyNextMapFrame(map: MapLibreMap, ctx: CanvasRenderingContext2D): Promise<void> {
  return new Promise((resolve) => {
    map.once('render', () => {
      ctx.drawImage(map.getCanvas(), 0, 0, ctx.canvas.width, ctx.canvas.height);
      resolve();
    });
    map.triggerRepaint();
  });
}

function copyNextDeckFrame(overlay: MapboxOverlay, ctx: CanvasRenderingContext2D): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      // deck.gl calls onAfterRender unconditionally: a no-op, not undefined, restores it.
      overlay.setProps({ _animate: false, onAfterRender: () => {} });
      resolve();
    };
    const timer = setTimeout(done, DECK_WAIT_MS);
    // _animate makes deck.gl draw the next frame even though nothing changed.
    overlay.setProps({
      _animate: true,
      onAfterRender: () => {
        const canvas = overlay.getCanvas();
        if (canvas) ctx.drawImage(canvas, 0, 0, ctx.canvas.width, ctx.canvas.height);
        done();
      },
    });
  });
}

/** The view on screen, at the canvas's resolution. */
export async function mapViewPng(map: MapLibreMap, overlay: MapboxOverlay | null): Promise<Blob> {
  const base = map.getCanvas();
  const out = document.createElement('canvas');
  out.width = base.width;
  out.height = base.height;
  const ctx = out.getContext('2d')!;
  await copyNextMapFrame(map, ctx);
  if (overlay) await copyNextDeckFrame(overlay, ctx);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
