// Which column of an uploaded sheet holds which field. Registers and hotline exports name their columns in many
// ways (户主 / 户主姓名 / 姓名, 电话 / 联系电话 / 手机号码), often with a required-field star or a unit in brackets;
// the header is normalised and compared with each field's known names. The user can change any guess.
export type ColumnMapping<F extends string> = Partial<Record<F, number>>;

/** Trims, drops stars, spaces, brackets with their content and full-width forms, lower-cases. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[*＊\s:：]/g, '')
    .toLowerCase();
}

/**
 * Guesses the column of each field: an exact match of a known name first, then a header that contains one (longest
 * names first, so 户主姓名 wins over 姓名). A column is given to one field only.
 */
export function guessMapping<F extends string>(headers: readonly string[], synonyms: Record<F, readonly string[]>): ColumnMapping<F> {
  const norm = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping<F> = {};
  const fields = Object.keys(synonyms) as F[];
  const names = (f: F) => [...synonyms[f]].map(normaliseHeader).sort((a, b) => b.length - a.length);
  for (const pass of ['exact', 'contains'] as const) {
    for (const f of fields) {
      if (mapping[f] !== undefined) continue;
      for (const name of names(f)) {
        const i = norm.findIndex((h, k) => !taken.has(k) && (pass === 'exact' ? h === name : h.includes(name)));
        if (i >= 0) {
          mapping[f] = i;
          taken.add(i);
          break;
        }
      }
    }
  }
  return mapping;
}

/** The trimmed cell of a field in a row, '' when the field has no column. */
export function cellOf<F extends string>(row: readonly string[], mapping: ColumnMapping<F>, field: F): string {
  const i = mapping[field];
  return i === undefined ? '' : (row[i] ?? '').trim();
}
