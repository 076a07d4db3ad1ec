// Search and tag filters over a grid's loaded register: in memory, instant, no round trip to the database.
import type { HouseholdRow } from '../data/types';

const normalise = (s: string) => s.trim().toLowerCase();

function matches(h: HouseholdRow, q: string): boolean {
  return (
    h.address.toLowerCase().includes(q) ||
    h.head_name.toLowerCase().includes(q) ||
    h.room.toLowerCase().includes(q) ||
    h.building.toLowerCase().includes(q)
  );
}

/** Rows matching the search text (address, head of household, building, room) and carrying every chosen tag. */
export function filterHouseholds(rows: HouseholdRow[], query: string, tags: readonly string[]): HouseholdRow[] {
  const q = normalise(query);
  if (!q && tags.length === 0) return rows;
  return rows.filter((h) => (!q || matches(h, q)) && tags.every((t) => h.tags.includes(t)));
}

/** How many of the rows carry each tag: the count a tag chip shows is what choosing it would leave. */
export function countTags(rows: readonly HouseholdRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const h of rows) for (const t of h.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
