import { formatArea } from '../../lib/format';

/** A problem's area: slivers of a few square metres keep one decimal, so a 0.3 m² overlap does not read as 0. */
export function problemArea(m2: number, lang: string): string {
  if (m2 >= 10) return formatArea(m2, lang);
  const v = m2.toLocaleString(lang, { maximumFractionDigits: 1 });
  return lang.startsWith('zh') ? `${v} 平方米` : `${v} m²`;
}
