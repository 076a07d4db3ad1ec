// The grid hierarchy of the demo district: 4 communities → 20 grids → 100 micro grids → 800 unit grids,
// each level cut from the one above by subdivide(), so every level tiles its parent exactly.
import { chineseOrdinal, COMMUNITIES, COMPOUNDS, ESTATES, type CommunityName } from './names';
import type { Random } from './random';
import { rectAround, subdivide, type Rect } from './subdivide';

/** A sub-district of 太原市迎泽区 around 112.55E 37.80N, 3.5 km east–west by 2.5 km north–south. */
export const DISTRICT_NAME = '太原市迎泽区 示范街道';
export const DISTRICT_RECT: Rect = rectAround([112.55, 37.8], 3500, 2500);

export const GRIDS_PER_COMMUNITY = 5;
export const MICROS_PER_GRID = 5;
export const UNITS_PER_MICRO = 8;

export type GridLevel = 'community' | 'grid' | 'micro' | 'unit';

/** 平房院 (rows of single-storey houses, typical of the old town and of rented courtyards) or 楼院 (blocks). */
export type MicroKind = 'bungalow' | 'block';

export interface Grid {
  id: number;
  parentId: number | null;
  level: GridLevel;
  code: string;
  name: string;
  rect: Rect;
  community: CommunityName;
}

export interface MicroGrid extends Grid {
  level: 'micro';
  kind: MicroKind;
  /** The street a numbered courtyard (…号院) is on; null for estates and compounds. */
  street: string | null;
}

export interface UnitGrid extends Grid {
  level: 'unit';
  micro: MicroGrid;
  /** Building or row the unit is: '3号楼', '2排'. Households carry it as their building. */
  building: string;
  /** Stairwell: '2单元', or null for a row of single-storey houses. */
  unitNo: string | null;
}

export interface District {
  /** Every grid in insertion order: level by level, by code within a level; ids 1…n in that order. */
  all: Grid[];
  communities: Grid[];
  grids: Grid[];
  micros: MicroGrid[];
  units: UnitGrid[];
  byCode: Map<string, Grid>;
  /** House numbers already used on each street, so courtyards added later never repeat a micro grid's address. */
  streetNumbers: StreetNumbers;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Hands out unused house numbers per street (1–199), so no two places get the same address. */
export class StreetNumbers {
  private used = new Map<string, Set<number>>();

  take(street: string, rng: Random): number {
    const used = this.used.get(street) ?? new Set<number>();
    this.used.set(street, used);
    for (let tries = 0; tries < 1000; tries++) {
      const n = rng.int(1, 199);
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
    throw new Error(`ran out of house numbers on ${street}`);
  }
}

export function buildDistrict(rng: Random): District {
  const uniform = () => rng.next();
  const streetNumbers = new StreetNumbers();
  const estates = rng.sample(ESTATES, ESTATES.length);
  const compounds = rng.sample(COMPOUNDS, COMPOUNDS.length);

  const communities: Grid[] = [];
  const grids: Grid[] = [];
  const micros: MicroGrid[] = [];
  const units: UnitGrid[] = [];

  // Ids are given after all levels exist (level order), so build with placeholders and number at the end.
  const communityRects = subdivide(DISTRICT_RECT, COMMUNITIES.length, uniform);
  communityRects.forEach((rect, ci) => {
    const community = COMMUNITIES[ci]!;
    const c: Grid = { id: 0, parentId: null, level: 'community', code: two(ci + 1), name: community.name, rect, community };
    communities.push(c);
    subdivide(rect, GRIDS_PER_COMMUNITY, uniform).forEach((gridRect, gi) => {
      const g: Grid = { id: 0, parentId: null, level: 'grid', code: `${c.code}-${two(gi + 1)}`, name: `第${chineseOrdinal(gi + 1)}网格`, rect: gridRect, community };
      grids.push(g);
      subdivide(gridRect, MICROS_PER_GRID, uniform).forEach((microRect, mi) => {
        const { name, kind, street } = microName(community, rng, streetNumbers, estates, compounds);
        const m: MicroGrid = { id: 0, parentId: null, level: 'micro', code: `${g.code}-${two(mi + 1)}`, name, kind, street, rect: microRect, community };
        micros.push(m);
        const labels = unitLabels(kind, rng);
        subdivide(microRect, UNITS_PER_MICRO, uniform).forEach((unitRect, ui) => {
          const label = labels[ui]!;
          units.push({
            id: 0, parentId: null, level: 'unit', code: `${m.code}-${two(ui + 1)}`, name: label.name, rect: unitRect,
            community, micro: m, building: label.building, unitNo: label.unitNo,
          });
        });
      });
    });
  });

  // Number level by level; parents are known by code prefix (every code is its parent's code plus '-NN').
  const all: Grid[] = [...communities, ...grids, ...micros, ...units];
  const byCode = new Map<string, Grid>();
  all.forEach((g, i) => {
    g.id = i + 1;
    byCode.set(g.code, g);
    if (g.level !== 'community') g.parentId = byCode.get(g.code.slice(0, -3))!.id;
  });
  return { all, communities, grids, micros, units, byCode, streetNumbers };
}

function microName(community: CommunityName, rng: Random, numbers: StreetNumbers, estates: string[], compounds: string[]):
  { name: string; kind: MicroKind; street: string | null } {
  const r = rng.next();
  if (r < 0.3 && estates.length > 0) return { name: estates.pop()!, kind: 'block', street: null };
  if (r < 0.6 && compounds.length > 0) return { name: compounds.pop()!, kind: 'block', street: null };
  // A numbered courtyard on one of the community's streets; about half are old single-storey rows.
  const street = rng.pick(community.streets);
  return { name: `${street}${numbers.take(street, rng)}号院`, kind: rng.chance(0.5) ? 'bungalow' : 'block', street };
}

interface UnitLabel {
  name: string;
  building: string;
  unitNo: string | null;
}

/** Names of the eight unit grids of a micro grid: rows 1排…8排, or buildings with one to four stairwells each. */
function unitLabels(kind: MicroKind, rng: Random): UnitLabel[] {
  const labels: UnitLabel[] = [];
  if (kind === 'bungalow') {
    for (let row = 1; row <= UNITS_PER_MICRO; row++) labels.push({ name: `${row}排`, building: `${row}排`, unitNo: null });
    return labels;
  }
  let building = 1;
  while (labels.length < UNITS_PER_MICRO) {
    const stairwells = Math.min(UNITS_PER_MICRO - labels.length, rng.weighted([[1, 2], [2, 4], [3, 3], [4, 2]] as const));
    for (let s = 1; s <= stairwells; s++) {
      const b = `${building}号楼`;
      labels.push({ name: stairwells === 1 ? b : `${b}${s}单元`, building: b, unitNo: `${s}单元` });
    }
    building++;
  }
  return labels;
}
