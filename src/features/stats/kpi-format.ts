// How the headline figures read: a rate as a percentage, durations in hours up to two days and in days beyond,
// the rating with one decimal. Null (nothing to measure) reads as a dash, never as 0.
export const DASH = '—';

export function formatRate(rate: number | null, lang: string): string {
  return rate === null ? DASH : rate.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 1 });
}

export function formatDuration(hours: number | null, lang: string): { unit: 'hours' | 'days'; value: string } | null {
  if (hours === null) return null;
  return hours < 48
    ? { unit: 'hours', value: hours.toLocaleString(lang, { maximumFractionDigits: 1 }) }
    : { unit: 'days', value: (hours / 24).toLocaleString(lang, { maximumFractionDigits: 1 }) };
}

export function formatRating(avg: number | null, lang: string): string {
  return avg === null ? DASH : avg.toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
