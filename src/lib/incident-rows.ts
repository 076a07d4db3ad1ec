// Incidents from outside: a 12345 hotline export (CSV/XLSX) and an Open311 GeoReport v2 feed both become typed
// rows for import_incidents(), mapped to our categories and statuses. The external id (工单编号, service_request_id)
// is the natural key, so importing the same export twice changes nothing.
import type { IncidentCategory, IncidentStatus } from '../data/types';
import { cellOf, guessMapping, normaliseHeader, type ColumnMapping } from './column-map';
import { isBlankRow, normalisePhone, parseChinaTime, PHONE, RowCollector, type RowError } from './row-errors';

export interface IncidentImportRow {
  row: number;
  /** Natural key: 'hotline:<工单编号>' or 'open311:<service_request_id>'. */
  ref: string;
  category: string;
  source: string;
  status: IncidentStatus;
  title: string;
  description: string;
  lon: number;
  lat: number;
  address: string | null;
  reported_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
}

export const HOTLINE_FIELDS = [
  'ref', 'reported_at', 'category', 'title', 'description', 'address', 'lon', 'lat', 'status', 'resolved_at',
  'reporter_name', 'reporter_phone',
] as const;
export type HotlineField = (typeof HOTLINE_FIELDS)[number];

export const HOTLINE_HEADERS: Record<HotlineField, readonly string[]> = {
  ref: ['工单编号', '工单号', '受理编号', '编号', 'ref', 'id'],
  reported_at: ['来电时间', '受理时间', '登记时间', '反映时间', '创建时间', 'reported_at'],
  category: ['问题分类', '诉求类型', '事件类型', '诉求分类', '分类', '类别', 'category'],
  title: ['诉求标题', '工单标题', '标题', '主题', 'title'],
  description: ['诉求内容', '问题描述', '来电内容', '内容', '描述', 'description'],
  address: ['事发地址', '发生地点', '诉求地址', '地址', 'address'],
  lon: ['经度', 'lon', 'lng', 'longitude'],
  lat: ['纬度', 'lat', 'latitude'],
  status: ['办理状态', '工单状态', '状态', 'status'],
  resolved_at: ['办结时间', '完成时间', '结案时间', 'resolved_at'],
  reporter_name: ['来电人', '来电人姓名', '联系人', '反映人', 'reporter_name'],
  reporter_phone: ['来电号码', '联系电话', '电话', 'reporter_phone'],
};

export const hotlineMapping = (headers: readonly string[]) => guessMapping(headers, HOTLINE_HEADERS);

/** Words in a hotline's own category names, in order of precedence, → our category. */
const CATEGORY_WORDS: [string, RegExp][] = [
  ['water_pipe', /供水|水管|爆管|停水|自来水/],
  ['drain_blocked', /下水|排水|堵塞|污水|化粪池|返水/],
  ['heating', /供暖|暖气|供热|采暖/],
  ['roof_leak', /漏水|渗水|房屋|屋顶/],
  ['safety_hazard', /隐患|井盖|消防|树枝|门垛|安全|电线|燃气/],
  ['dispute', /纠纷|矛盾|邻里|噪音|扰民/],
  ['public_order', /治安|盗窃|偷|打架|诈骗/],
  ['sanitation', /卫生|垃圾|堆放|乱堆|环境|清扫/],
];

/** A category written as our code, our Chinese or English name, or a hotline's wording → our code; else other (or null without fallback). */
export function mapCategory(value: string, categories: readonly IncidentCategory[], fallback = true): string | null {
  const v = normaliseHeader(value);
  if (!v) return null;
  const exact = categories.find((c) => c.code === v || normaliseHeader(c.name_zh) === v || normaliseHeader(c.name_en) === v);
  if (exact) return exact.code;
  const known = new Set(categories.map((c) => c.code));
  const word = CATEGORY_WORDS.find(([code, re]) => known.has(code) && re.test(value));
  return word ? word[0] : fallback && known.has('other') ? 'other' : null;
}

const STATUS_WORDS: [IncidentStatus, RegExp][] = [
  ['rejected', /不予受理|不受理|无效/],
  ['pending', /待受理|未受理|待处理|待派单|^open$|^new$/i],
  ['returned', /退回|退单/],
  ['coordinating', /协调/],
  ['closed', /已反馈|已回访|已销号|已关闭|已归档|^closed$/i],
  ['resolved', /办结|已完成|已处理|已解决|完结|^resolved$/i],
  ['dispatched', /交办|派单|派发|处理中|办理中|转办/],
  ['accepted', /受理|已接收/],
];

