// Status filtering and counting of incident pins. Counts are computed once per data load; a filter change
// only walks the pins once more (well under a millisecond for 5,000 pins).
import type { IncidentPin } from '../data/types';

export function countByStatus(pins: IncidentPin[], statusCodes: string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(statusCodes.map((c) => [c, 0]));
  for (const p of pins) counts[p.status] = (counts[p.status] ?? 0) + 1;
  return counts;
}

/** Pins whose status is selected; a null selection means every status. */
export function filterPins(pins: IncidentPin[], selected: string[] | null): IncidentPin[] {
  if (selected === null) return pins;
  const keep = new Set(selected);
  return pins.filter((p) => keep.has(p.status));
}
