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
  /** The static demo copy only: grids_geojson_digest() of the database it was built from. */
  digest?: string;
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
  /** The same courtyards by risk level. */
  courtyard_risks: Record<RiskLevel, number>;
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
  department_id: number | null;
  title: string;
  reported_at: string;
  due_at: string | null;
  resolved_at: string | null;
  /** Open and past its due time, computed by the database at query time. */
  overdue: boolean;
  me_too_count: number;
}

/** Incidents of a sensitive category the viewer may not see, counted per cell of about 500 m (sensitive_incident_areas()). */
export interface SensitiveArea {
  /** The cell's centre, never an incident's own point. */
  lon: number;
  lat: number;
  category: string;
  incidents: number;
  open: number;
}

/** A demo or real user as the app knows them after sign-in. */
export interface SessionUser {
  id: string;
  display_name: string;
  role: AppRole;
  grid_id: number | null;
  department_id: number | null;
}

// ---- Incident workflow (0009_incident_workflow.sql) ----

/** What a user may do to an incident; one row of incident_transitions (dispatch/recategorise are functions of their own). */
export type IncidentAction =
  | 'accept'
  | 'reject'
  | 'dispatch'
  | 'coordinate'
  | 'resolve'
  | 'return'
  | 'close'
  | 'reopen';

/** incident_transitions: the legal status changes, who may make them, and whether a note is required. */
export interface IncidentTransition {
  action: IncidentAction;
  from_status: IncidentStatus;
  to_status: IncidentStatus;
  roles: AppRole[];
  /** The incident's own reporter may take this step too, whatever their role (reopening what is not solved). */
  reporter: boolean;
  note_required: boolean;
}

export type IncidentEventKind =
  | 'created'
  | 'status'
  | 'dispatch'
  | 'reroute'
  | 'recategorise'
  | 'reopen'
  | 'feedback'
  | 'support'
  | 'photo'
  | 'comment';

/** One entry of an incident's timeline as incident_detail() returns it. */
export interface IncidentEvent {
  id: number;
  at: string;
  kind: IncidentEventKind;
  from_status: IncidentStatus | null;
  to_status: IncidentStatus | null;
  /** For recategorise (category codes) and dispatch/reroute (department ids as text); to_value is also the rating
   *  (feedback), the running "me too" count (support) and the object path (photo). */
  from_value: string | null;
  to_value: string | null;
  note: string | null;
  /** Display name of who did it, as recorded at the time; null for the public or for the demo seed's staff. */
  actor_name: string | null;
}

export interface IncidentPhoto {
  id: number;
  /** Object path in the incident-photos bucket (Supabase Storage) or the local photo store (embedded mode). */
  path: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  created_at: string;
}

/** An action the current user may take now, as incident_detail() lists it. */
export interface AllowedAction {
  action: IncidentAction;
  to_status: IncidentStatus;
  note_required: boolean;
}

/** incident_detail(p_id): everything the incident panel shows, limited to what the caller may see. */
export interface IncidentDetail {
  id: number;
  title: string;
  description: string;
  category: string;
  source: string;
  status: IncidentStatus;
  lon: number;
  lat: number;
  address: string | null;
  grid_id: number;
  grid_code: string;
  grid_name: string;
  department_id: number | null;
  assignee_name: string | null;
  /** Reporter's name and phone only for staff in scope (phone masked); null for everyone else. */
  reporter_name: string | null;
  reporter_phone_masked: string | null;
  is_reporter: boolean;
  reported_at: string;
  due_at: string | null;
  accepted_at: string | null;
  dispatched_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  overdue: boolean;
  me_too_count: number;
  /** Whether the caller already said "me too". */
  supported: boolean;
  rating: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  /** The caller may rate it now (reporter, after 办结, not yet rated). */
  can_rate: boolean;
  /** The caller may recategorise / re-route it (staff in scope). */
  can_manage: boolean;
  actions: AllowedAction[];
  events: IncidentEvent[];
  photos: IncidentPhoto[];
}

