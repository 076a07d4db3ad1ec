import { describe, expect, it } from 'vitest';
import { fitCanvas } from './screen-fit';

describe('fitCanvas', () => {
  it('fills a 16:9 display exactly', () => {
    expect(fitCanvas(1920, 1080)).toEqual({ scale: 1, x: 0, y: 0 });
    expect(fitCanvas(3840, 2160)).toEqual({ scale: 2, x: 0, y: 0 });
  });

  it('letterboxes a 32:9 wall left and right, and a 4:3 display above and below', () => {
    expect(fitCanvas(5120, 1440)).toEqual({ scale: 4 / 3, x: 1280, y: 0 });
    expect(fitCanvas(1024, 768)).toEqual({ scale: 1024 / 1920, x: 0, y: (768 - 576) / 2 });
  });
});
