// Sorting the filtered incidents for the list. Sorting 100,000 pins on every filter change would cost more
// than the change itself, so each key's order is computed once per load and a change only walks that order,
// keeping the pins the filter's mask marks.
import type { PinIndex } from './incident-filter';

export type SortKey = 'reported' | 'due' | 'status';
export const SORT_KEYS: readonly SortKey[] = ['reported', 'due', 'status'];

export interface Sort {
  key: SortKey;
  desc: boolean;
}
export const DEFAULT_SORT: Sort = { key: 'reported', desc: true };

const orders = new WeakMap<PinIndex, Partial<Record<SortKey, Int32Array>>>();

/** Ascending order of the pins by the key; ties broken by report time, newest first. */
function orderBy(index: PinIndex, key: SortKey): Int32Array {
  let cache = orders.get(index);
  if (!cache) orders.set(index, (cache = {}));
  const cached = cache[key];
  if (cached) return cached;
  const { reportedMs, dueMs } = index;
  const status = index.facets.status.values;
  const primary = key === 'reported' ? reportedMs : key === 'due' ? dueMs : status;
  const order = Int32Array.from({ length: index.pins.length }, (_, i) => i);
  order.sort((a, b) => primary[a]! - primary[b]! || reportedMs[b]! - reportedMs[a]! || a - b);
  cache[key] = order;
  return order;
}

/** Positions of the masked pins in the requested order. Missing due times sort last either way. */
export function sortedMatches(index: PinIndex, mask: Uint8Array, count: number, sort: Sort): Int32Array {
  const order = orderBy(index, sort.key);
  const out = new Int32Array(count);
  let k = 0;
  const n = order.length;
  if (sort.desc && sort.key !== 'due') {
    for (let j = n - 1; j >= 0; j--) if (mask[order[j]!]) out[k++] = order[j]!;
  } else if (sort.desc) {
    // Latest due first, but those without a due time still at the end.
    let end = n;
    while (end > 0 && index.dueMs[order[end - 1]!] === Infinity) end--;
    for (let j = end - 1; j >= 0; j--) if (mask[order[j]!]) out[k++] = order[j]!;
    for (let j = end; j < n; j++) if (mask[order[j]!]) out[k++] = order[j]!;
  } else {
    for (let j = 0; j < n; j++) if (mask[order[j]!]) out[k++] = order[j]!;
  }
  return out.subarray(0, k);
}
