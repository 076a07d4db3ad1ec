// The life of one incident, from report to feedback, as the timeline records it. Each step happens some
// (log-normally distributed) time after the previous one; whatever would happen after the snapshot time has not
// happened yet, so the incident stops in the status it had then. That one rule gives the right picture for free:
// last year's incidents are closed, last week's are spread over 待受理 / 已受理 / 已交办 / 协调中.
import { CATEGORY_SPECS } from './incident-categories';
import { CLOSE_NOTES, COORDINATE_NOTES, DIRECT_NOTES, REJECT_NOTES, RESOLVE_NOTES, RETURN_NOTES } from './incident-texts';
import type { Random } from './random';
import { DAY, HOUR, MINUTE, shanghaiParts, startOfLocalDay } from './time';
import {
  CATEGORY_DEADLINE_HOURS, DEPARTMENT_IDS, DEPARTMENT_NAMES, type CategoryCode, type DepartmentCode, type SourceCode, type StatusCode,
} from './vocabulary';

export interface TimelineEvent {
  at: number;
  kind: 'created' | 'status' | 'dispatch' | 'reroute' | 'feedback' | 'support';
  from: StatusCode | null;
  to: StatusCode | null;
  /** Department ids (dispatch, reroute) or the rating (feedback) and count (support), as the database stores them. */
  fromValue: string | null;
  toValue: string | null;
  note: string | null;
}

export interface Lifecycle {
  status: StatusCode;
  acceptedAt: number | null;
  dispatchedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  departmentId: number | null;
  events: TimelineEvent[];
}

export interface LifecycleInput {
  category: CategoryCode;
  source: SourceCode;
  reportedAt: number;
  /** Snapshot time: nothing happens at or after it. */
  now: number;
  departments: readonly (readonly [DepartmentCode, number])[];
}

/** Accepting: a worker's own patrol report at once; calls and WeChat within hours; council items the next day. */
const ACCEPT_DELAY: Record<SourceCode, [medianHours: number, sigma: number]> = {
  patrol: [0.1, 0.8], visit: [0.2, 0.8], hotline: [2, 1], wechat: [3, 1], council: [18, 0.5],
};
/** 不予受理: duplicates and out-of-remit calls, almost never a worker's own report. */
const REJECT_SHARE: Record<SourceCode, number> = { patrol: 0.003, visit: 0.02, hotline: 0.035, wechat: 0.035, council: 0.01 };

/** Records status changes in order; refuses (returns false) any step at or after the snapshot time. */
class Timeline {
  readonly events: TimelineEvent[];
  status: StatusCode = 'pending';
  last: number;

  constructor(reportedAt: number, private readonly now: number) {
    this.events = [{ at: reportedAt, kind: 'created', from: null, to: 'pending', fromValue: null, toValue: null, note: null }];
    this.last = reportedAt;
  }

  move(at: number, to: StatusCode, note: string | null): boolean {
    return this.step(at, 'status', to, null, null, note);
  }

  /** 交办 as incident_dispatch() records it: one event with the status change and the department ('reroute' when
   *  it was with another department before). */
  dispatch(at: number, department: DepartmentCode, previous: DepartmentCode | null, deadlineNote: string): boolean {
    const kind = previous !== null && previous !== department ? 'reroute' : 'dispatch';
    const from = previous === null ? null : String(DEPARTMENT_IDS[previous]);
    return this.step(at, kind, 'dispatched', from, String(DEPARTMENT_IDS[department]),
      `交办至${DEPARTMENT_NAMES[department]}${deadlineNote}`);
  }

  private step(at: number, kind: TimelineEvent['kind'], to: StatusCode, fromValue: string | null, toValue: string | null,
    note: string | null): boolean {
    // Whole seconds, and at least a minute after the previous step, so the order of events is never a tie.
    const t = Math.floor(Math.max(at, this.last + MINUTE) / 1000) * 1000;
    if (t >= this.now) return false;
    this.events.push({ at: t, kind, from: this.status, to, fromValue, toValue, note });
    this.status = to;
    this.last = t;
    return true;
  }
}

/** Staff act between 08:00 and 21:00: anything later waits for the next morning. */
function officeHours(rng: Random, ms: number): number {
  const hour = shanghaiParts(ms).hour;
  if (hour >= 8 && hour < 21) return ms;
  const day = startOfLocalDay(ms) + (hour >= 21 ? DAY : 0);
  return day + 8 * HOUR + rng.int(0, 45) * MINUTE;
}

