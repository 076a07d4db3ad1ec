// Field work: the grid worker's home, the due list, visits (idempotent by a client id), and the household record
// with its members. Each call is a named SQL function that checks role and scope and logs what it changes
// (migrations 0020–0021).
import type { Rpc } from './rpc';
import type {
  CareRow,
  CareVisitFilter,
  DueCursor,
  DueVisitRow,
  FieldHome,
  GridLevel,
  GridVisitStatus,
  HouseholdEdit,
  HouseholdInput,
  HouseholdRecord,
  HouseholdStatus,
  MemberInput,
  VisitInput,
  VisitResult,
} from './types';

export class FieldApi {
  constructor(private readonly rpc: Rpc) {}

  home(): Promise<FieldHome | null> {
    return this.rpc.value<FieldHome | null>('field_home', {});
  }

  /** A page of the households of the caller's grids due within `withinDays` (never visited first, then by due day). */
  dueVisitsPage(withinDays: number, after: DueCursor | null, limit = 100): Promise<DueVisitRow[]> {
    return this.rpc.rows<DueVisitRow>('my_due_visits_page', {
      p_within_days: withinDays,
      p_after_due: after?.dueOn ?? null,
      p_after_id: after?.householdId ?? null,
      p_limit: limit,
    });
  }

  gridVisitStatus(level: GridLevel): Promise<GridVisitStatus[]> {
    return this.rpc.rows<GridVisitStatus>('grid_visit_status', { p_level: level });
  }

  recordVisit(v: VisitInput): Promise<VisitResult> {
    return this.rpc.value<VisitResult>('record_visit', {
      p_client_id: v.clientId,
      p_household_id: v.householdId,
      p_visited_on: v.visitedOn,
      p_kind: v.kind,
      p_findings: v.findings,
      p_needs: v.needs,
      p_follow_up: v.followUp,
      p_follow_up_on: v.followUpOn,
      p_incident_category: v.incidentCategory,
      p_incident_title: null,
    });
  }

  record(id: number): Promise<HouseholdRecord | null> {
    return this.rpc.value<HouseholdRecord | null>('household_record', { p_id: id });
  }

  create(h: HouseholdInput): Promise<number> {
    return this.rpc.value<number>('household_create', {
      p_grid_id: h.gridId,
      p_building: h.building,
      p_unit_no: h.unitNo,
      p_room: h.room,
      p_address: h.address,
      p_head_name: h.headName,
      p_phone: h.phone,
      p_size: h.size,
      p_tags: h.tags,
      p_lon: null,
      p_lat: null,
    });
  }

  /** `base` holds the values read for the changed fields: a field changed by someone else since is a conflict. */
  update(id: number, base: HouseholdEdit, changes: HouseholdEdit): Promise<HouseholdRecord> {
    return this.rpc.value<HouseholdRecord>('household_update', { p_id: id, p_base: base, p_changes: changes });
  }

  async setStatus(id: number, status: HouseholdStatus, note: string | null): Promise<void> {
    await this.rpc.value('household_set_status', { p_id: id, p_status: status, p_note: note });
  }

  saveMember(m: MemberInput): Promise<number> {
    return this.rpc.value<number>('household_member_save', {
      p_household_id: m.householdId,
      p_member_id: m.memberId,
      p_name: m.name,
      p_relation: m.relation,
      p_age_band: m.ageBand,
      p_phone: m.phone,
      p_id_number: m.idNumber,
      p_notes: m.notes,
    });
  }

  async removeMember(id: number): Promise<void> {
    await this.rpc.value('household_member_remove', { p_member_id: id });
  }

  /** Full numbers, for grid staff in scope; the database logs who asked. */
  revealMemberPhone(id: number): Promise<string> {
    return this.rpc.value<string>('household_member_phone', { p_member_id: id });
  }

  revealMemberIdNumber(id: number): Promise<string> {
    return this.rpc.value<string>('household_member_id_number', { p_member_id: id });
  }

  /** Households carrying any of the tags, by visit status, within a drawn polygon (GeoJSON, WGS84) when given. */
  careList(tags: readonly string[], visit: CareVisitFilter, area: GeoJSON.Polygon | null): Promise<CareRow[]> {
    return this.rpc.rows<CareRow>('care_list', { p_tags: tags, p_visit: visit, p_area: area, p_grid_id: null, p_limit: 5000 });
  }
}
