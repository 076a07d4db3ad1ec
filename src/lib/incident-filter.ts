// The incident filter engine, built for 100,000 pins in the browser. Once per load every pin's facet values
// become small integers in typed arrays (status, category, source, department), its time and title are read
// once; a filter change is then one pass over those arrays that both selects the matching pins and counts,
// for every facet, what each of its options would give with all the OTHER facets applied (faceted counts).
// No per-pin object is created on a change: the answer is an index array and a byte mask.
import type { IncidentPin } from '../data/types';

export const FACETS = ['status', 'category', 'source', 'department'] as const;
export type Facet = (typeof FACETS)[number];
/** Department option for incidents not yet dispatched. */
export const NO_DEPARTMENT = 'none';

export interface IncidentFilter {
  /** Chosen codes per facet; null = no restriction. */
  status: readonly string[] | null;
  category: readonly string[] | null;
  source: readonly string[] | null;
  department: readonly string[] | null;
  /** Grid ids the incidents must lie in (a grid's subtree); null = everywhere. */
  gridIds: ReadonlySet<number> | null;
  /** Reported on or after / before, epoch ms; null = open-ended. */
  fromMs: number | null;
  toMs: number | null;
  overdueOnly: boolean;
  /** Case-insensitive substring of the title; empty = any. */
  text: string;
}

export const NO_FILTER: IncidentFilter = {
  status: null,
  category: null,
  source: null,
  department: null,
  gridIds: null,
  fromMs: null,
  toMs: null,
  overdueOnly: false,
  text: '',
};

interface FacetColumn {
  codes: string[];
  /** Position of each pin's value in codes. */
  values: Uint16Array;
}

export interface PinIndex {
  pins: IncidentPin[];
  facets: Record<Facet, FacetColumn>;
  gridId: Int32Array;
  reportedMs: Float64Array;
  dueMs: Float64Array;
  overdue: Uint8Array;
  titles: string[];
}

export interface FilterResult {
  /** Positions (in index.pins) of the matching pins, in load order (newest first). */
  indices: Int32Array;
  /** 1 where the pin matches. */
  mask: Uint8Array;
  /** Per facet and option: matches if that option alone were chosen for this facet, others as they are. */
  counts: Record<Facet, Record<string, number>>;
  /** Matching pins that are overdue. */
  overdue: number;
}

const departmentCode = (p: IncidentPin) => (p.department_id == null ? NO_DEPARTMENT : String(p.department_id));
const FACET_VALUE: Record<Facet, (p: IncidentPin) => string> = {
  status: (p) => p.status,
  category: (p) => p.category,
  source: (p) => p.source,
  department: departmentCode,
};

/** Builds the typed columns once per load. `known` lists each facet's codes in display order (zero counts kept). */
export function indexPins(pins: IncidentPin[], known: Partial<Record<Facet, readonly string[]>> = {}): PinIndex {
  const n = pins.length;
  const facets = {} as Record<Facet, FacetColumn>;
  for (const f of FACETS) {
    const codes = [...(known[f] ?? [])];
    const pos = new Map(codes.map((c, i) => [c, i]));
    const values = new Uint16Array(n);
    const read = FACET_VALUE[f];
    for (let i = 0; i < n; i++) {
      const c = read(pins[i]!);
      let k = pos.get(c);
      if (k === undefined) pos.set(c, (k = codes.push(c) - 1));
      values[i] = k;
    }
    facets[f] = { codes, values };
  }
  const gridId = new Int32Array(n);
  const reportedMs = new Float64Array(n);
  const dueMs = new Float64Array(n);
  const overdue = new Uint8Array(n);
  const titles = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const p = pins[i]!;
    gridId[i] = p.grid_id;
    reportedMs[i] = Date.parse(p.reported_at);
    dueMs[i] = p.due_at ? Date.parse(p.due_at) : Infinity;
    overdue[i] = p.overdue ? 1 : 0;
    titles[i] = p.title.toLowerCase();
  }
  return { pins, facets, gridId, reportedMs, dueMs, overdue, titles };
}

