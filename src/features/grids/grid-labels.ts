// Grid labels as a deck.gl TextLayer: the offline style has no glyph server, and deck.gl draws Chinese text
// from the browser's own fonts. Each level is labelled only in its zoom band, so labels never pile up.
import { TextLayer } from '@deck.gl/layers';
import { pointOnFeature } from '@turf/turf';
import type { GridCollection, GridLevel, GridProperties } from '../../data/types';
import { LEVEL_ZOOM } from './grid-layers';

export interface GridLabel {
  position: [number, number];
  text: string;
  level: GridLevel;
}

export function buildLabels(grids: GridCollection, leaderWord: string): GridLabel[] {
  return grids.features.map((f) => {
    const p = f.properties;
    const [lon, lat] = pointOnFeature(f as GeoJSON.Feature).geometry.coordinates as [number, number];
    return { position: [lon, lat], text: labelText(p, leaderWord), level: p.level };
  });
}

function labelText(p: GridProperties, leaderWord: string): string {
  if (p.level === 'community') return p.name;
  if (p.level === 'grid') return `${p.code} ${p.name}${p.leader ? `\n${leaderWord} ${p.leader}` : ''}`;
  if (p.level === 'micro') return `${p.code.slice(-2)} ${p.name}`;
  return p.name;
}

const SIZE: Record<GridLevel, number> = { community: 18, grid: 13, micro: 12, unit: 11 };

export const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

export function gridLabelLayers(labels: GridLabel[], zoom: number): TextLayer<GridLabel>[] {
  return (Object.keys(LEVEL_ZOOM) as GridLevel[]).map((level) => {
    const [min, max] = LEVEL_ZOOM[level];
    return new TextLayer<GridLabel>({
      id: `grid-labels-${level}`,
      data: labels.filter((l) => l.level === level),
      visible: zoom >= min && zoom < max,
      getPosition: (d) => d.position,
      getText: (d) => d.text,
      getSize: SIZE[level],
      sizeUnits: 'pixels',
      getColor: [20, 38, 60, 255],
      fontFamily: FONT_FAMILY,
      fontWeight: level === 'community' ? 700 : 500,
      characterSet: 'auto',
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      fontSettings: { sdf: true },
      lineHeight: 1.25,
      pickable: false,
    });
  });
}
