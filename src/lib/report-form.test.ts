import { describe, expect, it } from 'vitest';
import { charCount, defaultSource, emptyDraft, toIncidentReport, validateReport, type ReportDraft } from './report-form';

const SOURCES = ['patrol', 'visit', 'hotline', 'wechat', 'council'];
const AT = { lon: 112.55, lat: 37.86 };
const draft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
  ...emptyDraft('wechat'),
  category: 'drain_blocked',
  title: '下水道堵了',
  description: '3号楼东侧下水道反味，污水漫到路面。',
  ...over,
});

describe('defaultSource', () => {
  it('files residents by 微信随手拍 and grid staff by 网格员巡查', () => {
    expect(defaultSource('resident', SOURCES)).toBe('wechat');
    expect(defaultSource('grid_worker', SOURCES)).toBe('patrol');
    expect(defaultSource('grid_leader', SOURCES)).toBe('patrol');
    expect(defaultSource('community_admin', SOURCES)).toBe('visit');
  });

  it('falls back to the first source the database offers', () => {
    expect(defaultSource('resident', ['hotline'])).toBe('hotline');
    expect(defaultSource(undefined, [])).toBe('');
  });
});

describe('validateReport', () => {
  it('passes a complete report inside a grid', () => {
    expect(validateReport(draft(), AT, 42)).toEqual({});
  });

  it('asks for a place, and refuses one outside the district', () => {
    expect(validateReport(draft(), null, undefined).location?.key).toBe('report.errors.noLocation');
    expect(validateReport(draft(), AT, null).location?.key).toBe('report.errors.outside');
    expect(validateReport(draft(), AT, undefined).location).toBeUndefined();
  });

  it('requires category, title and description, ignoring blank space', () => {
    const e = validateReport(draft({ category: '', title: '   ', description: '\n' }), AT, 1);
    expect(Object.keys(e).sort()).toEqual(['category', 'description', 'title']);
  });

  it('limits lengths in characters as Postgres counts them', () => {
    expect(validateReport(draft({ title: '井'.repeat(120) }), AT, 1)).toEqual({});
    expect(validateReport(draft({ title: '井'.repeat(121) }), AT, 1).title).toEqual({ key: 'report.errors.tooLong', params: { max: 120, count: 121 } });
    expect(validateReport(draft({ title: '🚧'.repeat(120) }), AT, 1)).toEqual({});
    expect(validateReport(draft({ description: 'x'.repeat(4001) }), AT, 1).description?.params).toEqual({ max: 4000, count: 4001 });
    expect(charCount('🚧a')).toBe(2);
  });

  it('accepts a mainland mobile number typed with spaces, and refuses anything else', () => {
    expect(validateReport(draft({ reporterPhone: '138 1234-5678' }), AT, 1)).toEqual({});
    for (const bad of ['12812345678', '1381234567', '0351-1234567', 'abc']) {
      expect(validateReport(draft({ reporterPhone: bad }), AT, 1).reporterPhone?.key, bad).toBe('report.errors.phone');
    }
  });
});

describe('toIncidentReport', () => {
  it('trims, sends digits only and leaves empty optional fields null', () => {
    expect(toIncidentReport(draft({ title: ' 下水道堵了 ', reporterPhone: '138 1234 5678', reporterName: ' ' }), AT)).toEqual({
      category: 'drain_blocked',
      source: 'wechat',
      title: '下水道堵了',
      description: '3号楼东侧下水道反味，污水漫到路面。',
      lon: 112.55,
      lat: 37.86,
      address: null,
      reporter_name: null,
      reporter_phone: '13812345678',
    });
  });
});
