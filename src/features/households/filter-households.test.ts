import { describe, expect, it } from 'vitest';
import type { HouseholdRow } from '../../data/types';
import { filterHouseholds } from './filter-households';

const row = (id: number, address: string, head: string, tags: string[]): HouseholdRow => ({
  id, grid_id: 1, grid_code: '01', courtyard_id: null, building: '1号楼', unit_no: '1单元', room: `${id}01`, address,
  head_name: head, phone_masked: null, size: 2, tags, last_visit_at: null,
});

describe('filterHouseholds', () => {
  const rows = [row(1, '桃园社区 1号楼', '王伟', ['tenant']), row(2, '桃园社区 2号楼', '李娜', ['elderly_alone']), row(3, '双塔社区 3号楼', '张敏', [])];

  it('returns everything without a query or tag', () => {
    expect(filterHouseholds(rows, '  ', null)).toBe(rows);
  });
  it('matches address, head of household and room', () => {
    expect(filterHouseholds(rows, '双塔', null).map((h) => h.id)).toEqual([3]);
    expect(filterHouseholds(rows, '李娜', null).map((h) => h.id)).toEqual([2]);
    expect(filterHouseholds(rows, '101', null).map((h) => h.id)).toEqual([1]);
  });
  it('combines query and tag', () => {
    expect(filterHouseholds(rows, '桃园', 'elderly_alone').map((h) => h.id)).toEqual([2]);
  });
});
