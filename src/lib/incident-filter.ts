// Status filtering of incident pins, done on the GPU by deck.gl's DataFilterExtension: each pin carries the
// index of its status, and a filter change only swaps the list of shown indices, so it costs the same for
// 5,000 pins as for 100,000.
import type { IncidentPin, IncidentStatusEntry } from '../data/types';

export interface PinIndex {
  /** Status codes in display order; a pin's category is its position here. */
  statuses: string[];
  /** Category per pin, aligned with the pins array. */
  categoryOf: Uint8Array;
  countByStatus: Record<string, number>;
}

export function indexPins(pins: IncidentPin[], statuses: IncidentStatusEntry[]): PinIndex {
  const codes = statuses.map((s) => s.code as string);
  const position = new Map(codes.map((c, i) => [c, i]));
  const categoryOf = new Uint8Array(pins.length);
  const countByStatus: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  pins.forEach((p, i) => {
    categoryOf[i] = position.get(p.status) ?? 255;
    countByStatus[p.status] = (countByStatus[p.status] ?? 0) + 1;
  });
  return { statuses: codes, categoryOf, countByStatus };
}

/** The selected statuses as the category indices the filter shows; null selection = all. */
export function shownCategories(index: PinIndex, selected: string[] | null): number[] {
  const codes = selected ?? index.statuses;
  return codes.map((c) => index.statuses.indexOf(c)).filter((i) => i >= 0);
}

export function shownCount(index: PinIndex, selected: string[] | null): number {
  return (selected ?? index.statuses).reduce((n, c) => n + (index.countByStatus[c] ?? 0), 0);
}
