// Turns a database error into the user's language: the key the database raised, or its own message.
import type { TFunction } from 'i18next';
import { BackendError } from '../data/backend';

export function errorMessage(e: unknown, t: TFunction): string {
  if (e instanceof BackendError && e.key) {
    const text = t(e.key, e.params as Record<string, string>);
    if (text !== e.key) return text;
  }
  return t('error.generic', { message: e instanceof Error ? e.message : String(e) });
}
