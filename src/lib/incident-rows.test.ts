import { describe, expect, it } from 'vitest';
import { CATEGORIES, identity, STATUSES } from './incident-vocab.fixture';
import { hotlineMapping, mapCategory, mapStatus, parseHotlineRows } from './incident-rows';
import { parseChinaTime, parseDay } from './row-errors';


describe('times and days', () => {
  it('reads spreadsheet times as China time', () => {
    expect(parseChinaTime('2025/3/5 9:07')).toBe('2025-03-05T09:07:00+08:00');
    expect(parseChinaTime('2025-03-05')).toBe('2025-03-05T00:00:00+08:00');
    expect(parseChinaTime('2025-03-05T01:02:03Z')).toBe('2025-03-05T01:02:03Z');
    expect(parseChinaTime('2025-02-30 10:00')).toBeNull();
    expect(parseDay('2024年3月5日')).toBe('2024-03-05');
  });
});

describe('category and status mapping', () => {
  it('maps our codes and names, and hotline wording by keywords, anything else to other', () => {
    expect(mapCategory('heating', CATEGORIES)).toBe('heating');
    expect(mapCategory('下水堵塞', CATEGORIES)).toBe('drain_blocked');
    expect(mapCategory('城市管理-井盖缺失', CATEGORIES)).toBe('safety_hazard');
    expect(mapCategory('楼上噪音扰民', CATEGORIES)).toBe('dispute');
    expect(mapCategory('咨询政策', CATEGORIES)).toBe('other');
    expect(mapCategory('', CATEGORIES)).toBeNull();
  });

  it('maps hotline statuses to ours', () => {
    expect(mapStatus('已办结', STATUSES)).toBe('resolved');
    expect(mapStatus('办理中', STATUSES)).toBe('dispatched');
    expect(mapStatus('已回访', STATUSES)).toBe('closed');
    expect(mapStatus('不予受理', STATUSES)).toBe('rejected');
    expect(mapStatus('已受理', STATUSES)).toBe('accepted');
    expect(mapStatus('coordinating', STATUSES)).toBe('coordinating');
    expect(mapStatus('神秘状态', STATUSES)).toBeNull();
  });
});

describe('parseHotlineRows', () => {
  const header = ['工单编号', '来电时间', '问题分类', '诉求内容', '事发地址', '经度', '纬度', '办理状态', '办结时间', '来电人', '来电号码'];
  const m = hotlineMapping(header);
  const ctx = { categories: CATEGORIES, statuses: STATUSES, toWgs84: identity };

  it('types a hotline ticket', () => {
    const { rows, errors } = parseHotlineRows([[
      'GD2025001', '2025-03-05 09:07', '供暖-暖气不热', '3号楼暖气不热已一周', '柳巷3号楼', '112.56', '37.87', '已办结', '2025-03-06 10:00', '张先生', '13912345678',
    ]], m, ctx);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{
      row: 2, ref: 'hotline:GD2025001', category: 'heating', source: 'hotline', status: 'resolved', title: '3号楼暖气不热已一周',
      description: '3号楼暖气不热已一周', lon: 112.56, lat: 37.87, address: '柳巷3号楼', reported_at: '2025-03-05T09:07:00+08:00',
      resolved_at: '2025-03-06T10:00:00+08:00', closed_at: null, reporter_name: '张先生', reporter_phone: '13912345678',
    }]);
  });

  it('lists tickets without a place, with a bad time, unknown status or a repeated number', () => {
    const ok = ['GD2', '2025-03-05 09:07', '垃圾', '垃圾', '', '112.5', '37.8', '已受理', '', '', ''];
    const r = parseHotlineRows([
      ok,
      ['GD3', '2025-03-05 09:07', '垃圾', '垃圾', '', '', '', '已受理', '', '', ''],
      ['GD4', '昨天', '垃圾', '垃圾', '', '112.5', '37.8', '已受理', '', '', ''],
      ['GD5', '2025-03-05 09:07', '垃圾', '垃圾', '', '112.5', '37.8', '神秘状态', '', '', ''],
      ok,
    ], m, ctx);
    expect(r.rows.map((x) => x.row)).toEqual([2]);
    expect(r.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'lon', 'missing'], [4, 'reported_at', 'bad_date'], [5, 'status', 'unknown_status'], [6, 'ref', 'duplicate'],
    ]);
  });
});