/** report_incident(...) input: what the intake form sends. The grid is found by the database. */
export interface IncidentReport {
  category: string;
  source: string;
  title: string;
  description: string;
  lon: number;
  lat: number;
  address: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
}

/** nearby_open_incidents(...): possible duplicates offered at intake. */
export interface NearbyIncident {
  id: number;
  title: string;
  status: IncidentStatus;
  category: string;
  distance_m: number;
  me_too_count: number;
  reported_at: string;
}

/** department_queue(): what was sent to the caller's department and is still open, soonest due first. */
export interface QueueRow {
  id: number;
  title: string;
  category: string;
  status: IncidentStatus;
  grid_code: string;
  address: string | null;
  assignee_name: string | null;
  dispatched_at: string | null;
  due_at: string | null;
  overdue: boolean;
}

/** A photo about to be attached: already checked and downscaled by the browser. */
export interface PhotoUpload {
  blob: Blob;
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  width: number;
  height: number;
}

// ---- Courtyards: inspections, scoring, plates (migrations 0014–0016) ----

/** The three themes of 星级院落创建: 安全, 和谐, 平安. */
export type CourtyardTheme = 'safety' | 'harmony' | 'peace';
export type CheckResult = 'pass' | 'fail' | 'na';

/** One line of the inspection checklist (table inspection_items). */
export interface InspectionItem {
  code: string;
  theme: CourtyardTheme;
  name_zh: string;
  name_en: string;
  /** 1–10: how much the item counts in its theme's score. */
  weight: number;
  /** A failed critical item raises the risk level on its own (see the scoring rule). */
  critical: boolean;
  /** Days a rectification of this item gets. */
  fix_days: number;
  sort: number;
}

/** The configurable scoring rule (table courtyard_scoring_rule, one row); shown as "how scores are made". */
export interface CourtyardScoringRule {
  /** Minimum score (0–100) for 2, 3, 4 and 5 stars; below the first is 1 star. */
  star_min: [number, number, number, number];
  red_score_below: number;
  orange_score_below: number;
  yellow_score_below: number;
  red_critical_failures: number;
  orange_critical_failures: number;
  red_open_incidents: number;
  orange_open_incidents: number;
  yellow_open_incidents: number;
  /** Days between inspections by risk level; older than this the courtyard is overdue. */
  interval_days: Record<RiskLevel, number>;
}

/** A courtyard on the map (map_courtyards()). */
export interface CourtyardPin {
  id: number;
  code: string;
  name: string;
  lon: number;
  lat: number;
  grid_id: number | null;
  stars: number | null;
  risk_level: RiskLevel;
  inspection_overdue: boolean;
  open_rectifications: number;
  /** Stars or risk set by hand (courtyard_override) instead of computed. */
  overridden: boolean;
}

export interface InspectionAnswer {
  item: string;
  result: CheckResult;
  note: string | null;
}

export interface InspectionInput {
  courtyardId: number;
  answers: InspectionAnswer[];
  findings: string | null;
  /** Headcounts found at the visit (tenants, 流动人口); null keeps the stored ones. */
  tenants: number | null;
  floatingPeople: number | null;
}

export interface InspectionSummary {
  id: number;
  inspected_at: string;
  inspector_name: string | null;
  score: number;
  safety_score: number | null;
  harmony_score: number | null;
  peace_score: number | null;
  stars: number;
  risk_level: RiskLevel;
  failed: { item: string; note: string | null }[];
  findings: string | null;
  photos: string[];
}

export interface Rectification {
  id: number;
  inspection_id: number;
  item: string;
  opened_at: string;
  due_at: string;
  closed_at: string | null;
  closed_by_name: string | null;
  note: string | null;
  overdue: boolean;
}

export type CourtyardEventKind =
  | 'inspected'
  | 'rescored'
  | 'override'
  | 'override_cleared'
  | 'rectification_opened'
  | 'rectification_closed'
  | 'plate_issued'
  | 'plate_revoked';