function chosenMask(column: FacetColumn, chosen: readonly string[] | null): Uint8Array {
  const m = new Uint8Array(column.codes.length).fill(chosen === null ? 1 : 0);
  if (chosen) for (const c of chosen) {
    const k = column.codes.indexOf(c);
    if (k >= 0) m[k] = 1;
  }
  return m;
}

/** One pass: selects the matching pins and computes every facet's counts. */
export function applyFilter(index: PinIndex, filter: IncidentFilter): FilterResult {
  const n = index.pins.length;
  const cols = FACETS.map((f) => index.facets[f]);
  const masks = FACETS.map((f, k) => chosenMask(cols[k]!, filter[f]));
  const tallies = cols.map((c) => new Uint32Array(c.codes.length));
  const [sv, cv, ov, dv] = cols.map((c) => c.values) as [Uint16Array, Uint16Array, Uint16Array, Uint16Array];
  const [sm, cm, om, dm] = masks as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const [st, ct, ot, dt] = tallies as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  const { gridId, reportedMs, overdue, titles } = index;
  const grids = filter.gridIds;
  const from = filter.fromMs ?? -Infinity;
  const to = filter.toMs ?? Infinity;
  const text = filter.text.trim().toLowerCase();
  const overdueOnly = filter.overdueOnly;

  const out = new Int32Array(n);
  const mask = new Uint8Array(n);
  let count = 0;
  let overdueCount = 0;
  for (let i = 0; i < n; i++) {
    const t = reportedMs[i]!;
    if (t < from || t >= to) continue;
    if (overdueOnly && !overdue[i]) continue;
    if (grids && !grids.has(gridId[i]!)) continue;
    if (text && !titles[i]!.includes(text)) continue;
    const s = sv[i]!, c = cv[i]!, o = ov[i]!, d = dv[i]!;
    const missS = sm[s] ? 0 : 1, missC = cm[c] ? 0 : 1, missO = om[o] ? 0 : 1, missD = dm[d] ? 0 : 1;
    const misses = missS + missC + missO + missD;
    if (misses === 0) {
      st[s]!++; ct[c]!++; ot[o]!++; dt[d]!++;
      out[count++] = i;
      mask[i] = 1;
      overdueCount += overdue[i]!;
    } else if (misses === 1) {
      // Fails only this facet: it counts for the option it has, as if that option were chosen.
      if (missS) st[s]!++;
      else if (missC) ct[c]!++;
      else if (missO) ot[o]!++;
      else dt[d]!++;
    }
  }
  const counts = {} as Record<Facet, Record<string, number>>;
  FACETS.forEach((f, k) => {
    const record: Record<string, number> = {};
    cols[k]!.codes.forEach((code, j) => (record[code] = tallies[k]![j]!));
    counts[f] = record;
  });
  return { indices: out.subarray(0, count), mask, counts, overdue: overdueCount };
}

/** The matching pins themselves (references, not copies), for layers and lists that take objects. */
export function pinsOf(index: PinIndex, result: FilterResult): IncidentPin[] {
  const out = new Array<IncidentPin>(result.indices.length);
  for (let k = 0; k < out.length; k++) out[k] = index.pins[result.indices[k]!]!;
  return out;
}

/** Toggles one option; a selection holding every option collapses to null (no filter) to keep URLs short. */
export function toggleCode(selected: readonly string[] | null, code: string, allCodes: readonly string[]): string[] | null {
  const current = selected ?? allCodes;
  const next = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
  const ordered = allCodes.filter((c) => next.includes(c));
  return ordered.length === allCodes.length ? null : ordered;
}

/** Start of a calendar day (YYYY-MM-DD) in China Standard Time, which has no daylight saving: always UTC+8. */
export function chinaDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}
export const DAY_MS = 86_400_000;

/** Adds or removes one option of a facet where nothing chosen means no limit (null). */
export function toggleInList(selected: readonly string[] | null, code: string): string[] | null {
  const current = selected ?? [];
  const next = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
  return next.length ? next : null;
}
