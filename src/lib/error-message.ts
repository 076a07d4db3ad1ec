// Errors in the user's language: the database raises an i18n key with parameters (BackendError); when the UI
// has no translation for the key, the database's own readable message is shown instead.
import { BackendError } from '../data/backend';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function errorMessage(e: unknown, t: Translate, hasKey: (key: string) => boolean): string {
  if (e instanceof BackendError && e.key && hasKey(e.key)) return t(e.key, e.params);
  if (e instanceof Error && e.message) return e.message;
  return String(e);
}
