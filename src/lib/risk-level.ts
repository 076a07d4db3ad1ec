// The four-colour risk control (四色管控): levels from worst to least, their colours on the map, the plate and the
// public page, and the star strings shown beside them. One definition, so a courtyard is the same red everywhere.
import type { RiskLevel } from '../data/types';
import { hexToRgb, type Rgb } from './colour';

/** Worst first: the order of legends, filters and counts. */
export const RISK_LEVELS: readonly RiskLevel[] = ['red', 'orange', 'yellow', 'blue'];

export const RISK_HEX: Record<RiskLevel, string> = {
  red: '#d32f2f',
  orange: '#f57c00',
  yellow: '#f9c80e',
  blue: '#1e88e5',
};

export const RISK_RGB: Record<RiskLevel, Rgb> = {
  red: hexToRgb(RISK_HEX.red),
  orange: hexToRgb(RISK_HEX.orange),
  yellow: hexToRgb(RISK_HEX.yellow),
  blue: hexToRgb(RISK_HEX.blue),
};

/** Text that stays readable on the level's colour (dark on yellow, white on the others). */
export const RISK_INK: Record<RiskLevel, string> = { red: '#fff', orange: '#fff', yellow: '#14263c', blue: '#fff' };

/** 0 (blue) … 3 (red): how high a level sits on the trend chart. */
export const riskRank = (r: RiskLevel) => 3 - RISK_LEVELS.indexOf(r);

export const isRiskLevel = (s: string): s is RiskLevel => (RISK_LEVELS as readonly string[]).includes(s);

/** ★★★☆☆ for 3 of 5; an empty string for a courtyard not rated yet. */
export function starString(stars: number | null): string {
  if (stars === null || !Number.isFinite(stars)) return '';
  const n = Math.max(0, Math.min(5, Math.round(stars)));
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}