export interface CourtyardEvent {
  at: string;
  kind: CourtyardEventKind;
  actor_name: string | null;
  from_value: string | null;
  to_value: string | null;
  note: string | null;
}

export interface CourtyardOverride {
  risk_level: RiskLevel | null;
  stars: number | null;
  reason: string;
  by: string | null;
  at: string;
}

/** Everything the courtyard card shows (courtyard_detail(id)); personal fields already masked for the role. */
export interface CourtyardDetail {
  id: number;
  code: string;
  name: string;
  address: string;
  lon: number;
  lat: number;
  grid_id: number | null;
  grid_name: string | null;
  landlord_name: string;
  /** Masked (139****1234) for everyone; those with may_reveal_phone get the full number from revealLandlordPhone (logged). */
  landlord_phone: string | null;
  may_reveal_phone: boolean;
  rooms: number;
  tenants: number;
  floating_people: number;
  households: number;
  /** Effective values (override, else computed). */
  stars: number | null;
  risk_level: RiskLevel;
  computed_stars: number | null;
  computed_risk: RiskLevel | null;
  safety_stars: number | null;
  harmony_stars: number | null;
  peace_stars: number | null;
  score: number | null;
  override: CourtyardOverride | null;
  last_inspected_at: string | null;
  inspection_due: string | null;
  inspection_overdue: boolean;
  open_incidents: { id: number; title: string; category: string; status: IncidentStatus; reported_at: string }[];
  /** Newest first. */
  inspections: InspectionSummary[];
  rectifications: Rectification[];
  /** Oldest first: one point per scoring (inspection, rectification closed, override). */
  risk_trend: { at: string; risk_level: RiskLevel; stars: number | null; score: number | null }[];
  events: CourtyardEvent[];
  may_inspect: boolean;
  may_override: boolean;
  may_issue_plate: boolean;
  /** The active plate token; only for those who may issue plates. */
  plate_token: string | null;
}

/** What the QR plate's public page shows: no personal data. */
export interface CourtyardPublic {
  code: string;
  name: string;
  address: string;
  lon: number;
  lat: number;
  stars: number | null;
  safety_stars: number | null;
  harmony_stars: number | null;
  peace_stars: number | null;
  risk_level: RiskLevel;
  grid_name: string | null;
  last_inspected_on: string | null;
}

/** One plate to print (courtyard_plates(grid)). */
export interface PlateRow {
  courtyard_id: number;
  code: string;
  name: string;
  address: string;
  stars: number | null;
  risk_level: RiskLevel;
  token: string;
}

/** A problem reported from a courtyard's public page (no sign-in). */
export interface PublicReport {
  token: string;
  category: string;
  title: string;
  description: string | null;
  /** Optional way to call back; never shown publicly. */
  contact: string | null;
}

// ---- Users and the audit log (migrations 0018–0019) ----

export interface ManagedUser {
  user_id: string;
  display_name: string;
  role: AppRole;
  grid_id: number | null;
  grid_code: string | null;
  grid_name: string | null;
  department_id: number | null;
  is_active: boolean;
  created_at: string;
}

export interface PendingInvitation {
  id: number;
  email: string;
  display_name: string;
  role: AppRole;
  grid_id: number | null;
  department_id: number | null;
  invited_at: string;
}

export interface InvitationInput {
  email: string;
  displayName: string;
  role: AppRole;
  gridId: number | null;
  departmentId: number | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor_name: string | null;
  actor_role: AppRole | null;
  action: 'reveal' | 'update' | 'delete';
  object_type: string;
  object_id: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
}

// ---- Statistics (0017_statistics.sql) ----

/** Width of a trend bucket; weeks start on Monday, months on the 1st (days in Asia/Shanghai). */
export type StatsBucket = 'day' | 'week' | 'month';

