import { describe, expect, it } from 'vitest';
import type { IncidentPin } from '../data/types';
import { applyFilter, chinaDayStart, DAY_MS, indexPins, NO_FILTER, pinsOf, toggleCode, toggleInList } from './incident-filter';

type Partial_ = Partial<IncidentPin> & Pick<IncidentPin, 'id'>;
const pin = (p: Partial_): IncidentPin => ({
  status: 'pending',
  lon: 112.55,
  lat: 37.8,
  category: 'other',
  source: 'visit',
  grid_id: 1,
  department_id: null,
  title: `#${p.id}`,
  reported_at: '2026-01-01T00:00:00Z',
  due_at: null,
  resolved_at: null,
  overdue: false,
  me_too_count: 0,
  ...p,
});

const pins = [
  pin({ id: 1, status: 'pending', category: 'drain', source: 'hotline', title: '下水道堵塞' }),
  pin({ id: 2, status: 'closed', category: 'drain', source: 'patrol', department_id: 3 }),
  pin({ id: 3, status: 'closed', category: 'heating', source: 'hotline', grid_id: 2, overdue: true }),
  pin({ id: 4, status: 'accepted', category: 'heating', source: 'patrol', grid_id: 3, reported_at: '2026-03-01T02:00:00Z', overdue: true }),
];
const known = { status: ['pending', 'accepted', 'closed', 'rejected'] };
const ids = (index: ReturnType<typeof indexPins>, r: ReturnType<typeof applyFilter>) => pinsOf(index, r).map((p) => p.id);

describe('applyFilter', () => {
  const index = indexPins(pins, known);

  it('without a filter keeps everything, counts every option, zero included', () => {
    const r = applyFilter(index, NO_FILTER);
    expect(ids(index, r)).toEqual([1, 2, 3, 4]);
    expect(r.counts.status).toEqual({ pending: 1, accepted: 1, closed: 2, rejected: 0 });
    expect(r.counts.department).toEqual({ none: 3, '3': 1 });
    expect(r.overdue).toBe(2);
  });

  it("counts each facet's options with the other facets applied, not its own", () => {
    const r = applyFilter(index, { ...NO_FILTER, status: ['closed'], category: ['drain'] });
    expect(ids(index, r)).toEqual([2]);
    // Status counts see the category filter only; category counts see the status filter only.
    expect(r.counts.status).toEqual({ pending: 1, accepted: 0, closed: 1, rejected: 0 });
    expect(r.counts.category).toEqual({ drain: 1, heating: 1 });
    expect(r.counts.source).toEqual({ hotline: 0, patrol: 1 });
  });

  it('filters by grid subtree, overdue, title text and reporting dates', () => {
    expect(ids(index, applyFilter(index, { ...NO_FILTER, gridIds: new Set([2, 3]) }))).toEqual([3, 4]);
    expect(ids(index, applyFilter(index, { ...NO_FILTER, overdueOnly: true }))).toEqual([3, 4]);
    expect(ids(index, applyFilter(index, { ...NO_FILTER, text: ' 堵塞 ' }))).toEqual([1]);
    expect(ids(index, applyFilter(index, { ...NO_FILTER, text: '#4' }))).toEqual([4]);
    // 2026-03-01 02:00 UTC is 10:00 on 1 March in China: inside that day, outside the day before.
    const march1 = chinaDayStart('2026-03-01');
    expect(ids(index, applyFilter(index, { ...NO_FILTER, fromMs: march1, toMs: march1 + DAY_MS }))).toEqual([4]);
    expect(ids(index, applyFilter(index, { ...NO_FILTER, toMs: march1 }))).toEqual([1, 2, 3]);
  });

  it('returns nothing for an empty status choice, yet still counts what each status would give', () => {
    const r = applyFilter(index, { ...NO_FILTER, status: [] });
    expect(r.indices.length).toBe(0);
    expect(r.counts.status.closed).toBe(2);
    expect(r.counts.category).toEqual({ drain: 0, heating: 0 });
  });

  it('selects and counts 100,000 pins exactly as a plain filter over the objects would', () => {
    // Speed is measured by `npm run bench` (bench/incidents-100k.bench.ts); here the typed columns must agree
    // with the obvious, slow reading of the same filter.
    const statuses = ['pending', 'accepted', 'closed'];
    const many = Array.from({ length: 100_000 }, (_, i) =>
      pin({ id: i, status: statuses[i % 3] as IncidentPin['status'], category: `c${i % 9}`, grid_id: i % 900, overdue: i % 7 === 0 }),
    );
    const big = indexPins(many, known);
    const gridIds = new Set([1, 2, 4, 5, 7, 8]);
    const filter = { ...NO_FILTER, status: ['pending', 'closed'], category: ['c1', 'c2', 'c4'], gridIds };
    const result = applyFilter(big, filter);
    const inGrids = (p: IncidentPin) => gridIds.has(p.grid_id);
    const expected = many.filter((p) => filter.status.includes(p.status) && filter.category.includes(p.category) && inGrids(p));
    expect(ids(big, result)).toEqual(expected.map((p) => p.id));
    expect(result.overdue).toBe(expected.filter((p) => p.overdue).length);
    // Faceted: a status's count is what choosing it would give with the category and grid filters kept.
    const accepted = many.filter((p) => p.status === 'accepted' && filter.category.includes(p.category) && inGrids(p)).length;
    expect(result.counts.status.accepted).toBe(accepted);
  });
});

describe('toggles', () => {
  const codes = ['pending', 'accepted', 'closed'];
  it('toggleCode keeps display order and collapses a full selection to null', () => {
    expect(toggleCode(null, 'accepted', codes)).toEqual(['pending', 'closed']);
    expect(toggleCode(['closed'], 'pending', codes)).toEqual(['pending', 'closed']);
    expect(toggleCode(['pending', 'closed'], 'accepted', codes)).toBeNull();
    expect(toggleCode(['closed'], 'closed', codes)).toEqual([]);
  });
  it('toggleInList treats nothing chosen as no limit', () => {
    expect(toggleInList(null, 'drain')).toEqual(['drain']);
    expect(toggleInList(['drain'], 'heating')).toEqual(['drain', 'heating']);
    expect(toggleInList(['drain'], 'drain')).toBeNull();
  });
});
