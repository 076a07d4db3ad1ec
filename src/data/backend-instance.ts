// Chooses the adapter once per page: Supabase when a project is configured, the embedded database otherwise.
import type { Backend } from './backend';
import { EmbeddedBackend } from './embedded/embedded-backend';
import { SupabaseBackend } from './supabase/supabase-backend';

let instance: Backend | null = null;

export function getBackend(): Backend {
  if (!instance) {
    const url = import.meta.env.VITE_SUPABASE_URL as string | undefined;
    const key = import.meta.env.VITE_SUPABASE_ANON_KEY as string | undefined;
    instance = url && key ? new SupabaseBackend(url, key) : new EmbeddedBackend(import.meta.env.BASE_URL);
  }
  return instance;
}
