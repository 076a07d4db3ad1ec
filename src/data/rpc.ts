// How feature APIs reach the database: by named SQL functions only. Each adapter supplies one of these; feature
// APIs (src/data/*-api.ts) are written once against it, so the embedded and Supabase modes cannot drift.
export type RpcArgs = Record<string, unknown>;

export interface Rpc {
  /** Calls a function returning one value (json, scalar). */
  value<T>(fn: string, args: RpcArgs): Promise<T>;
  /** Calls a set-returning function; all rows. */
  rows<T>(fn: string, args: RpcArgs): Promise<T[]>;
}
