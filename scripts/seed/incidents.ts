// A year of incidents with believable categories, sources, seasons and handling times, each with the full
// timeline of how it got to its current status.
import type { DemoGrid } from './district';
import { mobilePhone, personName } from './names';
import type { Random } from './random';
import { pointIn } from './subdivide';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface CategorySpec {
  weight: number;
  deadlineHours: number;
  /** Median hours from dispatch to resolution. */
  medianHours: number;
  departments: string[];
  /** Relative frequency by month (index 0 = January). */
  season?: number[];
  titles: string[];
}

const WINTER = [3, 2.5, 1.5, 0.3, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 2.5, 3];
const RAINS = [0.3, 0.3, 0.5, 0.7, 1, 1.5, 3, 3, 1.5, 0.8, 0.4, 0.3];

export const CATEGORIES: Record<string, CategorySpec> = {
  safety_hazard: { weight: 18, deadlineHours: 24, medianHours: 10, departments: ['urban_mgmt', 'property'], titles: ['门垛松动', '井盖缺失', '消防通道堵塞', '树枝断裂悬挂', '楼道电动车充电', '外墙瓷砖脱落'] },
  drain_blocked: { weight: 14, deadlineHours: 48, medianHours: 20, departments: ['property', 'urban_mgmt'], season: RAINS, titles: ['下水道堵塞', '化粪池外溢', '雨水篦子堵塞', '厨房下水返水'] },
  water_pipe: { weight: 8, deadlineHours: 24, medianHours: 8, departments: ['water'], season: WINTER.map((v) => 0.6 + v / 3), titles: ['供水管破裂', '水表井漏水', '楼道水管冻裂', '停水无通知'] },
  heating: { weight: 9, deadlineHours: 48, medianHours: 24, departments: ['heating'], season: WINTER, titles: ['暖气不热', '暖气管道漏水', '供暖阀门损坏', '室温不达标'] },
  roof_leak: { weight: 7, deadlineHours: 72, medianHours: 60, departments: ['property'], season: RAINS, titles: ['顶楼房屋漏水', '楼顶防水层破损', '外墙渗水'] },
  dispute: { weight: 9, deadlineHours: 120, medianHours: 96, departments: ['community', 'police'], titles: ['邻里噪音纠纷', '停车位纠纷', '房屋租赁纠纷', '楼上漏水邻里纠纷', '物业费纠纷'] },
  sanitation: { weight: 22, deadlineHours: 72, medianHours: 30, departments: ['urban_mgmt', 'environment', 'property'], titles: ['楼道乱堆乱放', '垃圾清运不及时', '占道经营', '违章搭建', '绿地杂物堆积'] },
  public_order: { weight: 5, deadlineHours: 24, medianHours: 12, departments: ['police'], titles: ['可疑人员出没', '夜间聚集扰民', '车辆被剐蹭', '楼道小广告'] },
  other: { weight: 8, deadlineHours: 120, medianHours: 72, departments: ['community', 'market'], titles: ['路灯不亮', '健身器材损坏', '食品摊点卫生', '宠物扰民'] },
};

const SOURCES: [string, number][] = [['patrol', 35], ['hotline', 30], ['wechat', 20], ['visit', 10], ['council', 5]];

/** Ids and names as inserted by migration 0002. */
export const DEPARTMENTS: Record<string, { id: number; name: string }> = {
  police: { id: 1, name: '派出所' },
  urban_mgmt: { id: 2, name: '城管执法' },
  market: { id: 3, name: '市场监管' },
  environment: { id: 4, name: '环保' },
  water: { id: 5, name: '自来水' },
  heating: { id: 6, name: '热力' },
  property: { id: 7, name: '物业' },
  community: { id: 8, name: '社区' },
};

export interface IncidentEvent {
  at: number;
  kind: 'created' | 'status' | 'dispatch';
  from: string | null;
  to: string | null;
  note: string | null;
}

export interface Incident {
  id: number;
  category: string;
  source: string;
  status: string;
  title: string;
  description: string;
  location: [number, number];
  unit: DemoGrid;
  address: string;
  departmentId: number | null;
  reporterId: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  reportedAt: number;
  dueAt: number;
  acceptedAt: number | null;
  dispatchedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  events: IncidentEvent[];
}

