// A year of incidents (事件 / 居民诉求): when and how they came in, what and where they are, who reported them,
// and (through incident-lifecycle.ts) how far each has got by the snapshot time. Ids follow report time, as
// they would in a live system.
import type { District, UnitGrid } from './district';
import type { Household } from './households';
import { CATEGORY_SPECS, SOURCE_HOURS, SOURCE_MIX, weekdayFactor } from './incident-categories';
import { runLifecycle, type Lifecycle } from './incident-lifecycle';
import { describe, fill, TEMPLATES } from './incident-texts';
import { mobilePhone, personName } from './names';
import type { Random } from './random';
import { pointInside, type LonLat } from './subdivide';
import { DAY, HOUR, MINUTE, shanghaiParts } from './time';
import { CATEGORY_DEADLINE_HOURS, SOURCES, type CategoryCode, type SourceCode } from './vocabulary';

export interface Incident extends Lifecycle {
  id: number;
  category: CategoryCode;
  source: SourceCode;
  title: string;
  description: string;
  location: LonLat;
  address: string;
  unit: UnitGrid;
  reporterId: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  reportedAt: number;
  dueAt: number;
  meTooCount: number;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: number | null;
}

export interface IncidentWindow {
  /** First instant incidents may be reported (local midnight twelve months before the snapshot). */
  start: number;
  /** Snapshot time: local midnight starting the anchor day; nothing happens at or after it. */
  end: number;
}

/** The demo resident, who reports some problems through the app (WeChat-style snapshots). */
export interface Reporter {
  id: string;
  name: string;
  phone: string;
}

const CATEGORIES = Object.keys(CATEGORY_SPECS) as CategoryCode[];
const SENSITIVE: ReadonlySet<CategoryCode> = new Set(['dispute', 'public_order']);
/** Which open states the demo resident's reports show first. */
const OPEN_ORDER = ['pending', 'dispatched', 'coordinating', 'accepted', 'returned'] as const;

