// Lookups over the loaded grids: by code (URL), by id (database answers) and the district's bounds.
import type { GridCollection, GridFeature } from '../../data/types';
import { bboxOf, type BBox } from '../../lib/label-placement';

export interface GridIndex {
  byCode: ReadonlyMap<string, GridFeature>;
  byId: ReadonlyMap<number, GridFeature>;
  bounds: BBox | null;
}

export function indexGrids(grids: GridCollection | null): GridIndex {
  const byCode = new Map<string, GridFeature>();
  const byId = new Map<number, GridFeature>();
  let bounds: BBox | null = null;
  for (const f of grids?.features ?? []) {
    byCode.set(f.properties.code, f);
    byId.set(Number(f.properties.id), f);
    if (f.properties.level !== 'community') continue;
    const b = bboxOf(f.geometry.coordinates);
    bounds = bounds
      ? [Math.min(bounds[0], b[0]), Math.min(bounds[1], b[1]), Math.max(bounds[2], b[2]), Math.max(bounds[3], b[3])]
      : b;
  }
  return { byCode, byId, bounds };
}
