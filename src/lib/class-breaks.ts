// Classed breaks for choropleth maps. A class scheme is the data's range and the thresholds between classes:
// a value v falls in class i when exactly i thresholds are <= v, the same rule as MapLibre's `step` expression,
// so the legend, the tests and the map agree on which class a grid is in.

export type BreakMethod = 'quantile' | 'jenks';

export interface ClassBreaks {
  min: number;
  max: number;
  /** Ascending, each > min and <= max; classes = thresholds.length + 1. */
  thresholds: number[];
}

const finite = (values: readonly number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);

/** Drops thresholds that would leave a class empty at the bottom, or repeat the previous one. */
function tidy(sorted: number[], cuts: number[]): ClassBreaks {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const thresholds: number[] = [];
  for (const t of cuts) if (t > min && t <= max && t !== thresholds[thresholds.length - 1]) thresholds.push(t);
  return { min, max, thresholds };
}

/**
 * Equal-count classes: each class holds about the same number of grids. Many grids share a value (most have no
 * open incident at all), so a cut landing inside a run of equal values moves up to the next distinct value
 * instead of being dropped: the map keeps its classes where the data has differences to show.
 */
export function quantileBreaks(values: readonly number[], classes: number): ClassBreaks | null {
  const sorted = finite(values);
  if (sorted.length === 0) return null;
  const cuts: number[] = [];
  let last = sorted[0]!;
  for (let i = 1; i < classes; i++) {
    let t = sorted[Math.floor((sorted.length * i) / classes)]!;
    if (t <= last) t = sorted.find((v) => v > last) ?? last;
    if (t <= last) break;
    cuts.push(t);
    last = t;
  }
  return tidy(sorted, cuts);
}

/**
 * Fisher–Jenks natural breaks: the classes that minimise the squared deviation within each class, found by
 * dynamic programming over the sorted values (O(k·n²); a level has at most a few thousand grids).
 */
export function jenksBreaks(values: readonly number[], classes: number): ClassBreaks | null {
  const sorted = finite(values);
  const n = sorted.length;
  if (n === 0) return null;
  const k = Math.min(classes, n);
  // prefix sums: the within-class cost of sorted[i..j] in O(1)
  const sum = [0];
  const sq = [0];
  for (const v of sorted) {
    sum.push(sum[sum.length - 1]! + v);
    sq.push(sq[sq.length - 1]! + v * v);
  }
  const cost = (i: number, j: number) => {
    const s = sum[j + 1]! - sum[i]!;
    return sq[j + 1]! - sq[i]! - (s * s) / (j - i + 1);
  };
  // best[c][j]: least cost of putting sorted[0..j] into c+1 classes; start[c][j]: where its last class begins
  const best: number[][] = [sorted.map((_, j) => cost(0, j))];
  const start: number[][] = [sorted.map(() => 0)];
  for (let c = 1; c < k; c++) {
    const row: number[] = [];
    const from: number[] = [];
    for (let j = 0; j < n; j++) {
      let least = Infinity;
      let at = j;
      for (let i = c; i <= j; i++) {
        const total = best[c - 1]![i - 1]! + cost(i, j);
        if (total < least) {
          least = total;
          at = i;
        }
      }
      row.push(least);
      from.push(at);
    }
    best.push(row);
    start.push(from);
  }
  const cuts: number[] = [];
  let end = n - 1;
  for (let c = k - 1; c > 0; c--) {
    const i = start[c]![end]!;
    cuts.unshift(sorted[i]!);
    end = i - 1;
  }
  return tidy(sorted, cuts);
}

export function classBreaks(method: BreakMethod, values: readonly number[], classes: number): ClassBreaks | null {
  return method === 'jenks' ? jenksBreaks(values, classes) : quantileBreaks(values, classes);
}

/** The class of a value: how many thresholds are <= it. */
export function classOf(value: number, breaks: ClassBreaks): number {
  let i = 0;
  while (i < breaks.thresholds.length && value >= breaks.thresholds[i]!) i++;
  return i;
}

/**
 * [from, to] of each class, for the legend. A class ends just below the next threshold; for whole numbers
 * (counts) that is the threshold minus one, so "2–3, 4–6" never leaves a reader wondering where 4 belongs.
 */
export function classRanges(breaks: ClassBreaks, integer = false): [number, number][] {
  const edges = [breaks.min, ...breaks.thresholds, breaks.max];
  if (breaks.thresholds.length === 0) return [[breaks.min, breaks.max]];
  return edges.slice(0, -1).map((e, i) => {
    const last = i === edges.length - 2;
    const to = edges[i + 1]!;
    return [e, integer && !last ? Math.max(e, Math.ceil(to) - 1) : to];
  });
}
