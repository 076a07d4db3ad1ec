// The demo sub-district's grid hierarchy: 4 communities → 20 grids → 100 micro grids → 800 unit grids,
// each level an exact tiling of the one above (see subdivide.ts).
import { COMMUNITY_NAMES, ESTATE_NAMES, STREET_NAMES } from './names';
import type { Random } from './random';
import { round7, subdivide, type Rect } from './subdivide';

export type Level = 'community' | 'grid' | 'micro' | 'unit';

export interface DemoGrid {
  id: number;
  parentId: number | null;
  level: Level;
  code: string;
  name: string;
  rect: Rect;
  /** Community this grid belongs to (itself for communities), for addresses. */
  communityName: string;
  /** Name of the parent grid ('' for communities): a unit's courtyard or estate, for addresses. */
  parentName: string;
}

/** About 3.5 km × 2.5 km around 112.55E, 37.80N (迎泽区, 太原). */
export const DISTRICT: Rect = { west: round7(112.53), south: round7(37.789), east: round7(112.57), north: round7(37.8115) };
export const DISTRICT_NAME = '迎泽区示范街道';

const CHILDREN: Record<Exclude<Level, 'unit'>, [Level, number]> = {
  community: ['grid', 5],
  grid: ['micro', 5],
  micro: ['unit', 8],
};

const pad = (n: number) => String(n).padStart(2, '0');

export function buildDistrict(rng: Random): DemoGrid[] {
  const grids: DemoGrid[] = [];
  let nextId = 1;
  const communities = subdivide(DISTRICT, 4, rng).map((rect, i) => ({
    id: nextId++,
    parentId: null,
    level: 'community' as Level,
    code: pad(i + 1),
    name: COMMUNITY_NAMES[i]!,
    rect,
    communityName: COMMUNITY_NAMES[i]!,
    parentName: '',
  }));
  grids.push(...communities);
  // Breadth first, so every level is inserted after the one above it.
  let layer: DemoGrid[] = communities;
  while (layer.length && layer[0]!.level !== 'unit') {
    const next: DemoGrid[] = [];
    for (const parent of layer) {
      const [level, n] = CHILDREN[parent.level as Exclude<Level, 'unit'>];
      subdivide(parent.rect, n, rng).forEach((rect, i) => {
        next.push({
          id: nextId++,
          parentId: parent.id,
          level,
          code: `${parent.code}-${pad(i + 1)}`,
          name: childName(level, i, rng),
          rect,
          communityName: parent.communityName,
          parentName: parent.name,
        });
      });
    }
    grids.push(...next);
    layer = next;
  }
  return grids;
}

function childName(level: Level, i: number, rng: Random): string {
  if (level === 'grid') return `第${'一二三四五六七八九十'[i]}网格`;
  if (level === 'micro') return rng.chance(0.5) ? `${rng.pick(ESTATE_NAMES)}` : `${rng.pick(STREET_NAMES)}${rng.int(1, 99)}号院`;
  return `${i + 1}号楼`;
}