/** A status in our codes or in a hotline's words → our status, or null. */
export function mapStatus(value: string, codes: readonly string[]): IncidentStatus | null {
  const v = value.trim();
  if (codes.includes(v)) return v as IncidentStatus;
  return STATUS_WORDS.find(([, re]) => re.test(v))?.[0] ?? null;
}

const OPEN: ReadonlySet<string> = new Set(['pending', 'accepted', 'dispatched', 'coordinating', 'returned']);
export const isOpenStatus = (s: IncidentStatus) => OPEN.has(s);

export interface IncidentContext {
  categories: readonly IncidentCategory[];
  statuses: readonly string[];
  /** WGS84 from the sheet's coordinates (hotline systems often give GCJ-02); identity when they are WGS84. */
  toWgs84(lon: number, lat: number): [number, number];
}

/** The first 40 characters of the description when a sheet has no title column. */
export const titleFrom = (title: string, description: string) =>
  (title || description.replace(/\s+/g, ' ').slice(0, 40) || '—').slice(0, 120);

/** Checks the parts every incident row needs, whatever its format; pushes errors for those it lacks. */
export function checkIncident(r: IncidentImportRow, raw: { category: string; status: string; lon: string; lat: string }, fail: (field: string, code: RowError['code'], value: string) => void) {
  if (!r.ref.replace(/^[a-z0-9]+:/, '')) fail('ref', 'missing', '');
  if (!r.category) fail('category', raw.category ? 'unknown_category' : 'missing', raw.category);
  if (!r.status) fail('status', 'unknown_status', raw.status);
  if (!Number.isFinite(r.lon) || !Number.isFinite(r.lat) || Math.abs(r.lon) > 180 || Math.abs(r.lat) > 90 || (r.lon === 0 && r.lat === 0)) {
    fail('lon', raw.lon || raw.lat ? 'bad_location' : 'missing', `${raw.lon},${raw.lat}`);
  }
  if (!r.reported_at) fail('reported_at', 'bad_date', '');
  if (r.description.length > 4000) fail('description', 'too_long', r.description.slice(0, 40));
  if ((r.address ?? '').length > 200) fail('address', 'too_long', r.address ?? '');
}

/** Hotline export rows → typed incident rows and per-row errors. */
export function parseHotlineRows(body: readonly (readonly string[])[], mapping: ColumnMapping<HotlineField>, ctx: IncidentContext) {
  const out = new RowCollector<IncidentImportRow>();
  body.forEach((cells, i) => {
    const line = i + 2;
    if (isBlankRow(cells)) return;
    const get = (f: HotlineField) => cellOf(cells, mapping, f);
    const rowErrors: RowError[] = [];
    const fail = (field: string, code: RowError['code'], value: string) => rowErrors.push({ row: line, field, code, value });
    const raw = { category: get('category'), status: get('status'), lon: get('lon'), lat: get('lat') };
    const [lon, lat] = raw.lon && raw.lat ? ctx.toWgs84(Number(raw.lon), Number(raw.lat)) : [NaN, NaN];
    const description = get('description');
    const reportedRaw = get('reported_at');
    const resolvedRaw = get('resolved_at');
    const status = raw.status ? mapStatus(raw.status, ctx.statuses) : 'accepted';
    const phone = normalisePhone(get('reporter_phone'));
    const r: IncidentImportRow = {
      row: line,
      ref: `hotline:${get('ref')}`,
      category: mapCategory(raw.category, ctx.categories) ?? '',
      source: 'hotline',
      status: status ?? ('' as IncidentStatus),
      title: titleFrom(get('title'), description),
      description,
      lon,
      lat,
      address: get('address') || null,
      reported_at: parseChinaTime(reportedRaw) ?? '',
      resolved_at: resolvedRaw ? parseChinaTime(resolvedRaw) : null,
      closed_at: null,
      reporter_name: get('reporter_name').slice(0, 60) || null,
      // A landline or a masked number from the hotline cannot be stored; the incident still can.
      reporter_phone: PHONE.test(phone) ? phone : null,
    };
    checkIncident(r, raw, fail);
    if (resolvedRaw && !r.resolved_at) fail('resolved_at', 'bad_date', resolvedRaw);
    if (!reportedRaw) fail('reported_at', 'missing', '');
    // One reason per field is enough to fix a row.
    out.add(line, r, rowErrors.filter((e, k) => rowErrors.findIndex((o) => o.field === e.field) === k), r.ref, 'ref');
  });
  return out.result();
}
