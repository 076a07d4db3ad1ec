// Database types, written once from supabase/migrations and used end to end.
// Keep in step with the migrations: a column added there is added here.

export type GridLevel = 'community' | 'grid' | 'micro' | 'unit';
export const GRID_LEVELS: readonly GridLevel[] = ['community', 'grid', 'micro', 'unit'];

export type RiskLevel = 'blue' | 'yellow' | 'orange' | 'red';
export type StaffRole = 'grid_leader' | 'grid_worker' | 'part_time_worker' | 'building_leader' | 'volunteer';
export type AppRole =
  | 'district_admin'
  | 'community_admin'
  | 'grid_leader'
  | 'grid_worker'
  | 'department_staff'
  | 'resident';

export type IncidentStatus =
  | 'pending'
  | 'accepted'
  | 'dispatched'
  | 'coordinating'
  | 'resolved'
  | 'closed'
  | 'returned'
  | 'rejected';

/** A row of a controlled vocabulary (household_tags, incident_categories, incident_sources, incident_statuses). */
export interface VocabularyEntry {
  code: string;
  name_zh: string;
  name_en: string;
  sort: number;
}
export interface HouseholdTag extends VocabularyEntry {
  sensitive: boolean;
}
export interface IncidentCategory extends VocabularyEntry {
  deadline_hours: number;
  sensitive: boolean;
  safety: boolean;
}
export type IncidentSource = VocabularyEntry;
export interface IncidentStatusEntry extends VocabularyEntry {
  code: IncidentStatus;
  is_open: boolean;
  color: string;
}
export interface Department {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
}

export interface Vocabularies {
  householdTags: HouseholdTag[];
  categories: IncidentCategory[];
  sources: IncidentSource[];
  statuses: IncidentStatusEntry[];
  departments: Department[];
}

/** Properties of one feature of grids_geojson(). */
export interface GridProperties {
  id: number;
  parent_id: number | null;
  level: GridLevel;
  code: string;
  name: string;
  area_m2: number;
  leader: string | null;
}

export interface GridFeature {
  type: 'Feature';
  id: number;
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
  properties: GridProperties;
}

export interface GridCollection {
  type: 'FeatureCollection';
  features: GridFeature[];
}

export interface GridStaffEntry {
  name: string;
  role: StaffRole;
  phone_masked: string | null;
}

/** grid_summary(p_grid_id) */
export interface GridSummary {
  id: number;
  parent_id: number | null;
  level: GridLevel;
  code: string;
  name: string;
  area_m2: number;
  parent: { id: number; code: string; name: string } | null;
  children: number;
  staff: GridStaffEntry[];
  households: number;
  people: number;
  tag_counts: Record<string, number>;
  courtyards: number;
  open_incidents: number;
}

/** grid_households(p_grid_id) */
export interface HouseholdRow {
  id: number;
  grid_id: number;
  grid_code: string;
  courtyard_id: number | null;
  building: string;
  unit_no: string | null;
  room: string;
  address: string;
  head_name: string;
  phone_masked: string | null;
  size: number;
  tags: string[];
  last_visit_at: string | null;
}

/** map_incidents() */
export interface IncidentPin {
  id: number;
  lon: number;
  lat: number;
  status: IncidentStatus;
  category: string;
  source: string;
  grid_id: number;
  title: string;
  reported_at: string;
  due_at: string | null;
  resolved_at: string | null;
}

/** A demo or real user as the app knows them after sign-in. */
export interface SessionUser {
  id: string;
  display_name: string;
  role: AppRole;
  grid_id: number | null;
  department_id: number | null;
}
