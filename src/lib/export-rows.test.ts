import { describe, expect, it } from 'vitest';
import type { HouseholdExportRow, Vocabularies } from '../data/types';
import { chinaTime, householdSheet } from './export-rows';
import { householdMapping, parseHouseholdRows, tagLookup } from './household-rows';

const vocab = {
  householdTags: [
    { code: 'elderly_alone', name_zh: '孤寡/独居老人', name_en: 'Elderly living alone', sort: 4, sensitive: true },
    { code: 'party_member', name_zh: '党员', name_en: 'Party member', sort: 10, sensitive: false },
  ],
  categories: [], sources: [], statuses: [], departments: [],
} as Vocabularies;

const row: HouseholdExportRow = {
  id: 7, grid_code: '01-01-01-01', grid_name: '1号楼1单元', building: '1号楼', unit_no: '1单元', room: '101', address: '桃园社区1号楼1单元101',
  head_name: '张伟', phone_masked: '139****5678', size: 3, tags: ['elderly_alone', 'party_member'], courtyard_code: null, last_visit_at: '2025-09-30',
};

describe('export rows', () => {
  it('writes times in China time', () => {
    expect(chinaTime('2025-10-03T01:15:00Z')).toBe('2025-10-03 09:15:00');
    expect(chinaTime(null)).toBeNull();
  });

  for (const [lang, labels] of [['zh-CN', { grid_code: '网格编号', grid_name: '网格名称', building: '楼栋', unit_no: '单元', room: '房号', address: '地址', head_name: '户主', phone_masked: '电话（脱敏）', size: '人口', tags: '标签', courtyard_code: '院落编号', last_visit_at: '最近走访' }],
    ['en', { grid_code: 'Grid code', grid_name: 'Grid name', building: 'Building', unit_no: 'Unit', room: 'Room', address: 'Address', head_name: 'Head of household', phone_masked: 'Phone (masked)', size: 'People', tags: 'Tags', courtyard_code: 'Courtyard no.', last_visit_at: 'Last visit' }]] as const) {
    it(`reads an exported register back as the same households (${lang})`, () => {
      const sheet = householdSheet([row], vocab, lang, (f) => (labels as Record<string, string>)[f]!);
      const cells = sheet.rows.map((r) => r.map((c) => (c === null ? '' : String(c))));
      const { rows, errors } = parseHouseholdRows(cells, householdMapping(sheet.header), { gridCodes: new Set([row.grid_code]), defaultGridCode: null, tags: tagLookup(vocab.householdTags) });
      expect(errors).toEqual([]);
      expect(rows).toEqual([{ row: 2, grid_code: row.grid_code, building: row.building, unit_no: row.unit_no, room: row.room, address: row.address,
        head_name: row.head_name, phone: null, size: 3, tags: row.tags, courtyard_code: null, last_visit_at: '2025-09-30' }]);
    });
  }
});