export function runLifecycle(rng: Random, input: LifecycleInput): Lifecycle {
  const spec = CATEGORY_SPECS[input.category];
  const staffTime = (ms: number) => (spec.urgent ? ms : officeHours(rng, ms));
  const t = new Timeline(input.reportedAt, input.now);
  const life: Lifecycle = {
    status: 'pending', acceptedAt: null, dispatchedAt: null, resolvedAt: null, closedAt: null, departmentId: null,
    events: t.events,
  };
  const done = () => Object.assign(life, { status: t.status });

  // 1. 事项受理: accepted, or refused outright. A few calls and messages wait days (a backlog, a holiday);
  // a worker's own patrol report never does.
  const [acceptMedian, acceptSigma] = ACCEPT_DELAY[input.source];
  let wait = rng.logNormal(acceptMedian, acceptSigma) * HOUR;
  const backlog = input.source === 'patrol' ? 0 : spec.urgent ? 0.01 : 0.06;
  if (rng.chance(backlog)) wait += rng.logNormal(30, 0.7) * HOUR;
  const acceptAt = staffTime(input.reportedAt + wait);
  if (rng.chance(REJECT_SHARE[input.source])) {
    t.move(acceptAt, 'rejected', rng.pick(REJECT_NOTES));
    return done();
  }
  if (!t.move(acceptAt, 'accepted', null)) return done();
  life.acceptedAt = t.last;

  // Report → resolution time for this category; later steps can only push it further out.
  let resolveAt = input.reportedAt + rng.logNormal(spec.resolveMedianHours, spec.resolveSigma) * HOUR;
  let resolveNote = rng.pick(RESOLVE_NOTES[input.category]);

  if (rng.chance(spec.directShare)) {
    // 2a. Handled by the grid itself on the spot: no department involved.
    resolveNote = rng.pick(DIRECT_NOTES);
  } else {
    // 2b. 交办处理: dispatched to a department, perhaps returned once and dispatched elsewhere, perhaps stuck
    // in coordination between parties for weeks, a few of them for longer than the whole year.
    let department = rng.weighted(input.departments);
    const deadline = `，请于${deadlineText(input.category)}内办结`;
    if (!t.dispatch(staffTime(t.last + rng.logNormal(0.8, 0.9) * HOUR), department, null, deadline)) return done();
    Object.assign(life, { dispatchedAt: t.last, departmentId: DEPARTMENT_IDS[department] });
    const firstDispatch = t.last;

    if (rng.chance(0.03)) {
      if (!t.move(officeHours(rng, t.last + rng.logNormal(6, 0.8) * HOUR), 'returned', rng.pick(RETURN_NOTES))) return done();
      const redispatchAt = officeHours(rng, t.last + rng.logNormal(4, 0.8) * HOUR);
      const others = input.departments.filter(([d]) => d !== department);
      const previous = department;
      department = others.length > 0 ? rng.weighted(others) : department === 'community' ? 'property' : 'community';
      if (!t.dispatch(redispatchAt, department, previous, deadline)) return done();
      Object.assign(life, { dispatchedAt: t.last, departmentId: DEPARTMENT_IDS[department] });
      resolveAt += t.last - firstDispatch;
    }

    if (rng.chance(spec.coordinateShare)) {
      const coordinateAt = t.last + Math.max(30 * MINUTE, (resolveAt - t.last) * rng.between(0.2, 0.6));
      if (!t.move(officeHours(rng, coordinateAt), 'coordinating', rng.pick(COORDINATE_NOTES))) return done();
      // Coordination takes weeks, so the last month's are still open at the snapshot (cf. a real community's
      // "42 fed back, 12 being coordinated"); only a rare one drags on for longer than the whole year.
      if (rng.chance(0.03)) return done();
      resolveAt = t.last + rng.logNormal(30, 0.8) * DAY;
      resolveNote = `经多方协调，${resolveNote}`;
    } else if (rng.chance(spec.stallShare)) {
      // 久拖未决: the department waits weeks (for funds, a permit, the season); recent ones are open at the snapshot.
      if (rng.chance(0.03)) return done();
      resolveAt = t.last + rng.logNormal(40, 0.8) * DAY;
    }
  }

  // 3. 办结, then 4. 结果反馈 (销号) after a call-back; a few residents are never reached and stay 已办结.
  resolveAt = Math.max(resolveAt, t.last + (20 + rng.int(0, 40)) * MINUTE);
  if (!t.move(staffTime(resolveAt), 'resolved', resolveNote)) return done();
  life.resolvedAt = t.last;
  if (rng.chance(0.05)) return done();
  if (!t.move(officeHours(rng, t.last + rng.logNormal(16, 0.8) * HOUR), 'closed', rng.pick(CLOSE_NOTES))) return done();
  life.closedAt = t.last;
  return done();
}

function deadlineText(category: CategoryCode): string {
  const hours = CATEGORY_DEADLINE_HOURS[category];
  return hours % 24 === 0 && hours >= 48 ? `${hours / 24}天` : `${hours}小时`;
}
