// The controlled vocabularies of migration 0002, as the generator needs them. Copied rather than read from the
// migration so the generator stays a pure function of its seed; the verification queries compare them (due_at
// = reported_at + deadline_hours, department ids by code), so a drift shows up at once.

export const DEPARTMENT_IDS = {
  police: 1, urban_mgmt: 2, market: 3, environment: 4, water: 5, heating: 6, property: 7, community: 8,
} as const;
export type DepartmentCode = keyof typeof DEPARTMENT_IDS;

export const DEPARTMENT_NAMES: Record<DepartmentCode, string> = {
  police: '派出所', urban_mgmt: '城管执法', market: '市场监管', environment: '环保', water: '自来水',
  heating: '热力', property: '物业', community: '社区',
};

export const CATEGORY_DEADLINE_HOURS = {
  safety_hazard: 24, drain_blocked: 48, water_pipe: 24, heating: 48, roof_leak: 72, dispute: 120, sanitation: 72,
  public_order: 24, other: 120,
} as const;
export type CategoryCode = keyof typeof CATEGORY_DEADLINE_HOURS;

export const SOURCES = ['patrol', 'visit', 'hotline', 'wechat', 'council'] as const;
export type SourceCode = (typeof SOURCES)[number];

export type StatusCode = 'pending' | 'accepted' | 'dispatched' | 'coordinating' | 'resolved' | 'closed' | 'returned' | 'rejected';
export const OPEN_STATUSES: ReadonlySet<StatusCode> = new Set(['pending', 'accepted', 'dispatched', 'coordinating', 'returned']);

export const HOUSEHOLD_TAGS = [
  'vacant', 'tenant', 'floating', 'elderly_alone', 'aged_80', 'aged_90', 'disabled', 'veteran', 'low_income',
  'party_member', 'key_person',
] as const;
export type HouseholdTag = (typeof HOUSEHOLD_TAGS)[number];