/** What a statistics query covers: a grid subtree (null = all the caller may see), inclusive dates, filters. */
export interface StatsScope {
  gridId: number | null;
  /** 'YYYY-MM-DD', Asia/Shanghai, inclusive. */
  from: string;
  /** 'YYYY-MM-DD', Asia/Shanghai, inclusive. */
  to: string;
  bucket: StatsBucket;
  /** Incident category codes; null = all. */
  categories: string[] | null;
  /** Incident source codes; null = all. */
  sources: string[] | null;
}

/** Headline figures. received/resolved count the date range; open/overdue/coordinating are as of now. */
export interface StatsKpis {
  received: number;
  resolved: number;
  /** resolved / received, 0..1; null when nothing was received. */
  resolution_rate: number | null;
  open: number;
  overdue: number;
  coordinating: number;
  /** Hours from report to 办结 of the incidents resolved in range; null when none. */
  median_hours: number | null;
  p90_hours: number | null;
  /** Average rating 1–5 of the incidents resolved in range that were rated; null when none. */
  satisfaction: number | null;
  rated: number;
}

/** One trend bucket, zeros included; bucket = its first day 'YYYY-MM-DD'. */
export interface TrendPoint {
  bucket: string;
  received: number;
  resolved: number;
}

/** By category or by source. */
export interface BreakdownRow {
  code: string;
  received: number;
  resolved: number;
  open: number;
}

/** Department league table: incidents dispatched to the department. */
export interface DepartmentRow {
  department_id: number;
  received: number;
  resolved: number;
  open: number;
  overdue: number;
  median_hours: number | null;
  satisfaction: number | null;
}

/** Ranking of the scope grid's children (communities for the whole district). */
export interface GridRankRow {
  grid_id: number;
  code: string;
  name: string;
  received: number;
  resolved: number;
  open: number;
  overdue: number;
  resolution_rate: number | null;
}

/** A count per key of a distribution. */
export interface CountRow<K> {
  key: K;
  count: number;
}

/** Age and duration classes of backlog_age and resolve_time. */
export type AgeBucket = 'lt1d' | '1to3d' | '3to7d' | '7to30d' | 'gt30d';

/** stats_dashboard(...): every figure of the dashboard and the wall screen in one call. */
export interface DashboardStats {
  kpis: StatsKpis;
  trend: TrendPoint[];
  by_category: BreakdownRow[];
  by_source: BreakdownRow[];
  by_department: DepartmentRow[];
  by_grid: GridRankRow[];
  /** Incidents open now, by how long ago they were reported. */
  backlog_age: CountRow<AgeBucket>[];
  /** Incidents resolved in range, by time from report to 办结. */
  resolve_time: CountRow<AgeBucket>[];
  satisfaction: CountRow<1 | 2 | 3 | 4 | 5>[];
  courtyard_risk: CountRow<RiskLevel>[];
  /** 0 = not rated. */
  courtyard_stars: CountRow<0 | 1 | 2 | 3 | 4 | 5>[];
  household_tags: CountRow<string>[];
  /** made = visits recorded in the range; due = overdue or due within 7 days; overdue = by the cadence rules, today. */
  visits: { made: number; due: number; overdue: number };
}

/** grid_metrics(level, from, to): one grid of a level, for the choropleth. */
export interface GridMetric {
  grid_id: number;
  received: number;
  resolved: number;
  open: number;
  overdue: number;
  resolution_rate: number | null;
  courtyards_red: number;
  courtyards_orange: number;
  /** 3·red + 2·orange + 1·yellow courtyards. */
  risk_score: number;
  /** Households overdue for a visit now (grid_visit_status); null where the caller sees no household. */
  visits_overdue: number | null;
}

// Field work (走访, 民情册): migrations 0020–0021.

export type HouseholdStatus = 'active' | 'moved_out' | 'vacant';
export type VisitKind = 'home' | 'phone' | 'outdoor' | 'online';
export type MemberRelation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'tenant' | 'other';
export type AgeBand = '0-17' | '18-59' | '60-79' | '80+';

