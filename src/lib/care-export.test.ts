import { describe, expect, it } from 'vitest';
import type { CareRow } from '../data/types';
import { careCsv } from './care-export';

const row: CareRow = {
  household_id: 1, grid_id: 2, grid_code: '02-03-01', address: '棉麻公司宿舍1号楼1单元101', head_name: '王秀英',
  phone_masked: '139****1234', size: 1, tags: ['elderly_alone', 'aged_80'], status: 'active', last_visit_at: null,
  due_on: null, overdue: true, lon: 112.5, lat: 37.8,
};

describe('care list export', () => {
  it('writes the masked phone, tag names and visit state, one household a line', () => {
    const csv = careCsv([row], {
      header: ['网格', '地址', '户主', '电话', '人数', '标签', '上次走访', '到期', '超期'],
      tag: (c) => ({ elderly_alone: '孤寡/独居老人', aged_80: '80岁以上高龄' })[c] ?? c,
      overdue: '超期',
      never: '从未走访',
    });
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual(['网格,地址,户主,电话,人数,标签,上次走访,到期,超期', '02-03-01,棉麻公司宿舍1号楼1单元101,王秀英,139****1234,1,孤寡/独居老人、80岁以上高龄,从未走访,,超期']);
    expect(csv).not.toMatch(/1\d{10}/);
  });
});
