// The public page's report form: what the browser checks before asking the database (which checks again).
import type { PublicReport } from '../../data/types';
import { charCount, DESCRIPTION_MAX, normalisePhone } from '../../lib/report-form';

export interface PublicDraft {
  category: string;
  title: string;
  description: string;
  contact: string;
}

export const emptyPublicDraft = (): PublicDraft => ({ category: '', title: '', description: '', contact: '' });

export type PublicErrors = Partial<Record<keyof PublicDraft, string>>;

export function checkPublicReport(d: PublicDraft): PublicErrors {
  const e: PublicErrors = {};
  if (!d.category) e.category = 'courtyard.public.needCategory';
  // The field's maxLength keeps the title within TITLE_MAX.
  if (!d.title.trim()) e.title = 'courtyard.public.needTitle';
  if (charCount(d.description.trim()) > DESCRIPTION_MAX) e.description = 'error.value_too_long';
  const phone = normalisePhone(d.contact);
  if (phone && !/^1[3-9]\d{9}$/.test(phone)) e.contact = 'courtyard.public.badPhone';
  return e;
}

export function toPublicReport(token: string, d: PublicDraft): PublicReport {
  return {
    token,
    category: d.category,
    title: d.title.trim(),
    description: d.description.trim() || null,
    contact: normalisePhone(d.contact) || null,
  };
}