/** my_due_visits(): a household of the caller's grids due for a visit. */
export interface DueVisit {
  household_id: number;
  grid_id: number;
  grid_code: string;
  address: string;
  head_name: string;
  phone_masked: string | null;
  tags: string[];
  status: HouseholdStatus;
  last_visit_at: string | null;
  interval_days: number;
  /** Null when never visited (overdue). */
  due_on: string | null;
  overdue: boolean;
  lon: number | null;
  lat: number | null;
}

/** my_due_visits_page(): a page of the due list; total = how many are due in all. */
export interface DueVisitRow extends DueVisit {
  total: number;
}

/** Where the next page of the due list starts: after this row. */
export interface DueCursor {
  dueOn: string | null;
  householdId: number;
}

/** A photo of a visit, named by ids the phone made (it may wait in the outbox before the visit is sent). */
export interface VisitPhotoInput {
  householdId: number;
  visitClientId: string;
  photoId: string;
  photo: PhotoUpload;
}

/** A new household (household_create). */
export interface HouseholdInput {
  gridId: number;
  building: string;
  unitNo: string | null;
  room: string;
  address: string | null;
  headName: string;
  phone: string | null;
  size: number;
  tags: string[];
}

export interface FieldGrid {
  id: number;
  code: string;
  name: string;
  level: GridLevel;
  households: number;
  overdue: number;
  due_week: number;
  visited_30d: number;
}

export interface FieldIncident {
  id: number;
  title: string;
  status: IncidentStatus;
  category: string;
  address: string | null;
  reported_at: string;
  due_at: string | null;
  overdue: boolean;
}

export interface FieldCourtyard {
  id: number;
  code: string;
  name: string;
  address: string;
  risk_level: RiskLevel;
  stars: number | null;
  last_inspected_at: string | null;
  due_at: string | null;
  overdue: boolean;
}

/** field_home(): the grid worker's home page in one answer; null for people who do not look after grids. */
export interface FieldHome {
  name: string;
  role: AppRole;
  grids: FieldGrid[];
  incidents: FieldIncident[];
  courtyards: FieldCourtyard[];
}

export interface HouseholdMember {
  id: number;
  name: string;
  relation: MemberRelation;
  age_band: AgeBand;
  phone_masked: string | null;
  id_number_masked: string | null;
  notes: string | null;
}

export interface HouseholdChange {
  at: string;
  actor: string | null;
  action: 'create' | 'update' | 'delete';
  object: 'households' | 'household_members';
  field: string | null;
  old: string | null;
  new: string | null;
}

export interface HouseholdVisit {
  id: number;
  visited_on: string;
  kind: VisitKind;
  findings: string | null;
  needs: string | null;
  follow_up: string | null;
  follow_up_on: string | null;
  incident_id: number | null;
  visitor: string | null;
  /** Photo references ('visit-photos/<path>'), for backend.photoUrl. */
  photos: string[];
}

/** household_record(id): the card of one household, numbers masked. */
export interface HouseholdRecord {
  id: number;
  grid_id: number;
  grid_code: string;
  grid_name: string;
  courtyard_id: number | null;
  building: string;
  unit_no: string | null;
  room: string;
  address: string;
  head_name: string;
  /** Masked. */
  phone: string | null;
  size: number;
  tags: string[];
  notes: string | null;
  status: HouseholdStatus;
  last_visit_at: string | null;
  updated_at: string;
  members: HouseholdMember[];
  tag_history: { tag: string; since: string; until: string | null }[];
  visit_count: number;
  /** The last 20 visits, newest first. */
  visits: HouseholdVisit[];
  changes: HouseholdChange[];
}

/** The fields of a household the record form edits (household_update). */
export type HouseholdEdit = Partial<Pick<HouseholdRecord, 'head_name' | 'phone' | 'size' | 'tags' | 'building' | 'unit_no' | 'room' | 'address' | 'notes'>>;

export interface VisitInput {
  /** Made by the client (crypto.randomUUID()): the same visit sent twice is recorded once. */
  clientId: string;
  householdId: number;
  visitedOn: string;
  kind: VisitKind;
  findings: string | null;
  needs: string | null;
  followUp: string | null;
  followUpOn: string | null;
  /** Turns the finding into an incident of this category (网格员巡查) in the same step. */
  incidentCategory: string | null;
}

