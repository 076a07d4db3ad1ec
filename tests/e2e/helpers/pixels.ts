// Reads a screenshot's pixels, to check that the map really drew something (not only that the DOM exists).
import { PNG } from 'pngjs';

export interface PixelStats {
  /** Share of pixels that differ from the given background colour. */
  nonBackground: number;
  /** Share of pixels close to the given colour. */
  near(rgb: [number, number, number], tolerance?: number): number;
}

export function pixelStats(png: Buffer, background: [number, number, number]): PixelStats {
  const img = PNG.sync.read(png);
  const total = img.width * img.height;
  const share = (rgb: [number, number, number], tol: number) => {
    let n = 0;
    for (let i = 0; i < img.data.length; i += 4) {
      if (Math.abs(img.data[i]! - rgb[0]) <= tol && Math.abs(img.data[i + 1]! - rgb[1]) <= tol && Math.abs(img.data[i + 2]! - rgb[2]) <= tol) n++;
    }
    return n / total;
  };
  return { nonBackground: 1 - share(background, 3), near: (rgb, tol = 24) => share(rgb, tol) };
}
