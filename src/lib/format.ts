// Display formats: numbers, areas and times as people in the street office read them.
const TIME_ZONE = (import.meta.env?.VITE_TIME_ZONE as string | undefined) ?? 'Asia/Shanghai';

export function formatNumber(n: number, lang: string): string {
  return n.toLocaleString(lang);
}

export function formatArea(m2: number, lang: string): string {
  if (m2 >= 100_000) {
    const km2 = (m2 / 1_000_000).toLocaleString(lang, { maximumFractionDigits: 2 });
    return lang.startsWith('zh') ? `${km2} 平方公里` : `${km2} km²`;
  }
  const v = Math.round(m2).toLocaleString(lang);
  return lang.startsWith('zh') ? `${v} 平方米` : `${v} m²`;
}

export function formatDateTime(iso: string | null, lang: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function formatDate(isoDate: string | null, lang: string): string {
  if (!isoDate) return '—';
  // A calendar date (no time): format it as the date it names, not as UTC midnight moved to Shanghai.
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
