// Courtyards (院落): the map layer, the card, inspections, rectifications, overrides and QR plates, each a named
// SQL function that checks role and scope and logs what it changes (migrations 0014–0016).
import type { Rpc } from './rpc';
import type {
  CourtyardDetail,
  CourtyardPin,
  CourtyardPublic,
  CourtyardScoringRule,
  InspectionInput,
  InspectionItem,
  PlateRow,
  PublicReport,
  RiskLevel,
} from './types';

export class CourtyardApi {
  constructor(private readonly rpc: Rpc) {}

  pins(): Promise<CourtyardPin[]> {
    return this.rpc.value<CourtyardPin[]>('map_courtyards_json', {});
  }

  checklist(): Promise<InspectionItem[]> {
    return this.rpc.rows<InspectionItem>('inspection_checklist', {});
  }

  scoringRule(): Promise<CourtyardScoringRule> {
    return this.rpc.value<CourtyardScoringRule>('courtyard_scoring_rule_get', {});
  }

  detail(id: number): Promise<CourtyardDetail | null> {
    return this.rpc.value<CourtyardDetail | null>('courtyard_detail', { p_id: id });
  }

  /** The landlord's full phone number, for grid staff in scope; the database logs who asked. */
  revealLandlordPhone(id: number): Promise<string> {
    return this.rpc.value<string>('courtyard_landlord_phone', { p_id: id });
  }

  /** Records a complete checklist; the database scores it, opens rectifications for failed items; returns its id. */
  inspect(input: InspectionInput): Promise<number> {
    return this.rpc.value<number>('courtyard_inspect', {
      p_courtyard_id: input.courtyardId,
      p_answers: input.answers,
      p_findings: input.findings,
      p_tenants: input.tenants,
      p_floating_people: input.floatingPeople,
    });
  }

  /** Sets stars and/or risk by hand (null leaves that one computed); a reason is required and logged. */
  async override(id: number, risk: RiskLevel | null, stars: number | null, reason: string): Promise<void> {
    await this.rpc.value('courtyard_override', { p_id: id, p_risk: risk, p_stars: stars, p_reason: reason });
  }

  /** Back to the computed stars and risk; logged with its reason. */
  async clearOverride(id: number, reason: string): Promise<void> {
    await this.rpc.value('courtyard_clear_override', { p_id: id, p_reason: reason });
  }

  /** Closes a rectification (整改) with what was done; the courtyard is scored again. */
  async closeRectification(id: number, note: string): Promise<void> {
    await this.rpc.value('rectification_close', { p_id: id, p_note: note });
  }

  /** A new plate token for the courtyard; the old plate's QR code stops working. */
  issuePlate(courtyardId: number): Promise<string> {
    return this.rpc.value<string>('courtyard_issue_plate', { p_courtyard_id: courtyardId });
  }

  /** Revokes the courtyard's plate token without issuing a new one. */
  async revokePlate(courtyardId: number): Promise<void> {
    await this.rpc.value('courtyard_revoke_plate', { p_courtyard_id: courtyardId });
  }

  /** Plates for every courtyard in the grid's subtree, issuing tokens where none is active. */
  plates(gridId: number): Promise<PlateRow[]> {
    return this.rpc.rows<PlateRow>('courtyard_plates', { p_grid_id: gridId });
  }

  /** The public card behind a plate's QR code; a forged or revoked token is refused (error.plate_invalid). */
  publicCard(token: string): Promise<CourtyardPublic> {
    return this.rpc.value<CourtyardPublic>('courtyard_public', { p_token: token });
  }

  /** Files a problem at the courtyard from its public page, without signing in; returns the incident id. */
  reportAt(r: PublicReport): Promise<number> {
    return this.rpc.value<number>('courtyard_public_report', {
      p_token: r.token,
      p_category: r.category,
      p_title: r.title,
      p_description: r.description,
      p_contact: r.contact,
    });
  }
}
