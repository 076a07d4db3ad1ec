// What residents add after the fact: the rating given at the call-back before 销号 (mostly content, a few not),
// and "me too" from neighbours who met the same problem while it was open.
import type { Incident } from './incidents';
import type { TimelineEvent } from './incident-lifecycle';
import type { Random } from './random';
import { MINUTE } from './time';

const RATINGS: readonly (readonly [number, number])[] = [[5, 58], [4, 26], [3, 8], [2, 5], [1, 3]];

const COMMENTS: Record<number, readonly string[]> = {
  5: ['处理很及时，非常满意', '网格员很负责，点赞', '当天就修好了，谢谢社区', '态度好，效率高'],
  4: ['处理得不错，就是等了几天', '问题解决了，满意', '基本满意，希望以后更快些'],
  3: ['解决了，但拖得有点久', '一般，跑了好几趟才办'],
  2: ['修了但没修彻底', '等了太久，不太满意'],
  1: ['问题根本没解决', '没人回复，很不满意'],
};

/** Close notes that match a poor rating: the call-back still closes the case, but says how it went. */
const UNHAPPY_CLOSE_NOTES = ['已回访，居民对办理时效不太满意，已做解释', '已回访，居民认为未彻底解决，已记录并转整改'];

const hasReporter = (i: Incident) => i.reporterId !== null || i.reporterName !== null || i.reporterPhone !== null;

/** Whole seconds, like every other timestamp of the seed. */
const second = (ms: number) => Math.floor(ms / 1000) * 1000;

function insertEvent(i: Incident, event: TimelineEvent): void {
  const at = i.events.findIndex((e) => e.at > event.at);
  i.events.splice(at === -1 ? i.events.length : at, 0, event);
}

/** Closed incidents with someone to call back get the rating that call-back recorded, just before closing. */
export function rateClosedIncidents(incidents: readonly Incident[], rng: Random): void {
  for (const i of incidents) {
    if (i.status !== 'closed' || !hasReporter(i) || i.resolvedAt === null || i.closedAt === null) continue;
    const rating = rng.weighted(RATINGS);
    const comment = rng.chance(0.6) ? rng.pick(COMMENTS[rating]!) : null;
    const ratedAt = second(Math.max(i.resolvedAt + MINUTE, i.closedAt - rng.int(2, 30) * MINUTE));
    if (ratedAt >= i.closedAt) continue;
    Object.assign(i, { rating, ratingComment: comment, ratedAt });
    insertEvent(i, { at: ratedAt, kind: 'feedback', from: null, to: null, fromValue: null, toValue: String(rating), note: comment });
    if (rating <= 2) {
      const close = i.events.findLast((e) => e.to === 'closed')!;
      close.note = rng.pick(UNHAPPY_CLOSE_NOTES);
    }
  }
}

/** A few dozen problems that many people meet (a dark street lamp, a burst pipe) collect "me too"s while open. */
export function addSupport(incidents: readonly Incident[], rng: Random, count: number, end: number): void {
  const candidates = incidents.filter((i) => i.source !== 'patrol' && i.status !== 'rejected'
    && i.category !== 'dispute' && i.category !== 'public_order');
  for (const i of rng.sample(candidates, count)) {
    const openUntil = Math.min(i.resolvedAt ?? end, end) - MINUTE;
    const supports = rng.weighted([[1, 40], [2, 25], [3, 15], [4, 10], [5, 6], [8, 4]] as const);
    const times = Array.from({ length: supports }, () => second(rng.between(i.reportedAt + 10 * MINUTE, openUntil)))
      .filter((t) => t > i.reportedAt && t < openUntil)
      .sort((a, b) => a - b);
    times.forEach((at, n) => insertEvent(i, {
      at, kind: 'support', from: null, to: null, fromValue: null, toValue: String(n + 1), note: null,
    }));
    i.meTooCount = times.length;
  }
}
