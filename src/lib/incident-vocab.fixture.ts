// The incident vocabularies of 0002, as the unit tests of the import mappers see them.
import type { IncidentCategory } from '../data/types';

const cat = (code: string, name_zh: string, name_en: string): IncidentCategory =>
  ({ code, name_zh, name_en, sort: 0, deadline_hours: 24, sensitive: false, safety: false });
export const CATEGORIES = [
  cat('safety_hazard', '安全隐患', 'Safety hazard'), cat('drain_blocked', '下水堵塞', 'Blocked drain'),
  cat('water_pipe', '供水管破裂', 'Burst water pipe'), cat('heating', '供暖', 'Heating'), cat('roof_leak', '房屋漏水', 'Leaking roof'),
  cat('dispute', '矛盾纠纷', 'Dispute'), cat('sanitation', '环境卫生/乱堆乱放', 'Sanitation / clutter'),
  cat('public_order', '治安', 'Public order'), cat('other', '其他', 'Other'),
];
export const STATUSES = ['pending', 'accepted', 'dispatched', 'coordinating', 'resolved', 'closed', 'returned', 'rejected'];
export const identity = (lon: number, lat: number): [number, number] => [lon, lat];
