// The register behind each household: its members (relation, age band, some phones and ID numbers), since when it
// carries each tag, and the visit history that led to its last visit. Visits follow the cadence rules of migration
// 0021 (kept in step by the SQL tests of the seed), so due lists and overdue counts in the demo tell a real story:
// most cared-for households are visited on time, some slip.
import type { Household } from './households';
import { mobilePhone, personName, surname } from './names';
import type { Random } from './random';
import type { StaffMember } from './staff';
import { DAY, shanghaiParts } from './time';
import type { HouseholdTag } from './vocabulary';

/** Days between visits per tag; `null` is the default for households none of whose tags has a rule. */
export const VISIT_CADENCE: ReadonlyMap<HouseholdTag | null, number> = new Map<HouseholdTag | null, number>([
  [null, 90], ['vacant', 180], ['tenant', 30], ['floating', 30], ['elderly_alone', 7], ['aged_80', 14], ['aged_90', 7],
  ['disabled', 30], ['veteran', 90], ['low_income', 30], ['party_member', 90], ['key_person', 14],
]);

export function visitInterval(tags: readonly HouseholdTag[]): number {
  const own = tags.map((t) => VISIT_CADENCE.get(t)).filter((d): d is number => d !== undefined);
  return own.length ? Math.min(...own) : VISIT_CADENCE.get(null)!;
}

export type AgeBand = '0-17' | '18-59' | '60-79' | '80+';
export type Relation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'tenant' | 'other';

export interface Member {
  householdId: number;
  name: string;
  relation: Relation;
  ageBand: AgeBand;
  phone: string | null;
  idNumber: string | null;
}

export interface TagSince {
  householdId: number;
  tag: HouseholdTag;
  since: number;
}

export interface Visit {
  id: number;
  householdId: number;
  gridId: number;
  day: number;
  kind: 'home' | 'phone' | 'outdoor' | 'online';
  findings: string | null;
  needs: string | null;
  visitorName: string;
}

/** How far back the demo keeps visit history: enough for a few cycles of the weekly and monthly cadences. */
const HISTORY_DAYS = 45;
// Districts of Taiyuan: 小店, 迎泽, 杏花岭.
const REGIONS = ['140105', '140106', '140107'] as const;
const ID_WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);

