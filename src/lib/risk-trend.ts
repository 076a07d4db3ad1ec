// The courtyard card's small risk trend: one point per scoring, placed by time on x and by risk level on y
// (red at the top), as an SVG polyline. Pure geometry, no chart library for a line of a dozen points.
import type { RiskLevel } from '../data/types';
import { riskRank } from './risk-level';

export interface TrendPoint {
  at: string;
  risk_level: RiskLevel;
}

export interface PlacedPoint {
  x: number;
  y: number;
  risk: RiskLevel;
  at: string;
}

/** Points inside a width × height box with `pad` around; a single point sits in the middle. */
export function placeTrend(points: readonly TrendPoint[], width: number, height: number, pad = 6): PlacedPoint[] {
  const times = points.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const span = t1 - t0;
  return points.map((p, i) => ({
    x: span > 0 ? pad + ((times[i]! - t0) / span) * (width - 2 * pad) : width / 2,
    y: pad + ((3 - riskRank(p.risk_level)) / 3) * (height - 2 * pad),
    risk: p.risk_level,
    at: p.at,
  }));
}

/** The polyline as a step line: the level holds until the next scoring changes it. */
export function stepPath(placed: readonly PlacedPoint[]): string {
  return placed
    .map((p, i) => (i === 0 ? `M${p.x.toFixed(1)},${p.y.toFixed(1)}` : `H${p.x.toFixed(1)}V${p.y.toFixed(1)}`))
    .join('');
}
