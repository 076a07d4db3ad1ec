// Which courtyards the map layer draws (risk levels and stars ticked in its control) and how many of each risk
// level a grid's subtree holds. Pure, so the layer control and the grid panel count the same way.
import type { CourtyardPin, RiskLevel } from '../data/types';
import { RISK_LEVELS } from './risk-level';

/** Star filter value for courtyards not rated yet. */
export const UNRATED = 0;
export const STAR_OPTIONS = [5, 4, 3, 2, 1, UNRATED] as const;

export interface CourtyardFilter {
  /** null: every level. */
  risks: RiskLevel[] | null;
  /** null: any stars; UNRATED stands for courtyards without stars. */
  stars: number[] | null;
}

export const NO_COURTYARD_FILTER: CourtyardFilter = { risks: null, stars: null };

export function filterCourtyards(pins: readonly CourtyardPin[], f: CourtyardFilter): CourtyardPin[] {
  const risks = f.risks ? new Set(f.risks) : null;
  const stars = f.stars ? new Set(f.stars) : null;
  return pins.filter((p) => (!risks || risks.has(p.risk_level)) && (!stars || stars.has(p.stars ?? UNRATED)));
}

export type RiskCounts = Record<RiskLevel, number>;

export function countByRisk(pins: readonly CourtyardPin[]): RiskCounts {
  const counts: RiskCounts = { red: 0, orange: 0, yellow: 0, blue: 0 };
  for (const p of pins) counts[p.risk_level]++;
  return counts;
}

export const totalOf = (c: RiskCounts) => RISK_LEVELS.reduce((n, r) => n + c[r], 0);

/** Ticks or unticks one value; ticking every value (or none) is the same as no filter. */
export function toggleValue<T>(chosen: T[] | null, value: T, all: readonly T[]): T[] | null {
  const current = chosen ?? [...all];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length === all.length || next.length === 0 ? null : all.filter((v) => next.includes(v));
}
