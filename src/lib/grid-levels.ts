import { GRID_LEVELS, type GridLevel } from '../data/types';

/**
 * Zoom from which each level's outlines are drawn. Deeper levels only appear once their polygons are big enough
 * on screen to be told apart; communities stay outlined at every zoom so the district never loses its frame.
 */
export const LEVEL_MIN_ZOOM: Readonly<Record<GridLevel, number>> = {
  community: 0,
  grid: 13,
  micro: 15,
  unit: 16.5,
};

/**
 * Zoom band in which a level's labels are shown. Only one level below the communities is labelled at a time,
 * so labels of nested grids never sit on top of each other.
 */
export const LABEL_ZOOM_BAND: Readonly<Record<GridLevel, readonly [number, number]>> = {
  community: [0, 15.5],
  grid: [13.5, 15.5],
  micro: [15.5, 17],
  unit: [17, 24],
};

export const levelDepth = (level: GridLevel): number => GRID_LEVELS.indexOf(level);

export function visibleLevels(zoom: number): GridLevel[] {
  return GRID_LEVELS.filter((level) => zoom >= LEVEL_MIN_ZOOM[level]);
}

export function deepestVisibleLevel(zoom: number): GridLevel {
  const levels = visibleLevels(zoom);
  return levels[levels.length - 1] ?? 'community';
}

export function isLabelVisible(level: GridLevel, zoom: number): boolean {
  const [from, to] = LABEL_ZOOM_BAND[level];
  return zoom >= from && zoom < to;
}

/** Of the grids under the cursor, the one the user means: the deepest level drawn at this zoom. */
export function pickDeepest<T extends { level: GridLevel }>(candidates: readonly T[], zoom: number): T | null {
  const allowed = new Set(visibleLevels(zoom));
  let best: T | null = null;
  for (const c of candidates) {
    if (!allowed.has(c.level)) continue;
    if (!best || levelDepth(c.level) > levelDepth(best.level)) best = c;
  }
  return best;
}
