// The demo courtyards' inspection history: one to four inspections over the past year by the grid's workers,
// with checklist answers that fit each courtyard's character (rateCourtyards' risk), and rectifications closed
// between inspections. The database scores them (private.record_inspection), so the stars and colours on the map
// come from the documented rule, not from this file.
import type { Courtyard, RiskLevel } from './courtyards';
import type { Random } from './random';
import type { StaffMember } from './staff';
import { DAY } from './time';

/** The checklist of migration 0014 (codes, weights, critical or not). Kept in step by the SQL tests of the seed. */
export const CHECKLIST: readonly { code: string; weight: number; critical: boolean }[] = [
  { code: 'fire_lane', weight: 10, critical: true },
  { code: 'ebike_charging', weight: 10, critical: true },
  { code: 'gas', weight: 9, critical: true },
  { code: 'wiring', weight: 8, critical: true },
  { code: 'escape_route', weight: 8, critical: true },
  { code: 'extinguishers', weight: 7, critical: false },
  { code: 'structure', weight: 7, critical: false },
  { code: 'tenant_register', weight: 8, critical: false },
  { code: 'lease_pledge', weight: 5, critical: false },
  { code: 'disputes', weight: 6, critical: false },
  { code: 'notice_board', weight: 3, critical: false },
  { code: 'sanitation', weight: 5, critical: false },
  { code: 'gate_light_camera', weight: 5, critical: false },
  { code: 'no_overcrowding', weight: 7, critical: true },
];

const FINDINGS: Record<string, readonly string[]> = {
  fire_lane: ['院内通道堆放杂物，消防车无法通行', '通道停放三轮车和电动车'],
  ebike_charging: ['发现电动车在屋内充电', '楼道内私拉电线给电动车充电'],
  gas: ['燃气报警器失效', '燃气软管老化开裂'],
  wiring: ['院内私拉乱接电线', '插线板串接使用'],
  escape_route: ['后窗加装防盗网封死', '安全出口被柜子堵住'],
  extinguishers: ['灭火器过期', '灭火器压力不足'],
  structure: ['西侧房屋墙体开裂', '屋檐瓦片松动'],
  tenant_register: ['新入住租户未登记', '两户租户信息未更新'],
  lease_pledge: ['部分租户未签治安责任书', '租赁合同缺失'],
  disputes: ['房东与租户因押金有纠纷', '邻里因占道停车争执'],
  notice_board: ['公示牌缺失', '联系人电话未更新'],
  sanitation: ['院内垃圾未及时清运', '杂物乱堆乱放'],
  gate_light_camera: ['院门门禁损坏', '夜间照明灯不亮'],
  no_overcrowding: ['一间房住 6 人以上', '院内开设无证小作坊'],
};

const WORDS = ['整体情况良好', '已向房东当面反馈问题', '租户流动较大，需加强登记', '已张贴安全提示', '房东配合整改'];

export interface DemoInspection {
  courtyardId: number;
  at: number;
  inspectorName: string;
  answers: { item: string; result: 'pass' | 'fail' | 'na'; note: string | null }[];
  findings: string | null;
  /** Rectifications of this inspection closed before the next one (or the snapshot), with when and how. */
  closed: { item: string; at: number; note: string }[];
}

/** Critical items failing at an inspection of a courtyard of this character. */
function criticalFailures(risk: RiskLevel, latest: boolean, rng: Random): number {
  // The latest inspection shows the courtyard as it is; older ones were a little worse (things got fixed since).
  const worse = latest ? 0 : rng.chance(0.4) ? 1 : 0;
  const base = { red: 3, orange: rng.chance(0.7) ? 1 : 0, yellow: 0, blue: 0 }[risk];
  return base + worse;
}

/** Below this score the courtyard earns the stars it has in the generator (the rule's default thresholds). */
const SCORE_BELOW: Record<number, number> = { 1: 60, 2: 70, 3: 80, 4: 90, 5: 101 };

const TOTAL_WEIGHT = CHECKLIST.reduce((s, i) => s + i.weight, 0);