export interface VisitResult {
  visit_id: number;
  incident_id: number | null;
  duplicate: boolean;
}

export interface MemberInput {
  householdId: number;
  memberId: number | null;
  name: string;
  relation: MemberRelation;
  ageBand: AgeBand;
  phone: string | null;
  idNumber: string | null;
  notes: string | null;
}

/** grid_visit_status(level): visits per grid, for the map. */
export interface GridVisitStatus {
  grid_id: number;
  households: number;
  overdue: number;
  due_week: number;
  visited_30d: number;
}

export type CareVisitFilter = 'all' | 'overdue' | 'due_week' | 'visited_30d' | 'never';

/** care_list(...): one household of a care or key-person list, phone masked. */
export interface CareRow extends Omit<DueVisit, 'interval_days'> {
  size: number;
}

/** A set of grid boundaries for grid_import_check / grid_import_apply (GeoJSON FeatureCollection in WGS84). */
export interface GridSet {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { code: string; name: string; level: GridLevel; parent: string | null };
    geometry: import('geojson').Polygon | import('geojson').MultiPolygon;
  }[];
  /** Grids folded into a sibling (merges); an import never deletes otherwise. */
  remove?: { code: string; into: string }[];
}

export type GridProblemKind =
  | 'bad_feature'
  | 'duplicate_code'
  | 'invalid_geometry'
  | 'unknown_parent'
  | 'level_mismatch'
  | 'bad_merge'
  | 'out_of_scope'
  | 'overlap'
  | 'outside_parent'
  | 'gap';

/** One row of grid_import_check. */
export interface GridProblem {
  kind: GridProblemKind;
  codes: string[];
  detail: string | null;
  area_m2: number | null;
  /** A sliver within the tolerance: snapping fixes it. */
  snappable: boolean;
  geometry: import('geojson').Polygon | import('geojson').Point | null;
}

/** What grid_import_apply wrote and moved. */
export interface GridImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  snapped: number;
  households: number;
  courtyards: number;
  incidents: number;
}
/** One row's fate in import_households / import_incidents (migration data_import). */
export interface ImportResult {
  row_no: number;
  result: 'inserted' | 'updated' | 'unchanged' | 'refused';
  id: number | null;
  /** Refused rows: a reason code (out_of_scope, unknown_grid, …) or an error's i18n key (error.…). */
  reason: string | null;
}

/** A row of export_households: phone masked for every role. */
export interface HouseholdExportRow {
  id: number;
  grid_code: string;
  grid_name: string;
  building: string;
  unit_no: string | null;
  room: string;
  address: string;
  head_name: string;
  phone_masked: string | null;
  size: number;
  tags: string[];
  courtyard_code: string | null;
  last_visit_at: string | null;
}

/** A row of export_incidents: no reporter data. */
export interface IncidentExportRow {
  id: number;
  external_ref: string | null;
  reported_at: string;
  category: string;
  source: string;
  status: IncidentStatus;
  title: string;
  description: string;
  address: string | null;
  lon: number;
  lat: number;
  grid_code: string;
  department_code: string | null;
  due_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  overdue: boolean;
  rating: number | null;
}

/** The map's incident filters, as its URL carries them and the exports take them. */
export interface IncidentFilterFields {
  /** null = the default (open statuses); [] = none. */
  statuses: string[] | null;
  /** null = no restriction. */
  categories: string[] | null;
  sources: string[] | null;
  departments: string[] | null;
  /** Reported from / to, calendar days (YYYY-MM-DD, China time), both inclusive. */
  from: string | null;
  to: string | null;
  overdue: boolean;
  q: string;
}

/** The map's incident filters as export_incidents takes them (null = no restriction). */
export interface IncidentExportFilter extends IncidentFilterFields {
  gridId: number | null;
}