/** A weighted choice among many items by binary search over cumulative weights (days, unit grids). */
class Cumulative<T> {
  private readonly sums: number[] = [];
  constructor(private readonly items: readonly T[], weight: (item: T) => number) {
    let total = 0;
    for (const item of items) this.sums.push((total += weight(item)));
  }
  pick(rng: Random): T {
    const r = rng.next() * this.sums[this.sums.length - 1]!;
    let lo = 0;
    let hi = this.sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sums[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

export function buildIncidents(district: District, households: readonly Household[], rng: Random, window: IncidentWindow,
  count: number, resident: Reporter, residentReports: number): Incident[] {
  const days: number[] = [];
  for (let d = window.start; d < window.end; d += DAY) days.push(d);
  // Volume of a month is the sum of its seasonal category weights: more incidents in the rains and in winter.
  const monthVolume = (day: number) => {
    const m = shanghaiParts(day).month - 1;
    return CATEGORIES.reduce((s, c) => s + CATEGORY_SPECS[c].weight * CATEGORY_SPECS[c].months[m]!, 0);
  };
  const dayPickers = new Map(SOURCES.map((s) => [s, new Cumulative(days, (d) => monthVolume(d) * weekdayFactor(s, shanghaiParts(d).weekday))]));
  // More people, more problems: unit grids weighted by households, plus a floor for shops and passers-by.
  const householdsPerUnit = new Map<number, number>();
  for (const h of households) householdsPerUnit.set(h.unit.id, (householdsPerUnit.get(h.unit.id) ?? 0) + 1);
  const unitPicker = new Cumulative(district.units, (u) => (householdsPerUnit.get(u.id) ?? 0) + 3);

  const drafts: Omit<Incident, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    // Source first, so the year's mix matches SOURCE_MIX; then a day that source is active, then what it is.
    const source = rng.weighted(SOURCES.map((s) => [s, SOURCE_MIX[s]] as const));
    const day = dayPickers.get(source)!.pick(rng);
    const month = shanghaiParts(day).month - 1;
    const category = rng.weighted(CATEGORIES.map((c) => {
      const spec = CATEGORY_SPECS[c];
      return [c, spec.weight * spec.months[month]! * (spec.sourceBias[source] ?? 1)] as const;
    }));
    const hour = rng.weighted(Object.entries(SOURCE_HOURS[source]).map(([h, w]) => [Number(h), w] as const));
    const reportedAt = day + hour * HOUR + rng.int(0, 59) * MINUTE + rng.int(0, 59) * 1000;

    const unit = unitPicker.pick(rng);
    const fitting = TEMPLATES[category].filter((t) => !t.kind || t.kind === unit.micro.kind);
    const template = rng.pick(fitting.length > 0 ? fitting : TEMPLATES[category]);
    const address = `${unit.community.name} ${unit.micro.name}${unit.name}`;
    const reporter = reporterFor(source, rng);
    const life = runLifecycle(rng, {
      category, source, reportedAt, now: window.end, departments: template.departments ?? CATEGORY_SPECS[category].departments,
    });
    drafts.push({
      ...life,
      category,
      source,
      title: fill(template.title, unit.name, unit.micro.name),
      description: describe(rng, source, address, fill(template.detail, unit.name, unit.micro.name)),
      location: pointInside(unit.rect, () => rng.next(), 0.08),
      address,
      unit,
      ...reporter,
      reporterId: null,
      reportedAt,
      dueAt: reportedAt + CATEGORY_DEADLINE_HOURS[category] * HOUR,
      meTooCount: 0,
      rating: null,
      ratingComment: null,
      ratedAt: null,
    });
  }

  // Ids in report order; the sort is stable, so equal times keep their generation order.
  const incidents: Incident[] = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.reportedAt - b.d.reportedAt || a.i - b.i)
    .map(({ d }, i) => ({ id: i + 1, ...d }));

  markResidentReports(incidents, rng, window, resident, residentReports);
  return incidents;
}

/** Who is on record as the reporter: nobody for a patrol, a caller's number for the hotline, and so on. */
function reporterFor(source: SourceCode, rng: Random): { reporterName: string | null; reporterPhone: string | null } {
  const [nameShare, phoneShare] = ({
    patrol: [0, 0], hotline: [0.7, 1], wechat: [0.8, 0.6], visit: [1, 0.8], council: [0.4, 0.3],
  } as const)[source];
  const name = rng.chance(nameShare) ? personName(rng) : null;
  const phone = rng.chance(phoneShare) ? mobilePhone(rng) : null;
  return { reporterName: name, reporterPhone: phone };
}

/**
 * The demo resident's own reports: WeChat snapshots of non-sensitive problems in every state worth showing: some
 * still moving, some solved and waiting for the resident's rating (or reopening), a couple closed and rated.
 */
function markResidentReports(incidents: Incident[], rng: Random, window: IncidentWindow, resident: Reporter, count: number): void {
  const candidates = incidents.filter((i) => i.source === 'wechat' && !SENSITIVE.has(i.category));
  const recent = (i: Incident) => i.reportedAt >= window.end - 60 * DAY;
  // One of each open status, a waiting one first, so the resident sees work at different stages. A report still
  // waiting may have come in by phone as well as through the app: there are only a few at any snapshot.
  const openPicks = OPEN_ORDER.flatMap((status) => {
    const pool = incidents.filter((i) => i.status === status && recent(i) && i.source !== 'patrol' && !SENSITIVE.has(i.category)
      && (status === 'pending' || i.source === 'wechat'));
    return pool.length > 0 ? [rng.pick(pool)] : [];
  }).slice(0, Math.ceil(count * 0.4));
  const resolved = rng.sample(candidates.filter((i) => i.status === 'resolved' && recent(i)), Math.max(2, Math.round(count * 0.35)));
  const closed = rng.sample(candidates.filter((i) => i.status === 'closed'), count - openPicks.length - resolved.length);
  for (const i of [...openPicks, ...resolved, ...closed]) {
    Object.assign(i, { reporterId: resident.id, reporterName: resident.name, reporterPhone: resident.phone });
  }
}
