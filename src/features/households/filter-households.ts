// Search and tag filter over an already loaded register: instant, no round trip.
import type { HouseholdRow } from '../../data/types';

export function filterHouseholds(rows: HouseholdRow[], query: string, tag: string | null): HouseholdRow[] {
  const q = query.trim().toLowerCase();
  if (!q && !tag) return rows;
  return rows.filter(
    (h) =>
      (!tag || h.tags.includes(tag)) &&
      (!q || h.address.toLowerCase().includes(q) || h.head_name.includes(q) || h.room.includes(q)),
  );
}
