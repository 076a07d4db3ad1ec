// Grid labels drawn by deck.gl: the offline style has no glyph server, and deck.gl's TextLayer renders Chinese
// from the browser's own fonts (characterSet 'auto' builds the atlas from the labels' characters). Clutter is
// avoided without a collision pass: only one level below the communities is labelled at a time (zoom bands in
// lib/grid-levels), and each label appears only from the zoom at which it fits inside its own polygon.
import { TextLayer } from '@deck.gl/layers';
import type { GridCollection, GridLevel, GridProperties } from '../../data/types';
import { isLabelVisible } from '../../lib/grid-levels';
import { bboxOf, estimateTextSize, fitZoom, labelPoint, topLabelPoint, type LonLat } from '../../lib/label-placement';

export const LABEL_FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

const FONT_PX: Record<GridLevel, number> = { community: 16, grid: 13, micro: 12, unit: 12 };
const COLOR: Record<GridLevel, [number, number, number, number]> = {
  community: [20, 38, 60, 255],
  grid: [28, 54, 88, 255],
  micro: [36, 62, 96, 255],
  unit: [44, 70, 104, 255],
};
/** Communities are named along their top edge, clear of their grids' labels in the middle. */
const TOP_OFFSET_PX = 6;

export interface GridLabel {
  id: number;
  level: GridLevel;
  position: LonLat;
  anchor: 'center' | 'top';
  text: string;
  /** Zoom from which the label fits inside its polygon. */
  fitsFrom: number;
}

export function labelText(p: GridProperties, leaderWord: string): string {
  if (p.level === 'community') return `${p.code} ${p.name}`;
  if (p.level === 'grid') return `${p.code} ${p.name}${p.leader ? `\n${leaderWord} ${p.leader}` : ''}`;
  return `${p.code}\n${p.name}`;
}

export function buildGridLabels(grids: GridCollection, leaderWord: string): GridLabel[] {
  return grids.features.map((f) => {
    const p = f.properties;
    const text = labelText(p, leaderWord);
    const size = estimateTextSize(text, FONT_PX[p.level]);
    const top = p.level === 'community' ? topLabelPoint(f.geometry.coordinates) : null;
    // A top label only needs its own height (plus the offset) inside the polygon, but then its whole width.
    const fitsFrom = fitZoom(bboxOf(f.geometry.coordinates), size.width + 8, top ? (size.height + TOP_OFFSET_PX) * 2 : size.height + 4);
    return {
      id: Number(p.id),
      level: p.level,
      position: top ?? labelPoint(f.geometry.coordinates),
      anchor: top ? 'top' : 'center',
      text,
      fitsFrom,
    };
  });
}

export function groupLabels(labels: GridLabel[]): Record<GridLevel, GridLabel[]> {
  const out = { community: [], grid: [], micro: [], unit: [] } as Record<GridLevel, GridLabel[]>;
  for (const l of labels) out[l.level].push(l);
  return out;
}

/** A white halo: labels stay readable over pins, fills and basemap tiles. */
const HALO: [number, number, number, number] = [255, 255, 255, 235];

/**
 * Labels that do not fit yet get size 0 rather than leaving the data: the data, and the font atlas built from its
 * characters, stay the same while zooming; only one attribute is recomputed. The halo is drawn by the text's own
 * program (a signed-distance font atlas), not by a plate behind each label: a plate layer is one more WebGL program,
 * and in software rendering linking it cost the page about half a second while the database was starting.
 */
export function gridLabelLayer(level: GridLevel, labels: GridLabel[], zoom: number) {
  const size = FONT_PX[level];
  const visible = isLabelVisible(level, zoom) && labels.length > 0;
  // Hidden levels keep their last sizes instead of recomputing them on every zoom step.
  const sizedFor = visible ? zoom : null;
  return new TextLayer<GridLabel>({
    id: `grid-labels-${level}`,
    data: labels,
    visible,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getTextAnchor: 'middle',
    getAlignmentBaseline: (d) => (d.anchor === 'top' ? 'top' : 'center'),
    getPixelOffset: (d) => (d.anchor === 'top' ? [0, TOP_OFFSET_PX] : [0, 0]),
    getSize: (d) => (sizedFor !== null && d.fitsFrom <= sizedFor ? size : 0),
    updateTriggers: { getSize: sizedFor },
    sizeUnits: 'pixels',
    getColor: COLOR[level],
    fontFamily: LABEL_FONT,
    // A signed-distance atlas draws strokes thinner than the browser would: every level bold, or the 12 px ones fade.
    fontWeight: 700,
    characterSet: 'auto',
    lineHeight: 1.25,
    fontSettings: { sdf: true, buffer: 8, radius: 16 },
    outlineWidth: 10,
    outlineColor: HALO,
    pickable: false,
  });
}
