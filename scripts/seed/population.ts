// People and places of the demo district: grid staff, courtyards and the household register.
import type { DemoGrid } from './district';
import { mobilePhone, personName, STREET_NAMES } from './names';
import type { Random } from './random';
import { pointIn } from './subdivide';

export interface Staff {
  gridId: number;
  name: string;
  role: 'grid_leader' | 'grid_worker' | 'part_time_worker' | 'building_leader';
  phone: string;
  userId: string | null;
}

export interface Courtyard {
  id: number;
  code: string;
  name: string;
  unit: DemoGrid;
  address: string;
  location: [number, number];
  landlord: string;
  phone: string;
  stars: number | null;
  risk: 'blue' | 'yellow' | 'orange' | 'red';
  rooms: number;
  tenants: number;
  floating: number;
}

export interface Household {
  id: number;
  unit: DemoGrid;
  courtyardId: number | null;
  building: string;
  unitNo: string;
  room: string;
  address: string;
  head: string;
  phone: string | null;
  size: number;
  tags: string[];
  lastVisit: string | null;
  location: [number, number];
}

export function buildStaff(grids: DemoGrid[], rng: Random, leaderUser: { gridCode: string; userId: string; name: string }): Staff[] {
  const staff: Staff[] = [];
  for (const g of grids) {
    if (g.level === 'grid') {
      const mine = g.code === leaderUser.gridCode;
      staff.push({ gridId: g.id, name: mine ? leaderUser.name : personName(rng), role: 'grid_leader', phone: mobilePhone(rng), userId: mine ? leaderUser.userId : null });
      for (let i = rng.int(1, 2); i > 0; i--) staff.push({ gridId: g.id, name: personName(rng), role: 'grid_worker', phone: mobilePhone(rng), userId: null });
    } else if (g.level === 'micro') {
      staff.push({ gridId: g.id, name: personName(rng), role: 'part_time_worker', phone: mobilePhone(rng), userId: null });
    } else if (g.level === 'unit') {
      staff.push({ gridId: g.id, name: personName(rng), role: 'building_leader', phone: mobilePhone(rng), userId: null });
    }
  }
  return staff;
}

export function buildCourtyards(units: DemoGrid[], rng: Random, count: number): Courtyard[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(rng.int(0, units.length - 1));
  return [...chosen].sort((a, b) => a - b).map((idx, i) => {
    const unit = units[idx]!;
    const street = rng.pick(STREET_NAMES);
    const no = rng.int(1, 180);
    const rooms = rng.int(6, 40);
    const tenants = Math.round(rooms * rng.between(1.2, 2.6));
    return {
      id: i + 1,
      code: `YZ-${String(i + 1).padStart(4, '0')}`,
      name: `${street}${no}号院`,
      unit,
      address: `${unit.communityName} ${street}${no}号`,
      location: pointIn(unit.rect, rng, 0.3),
      landlord: personName(rng),
      phone: mobilePhone(rng),
      stars: rng.chance(0.12) ? null : rng.weighted([[1, 4], [2, 10], [3, 32], [4, 38], [5, 16]] as const),
      risk: rng.weighted([['blue', 55], ['yellow', 30], ['orange', 12], ['red', 3]] as const),
      rooms,
      tenants,
      floating: Math.round(tenants * rng.between(0.4, 0.9)),
    };
  });
}

/** Tags with the share of households carrying them; vacant households carry no other tag. */
const TAG_SHARES: [string, number][] = [
  ['tenant', 0.15], ['floating', 0.1], ['elderly_alone', 0.04], ['aged_80', 0.05], ['disabled', 0.02],
  ['veteran', 0.02], ['low_income', 0.02], ['party_member', 0.08], ['key_person', 0.005],
];

function householdTags(rng: Random): { tags: string[]; size: number } {
  if (rng.chance(0.05)) return { tags: ['vacant'], size: 0 };
  const tags = TAG_SHARES.filter(([, p]) => rng.chance(p)).map(([t]) => t);
  if (tags.includes('aged_80') && rng.chance(0.2)) tags.push('aged_90');
  if (tags.includes('tenant') && !tags.includes('floating') && rng.chance(0.4)) tags.push('floating');
  const size = tags.includes('elderly_alone') ? 1 : rng.weighted([[1, 14], [2, 30], [3, 30], [4, 16], [5, 7], [6, 3]] as const);
  return { tags: tags.sort(), size };
}

export function buildHouseholds(units: DemoGrid[], courtyards: Courtyard[], rng: Random, anchor: Date): Household[] {
  const byUnit = new Map(courtyards.map((c) => [c.unit.id, c]));
  const households: Household[] = [];
  for (const unit of units) {
    const courtyard = byUnit.get(unit.id) ?? null;
    const n = Math.max(5, Math.round(rng.logNormal(22, 0.5)));
    // Unit names repeat between estates (every estate has a 1号楼); the estate makes the address unique.
    const building = `${unit.parentName}${unit.name}`;
    for (let i = 0; i < n; i++) {
      const unitNo = `${Math.floor(i / 12) + 1}单元`;
      const room = `${(Math.floor((i % 12) / 2) + 1)}0${(i % 2) + 1}`;
      const { tags, size } = householdTags(rng);
      const visitedDaysAgo = rng.chance(0.9) ? rng.int(0, tags.length ? 60 : 120) : null;
      households.push({
        id: households.length + 1,
        unit,
        courtyardId: courtyard && rng.chance(0.6) ? courtyard.id : null,
        building,
        unitNo,
        room,
        address: `${unit.communityName} ${building}${unitNo}${room}`,
        head: personName(rng),
        phone: size === 0 || rng.chance(0.08) ? null : mobilePhone(rng),
        size,
        tags,
        lastVisit: visitedDaysAgo === null ? null : isoDate(new Date(anchor.getTime() - visitedDaysAgo * 86_400_000)),
        location: pointIn(unit.rect, rng),
      });
    }
  }
  return households;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
