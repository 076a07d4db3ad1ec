// The backend port: the only way features reach data. Two adapters implement it over the same schema:
// EmbeddedBackend (PGlite + PostGIS in a worker) and SupabaseBackend (supabase-js).
import type { AdminApi } from './admin-api';
import type { CourtyardApi } from './courtyards-api';
import type { GridIoApi } from './grid-io-api';
import type { DataIoApi } from './data-io-api';
import type { FieldApi } from './field-api';
import type {
  GridCollection,
  GridSummary,
  HouseholdRow,
  IncidentDetail,
  IncidentPin,
  SensitiveArea,
  IncidentReport,
  IncidentStatus,
  IncidentTransition,
  NearbyIncident,
  PhotoUpload,
  VisitPhotoInput,
  QueueRow,
  SessionUser,
  Vocabularies,
} from './types';
import type { StatsApi } from './stats-api';

/** Loading progress of the embedded database, shown until the first database-backed answer is possible. */
export interface BackendProgress {
  phase: 'download' | 'start' | 'ready' | 'error';
  /** 0..1 where known. */
  fraction?: number;
  message?: string;
}

export interface BackendInfo {
  kind: 'embedded' | 'supabase';
  /** Demo sign-in lets a visitor pick one of these; a real project signs in with Supabase Auth. */
  demoUsers: SessionUser[];
}

/** Supabase Auth sign-in (Supabase mode only; the embedded mode signs in as a demo user). */
export interface AccountAuth {
  /** Whether the project has phone (SMS) sign-in turned on: VITE_SUPABASE_PHONE_AUTH=true. */
  readonly phone: boolean;
  signInWithPassword(email: string, password: string): Promise<SessionUser | null>;
  /** Sends a magic link; following it signs the user in on return. */
  sendEmailLink(email: string): Promise<void>;
  /** Sends a one-time code by SMS to a number in E.164 form (+8613912345678). */
  sendPhoneCode(phone: string): Promise<void>;
  verifyPhoneCode(phone: string, code: string): Promise<SessionUser | null>;
}

export interface Backend {
  readonly info: BackendInfo;
  /** Dashboard, wall-screen and choropleth figures. */
  readonly stats: StatsApi;
  /** Resolves when queries can be answered. */
  ready(): Promise<void>;
  onProgress(listener: (p: BackendProgress) => void): () => void;

  /** Current user, or null when anonymous. */
  currentUser(): SessionUser | null;
  /** Demo mode: act as the given demo user (null = anonymous; in Supabase mode null signs out). */
  signInAs(userId: string | null): Promise<SessionUser | null>;
  /** Real accounts: present in Supabase mode. */
  readonly auth?: AccountAuth;

  vocabularies(): Promise<Vocabularies>;
  grids(): Promise<GridCollection>;
  /** Fingerprint of what grids() would return now. */
  gridsDigest(): Promise<string>;
  gridSummary(gridId: number): Promise<GridSummary | null>;
  gridHouseholds(gridId: number): Promise<HouseholdRow[]>;
  /** A household's full phone number, for grid staff of its grid; the database logs who asked. */
  revealHouseholdPhone(id: number): Promise<string>;
  incidentPins(): Promise<IncidentPin[]>;
  /** Sensitive incidents the viewer may not see as pins, as counts per area of about 500 m. */
  sensitiveAreas(): Promise<SensitiveArea[]>;
  /** Deepest grid covering the point, or null outside the district. */
  gridAt(lon: number, lat: number): Promise<number | null>;

  // Incident workflow. Every change goes through a database function that checks role, grid and the legal
  // transitions, and writes the timeline; a refusal arrives as a BackendError with an i18n key.
  incidentTransitions(): Promise<IncidentTransition[]>;
  incidentDetail(id: number): Promise<IncidentDetail | null>;
  transitionIncident(id: number, to: IncidentStatus, note: string | null): Promise<void>;
  /** Sends the incident to a department (and person); re-routes it when it was already with another one. */
  dispatchIncident(id: number, departmentId: number, assignee: string | null, note: string | null): Promise<void>;
  recategoriseIncident(id: number, category: string, note: string | null): Promise<void>;
  /** A reporter (or staff) reopens an incident marked solved that is not. */
  reopenIncident(id: number, note: string): Promise<void>;
  rateIncident(id: number, rating: number, comment: string | null): Promise<void>;
  /** Files a new incident; returns its id. */
  reportIncident(report: IncidentReport): Promise<number>;
  /** Open incidents of the category within radiusM metres: offered as possible duplicates at intake. */
  nearbyOpenIncidents(lon: number, lat: number, category: string, radiusM?: number): Promise<NearbyIncident[]>;
  /** "Me too": joins an existing incident instead of filing a duplicate. */
  supportIncident(id: number): Promise<void>;
  /** Department staff: what was sent to their department and is still open. */
  departmentQueue(): Promise<QueueRow[]>;
  /** Stores a photo (Supabase Storage, or the browser's local store in embedded mode) and attaches it. */
  uploadIncidentPhoto(incidentId: number, photo: PhotoUpload): Promise<void>;
  /** A URL an <img> can show for a stored photo path. */
  photoUrl(path: string): Promise<string>;
  /** Calls back whenever incidents change (any user, any tab of this backend); returns the unsubscribe. */
  onIncidentsChanged(listener: () => void): () => void;

  /** Courtyards: map layer, card, inspections, rectifications, overrides, QR plates and their public page. */
  readonly courtyards: CourtyardApi;
  /** Users, invitations and the audit log, for street and community admins. */
  readonly admin: AdminApi;
  /** Grid boundaries in (check, apply) for street and community admins. */
  readonly gridIo: GridIoApi;
  /** Household registers and incidents in (batches, per-row results) and out (CSV/XLSX rows, Open311). */
  readonly dataIo: DataIoApi;
  /** Field work: the grid worker's home, due visits, visits, the household record and its members. */
  readonly field: FieldApi;
  /** Stores an inspection photo and attaches it to the inspection. */
  uploadInspectionPhoto(inspectionId: number, photo: PhotoUpload): Promise<void>;
  /** Stores a visit photo and attaches it to the visit (by its client id); safe to repeat. */
  uploadVisitPhoto(input: VisitPhotoInput): Promise<void>;

  /** Embedded only: throw away local changes and reload the demo snapshot. */
  resetDemoData?(): Promise<void>;
}

/** Postgres's own refusals that a user can meet, in words a user can read. */
const SQLSTATE_KEYS: Record<string, string> = {
  '42501': 'error.permission_denied',
  '22P02': 'error.malformed_value',
  '23514': 'error.value_rejected',
  '22001': 'error.value_too_long',
};

/**
 * An error the database raised on purpose (private.fail): `key` is an i18n key, `params` fill its placeholders,
 * `message` is the database's own Chinese text, used when the UI has no translation.
 */
export class BackendError extends Error {
  constructor(
    message: string,
    readonly key: string | null = null,
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'BackendError';
  }

  /**
   * From a database error. Raised by private.fail: HINT holds the key, DETAIL the parameters as JSON. Raised by
   * Postgres itself (a privilege the role lacks, a malformed value): the SQLSTATE picks a general key.
   */
  static fromDatabase(message: string, hint?: string | null, detail?: string | null, code?: string | null): BackendError {
    let params: Record<string, unknown> = {};
    if (detail?.startsWith('{')) {
      try {
        params = JSON.parse(detail) as Record<string, unknown>;
      } catch {
        params = {};
      }
    }
    const key = hint?.startsWith('error.') ? hint : (code && SQLSTATE_KEYS[code]) || null;
    return new BackendError(message, key, params);
  }
}
