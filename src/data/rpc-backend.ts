// What the port's methods mean in terms of the database's named functions and tables. Both adapters only
// say how to call a function or read a table; the mapping lives here once, so the two cannot drift.
import type { Backend, BackendInfo, BackendProgress } from './backend';
import { AdminApi } from './admin-api';
import { CourtyardApi } from './courtyards-api';
import { GridIoApi } from './grid-io-api';
import { DataIoApi } from './data-io-api';
import { FieldApi } from './field-api';
import { COURTYARD_PHOTO_BUCKET, PHOTO_BUCKET, VISIT_PHOTO_BUCKET, photoPath, visitPhotoPath } from './photo-path';
import type { Rpc, RpcArgs } from './rpc';
import { StatsApi } from './stats-api';
import type {
  Department,
  GridCollection,
  GridSummary,
  HouseholdRow,
  HouseholdTag,
  IncidentCategory,
  IncidentDetail,
  IncidentPin,
  SensitiveArea,
  IncidentReport,
  IncidentSource,
  IncidentStatus,
  IncidentStatusEntry,
  IncidentTransition,
  NearbyIncident,
  PhotoUpload,
  QueueRow,
  VisitPhotoInput,
  SessionUser,
  Vocabularies,
} from './types';

export type { RpcArgs } from './rpc';

/**
 * Pins per page of the map's pin load: the first page small (the database is cold then), each next one twice the
 * last, up to a cap, so that 100,000 pins take a dozen queries rather than a hundred (measured in PGlite: 1.6 s in
 * 9 pages against 1.5–2.4 s in one query and 3.2 s in 86 pages of 1,000).
 */
const PIN_PAGE_FIRST = 1000;
const PIN_PAGE_MAX = 16_000;

export abstract class RpcBackend implements Backend {
  abstract readonly info: BackendInfo;
  protected progressListeners = new Set<(p: BackendProgress) => void>();
  /** What feature APIs call; bound late so subclasses' rpc methods are in place. */
  protected readonly rpc: Rpc = {
    value: (fn, args) => this.rpcValue(fn, args),
    rows: (fn, args) => this.rpcRows(fn, args),
  };
  readonly courtyards = new CourtyardApi(this.rpc);
  readonly admin = new AdminApi(this.rpc);
  readonly gridIo = new GridIoApi(this.rpc);
  readonly stats = new StatsApi(this.rpc);
  readonly dataIo = new DataIoApi(this.rpc);
  readonly field = new FieldApi(this.rpc);

  abstract ready(): Promise<void>;
  abstract currentUser(): SessionUser | null;
  abstract signInAs(userId: string | null): Promise<SessionUser | null>;
  abstract photoUrl(ref: string): Promise<string>;
  abstract onIncidentsChanged(listener: () => void): () => void;

  /** Calls a function returning one value (json, scalar). */
  protected abstract rpcValue<T>(fn: string, args: RpcArgs): Promise<T>;
  /** Calls a set-returning function; all rows. */
  protected abstract rpcRows<T>(fn: string, args: RpcArgs): Promise<T[]>;
  /** Stores a photo's bytes (Supabase Storage, or the browser's photo store in embedded mode); `replace` overwrites. */
  protected abstract putObject(bucket: string, path: string, photo: PhotoUpload, replace?: boolean): Promise<void>;
  protected abstract removeObject(bucket: string, path: string): Promise<void>;
  /** Reads whole reference tables (vocabularies), ordered. */
  protected abstract selectAll<T>(table: string, orderBy: string): Promise<T[]>;

