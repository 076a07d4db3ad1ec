// Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/): requests.json of another city system → typed
// incident rows. Standard fields carry what, where and when; Open311 knows only open/closed, so our own feed adds
// extended_attributes {status, title, source} (the spec's way to carry more) and this mapper reads them back,
// which makes our export → this import give the same incidents.
import type { IncidentStatus } from '../data/types';
import { checkIncident, isOpenStatus, mapCategory, mapStatus, titleFrom, type IncidentContext, type IncidentImportRow } from './incident-rows';
import { parseChinaTime, RowCollector, type RowError } from './row-errors';

export interface Open311Request {
  service_request_id: string | number;
  status: 'open' | 'closed' | string;
  status_notes?: string | null;
  service_name?: string | null;
  service_code?: string | null;
  description?: string | null;
  requested_datetime?: string | null;
  updated_datetime?: string | null;
  address?: string | null;
  lat?: number | string | null;
  long?: number | string | null;
  media_url?: string | null;
  extended_attributes?: { status?: string; title?: string; source?: string } | null;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** The feed's requests: a bare array (requests.json) or an object holding one under `requests` / `service_requests`. */
export function open311Requests(json: unknown): Open311Request[] | null {
  if (Array.isArray(json)) return json as Open311Request[];
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    for (const k of ['requests', 'service_requests']) if (Array.isArray(o[k])) return o[k] as Open311Request[];
  }
  return null;
}

export function parseOpen311(json: unknown, ctx: IncidentContext) {
  const out = new RowCollector<IncidentImportRow>();
  (open311Requests(json) ?? []).forEach((q, i) => {
    // Requests are numbered from 1, as a reader of the JSON counts them.
    const line = i + 1;
    const rowErrors: RowError[] = [];
    const fail = (field: string, code: RowError['code'], value: string) => rowErrors.push({ row: line, field, code, value });
    const ext = q.extended_attributes ?? {};
    const statusRaw = str(ext.status) || str(q.status);
    let status: IncidentStatus | null = mapStatus(statusRaw, ctx.statuses);
    if (!ext.status && status && str(q.status).toLowerCase() === 'open' && !isOpenStatus(status)) status = 'pending';
    const categoryRaw = str(q.service_code) || str(q.service_name);
    const category = mapCategory(str(q.service_code), ctx.categories, false) ?? mapCategory(str(q.service_name), ctx.categories);
    const rawLon = str(q.long);
    const rawLat = str(q.lat);
    const [lon, lat] = rawLon && rawLat ? ctx.toWgs84(Number(rawLon), Number(rawLat)) : [NaN, NaN];
    const media = str(q.media_url);
    const baseDescription = str(q.description);
    const description = media && !baseDescription.includes(media) ? `${baseDescription}\n${media}`.trim() : baseDescription;
    const updated = parseChinaTime(str(q.updated_datetime));
    const sourceCode = str(ext.source);
    const r: IncidentImportRow = {
      row: line,
      ref: `open311:${str(q.service_request_id)}`,
      category: category ?? '',
      source: sourceCode || 'hotline',
      status: status ?? ('' as IncidentStatus),
      title: titleFrom(str(ext.title), baseDescription),
      description,
      lon,
      lat,
      address: str(q.address) || null,
      reported_at: parseChinaTime(str(q.requested_datetime)) ?? '',
      resolved_at: status && !isOpenStatus(status) && status !== 'rejected' ? updated : null,
      closed_at: status === 'closed' ? updated : null,
      reporter_name: null,
      reporter_phone: null,
    };
    checkIncident(r, { category: categoryRaw, status: statusRaw, lon: rawLon, lat: rawLat }, fail);
    out.add(line, r, rowErrors, r.ref, 'ref');
  });
  return out.result();
}
