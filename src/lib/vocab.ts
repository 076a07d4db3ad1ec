// Vocabulary rows (tags, categories, statuses, departments) carry both names; the UI picks one per language.
export interface Named {
  code: string;
  name_zh: string;
  name_en: string;
}

export const isChinese = (lang: string) => lang.toLowerCase().startsWith('zh');

export const vocabName = (row: { name_zh: string; name_en: string }, lang: string) =>
  isChinese(lang) ? row.name_zh : row.name_en;

/** Name of a code in a vocabulary, or the code itself when the list does not know it (yet). */
export function vocabLabel(list: readonly Named[] | undefined, code: string, lang: string): string {
  const row = list?.find((x) => x.code === code);
  return row ? vocabName(row, lang) : code;
}
