// Time in the demo district. China has kept UTC+8 all year since 1991 (no daylight saving), so Asia/Shanghai
// local time is plain arithmetic on epoch milliseconds with a fixed offset; no time-zone database needed, and
// the output cannot change with the machine's zone or its ICU data.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: number = Date.now()): string {
  return formatDate(now);
}

/** Epoch ms of 00:00 Asia/Shanghai on a YYYY-MM-DD date; throws on anything that is not a real date. */
export function shanghaiMidnight(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, got "${day}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d) - OFFSET;
  if (formatDate(ms) !== day) throw new Error(`not a calendar date: "${day}"`);
  return ms;
}

/** The same local time `months` calendar months earlier (day clamped to the month's end, e.g. 29 Feb → 28 Feb). */
export function monthsBefore(ms: number, months: number): number {
  const p = shanghaiParts(ms);
  const targetMonth = p.month - 1 - months;
  const lastDay = new Date(Date.UTC(p.year, targetMonth + 1, 0)).getUTCDate();
  return Date.UTC(p.year, targetMonth, Math.min(p.day, lastDay), p.hour, p.minute, p.second) - OFFSET;
}

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function shanghaiParts(ms: number): LocalParts {
  const d = new Date(ms + OFFSET);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** Start of the local day containing ms. */
export function startOfLocalDay(ms: number): number {
  return Math.floor((ms + OFFSET) / DAY) * DAY - OFFSET;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD in Asia/Shanghai. */
export function formatDate(ms: number): string {
  const p = shanghaiParts(ms);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** A timestamptz literal body with its offset, e.g. 2026-03-04 10:23:45+08: readable, and exact in any session zone. */
export function formatTimestamp(ms: number): string {
  const p = shanghaiParts(ms);
  return `${formatDate(ms)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08`;
}