  onProgress(listener: (p: BackendProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  protected emitProgress(p: BackendProgress) {
    for (const l of this.progressListeners) l(p);
  }

  async vocabularies(): Promise<Vocabularies> {
    const [householdTags, categories, sources, statuses, departments] = await Promise.all([
      this.selectAll<HouseholdTag>('household_tags', 'sort'),
      this.selectAll<IncidentCategory>('incident_categories', 'sort'),
      this.selectAll<IncidentSource>('incident_sources', 'sort'),
      this.selectAll<IncidentStatusEntry>('incident_statuses', 'sort'),
      this.selectAll<Department>('departments', 'id'),
    ]);
    return { householdTags, categories, sources, statuses, departments };
  }

  grids(): Promise<GridCollection> {
    return this.rpcValue<GridCollection>('grids_geojson', {});
  }

  gridsDigest(): Promise<string> {
    return this.rpcValue<string>('grids_geojson_digest', {});
  }

  gridSummary(gridId: number): Promise<GridSummary | null> {
    return this.rpcValue<GridSummary | null>('grid_summary', { p_grid_id: gridId });
  }

  /** One JSON array rather than rows: the embedded database hands it over several times faster (0037). */
  gridHouseholds(gridId: number): Promise<HouseholdRow[]> {
    return this.rpcValue<HouseholdRow[]>('grid_households_json', { p_grid_id: gridId });
  }

  revealHouseholdPhone(id: number): Promise<string> {
    return this.rpcValue<string>('household_phone', { p_id: id });
  }

  /**
   * Page by page (newest first): the embedded database answers one query at a time, and a click's query then waits
   * for one page instead of every pin.
   */
  async incidentPins(): Promise<IncidentPin[]> {
    const pins: IncidentPin[] = [];
    for (let size = PIN_PAGE_FIRST; ; size = Math.min(size * 2, PIN_PAGE_MAX)) {
      const last = pins.at(-1);
      const page = await this.rpcValue<IncidentPin[]>('map_incidents_page', {
        p_before_reported: last?.reported_at ?? null,
        p_before_id: last?.id ?? null,
        p_limit: size,
      });
      for (const pin of page) pins.push(pin);
      if (page.length < size) return pins;
    }
  }

  sensitiveAreas(): Promise<SensitiveArea[]> {
    return this.rpcRows<SensitiveArea>('sensitive_incident_areas', {});
  }

  gridAt(lon: number, lat: number): Promise<number | null> {
    return this.rpcValue<number | null>('grid_at', { lon, lat });
  }

  incidentTransitions(): Promise<IncidentTransition[]> {
    return this.selectAll<IncidentTransition>('incident_transitions', 'sort');
  }

  incidentDetail(id: number): Promise<IncidentDetail | null> {
    return this.rpcValue<IncidentDetail | null>('incident_detail', { p_id: id });
  }

  async transitionIncident(id: number, to: IncidentStatus, note: string | null): Promise<void> {
    await this.rpcValue('incident_transition', { p_id: id, p_to: to, p_note: note });
  }

  async dispatchIncident(id: number, departmentId: number, assignee: string | null, note: string | null): Promise<void> {
    await this.rpcValue('incident_dispatch', { p_id: id, p_department_id: departmentId, p_assignee: assignee, p_note: note });
  }

  async recategoriseIncident(id: number, category: string, note: string | null): Promise<void> {
    await this.rpcValue('incident_recategorise', { p_id: id, p_category: category, p_note: note });
  }

  async reopenIncident(id: number, note: string): Promise<void> {
    await this.rpcValue('incident_reopen', { p_id: id, p_note: note });
  }

  async rateIncident(id: number, rating: number, comment: string | null): Promise<void> {
    await this.rpcValue('incident_rate', { p_id: id, p_rating: rating, p_comment: comment });
  }

  reportIncident(r: IncidentReport): Promise<number> {
    return this.rpcValue<number>('report_incident', {
      p_category: r.category,
      p_source: r.source,
      p_title: r.title,
      p_description: r.description,
      p_lon: r.lon,
      p_lat: r.lat,
      p_address: r.address,
      p_reporter_name: r.reporter_name,
      p_reporter_phone: r.reporter_phone,
    });
  }

  nearbyOpenIncidents(lon: number, lat: number, category: string, radiusM = 50): Promise<NearbyIncident[]> {
    return this.rpcRows<NearbyIncident>('nearby_open_incidents', { p_lon: lon, p_lat: lat, p_category: category, p_radius_m: radiusM });
  }

  async supportIncident(id: number): Promise<void> {
    await this.rpcValue('incident_support', { p_id: id });
  }

  departmentQueue(): Promise<QueueRow[]> {
    return this.rpcRows<QueueRow>('department_queue', {});
  }

  uploadIncidentPhoto(incidentId: number, photo: PhotoUpload): Promise<void> {
    return this.storeAndAttach(PHOTO_BUCKET, incidentId, photo, 'incident_add_photo', 'p_incident_id');
  }

  uploadInspectionPhoto(inspectionId: number, photo: PhotoUpload): Promise<void> {
    return this.storeAndAttach(COURTYARD_PHOTO_BUCKET, inspectionId, photo, 'inspection_add_photo', 'p_inspection_id');
  }

  /**
   * The path is fixed by the phone's ids, so a resend (after a lost answer) overwrites the same object and the
   * database answers with the row it already has.
   */
  async uploadVisitPhoto({ householdId, visitClientId, photoId, photo }: VisitPhotoInput): Promise<void> {
    const path = visitPhotoPath(householdId, visitClientId, photoId, photo.mime);
    await this.putObject(VISIT_PHOTO_BUCKET, path, photo, true);
    await this.attach(VISIT_PHOTO_BUCKET, path, photo, 'visit_add_photo', { p_visit_client_id: visitClientId });
  }

  /**
   * Bytes first, then the database row, which checks type, size, path and the caller's right to attach: a
   * refusal removes the bytes again, so no orphan stays in storage.
   */
  private async storeAndAttach(bucket: string, ownerId: number, photo: PhotoUpload, fn: string, ownerArg: string): Promise<void> {
    const path = photoPath(ownerId, photo.mime);
    await this.putObject(bucket, path, photo);
    await this.attach(bucket, path, photo, fn, { [ownerArg]: ownerId });
  }

  private async attach(bucket: string, path: string, photo: PhotoUpload, fn: string, owner: RpcArgs): Promise<void> {
    try {
      await this.rpcValue(fn, {
        ...owner,
        p_path: path,
        p_mime: photo.mime,
        p_bytes: photo.blob.size,
        p_width: photo.width,
        p_height: photo.height,
      });
    } catch (e) {
      await this.removeObject(bucket, path);
      throw e;
    }
  }
}
