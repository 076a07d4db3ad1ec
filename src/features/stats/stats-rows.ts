// Dashboard figures shaped for charts and CSV: codes turned into names, rows in reading order.
import type { AgeBucket, BreakdownRow, CountRow, DashboardStats, RiskLevel } from '../../data/types';
import { RISK_COLOURS } from '../../lib/colour';

export const AGE_KEYS: readonly AgeBucket[] = ['lt1d', '1to3d', '3to7d', '7to30d', 'gt30d'];
export const RISK_KEYS: readonly RiskLevel[] = ['red', 'orange', 'yellow', 'blue'];

export interface NamedBreakdown {
  key: string;
  label: string;
  received: number;
  resolved: number;
  open: number;
}

/** Busiest first; rows with nothing received or open are left out. */
export function breakdown(rows: readonly BreakdownRow[], name: (code: string) => string): NamedBreakdown[] {
  return rows
    .filter((r) => r.received > 0 || r.open > 0)
    .map((r) => ({ key: r.code, label: name(r.code), received: r.received, resolved: r.resolved, open: r.open }))
    .sort((a, b) => b.received - a.received || b.open - a.open);
}

/** Counts in a fixed key order (zeros shown, so the distribution's shape reads right). */
export function counted<K extends string | number>(rows: readonly CountRow<K>[], keys: readonly K[], label: (k: K) => string, colour?: (k: K) => string) {
  const by = new Map(rows.map((r) => [r.key, r.count]));
  return keys.map((k) => ({ key: String(k), label: label(k), value: by.get(k) ?? 0, colour: colour?.(k) }));
}

export const riskColour = (k: RiskLevel) => RISK_COLOURS[k];

/** A trend bucket's axis label: the month for monthly buckets, the day otherwise. */
export const bucketLabel = (bucket: string, width: 'day' | 'week' | 'month') => (width === 'month' ? bucket.slice(0, 7) : bucket.slice(5));

/** Open incidents per child grid, most first, at most `limit`. */
export function gridRanking(stats: DashboardStats, limit: number) {
  return [...stats.by_grid]
    .sort((a, b) => b.open - a.open || b.received - a.received)
    .slice(0, limit)
    .map((g) => ({ key: g.code, label: g.name, value: g.open }));
}

/** Cross-filtering: a click shows only that code; a second click on the same one lifts the restriction. */
export const only = (chosen: readonly string[] | null, code: string): string[] | null =>
  chosen?.length === 1 && chosen[0] === code ? null : [code];