function reportedTime(spec: CategorySpec, rng: Random, anchor: number): number {
  const season = spec.season;
  const peak = season ? Math.max(...season) : 1;
  for (;;) {
    // Slightly more reports recently, as registration of incidents took hold.
    const t = anchor - Math.pow(rng.next(), 1.15) * 365 * DAY;
    const month = new Date(t + 8 * HOUR).getUTCMonth();
    if (!season || rng.next() * peak < season[month]!) return Math.round(t / 60_000) * 60_000;
  }
}

export function buildIncidents(units: DemoGrid[], rng: Random, anchor: number, count: number, residentId: string): Incident[] {
  const categories = Object.entries(CATEGORIES).map(([code, spec]) => [code, spec.weight] as const);
  const incidents: Incident[] = [];
  for (let id = 1; id <= count; id++) {
    const category = rng.weighted(categories);
    const spec = CATEGORIES[category]!;
    const unit = rng.pick(units);
    const byResident = rng.chance(0.008);
    const source = byResident ? 'wechat' : rng.weighted(SOURCES);
    const reportedAt = reportedTime(spec, rng, anchor);
    const title = rng.pick(spec.titles);
    const dept = rng.pick(spec.departments);
    const fromResident = source !== 'patrol';
    incidents.push({
      id,
      category,
      source,
      title: `${unit.parentName}${unit.name}${title}`,
      description: `${unit.communityName}${unit.parentName}${unit.name}附近：${title}，请尽快处理。`,
      location: pointIn(unit.rect, rng, 0.05),
      unit,
      address: `${unit.communityName} ${unit.parentName}${unit.name}`,
      reporterId: byResident ? residentId : null,
      reporterName: fromResident ? personName(rng) : null,
      reporterPhone: fromResident && rng.chance(0.8) ? mobilePhone(rng) : null,
      reportedAt,
      dueAt: reportedAt + spec.deadlineHours * HOUR,
      ...handle(spec, dept, reportedAt, anchor, rng),
    });
  }
  return incidents;
}

/** Walks the incident through the workflow until the anchor time stops it. */
function handle(spec: CategorySpec, dept: string, t0: number, anchor: number, rng: Random) {
  const events: IncidentEvent[] = [{ at: t0, kind: 'created', from: null, to: 'pending', note: null }];
  const out = {
    status: 'pending',
    departmentId: null as number | null,
    acceptedAt: null as number | null,
    dispatchedAt: null as number | null,
    resolvedAt: null as number | null,
    closedAt: null as number | null,
    events,
  };
  let t = t0;
  const step = (hours: number, to: string, note: string | null = null): boolean => {
    const next = t + Math.max(0.1, hours) * HOUR;
    if (next > anchor) return false;
    t = Math.round(next / 60_000) * 60_000;
    events.push({ at: t, kind: 'status', from: out.status, to, note });
    out.status = to;
    return true;
  };
  if (rng.chance(0.03)) {
    step(rng.logNormal(3, 0.6), 'rejected', '不属于社区受理范围，已告知诉求人渠道');
    return out;
  }
  if (!step(rng.logNormal(5, 1.1), 'accepted')) return out;
  out.acceptedAt = t;
  if (!step(rng.logNormal(10, 1), 'dispatched')) return out;
  out.dispatchedAt = t;
  out.departmentId = DEPARTMENTS[dept]!.id;
  events.push({ at: t, kind: 'dispatch', from: null, to: null, note: `交办至${DEPARTMENTS[dept]!.name}` });
  const stuck = rng.chance(0.05);
  if (stuck || rng.chance(0.06)) {
    if (!step(rng.logNormal(spec.medianHours / 2, 0.6), 'coordinating', '涉及多个部门，正在协调')) return out;
    if (stuck) return out;
  }
  if (!step(rng.logNormal(spec.medianHours * 2, 1), 'resolved')) return out;
  out.resolvedAt = t;
  if (!step(rng.logNormal(96, 0.8), 'closed', '已回访诉求人，对处理结果满意')) return out;
  out.closedAt = t;
  return out;
}
