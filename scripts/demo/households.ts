// The household register (民情册): about 25 households per unit grid (5–60), each with a room address, a head
// of household, a size and tags in believable proportions. Tags are drawn with their real correlations (the
// very old often live alone and were visited recently; tenants are young and often floating population), not
// independently, so filters and per-grid counts in the app tell a coherent story.
import type { Courtyard } from './courtyards';
import type { District, UnitGrid } from './district';
import { mobilePhone, personName, type Cohort } from './names';
import type { Random } from './random';
import { pointInside, round7, type LonLat } from './subdivide';
import { DAY } from './time';
import type { HouseholdTag } from './vocabulary';

export interface Household {
  id: number;
  unit: UnitGrid;
  courtyardId: number | null;
  building: string;
  unitNo: string | null;
  room: string;
  address: string;
  headName: string;
  phone: string | null;
  size: number;
  tags: HouseholdTag[];
  /** Local midnight of the day of the last visit, or null when nobody has visited yet. */
  lastVisit: number | null;
  location: LonLat;
}

export function buildHouseholds(district: District, courtyards: readonly Courtyard[], rng: Random, anchorDay: number): Household[] {
  const courtyardByUnit = new Map(courtyards.map((c) => [c.unit.id, c]));
  const households: Household[] = [];
  for (const unit of district.units) {
    const courtyard = courtyardByUnit.get(unit.id) ?? null;
    const rooms = roomNumbers(unit, rng);
    // Households of one stairwell stand at one building: a point well inside the unit, jittered by a few metres.
    const [cx, cy] = pointInside(unit.rect, () => rng.next(), 0.3);
    const w = unit.rect.east - unit.rect.west;
    const h = unit.rect.north - unit.rect.south;
    for (const room of rooms) {
      const facts = householdFacts(rng, courtyard !== null, anchorDay);
      households.push({
        id: households.length + 1,
        unit,
        courtyardId: courtyard?.id ?? null,
        building: unit.building,
        unitNo: unit.unitNo,
        room,
        address: `${unit.community.name} ${unit.micro.name}${unit.building}${unit.unitNo ?? ''}${room}`,
        ...facts,
        location: [round7(cx + (rng.next() - 0.5) * 0.1 * w), round7(cy + (rng.next() - 0.5) * 0.1 * h)],
      });
    }
  }
  return households;
}

/**
 * Rooms of one unit grid. Old single-storey rows have 5–18 numbered doors (3号); apartment stairwells have
 * 2–4 flats per floor numbered floor + door (502, 1203), as many floors as the register needs.
 */
function roomNumbers(unit: UnitGrid, rng: Random): string[] {
  if (unit.micro.kind === 'bungalow') {
    const n = rng.int(5, 18);
    return Array.from({ length: n }, (_, i) => `${i + 1}号`);
  }
  const n = Math.min(60, Math.max(5, Math.round(rng.logNormal(26, 0.5))));
  const doors = rng.weighted([[2, 60], [3, 25], [4, 15]] as const);
  return Array.from({ length: n }, (_, i) => `${Math.floor(i / doors) + 1}${String((i % doors) + 1).padStart(2, '0')}`);
}

type HouseholdFacts = Pick<Household, 'headName' | 'phone' | 'size' | 'tags' | 'lastVisit'>;

function householdFacts(rng: Random, inCourtyard: boolean, anchorDay: number): HouseholdFacts {
  const daysAgo = (min: number, max: number) => anchorDay - rng.int(min, max) * DAY;
  if (rng.chance(0.05)) {
    // 空房: nobody lives there; the owner is on file, often without a number, and visits are rare.
    return {
      headName: personName(rng, rng.chance(0.5) ? 'old' : 'middle'),
      phone: rng.chance(0.6) ? mobilePhone(rng) : null,
      size: 0,
      tags: ['vacant'],
      lastVisit: rng.chance(0.4) ? null : daysAgo(1, 180),
    };
  }
  // Rented rooms concentrate in courtyards, and most floating households rent.
  const tenant = rng.chance(inCourtyard ? 0.33 : 0.085);
  const floating = rng.chance(tenant ? 0.55 : 0.015);
  const elderlyAlone = !tenant && rng.chance(0.05);
  const aged90 = !tenant && rng.chance(elderlyAlone ? 0.12 : 0.006);
  const aged80 = aged90 || (!tenant && rng.chance(elderlyAlone ? 0.45 : 0.045)) || (tenant && rng.chance(0.003));
  const disabled = rng.chance(0.02);
  const veteran = !floating && rng.chance(aged80 ? 0.06 : 0.018);
  const lowIncome = rng.chance(elderlyAlone || disabled ? 0.15 : 0.015);
  const partyMember = rng.chance(aged80 ? 0.18 : tenant ? 0.04 : 0.085);
  const keyPerson = rng.chance(0.005);

  const tags: HouseholdTag[] = [];
  if (tenant) tags.push('tenant');
  if (floating) tags.push('floating');
  if (elderlyAlone) tags.push('elderly_alone');
  if (aged80) tags.push('aged_80');
  if (aged90) tags.push('aged_90');
  if (disabled) tags.push('disabled');
  if (veteran) tags.push('veteran');
  if (lowIncome) tags.push('low_income');
  if (partyMember) tags.push('party_member');
  if (keyPerson) tags.push('key_person');

  const size = elderlyAlone ? 1
    : aged80 ? rng.weighted([[1, 20], [2, 50], [3, 15], [4, 10], [5, 5]] as const)
    : tenant ? rng.weighted([[1, 30], [2, 30], [3, 25], [4, 10], [5, 5]] as const)
    : rng.weighted([[1, 8], [2, 28], [3, 32], [4, 17], [5, 10], [6, 5]] as const);
  const cohort: Cohort = aged80 || elderlyAlone ? 'old'
    : tenant ? (rng.chance(0.6) ? 'young' : 'middle')
    : rng.weighted([['old', 3], ['middle', 5], ['young', 2]] as const);

  // People the grid must look after (户户到) are visited monthly; everyone else within the quarter, mostly.
  const cared = elderlyAlone || aged80 || disabled || lowIncome || keyPerson;
  const r = rng.next();
  const lastVisit = cared
    ? (r < 0.85 ? daysAgo(1, 30) : r < 0.97 ? daysAgo(31, 90) : null)
    : (r < 0.8 ? daysAgo(1, 90) : r < 0.9 ? daysAgo(91, 300) : null);

  return {
    headName: personName(rng, cohort),
    phone: rng.chance(elderlyAlone ? 0.75 : 0.92) ? mobilePhone(rng) : null,
    size,
    tags,
    lastVisit,
  };
}
