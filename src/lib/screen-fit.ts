// The wall screen is laid out once on a fixed design canvas and scaled as a whole to the display: the largest
// scale at which the canvas fits, centred, with the rest letterboxed. Text and panels keep their proportions on a
// 4K wall, a 32:9 strip or a laptop, and nothing ever scrolls.
export const SCREEN_W = 1920;
export const SCREEN_H = 1080;

export interface Fit {
  scale: number;
  /** Offset of the scaled canvas's top-left corner in the viewport, CSS pixels. */
  x: number;
  y: number;
}

export function fitCanvas(viewportW: number, viewportH: number, w = SCREEN_W, h = SCREEN_H): Fit {
  const scale = Math.max(0.01, Math.min(viewportW / w, viewportH / h));
  return { scale, x: (viewportW - w * scale) / 2, y: (viewportH - h * scale) / 2 };
}
