import { describe, expect, it } from 'vitest';
import type { HouseholdTag } from '../data/types';
import { guessMapping, normaliseHeader } from './column-map';
import { HOUSEHOLD_HEADERS, householdMapping, parseHouseholdRows, splitAddress, tagLookup, unknownTagLabels } from './household-rows';

const TAGS: HouseholdTag[] = [
  { code: 'tenant', name_zh: '租户', name_en: 'Tenant', sort: 2, sensitive: false },
  { code: 'elderly_alone', name_zh: '孤寡/独居老人', name_en: 'Elderly living alone', sort: 4, sensitive: true },
  { code: 'low_income', name_zh: '特困/低保', name_en: 'Subsistence allowance', sort: 9, sensitive: true },
  { code: 'party_member', name_zh: '党员', name_en: 'Party member', sort: 10, sensitive: false },
];
const ctx = { gridCodes: new Set(['01-01', '01-02']), defaultGridCode: null, tags: tagLookup(TAGS) };

describe('column mapping', () => {
  it('normalises stars, brackets, spaces and full-width letters', () => {
    expect(normaliseHeader(' *联系电话（手机） ')).toBe('联系电话');
    expect(normaliseHeader('ＰＨＯＮＥ')).toBe('phone');
  });

  it('maps common Chinese register headers, the longest name first', () => {
    const m = householdMapping(['序号', '所属网格', '户主姓名', '联系电话', '楼栋', '单元', '房号', '地址', '人口数', '人员类别']);
    expect(m).toEqual({ grid_code: 1, head_name: 2, phone: 3, building: 4, unit_no: 5, room: 6, address: 7, size: 8, tags: 9 });
  });

  it('gives a column to one field only and leaves unknown ones unmapped', () => {
    const m = guessMapping(['姓名', '电话', '备注'], HOUSEHOLD_HEADERS);
    expect(m).toEqual({ head_name: 0, phone: 1 });
  });
});

describe('splitAddress', () => {
  it('finds building, unit and room at the end of an address', () => {
    expect(splitAddress('迎泽区柳巷社区 3号楼2单元101')).toEqual({ building: '3号楼', unit_no: '2', room: '101' });
    expect(splitAddress('五一路5栋302室')).toEqual({ building: '5栋', unit_no: null, room: '302' });
    expect(splitAddress('没有门牌')).toBeNull();
  });
});

describe('parseHouseholdRows', () => {
  const header = ['网格编号', '楼栋', '单元', '房号', '户主', '电话', '人口', '标签'];
  const m = householdMapping(header);

  it('types good rows: phone normalised, tags mapped from synonyms and sorted, size parsed', () => {
    const { rows, errors } = parseHouseholdRows([['01-01', '3号楼', '2', '101', '张伟', '+86 139-1234-5678', '3人', '党员、独居老人，低保']], m, ctx);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{
      row: 2, grid_code: '01-01', building: '3号楼', unit_no: '2', room: '101', address: '3号楼2单元101', head_name: '张伟',
      phone: '13912345678', size: 3, tags: ['elderly_alone', 'low_income', 'party_member'], courtyard_code: null, last_visit_at: null,
    }]);
  });

  it('lists every bad row with its line, column and reason; nothing is dropped', () => {
    const body = [
      ['01-01', '1号楼', '1', '101', '王芳', '0351-1234567', '2', ''],
      ['09-09', '1号楼', '1', '102', '李强', '', '2', ''],
      ['01-01', '1号楼', '1', '103', '', '', '40', '外星人'],
      ['01-01', '1号楼', '1', '104', '赵敏', '', '', ''],
      ['01-01', '1号楼', '1', '104', '赵敏二', '', '', ''],
      ['', '', '', '', '', '', '', ''],
    ];
    const r = parseHouseholdRows(body, m, ctx);
    expect(r.rows.map((x) => x.row)).toEqual([5]);
    expect(r.badRows).toEqual([2, 3, 4, 6]);
    expect(r.errors).toEqual([
      { row: 2, field: 'phone', code: 'bad_phone', value: '0351-1234567' },
      { row: 3, field: 'grid_code', code: 'unknown_grid', value: '09-09' },
      { row: 4, field: 'head_name', code: 'missing', value: '' },
      { row: 4, field: 'size', code: 'bad_size', value: '40' },
      { row: 4, field: 'tags', code: 'unknown_tag', value: '外星人' },
      { row: 6, field: 'room', code: 'duplicate', value: '5' },
    ]);
  });

  it('takes the grid chosen for the whole file and reads building and room from the address', () => {
    const mm = householdMapping(['户主', '地址']);
    const { rows } = parseHouseholdRows([['刘洋', '柳巷7号楼3单元502']], mm, { ...ctx, defaultGridCode: '01-02' });
    expect(rows[0]).toMatchObject({ grid_code: '01-02', building: '7号楼', unit_no: '3', room: '502', address: '柳巷7号楼3单元502', size: null, tags: null });
  });

  it('reads a masked number (our own export) as "keep the stored one"', () => {
    const { rows, errors } = parseHouseholdRows([['01-01', '1号楼', '1', '101', '王芳', '139****5678', '2', '']], m, ctx);
    expect(errors).toEqual([]);
    expect(rows[0]!.phone).toBeNull();
  });

  it('applies the user\'s tag mapping, including "ignore"', () => {
    const lookup = tagLookup(TAGS, { 出租户口: 'tenant', 其他: '' });
    expect(unknownTagLabels([['出租户口、其他、外星人']], 0, tagLookup(TAGS))).toEqual(new Map([['出租户口', 1], ['其他', 1], ['外星人', 1]]));
    const { rows, errors } = parseHouseholdRows([['01-01', '1', '', '1', '甲', '', '', '出租户口、其他']], m, { ...ctx, tags: lookup });
    expect(errors).toEqual([]);
    expect(rows[0]!.tags).toEqual(['tenant']);
  });
});
