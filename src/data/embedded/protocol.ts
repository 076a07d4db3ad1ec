// Messages between the page and the database worker. Kept in one place so both sides agree on the shape.
import type { BackendProgress } from '../backend';

/** JWT claims the worker sets for a request, as PostgREST would: null = anonymous visitor. */
export interface RequestClaims {
  sub: string;
  role: 'authenticated';
  email?: string;
}

export type ToWorker =
  | { type: 'init'; snapshotUrl: string; snapshotVersion: string; postgisUrl: string }
  | { type: 'query'; id: number; sql: string; params: unknown[]; claims: RequestClaims | null; background: boolean }
  | { type: 'reset' };

export interface WorkerError {
  message: string;
  hint?: string;
  detail?: string;
  /** SQLSTATE */
  code?: string;
}

export type FromWorker =
  | { type: 'progress'; progress: BackendProgress }
  | { type: 'result'; id: number; rows: Record<string, unknown>[] }
  | { type: 'error'; id: number; error: WorkerError }
  | { type: 'reset-done' }
  /** A NOTIFY on incidents_changed: some incident was created or changed (by this tab's user or a trigger). */
  | { type: 'incidents-changed' };
