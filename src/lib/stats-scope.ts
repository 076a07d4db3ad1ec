// What the statistics cover, from what the map shows: the selected grid, the category and source filters and
// the reporting dates. Without dates the last twelve months are counted (the span the demo data and a year's
// report cover); the trend's bucket widens with the span so a chart never has hundreds of bars.
import type { StatsBucket, StatsScope } from '../data/types';

const DAY_MS = 86_400_000;

/** Today's date in China, 'YYYY-MM-DD'. */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export const spanDays = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

export function bucketFor(from: string, to: string): StatsBucket {
  const days = spanDays(from, to);
  return days <= 45 ? 'day' : days <= 190 ? 'week' : 'month';
}

export interface ScopeInput {
  gridId: number | null;
  from: string | null;
  to: string | null;
  categories: string[] | null;
  sources: string[] | null;
}

/** A range whose end is before its start is ignored (the filter panel says so) and the default is used. */
export function statsScope(input: ScopeInput, today: string): StatsScope {
  const bad = input.from !== null && input.to !== null && input.from > input.to;
  const to = (!bad && input.to) || today;
  const from = (!bad && input.from) || addDays(to, -364);
  return {
    gridId: input.gridId,
    from,
    to,
    bucket: bucketFor(from, to),
    // An empty choice means nothing is counted, as on the map; null means no restriction.
    categories: input.categories,
    sources: input.sources,
  };
}

/** Stable text of a scope, for query keys and file names. */
export const scopeKey = (s: StatsScope) =>
  [s.gridId ?? 'all', s.from, s.to, s.bucket, s.categories?.join('+') ?? '*', s.sources?.join('+') ?? '*'].join('|');
