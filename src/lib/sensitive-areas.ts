// Sensitive-incident areas as the map shows them: one disc per cell, whatever categories it holds (two discs on one
// centre would print their counts over each other), counting what the filters ask for.
import type { SensitiveArea } from '../data/types';

export interface AreaFilter {
  /** Categories asked for; null = all. */
  categories: readonly string[] | null;
  /** Statuses asked for: with any closed one among them, every incident counts; else the open ones. */
  statuses: readonly string[];
  openStatuses: readonly string[];
}

export interface CellCount {
  lon: number;
  lat: number;
  /** What the filters count, in all and per category (largest first). */
  shown: number;
  parts: { category: string; shown: number }[];
}

export function cellCounts(areas: readonly SensitiveArea[], f: AreaFilter): CellCount[] {
  if (f.statuses.length === 0) return [];
  const closedToo = f.statuses.some((s) => !f.openStatuses.includes(s));
  const cells = new Map<string, CellCount>();
  for (const a of areas) {
    if (f.categories && !f.categories.includes(a.category)) continue;
    const shown = closedToo ? a.incidents : a.open;
    if (shown === 0) continue;
    const key = `${a.lon},${a.lat}`;
    const cell = cells.get(key) ?? { lon: a.lon, lat: a.lat, shown: 0, parts: [] };
    cell.shown += shown;
    cell.parts.push({ category: a.category, shown });
    cells.set(key, cell);
  }
  const list = [...cells.values()];
  for (const c of list) c.parts.sort((x, y) => y.shown - x.shown);
  return list;
}