/**
 * Answers fitting the courtyard: its character's critical failures, then other failures until the score falls in
 * its star band (most courtyards sit at 3–4 stars), each failure with what was found.
 */
function answersFor(c: Courtyard, stars: number, latest: boolean, rng: Random): DemoInspection['answers'] {
  const failing = new Set(rng.sample(CHECKLIST.filter((i) => i.critical).map((i) => i.code), criticalFailures(c.risk, latest, rng)));
  const lost = () => CHECKLIST.filter((i) => failing.has(i.code)).reduce((s, i) => s + i.weight, 0);
  const others = rng.sample(CHECKLIST.filter((i) => !i.critical).map((i) => i.code), CHECKLIST.length);
  const below = SCORE_BELOW[latest ? stars : Math.max(1, stars - (rng.chance(0.4) ? 1 : 0))]!;
  for (const code of others) {
    if ((100 * (TOTAL_WEIGHT - lost())) / TOTAL_WEIGHT < below) break;
    failing.add(code);
  }
  return CHECKLIST.map(({ code }) => {
    if (failing.has(code)) return { item: code, result: 'fail' as const, note: rng.pick(FINDINGS[code]!) };
    // A courtyard without gas has nothing to check there.
    if (code === 'gas' && rng.chance(0.15)) return { item: code, result: 'na' as const, note: null };
    return { item: code, result: 'pass' as const, note: null };
  });
}

/**
 * Inspections of every rated courtyard (most unrated ones, stars null, were never inspected), oldest first per
 * courtyard, all before `end`. Red and orange courtyards are visited more often, as the four-colour rule asks.
 */
export function buildInspections(courtyards: readonly Courtyard[], staff: readonly StaffMember[], rng: Random,
  end: number): DemoInspection[] {
  const workersByGrid = new Map<number, string[]>();
  for (const s of staff) {
    if (s.role !== 'grid_worker' && s.role !== 'grid_leader') continue;
    workersByGrid.set(s.gridId, [...(workersByGrid.get(s.gridId) ?? []), s.name]);
  }
  const interval: Record<RiskLevel, number> = { red: 30, orange: 60, yellow: 90, blue: 180 };
  const out: DemoInspection[] = [];
  for (const c of courtyards) {
    // Not rated yet: never inspected, unless its problems are known (then it was, and did badly).
    if (c.stars === null && (c.risk === 'yellow' || c.risk === 'blue')) continue;
    const stars = c.stars ?? 2;
    const inspectors = workersByGrid.get(c.unit.micro.parentId!) ?? ['社区工作人员'];
    const count = { red: 4, orange: 3, yellow: rng.int(2, 3), blue: rng.int(1, 2) }[c.risk];
    // The latest visit was in the last two months for most, past the interval for about one in ten (overdue).
    const overdue = rng.chance(0.1);
    let at = end - (overdue ? interval[c.risk] + rng.int(5, 40) : rng.int(2, 59)) * DAY - rng.int(8, 17) * 3_600_000;
    const visits: number[] = [];
    for (let k = 0; k < count && at > end - 360 * DAY; k++) {
      visits.unshift(at);
      at -= rng.int(Math.round(interval[c.risk] * 0.7), interval[c.risk]) * DAY;
    }
    visits.forEach((visitAt, k) => {
      const latest = k === visits.length - 1;
      const answers = answersFor(c, stars, latest, rng);
      const next = visits[k + 1] ?? end;
      // Before the next visit most failures are fixed; at the latest one only some are by now.
      const closed = answers
        .filter((a) => a.result === 'fail' && rng.chance(latest ? 0.35 : 0.85))
        .map((a) => ({ item: a.item, at: visitAt + rng.between(0.2, 0.9) * (next - visitAt), note: '已整改，现场复查合格' }))
        .filter((x) => x.at < end);
      out.push({
        courtyardId: c.id,
        at: visitAt,
        inspectorName: rng.pick(inspectors),
        answers,
        findings: answers.some((a) => a.result === 'fail') ? rng.pick(WORDS.slice(1)) : WORDS[0]!,
        closed,
      });
    });
  }
  return out;
}
