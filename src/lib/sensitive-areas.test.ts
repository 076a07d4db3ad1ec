import { describe, expect, it } from 'vitest';
import { cellCounts } from './sensitive-areas';

const areas = [
  { lon: 112.5525, lat: 37.8025, category: 'dispute', incidents: 3, open: 1 },
  { lon: 112.5525, lat: 37.8025, category: 'public_order', incidents: 5, open: 0 },
  { lon: 112.5575, lat: 37.8025, category: 'dispute', incidents: 2, open: 2 },
];
const open = ['pending', 'accepted'];

describe('cellCounts', () => {
  it('makes one cell of the categories sharing a centre, largest first', () => {
    const cells = cellCounts(areas, { categories: null, statuses: [...open, 'closed'], openStatuses: open });
    expect(cells).toEqual([
      { lon: 112.5525, lat: 37.8025, shown: 8, parts: [{ category: 'public_order', shown: 5 }, { category: 'dispute', shown: 3 }] },
      { lon: 112.5575, lat: 37.8025, shown: 2, parts: [{ category: 'dispute', shown: 2 }] },
    ]);
  });

  it('counts only open incidents while the status filter holds only open statuses, and drops empty cells', () => {
    const cells = cellCounts(areas, { categories: null, statuses: open, openStatuses: open });
    expect(cells.map((c) => [c.lon, c.shown, c.parts.length])).toEqual([[112.5525, 1, 1], [112.5575, 2, 1]]);
  });

  it('follows the category filter, and shows nothing when no status is asked for', () => {
    expect(cellCounts(areas, { categories: ['public_order'], statuses: [...open, 'closed'], openStatuses: open }).map((c) => c.shown)).toEqual([5]);
    expect(cellCounts(areas, { categories: null, statuses: [], openStatuses: open })).toEqual([]);
  });
});
