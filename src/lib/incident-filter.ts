// Status filter over incident pins, entirely in memory. The pins are grouped by status once per load, so a
// filter change only concatenates the chosen groups (no per-pin test) and "all" hands back the loaded array
// itself: deck.gl then sees unchanged data and rebuilds nothing.
import type { IncidentPin } from '../data/types';

export interface PinGroups {
  all: IncidentPin[];
  byStatus: ReadonlyMap<string, IncidentPin[]>;
  counts: Readonly<Record<string, number>>;
}

/** Groups pins by status; every listed status gets a count, zero included. */
export function groupPins(pins: IncidentPin[], statusCodes: readonly string[]): PinGroups {
  const byStatus = new Map<string, IncidentPin[]>(statusCodes.map((c) => [c, []]));
  for (const p of pins) {
    let group = byStatus.get(p.status);
    if (!group) byStatus.set(p.status, (group = []));
    group.push(p);
  }
  const counts: Record<string, number> = {};
  for (const [code, group] of byStatus) counts[code] = group.length;
  return { all: pins, byStatus, counts };
}

/** Pins of the selected statuses; null means no filter. */
export function selectPins(groups: PinGroups, selected: readonly string[] | null): IncidentPin[] {
  if (selected === null) return groups.all;
  const out: IncidentPin[] = [];
  for (const code of new Set(selected)) {
    const group = groups.byStatus.get(code);
    if (group) for (const p of group) out.push(p);
  }
  return out;
}

export function countSelected(groups: PinGroups, selected: readonly string[] | null): number {
  if (selected === null) return groups.all.length;
  let n = 0;
  for (const code of new Set(selected)) n += groups.counts[code] ?? 0;
  return n;
}

/** Toggles one status; a selection holding every status collapses to null (no filter) to keep URLs short. */
export function toggleStatus(selected: readonly string[] | null, code: string, allCodes: readonly string[]): string[] | null {
  const current = selected ?? allCodes;
  const next = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
  const ordered = allCodes.filter((c) => next.includes(c));
  return ordered.length === allCodes.length ? null : ordered;
}
