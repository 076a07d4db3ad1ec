// What an edit of a household sends: only the fields the worker changed, each with the value it was based on, so
// the database can tell a colleague's change in between (a conflict) from an untouched field.
import type { HouseholdEdit, HouseholdRecord } from '../data/types';

const norm = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export function editDiff(record: HouseholdRecord, draft: HouseholdEdit): { base: HouseholdEdit; changes: HouseholdEdit } {
  const base: Record<string, unknown> = {};
  const changes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(draft)) {
    const was = record[k as keyof HouseholdRecord] ?? null;
    const now = norm(v) === '' ? null : norm(v);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    base[k] = was;
    changes[k] = now;
  }
  return { base: base as HouseholdEdit, changes: changes as HouseholdEdit };
}

/** The same changes based on the record as it is now: the worker has seen the conflict and keeps their version. */
export const rebase = (record: HouseholdRecord, changes: HouseholdEdit): HouseholdEdit =>
  Object.fromEntries(Object.keys(changes).map((k) => [k, record[k as keyof HouseholdRecord] ?? null])) as HouseholdEdit;

/** The tags with `code` added at the end or taken out; the others keep their order, so an untouched list compares equal. */
export const toggleTag = (tags: readonly string[], code: string): string[] =>
  tags.includes(code) ? tags.filter((x) => x !== code) : [...tags, code];
