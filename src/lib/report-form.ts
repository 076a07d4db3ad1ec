// The intake form's rules that the browser checks before asking the database (which checks them again): lengths
// as Postgres counts them (characters, not UTF-16 units), the mobile number pattern, the source a role files by.
import type { AppRole, IncidentReport } from '../data/types';
import type { LonLat } from './exif-gps';

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const NAME_MAX = 60;
export const ADDRESS_MAX = 200;
const MOBILE = /^1[3-9]\d{9}$/;

export interface ReportDraft {
  category: string;
  source: string;
  title: string;
  description: string;
  address: string;
  reporterName: string;
  reporterPhone: string;
}

export type ReportField = keyof ReportDraft | 'location';
/** i18n key (and parameters) per field with a problem. */
export type FieldErrors = Partial<Record<ReportField, { key: string; params?: Record<string, unknown> }>>;

/** Characters as Postgres's length() counts them: an emoji is one, not two. */
export const charCount = (s: string) => [...s].length;

/** People type numbers with spaces or dashes ("138 1234 5678"); the database stores the digits. */
export const normalisePhone = (s: string) => s.replace(/[\s-]/g, '');

/** Residents snap and send (微信随手拍); grid staff file what they find on patrol; office staff take walk-ins. */
export function defaultSource(role: AppRole | undefined, available: readonly string[]): string {
  const wanted = role === 'resident' ? 'wechat' : role === 'grid_leader' || role === 'grid_worker' ? 'patrol' : 'visit';
  return available.includes(wanted) ? wanted : (available[0] ?? '');
}

export function emptyDraft(source: string): ReportDraft {
  return { category: '', source, title: '', description: '', address: '', reporterName: '', reporterPhone: '' };
}

/** `gridId`: undefined while the lookup runs, null outside the district. */
export function validateReport(d: ReportDraft, point: LonLat | null, gridId: number | null | undefined): FieldErrors {
  const errors: FieldErrors = {};
  if (!point) errors.location = { key: 'report.errors.noLocation' };
  else if (gridId === null) errors.location = { key: 'report.errors.outside' };
  if (!d.category) errors.category = { key: 'report.errors.noCategory' };
  if (!d.source) errors.source = { key: 'report.errors.noSource' };
  const title = charCount(d.title.trim());
  if (title === 0) errors.title = { key: 'report.errors.noTitle' };
  else if (title > TITLE_MAX) errors.title = { key: 'report.errors.tooLong', params: { max: TITLE_MAX, count: title } };
  const description = charCount(d.description.trim());
  if (description === 0) errors.description = { key: 'report.errors.noDescription' };
  else if (description > DESCRIPTION_MAX) errors.description = { key: 'report.errors.tooLong', params: { max: DESCRIPTION_MAX, count: description } };
  if (charCount(d.address.trim()) > ADDRESS_MAX) errors.address = { key: 'report.errors.tooLong', params: { max: ADDRESS_MAX, count: charCount(d.address.trim()) } };
  if (charCount(d.reporterName.trim()) > NAME_MAX) errors.reporterName = { key: 'report.errors.tooLong', params: { max: NAME_MAX, count: charCount(d.reporterName.trim()) } };
  const phone = normalisePhone(d.reporterPhone);
  if (phone && !MOBILE.test(phone)) errors.reporterPhone = { key: 'report.errors.phone' };
  return errors;
}

const orNull = (s: string) => s.trim() || null;

export function toIncidentReport(d: ReportDraft, point: LonLat): IncidentReport {
  return {
    category: d.category,
    source: d.source,
    title: d.title.trim(),
    description: d.description.trim(),
    lon: point.lon,
    lat: point.lat,
    address: orNull(d.address),
    reporter_name: orNull(d.reporterName),
    reporter_phone: orNull(normalisePhone(d.reporterPhone)),
  };
}