/** An 18-character resident ID number with a correct check character (GB 11643). */
export function idNumber(region: string, birth: { year: number; month: number; day: number }, seq: number): string {
  const body = `${region}${birth.year}${String(birth.month).padStart(2, '0')}${String(birth.day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

const AGES: Record<AgeBand, [number, number]> = { '0-17': [3, 17], '18-59': [22, 58], '60-79': [61, 78], '80+': [81, 94] };

function member(rng: Random, h: Household, relation: Relation, ageBand: AgeBand, anchorYear: number, name?: string): Member {
  const adult = ageBand !== '0-17';
  const age = rng.int(...AGES[ageBand]);
  return {
    householdId: h.id,
    name: name ?? personName(rng, ageBand === '18-59' || !adult ? 'young' : 'old'),
    relation,
    ageBand,
    phone: relation === 'head' ? h.phone : adult && ageBand !== '80+' && rng.chance(0.25) ? mobilePhone(rng) : null,
    idNumber: rng.chance(adult ? 0.35 : 0.1)
      ? idNumber(rng.pick(REGIONS), { year: anchorYear - age, month: rng.int(1, 12), day: rng.int(1, 28) }, rng.int(1, 999))
      : null,
  };
}

function members(rng: Random, h: Household, anchorYear: number): Member[] {
  if (h.size === 0) return [];
  const old = h.tags.includes('aged_80') || h.tags.includes('aged_90');
  const headBand: AgeBand = old ? '80+' : h.tags.includes('elderly_alone') ? '60-79'
    : h.tags.includes('tenant') ? '18-59' : rng.weighted([['18-59', 6], ['60-79', 4]] as const);
  const out = [member(rng, h, 'head', headBand, anchorYear, h.headName)];
  if (h.tags.includes('tenant') && h.size > 1 && rng.chance(0.3)) {
    // Shared rented rooms: unrelated co-tenants.
    while (out.length < h.size) out.push(member(rng, h, 'tenant', '18-59', anchorYear));
    return out;
  }
  if (h.size >= 2) {
    const spouse = member(rng, h, 'spouse', headBand, anchorYear);
    out.push(spouse);
  }
  while (out.length < h.size) {
    const relation: Relation = headBand === '18-59'
      ? rng.weighted([['child', 8], ['parent', 2]] as const)
      : rng.weighted([['child', 5], ['grandchild', 4], ['other', 1]] as const);
    const band: AgeBand = relation === 'parent' ? (rng.chance(0.5) ? '80+' : '60-79')
      : relation === 'grandchild' ? '0-17'
      : headBand === '18-59' ? '0-17' : '18-59';
    const m = member(rng, h, relation, band, anchorYear);
    // Children mostly carry the head's surname.
    if ((relation === 'child' || relation === 'grandchild') && rng.chance(0.85)) m.name = h.headName[0] + m.name.slice(1);
    else if (relation === 'other') m.name = surname(rng) + m.name.slice(1);
    out.push(m);
  }
  return out;
}

const FINDINGS = ['家中燃气软管老化，已提醒更换', '老人反映楼道灯不亮', '独居老人身体状况良好', '租户新增一人，已登记',
  '屋内电动车充电，已劝导', '反映下水道返味', '希望申请居家养老服务', '家中无异常'];
const NEEDS = ['希望上门理发', '需要代购药品', '申请助餐服务', '咨询低保年审', '希望安装扶手'];

function visitsOf(rng: Random, h: Household, visitors: readonly string[], anchorDay: number, nextId: () => number): Visit[] {
  if (h.lastVisit === null || visitors.length === 0) return [];
  const interval = visitInterval(h.tags);
  const out: Visit[] = [];
  // Back from the last visit at about the cadence, a little late now and then.
  for (let day = h.lastVisit; day > anchorDay - HISTORY_DAYS * DAY || out.length === 0; day -= (interval + rng.int(-1, Math.ceil(interval / 4))) * DAY) {
    const noted = rng.chance(0.25);
    out.push({
      id: 0,
      householdId: h.id,
      gridId: h.unit.id,
      day,
      kind: interval <= 7 && rng.chance(0.3) ? 'phone' : rng.weighted([['home', 8], ['outdoor', 1], ['online', 1]] as const),
      findings: noted ? rng.pick(FINDINGS) : null,
      needs: noted && rng.chance(0.3) ? rng.pick(NEEDS) : null,
      visitorName: rng.pick(visitors),
    });
    if (interval >= 90) break;
  }
  // Oldest first, so ids follow time.
  return out.reverse().map((v) => ({ ...v, id: nextId() }));
}

export function buildRegister(households: readonly Household[], staff: readonly StaffMember[], rng: Random, anchorDay: number) {
  const anchorYear = shanghaiParts(anchorDay).year;
  const workersByGrid = new Map<number, string[]>();
  for (const s of staff) {
    if (s.role !== 'grid_worker' && s.role !== 'grid_leader') continue;
    workersByGrid.set(s.gridId, [...(workersByGrid.get(s.gridId) ?? []), s.name]);
  }
  const people: Member[] = [];
  const tagSince: TagSince[] = [];
  const visits: Visit[] = [];
  let visitId = 0;
  for (const h of households) {
    people.push(...members(rng, h, anchorYear));
    for (const tag of h.tags) tagSince.push({ householdId: h.id, tag, since: anchorDay - rng.int(20, 2500) * DAY });
    visits.push(...visitsOf(rng, h, workersByGrid.get(h.unit.micro.parentId!) ?? [], anchorDay, () => ++visitId));
  }
  return { members: people, tagSince, visits };
}

export type Register = ReturnType<typeof buildRegister>;
