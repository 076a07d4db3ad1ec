// A row's problem in the user's language: the file checks' codes and the database's reason codes share one list;
// a refusal the checks did not foresee arrives as an error key (error.…) and reads as that error.
import i18next from 'i18next';

export function reasonText(code: string): string {
  if (code.startsWith('error.') && i18next.exists(code)) return i18next.t(code);
  const key = `dataIo.reasons.${code}`;
  return i18next.exists(key) ? i18next.t(key) : i18next.t('dataIo.reasons.rejected');
}

export const fieldText = (field: string | null) => (field ? i18next.t(`dataIo.fields.${field}`, { defaultValue: field }) : '');
