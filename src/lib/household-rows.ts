// Rows of a household register (民情册) as exported from Excel → typed rows for import_households(), and the
// errors of the rows that cannot go in. Every row ends up in exactly one of the two lists: nothing is dropped.
import type { HouseholdTag } from '../data/types';
import { cellOf, guessMapping, normaliseHeader, type ColumnMapping } from './column-map';
import { isBlankRow, normalisePhone, parseDay, PHONE, RowCollector, type RowError } from './row-errors';

export const HOUSEHOLD_FIELDS = [
  'grid_code', 'building', 'unit_no', 'room', 'address', 'head_name', 'phone', 'size', 'tags', 'courtyard_code',
  'last_visit_at',
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

export const HOUSEHOLD_HEADERS: Record<HouseholdField, readonly string[]> = {
  grid_code: ['网格编号', '网格编码', '网格代码', '所属网格', '网格', 'grid_code', 'grid code', 'grid'],
  building: ['楼栋', '楼栋号', '楼号', '栋号', '幢', 'building'],
  unit_no: ['单元', '单元号', 'unit_no', 'unit'],
  room: ['房号', '房间号', '门牌号', '室号', 'room'],
  address: ['地址', '住址', '家庭住址', '详细地址', '现住址', 'address'],
  head_name: ['户主姓名', '户主', '姓名', '户主名称', 'head_name', 'head of household', 'name'],
  phone: ['联系电话', '手机号码', '手机号', '手机', '电话', '联系方式', 'phone'],
  size: ['家庭人口', '户人口数', '人口数', '人口', '人数', 'size', 'people'],
  tags: ['户标签', '标签', '人员类别', '户类别', '类别', 'tags'],
  courtyard_code: ['院落编号', '院落', 'courtyard_code', 'courtyard no', 'courtyard'],
  last_visit_at: ['最近走访', '走访日期', '最近走访日期', 'last_visit_at', 'last visit'],
};

/** What import_households() takes, one per good row. */
export interface HouseholdImportRow {
  row: number;
  grid_code: string;
  building: string;
  unit_no: string | null;
  room: string;
  address: string;
  head_name: string;
  phone: string | null;
  /** null = not in the file: the stored value stays (1 for a new household). */
  size: number | null;
  /** null = the file has no tag column: stored tags stay. */
  tags: string[] | null;
  courtyard_code: string | null;
  last_visit_at: string | null;
}

export interface HouseholdParse {
  rows: HouseholdImportRow[];
  errors: RowError[];
  /** Line numbers of rows with at least one error, ascending. */
  badRows: number[];
}

/** Words registers use for each tag beyond the vocabulary's own names. */
const TAG_SYNONYMS: Record<string, readonly string[]> = {
  vacant: ['空置', '空房户', '空挂户'],
  tenant: ['出租', '出租户', '租房户', '租住'],
  floating: ['流动人口', '流动'],
  elderly_alone: ['独居老人', '孤寡老人', '空巢老人', '独居', '孤寡'],
  aged_80: ['80岁以上', '八十岁以上', '高龄', '80+'],
  aged_90: ['90岁以上', '九十岁以上', '90+'],
  disabled: ['残疾', '残障'],
  veteran: ['退役军人', '退伍军人', '军人'],
  low_income: ['低保', '低保户', '特困', '特困户', '困难户'],
  party_member: ['党员', '中共党员'],
  key_person: ['重点人员', '重点人群', '重点人口'],
};

/** Tag label (as written in a sheet, normalised) → tag code, from the vocabulary, the synonyms and the user's choices. */
export function tagLookup(tags: readonly HouseholdTag[], overrides: Record<string, string> = {}): Map<string, string> {
  const m = new Map<string, string>();
  for (const t of tags) {
    for (const name of [t.code, t.name_en, t.name_zh, ...t.name_zh.split('/'), ...(TAG_SYNONYMS[t.code] ?? [])]) {
      m.set(normaliseHeader(name), t.code);
    }
  }
  for (const [label, code] of Object.entries(overrides)) m.set(normaliseHeader(label), code);
  return m;
}

export const splitTags = (v: string) => v.split(/[,，、;；|\n]+/).map((s) => s.trim()).filter(Boolean);

/** Labels of a tag column that the lookup does not know, with how many rows carry each: for the tag mapping step. */
export function unknownTagLabels(body: readonly (readonly string[])[], column: number | undefined, lookup: Map<string, string>): Map<string, number> {
  const unknown = new Map<string, number>();
  if (column === undefined) return unknown;
  for (const r of body) {
    for (const label of splitTags(r[column] ?? '')) {
      if (!lookup.has(normaliseHeader(label))) unknown.set(label, (unknown.get(label) ?? 0) + 1);
    }
  }
  return unknown;
}

/** 3号楼2单元101 / 5栋1单元302室 at the end of an address → building, unit and room, when the sheet has no such columns. */
export function splitAddress(address: string): { building: string; unit_no: string | null; room: string } | null {
  const m = /([0-9A-Za-z]{1,6}(?:号楼|栋|幢|楼))(?:([0-9一-十]{1,4})单元)?([0-9A-Za-z-]{1,10})(?:室|号)?$/.exec(address.replace(/\s/g, ''));
  return m ? { building: m[1]!, unit_no: m[2] ?? null, room: m[3]! } : null;
}

export const householdMapping = (headers: readonly string[]) => guessMapping(headers, HOUSEHOLD_HEADERS);

export interface HouseholdContext {
  /** Codes of the grids that exist (all of them: the database decides which are in the importer's scope). */
  gridCodes: ReadonlySet<string>;
  /** Grid for rows without a grid column or with an empty cell. */
  defaultGridCode: string | null;
  tags: Map<string, string>;
}

const MASKED_PHONE = /^1[0-9]{2}\*{4}[0-9]{4}$/;

const LIMITS: Partial<Record<HouseholdField, number>> = { building: 40, unit_no: 20, room: 20, address: 200, head_name: 60 };

/** The natural key of a household: grid + building + unit + room, the same as the database's unique index. */
export const householdKey = (r: Pick<HouseholdImportRow, 'grid_code' | 'building' | 'unit_no' | 'room'>) =>
  [r.grid_code, r.building, r.unit_no ?? '', r.room].join('\u0000');

/**
 * Typed rows and per-row errors. `body` are the rows under the header; line numbers count the header as line 1.
 * A row repeating the natural key of an earlier row is a duplicate; the first one is kept.
 */
export function parseHouseholdRows(body: readonly (readonly string[])[], mapping: ColumnMapping<HouseholdField>, ctx: HouseholdContext): HouseholdParse {
  const out = new RowCollector<HouseholdImportRow>();
  body.forEach((cells, i) => {
    const line = i + 2;
    if (isBlankRow(cells)) return;
    const rowErrors: RowError[] = [];
    const fail = (field: HouseholdField, code: RowError['code'], value: string) => rowErrors.push({ row: line, field, code, value });
    const get = (f: HouseholdField) => cellOf(cells, mapping, f);

    const address = get('address');
    const parsed = get('building') || get('room') ? null : splitAddress(address);
    const building = get('building') || parsed?.building || '';
    const unitNo = get('unit_no') || parsed?.unit_no || null;
    const room = get('room') || parsed?.room || '';
    const gridCode = get('grid_code') || ctx.defaultGridCode || '';
    const r: HouseholdImportRow = {
      row: line,
      grid_code: gridCode,
      building,
      unit_no: unitNo,
      room,
      address: address || [building, unitNo && `${unitNo}单元`, room].filter(Boolean).join(''),
      head_name: get('head_name'),
      phone: null,
      size: null,
      tags: mapping.tags === undefined ? null : [],
      courtyard_code: get('courtyard_code') || null,
      last_visit_at: null,
    };
    for (const f of ['grid_code', 'building', 'room', 'head_name'] as const) if (!r[f]) fail(f, 'missing', '');
    for (const [f, max] of Object.entries(LIMITS) as [HouseholdField, number][]) {
      const v = r[f as keyof HouseholdImportRow];
      if (typeof v === 'string' && v.length > max) fail(f, 'too_long', v);
    }
    if (r.grid_code && !ctx.gridCodes.has(r.grid_code)) fail('grid_code', 'unknown_grid', r.grid_code);

    const phone = get('phone');
    const p = normalisePhone(phone);
    if (PHONE.test(p)) r.phone = p;
    // A masked number (our own export read back) says nothing new: the stored number stays.
    else if (phone && !MASKED_PHONE.test(p)) fail('phone', 'bad_phone', phone);
    const size = get('size');
    if (size) {
      const n = Number(size.replace(/人$/, ''));
      if (Number.isInteger(n) && n >= 0 && n <= 30) r.size = n;
      else fail('size', 'bad_size', size);
    }
    const tags = new Set<string>();
    for (const label of splitTags(get('tags'))) {
      const code = ctx.tags.get(normaliseHeader(label));
      if (code) tags.add(code);
      else if (code === undefined) fail('tags', 'unknown_tag', label);
    }
    if (r.tags) r.tags = [...tags].sort();
    const visit = get('last_visit_at');
    if (visit) {
      r.last_visit_at = parseDay(visit);
      if (!r.last_visit_at) fail('last_visit_at', 'bad_date', visit);
    }
    out.add(line, r, rowErrors, householdKey(r), 'room');
  });
  return out.result();
}
