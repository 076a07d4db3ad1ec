import { describe, expect, it } from 'vitest';
import type { HouseholdRow } from '../data/types';
import { countTags, filterHouseholds } from './household-filter';

const row = (id: number, address: string, head: string, room: string, tags: string[]): HouseholdRow => ({
  id,
  grid_id: 1,
  grid_code: '01-01',
  courtyard_id: null,
  building: `${id}号楼`,
  unit_no: '1单元',
  room,
  address,
  head_name: head,
  phone_masked: '139****0000',
  size: 2,
  tags,
  last_visit_at: null,
});

const rows = [
  row(1, '桃园社区 1号楼1单元101', '王伟', '101', ['tenant', 'floating']),
  row(2, '桃园社区 2号楼1单元202', '李娜', '202', ['elderly_alone']),
  row(3, '双塔社区 3号楼2单元301', 'Zhang Min', '301', ['tenant']),
];

describe('filterHouseholds', () => {
  it('returns the same array without a query or tags', () => {
    expect(filterHouseholds(rows, '  ', [])).toBe(rows);
  });
  it('matches address, head of household and room, ignoring case and spaces around', () => {
    expect(filterHouseholds(rows, '双塔', []).map((h) => h.id)).toEqual([3]);
    expect(filterHouseholds(rows, '李娜', []).map((h) => h.id)).toEqual([2]);
    expect(filterHouseholds(rows, ' 101 ', []).map((h) => h.id)).toEqual([1]);
    expect(filterHouseholds(rows, 'zhang', []).map((h) => h.id)).toEqual([3]);
  });
  it('keeps rows carrying every chosen tag', () => {
    expect(filterHouseholds(rows, '', ['tenant']).map((h) => h.id)).toEqual([1, 3]);
    expect(filterHouseholds(rows, '', ['tenant', 'floating']).map((h) => h.id)).toEqual([1]);
    expect(filterHouseholds(rows, '桃园', ['tenant']).map((h) => h.id)).toEqual([1]);
  });
  it('returns nothing when nothing matches', () => {
    expect(filterHouseholds(rows, '不存在', [])).toEqual([]);
  });
});

describe('countTags', () => {
  it('counts rows per tag', () => {
    expect(Object.fromEntries(countTags(rows))).toEqual({ tenant: 2, floating: 1, elderly_alone: 1 });
    expect(countTags([]).size).toBe(0);
  });
});
