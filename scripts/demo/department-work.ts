// The demo department user must find work waiting when they sign in. How many open incidents a department holds
// at the snapshot is left to chance by the lifecycle; this tops the demo department up to a few, taking recent
// open incidents of the categories it handles that were sent elsewhere and recording them as sent to it instead.
import type { Incident } from './incidents';
import type { Random } from './random';
import { DEPARTMENT_IDS, DEPARTMENT_NAMES, type CategoryCode, type DepartmentCode } from './vocabulary';

const HANDLED: Partial<Record<DepartmentCode, readonly CategoryCode[]>> = {
  water: ['water_pipe', 'drain_blocked'],
};

export function ensureDepartmentWork(incidents: readonly Incident[], rng: Random, department: DepartmentCode, count: number): void {
  const id = DEPARTMENT_IDS[department];
  const inQueue = (i: Incident) => i.status === 'dispatched' || i.status === 'coordinating';
  const missing = count - incidents.filter((i) => inQueue(i) && i.departmentId === id).length;
  if (missing <= 0) return;
  const categories = HANDLED[department] ?? [];
  // Only incidents dispatched once, so the timeline stays a single, simple 交办.
  const candidates = incidents.filter((i) => inQueue(i) && i.departmentId !== id && categories.includes(i.category)
    && i.events.filter((e) => e.kind === 'dispatch' || e.kind === 'reroute').length === 1);
  for (const i of rng.sample(candidates, missing)) {
    const dispatch = i.events.find((e) => e.kind === 'dispatch')!;
    dispatch.toValue = String(id);
    dispatch.note = dispatch.note?.replace(/^交办至[^，]+/, `交办至${DEPARTMENT_NAMES[department]}`) ?? null;
    i.departmentId = id;
  }
}
