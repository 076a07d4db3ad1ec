// Courtyards (院落): compounds of rented rooms, each occupying one unit grid. Placed first (households need to
// know whether they live in one), characterised after the households exist (rooms, tenants and floating people
// are counted from the register, so the courtyard card and the register agree). The risk level given here is the
// courtyard's character, which shapes its inspection answers (inspections.ts); the database scores the stars and
// the risk level shown from those answers.
import type { District, UnitGrid } from './district';
import type { Household } from './households';
import { mobilePhone, personName } from './names';
import type { Random } from './random';
import { pointInside, type LonLat } from './subdivide';

export type RiskLevel = 'blue' | 'yellow' | 'orange' | 'red';

export interface Courtyard {
  id: number;
  code: string;
  name: string;
  address: string;
  unit: UnitGrid;
  location: LonLat;
  landlordName: string;
  landlordPhone: string | null;
  stars: number | null;
  risk: RiskLevel;
  rooms: number;
  tenants: number;
  floatingPeople: number;
}

/** Chooses `count` distinct unit grids, old single-storey rows far more often than apartment stairwells. */
export function placeCourtyards(district: District, rng: Random, count: number): Courtyard[] {
  // Weighted sampling without replacement (Efraimidis–Spirakis): keep the units with the largest u^(1/w).
  const keyed = district.units.map((unit) => ({ unit, key: Math.pow(rng.next(), 1 / (unit.micro.kind === 'bungalow' ? 6 : 1)) }));
  keyed.sort((a, b) => b.key - a.key || a.unit.id - b.unit.id);
  const chosen = keyed.slice(0, count).map((k) => k.unit).sort((a, b) => a.id - b.id);
  if (chosen.length < count) throw new Error(`only ${chosen.length} unit grids for ${count} courtyards`);

  return chosen.map((unit, i) => {
    // Numbered on the micro grid's own street when it has one, else on a street of the community.
    const street = unit.micro.street ?? rng.pick(unit.community.streets);
    const number = district.streetNumbers.take(street, rng);
    return {
      id: i + 1,
      code: `YZ-${String(i + 1).padStart(4, '0')}`,
      name: `${street}${number}号院`,
      address: `太原市迎泽区${street}${number}号`,
      unit,
      location: pointInside(unit.rect, () => rng.next(), 0.2),
      landlordName: personName(rng, rng.chance(0.6) ? 'old' : 'middle'),
      landlordPhone: rng.chance(0.95) ? mobilePhone(rng) : null,
      // Stars are earned at inspection: most courtyards sit at 3–4, some are not rated yet (null).
      stars: rng.weighted<number | null>([[null, 10], [1, 4], [2, 12], [3, 36], [4, 30], [5, 8]]),
      risk: 'blue',
      rooms: 0,
      tenants: 0,
      floatingPeople: 0,
    };
  });
}

/**
 * Counts rooms, tenants and floating people from the register, then sets the four-colour risk level. Levels are
 * handed out by rank of a risk score (few stars, many floating people, big compounds score high), so the mix is
 * exactly 3% red, 12% orange, 30% yellow and the rest blue, and still tracks the courtyard's facts.
 */
export function rateCourtyards(courtyards: Courtyard[], households: readonly Household[], rng: Random): void {
  const byId = new Map(courtyards.map((c) => [c.id, c]));
  for (const h of households) {
    if (h.courtyardId === null) continue;
    const c = byId.get(h.courtyardId)!;
    c.rooms += 1;
    if (h.tags.includes('tenant')) c.tenants += h.size;
    if (h.tags.includes('floating')) c.floatingPeople += h.size;
  }
  const scored = courtyards.map((c) => {
    const people = Math.max(1, c.tenants);
    const starScore = c.stars === null ? 0.3 : (3.5 - c.stars) * 0.45;
    const score = 0.5 * rng.normal() + starScore + 1.5 * (c.floatingPeople / people) + (c.rooms > 20 ? 0.3 : 0);
    return { c, score };
  });
  scored.sort((a, b) => b.score - a.score || a.c.id - b.c.id);
  const n = courtyards.length;
  // Red (重大) goes to the highest scores among courtyards without a good rating: a 4- or 5-star courtyard
  // has passed an inspection that a red one could not.
  const redCount = Math.round(n * 0.03);
  const red = scored.filter(({ c }) => c.stars === null || c.stars <= 3).slice(0, redCount);
  for (const { c } of red) c.risk = 'red';
  const rest = scored.filter((s) => !red.includes(s));
  const orange = Math.round(n * 0.12);
  const yellow = orange + Math.round(n * 0.3);
  rest.forEach(({ c }, rank) => {
    c.risk = rank < orange ? 'orange' : rank < yellow ? 'yellow' : 'blue';
  });
}
