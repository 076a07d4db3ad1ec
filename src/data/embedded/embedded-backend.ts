// Embedded adapter: talks to the PGlite worker. The worker (and with it PGlite and PostGIS) is only loaded
// when this backend is created, so none of it weighs on the page's first paint.
import { BackendError, type BackendInfo } from '../backend';
import demoUsers from '../demo-users.json';
import { photoRef } from '../photo-path';
import { RpcBackend, type RpcArgs } from '../rpc-backend';
import type { AppRole, PhotoUpload, SessionUser } from '../types';
import type { DemoManifest } from './demo-manifest';
import { clearPhotos, deletePhoto, photoObjectUrl, putPhoto } from './photo-store';
import type { FromWorker, RequestClaims, ToWorker } from './protocol';

interface DemoUserRecord {
  id: string;
  display_name: string;
  role: AppRole;
  email: string;
}

const SIGNED_IN_KEY = 'gridgov.demoUser';
/** A workflow step changes one incident in several statements; listeners hear about it once. */
const CHANGE_DEBOUNCE_MS = 80;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** The map's bulk loads: they yield to anything a user is waiting for (see the worker's queue). */
const BACKGROUND_FUNCTIONS = new Set(['grids_geojson', 'grids_geojson_digest', 'map_incidents_page', 'map_courtyards_json', 'sensitive_incident_areas']);

interface Pending {
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (e: Error) => void;
}

export class EmbeddedBackend extends RpcBackend {
  readonly info: BackendInfo;
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private readyPromise: Promise<void>;
  private user: SessionUser | null = null;
  private claims: RequestClaims | null = null;
  private changeListeners = new Set<() => void>();
  private changeTimer: number | undefined;

  constructor(private baseUrl: string) {
    super();
    this.info = {
      kind: 'embedded',
      demoUsers: (demoUsers as DemoUserRecord[]).map((u) => ({
        id: u.id,
        display_name: u.display_name,
        role: u.role,
        grid_id: null,
        department_id: null,
      })),
    };
    this.worker = new Worker(new URL('./db.worker.ts', import.meta.url), { type: 'module', name: 'gridgov-db' });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    this.readyPromise = this.start();
  }

  private async start(): Promise<void> {
    // Let the page paint the map first: starting Postgres (decompressing the snapshot, compiling PostGIS)
    // competes with the first paint for this machine's few cores. The idle callback's timeout bounds the wait.
    await new Promise<void>((resolve) =>
      'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1500 }) : setTimeout(resolve, 0),
    );
    const manifest = (await (await fetch(`${this.baseUrl}demo/manifest.json`, { cache: 'no-cache' })).json()) as DemoManifest;
    const done = new Promise<void>((resolve, reject) => {
      const off = this.onProgress((p) => {
        if (p.phase === 'ready') resolve();
        if (p.phase === 'error') reject(new BackendError(p.message ?? 'database failed to start'));
        if (p.phase === 'ready' || p.phase === 'error') off();
      });
    });
    this.post({
      type: 'init',
      snapshotUrl: `${this.baseUrl}demo/${manifest.snapshot}`,
      snapshotVersion: manifest.version,
      postgisUrl: `${this.baseUrl}demo/${manifest.postgis_library}`,
    });
    await done;
    const remembered = localStorage.getItem(SIGNED_IN_KEY);
    const fallback = this.info.demoUsers.find((u) => u.role === 'district_admin')?.id ?? null;
    await this.signInAs(remembered === null ? fallback : remembered || null);
  }

  private post(msg: ToWorker) {
    this.worker.postMessage(msg);
  }

  private receive(msg: FromWorker) {
    if (msg.type === 'progress') this.emitProgress(msg.progress);
    else if (msg.type === 'result' || msg.type === 'error') {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.type === 'result') p.resolve(msg.rows);
      else p.reject(BackendError.fromDatabase(msg.error.message, msg.error.hint, msg.error.detail, msg.error.code));
    } else if (msg.type === 'reset-done') {
      location.reload();
    } else if (msg.type === 'incidents-changed') {
      window.clearTimeout(this.changeTimer);
      this.changeTimer = window.setTimeout(() => this.changeListeners.forEach((l) => l()), CHANGE_DEBOUNCE_MS);
    }
  }

  ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Runs SQL in the worker as the signed-in user (or anon). Only this adapter writes SQL text. */
  private query<T>(sql: string, params: unknown[] = [], background = false): Promise<T[]> {
    const id = this.nextId++;
    return new Promise<T[]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (rows: Record<string, unknown>[]) => void, reject });
      this.post({ type: 'query', id, sql, params, claims: this.claims, background });
    });
  }

  private call(fn: string, args: RpcArgs): { sql: string; params: unknown[] } {
    if (!IDENTIFIER.test(fn) || !Object.keys(args).every((k) => IDENTIFIER.test(k))) {
      throw new BackendError(`bad function call ${fn}`);
    }
    const names = Object.keys(args);
    const list = names.map((n, i) => `${n} => $${i + 1}`).join(', ');
    return { sql: `public.${fn}(${list})`, params: names.map((n) => args[n]) };
  }

  protected async rpcValue<T>(fn: string, args: RpcArgs): Promise<T> {
    const { sql, params } = this.call(fn, args);
    const rows = await this.query<{ value: T }>(`select ${sql} as value`, params, BACKGROUND_FUNCTIONS.has(fn));
    return rows[0]!.value;
  }

  protected rpcRows<T>(fn: string, args: RpcArgs): Promise<T[]> {
    const { sql, params } = this.call(fn, args);
    return this.query<T>(`select * from ${sql}`, params, BACKGROUND_FUNCTIONS.has(fn));
  }

  protected selectAll<T>(table: string, orderBy: string): Promise<T[]> {
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(orderBy)) throw new BackendError(`bad table ${table}`);
    return this.query<T>(`select * from public.${table} order by ${orderBy}`);
  }

  currentUser(): SessionUser | null {
    return this.user;
  }

  async signInAs(userId: string | null): Promise<SessionUser | null> {
    const demo = (demoUsers as DemoUserRecord[]).find((u) => u.id === userId);
    this.claims = demo ? { sub: demo.id, role: 'authenticated', email: demo.email } : null;
    localStorage.setItem(SIGNED_IN_KEY, demo ? demo.id : '');
    if (!demo) {
      this.user = null;
      return null;
    }
    // Role and scope come from the database's profiles table, never from the demo list.
    const rows = await this.query<SessionUser>(
      `select user_id::text as id, display_name, role, grid_id, department_id
         from public.profiles where user_id = (select auth.uid())`,
    );
    this.user = rows[0] ?? null;
    return this.user;
  }

  onIncidentsChanged(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  protected putObject(bucket: string, path: string, photo: PhotoUpload): Promise<void> {
    return putPhoto(photoRef(bucket, path), photo.blob);
  }

  protected removeObject(bucket: string, path: string): Promise<void> {
    return deletePhoto(photoRef(bucket, path));
  }

  photoUrl(ref: string): Promise<string> {
    return photoObjectUrl(ref);
  }

  async resetDemoData(): Promise<void> {
    localStorage.removeItem(SIGNED_IN_KEY);
    await clearPhotos();
    this.post({ type: 'reset' });
  }
}
