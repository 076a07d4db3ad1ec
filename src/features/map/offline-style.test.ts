import { describe, expect, it } from 'vitest';
import { offlineStyle } from './offline-style';

describe('offlineStyle', () => {
  it('needs no network: no glyphs, no sprites, no tile sources', () => {
    const style = offlineStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.sources).toEqual({});
    expect(style.layers.map((l) => l.id)).toEqual(['background']);
  });
  it('puts a configured raster basemap right above the background', () => {
    const style = offlineStyle('https://tiles.example/{z}/{x}/{y}.png', '© example');
    expect(style.sources.basemap).toMatchObject({ type: 'raster', tiles: ['https://tiles.example/{z}/{x}/{y}.png'] });
    expect(style.layers.map((l) => l.id)).toEqual(['background', 'basemap']);
  });
});
