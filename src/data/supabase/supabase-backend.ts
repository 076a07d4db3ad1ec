// Supabase adapter: the same port over supabase-js. Sign-in is Supabase Auth; RLS applies to the user's JWT.
import type { SupabaseClient } from '@supabase/supabase-js';
import { BackendError, type BackendInfo } from '../backend';
import { photoLocation } from '../photo-path';
import { RpcBackend, type RpcArgs } from '../rpc-backend';
import { SupabaseAuth } from './supabase-auth';
import type { PhotoUpload, SessionUser } from '../types';

/** Signed photo links last an hour: long enough to look, short enough that a copied link goes stale. */
const PHOTO_URL_SECONDS = 3600;

/** PostgREST caps each response (db-max-rows, 1,000 by default on Supabase); larger results come in pages. */
const PAGE = 1000;

interface PgError {
  message: string;
  hint?: string | null;
  details?: string | null;
  code?: string | null;
}

const toBackendError = (e: PgError) => BackendError.fromDatabase(e.message, e.hint, e.details, e.code);

export class SupabaseBackend extends RpcBackend {
  readonly info: BackendInfo = { kind: 'supabase', demoUsers: [] };
  private client: Promise<SupabaseClient>;
  private user: SessionUser | null = null;
  private readyPromise: Promise<void>;
  readonly auth: SupabaseAuth;

  constructor(url: string, anonKey: string) {
    super();
    this.client = import('@supabase/supabase-js').then(({ createClient }) => createClient(url, anonKey));
    this.auth = new SupabaseAuth(this.client, async () => {
      await this.loadProfile();
      return this.user;
    });
    this.readyPromise = this.client.then(async () => {
      await this.loadProfile();
      this.emitProgress({ phase: 'ready', fraction: 1 });
    });
  }

  ready(): Promise<void> {
    return this.readyPromise;
  }

  private async loadProfile(): Promise<void> {
    const supabase = await this.client;
    const { data } = await supabase.auth.getUser();
    if (!data.user) {
      this.user = null;
      return;
    }
    const { data: profile, error } = await supabase
      .from('profiles')
      .select('user_id, display_name, role, grid_id, department_id')
      .eq('user_id', data.user.id)
      .maybeSingle();
    if (error) throw toBackendError(error);
    this.user = profile
      ? {
          id: profile.user_id as string,
          display_name: profile.display_name as string,
          role: profile.role as SessionUser['role'],
          grid_id: profile.grid_id as number | null,
          department_id: profile.department_id as number | null,
        }
      : null;
  }

  currentUser(): SessionUser | null {
    return this.user;
  }

  /** Supabase mode has no demo users; "signing in as nobody" signs out. Real sign-in uses Supabase Auth. */
  async signInAs(userId: string | null): Promise<SessionUser | null> {
    if (userId !== null) throw new BackendError('demo sign-in is only available in embedded mode');
    const supabase = await this.client;
    await supabase.auth.signOut();
    this.user = null;
    return null;
  }

  protected async rpcValue<T>(fn: string, args: RpcArgs): Promise<T> {
    const supabase = await this.client;
    const { data, error } = await supabase.rpc(fn, args);
    if (error) throw toBackendError(error);
    return data as T;
  }

  protected async rpcRows<T>(fn: string, args: RpcArgs): Promise<T[]> {
    const supabase = await this.client;
    const rows: T[] = [];
    for (let from = 0; ; from += PAGE) {
      const { data, error } = await supabase.rpc(fn, args).range(from, from + PAGE - 1);
      if (error) throw toBackendError(error);
      rows.push(...(data as T[]));
      if ((data as T[]).length < PAGE) return rows;
    }
  }

  protected async selectAll<T>(table: string, orderBy: string): Promise<T[]> {
    const supabase = await this.client;
    const { data, error } = await supabase.from(table).select('*').order(orderBy);
    if (error) throw toBackendError(error);
    return data as T[];
  }

  /** Storage first (its policies check the path), then the database row; a refusal removes the object again. */
  protected async putObject(bucket: string, path: string, photo: PhotoUpload, replace = false): Promise<void> {
    const supabase = await this.client;
    const { error } = await supabase.storage.from(bucket).upload(path, photo.blob, { contentType: photo.mime, upsert: replace });
    // Storage answered and refused (StorageApiError), or no answer came: the outbox keeps the latter pending.
    if (error) throw error.name === 'StorageApiError' ? new BackendError(error.message) : new Error(`network: ${error.message}`);
  }

  protected async removeObject(bucket: string, path: string): Promise<void> {
    const supabase = await this.client;
    await supabase.storage.from(bucket).remove([path]);
  }

  async photoUrl(ref: string): Promise<string> {
    const supabase = await this.client;
    const { bucket, path } = photoLocation(ref);
    const { data, error } = await supabase.storage.from(bucket).createSignedUrl(path, PHOTO_URL_SECONDS);
    if (error) throw new BackendError(error.message);
    return data.signedUrl;
  }

  /** Supabase Realtime: the incidents table is in the supabase_realtime publication (migration 0009). */
  onIncidentsChanged(listener: () => void): () => void {
    let dispose = () => {};
    let disposed = false;
    void this.client.then((supabase) => {
      if (disposed) return;
      const channel = supabase
        .channel(`incidents-${crypto.randomUUID()}`)
        .on('postgres_changes', { event: '*', schema: 'public', table: 'incidents' }, () => listener())
        .subscribe();
      dispose = () => void supabase.removeChannel(channel);
    });
    return () => {
      disposed = true;
      dispose();
    };
  }
}
