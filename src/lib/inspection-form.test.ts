import { describe, expect, it } from 'vitest';
import type { InspectionItem } from '../data/types';
import { byTheme, checkInspection, emptyInspection, isComplete, itemNames, toInspectionInput } from './inspection-form';

const item = (code: string, theme: InspectionItem['theme'], sort: number, name: string): InspectionItem => ({
  code,
  theme,
  name_zh: name,
  name_en: code,
  weight: 5,
  critical: code === 'fire_lane',
  fix_days: 7,
  sort,
});

const items = [item('disputes', 'harmony', 1, '矛盾纠纷'), item('extinguisher', 'safety', 2, '灭火器'), item('fire_lane', 'safety', 1, '消防通道畅通')];

describe('inspection form', () => {
  it('groups the checklist by theme in the database order', () => {
    expect(byTheme(items).map((g) => [g.theme, g.items.map((i) => i.code)])).toEqual([
      ['safety', ['fire_lane', 'extinguisher']],
      ['harmony', ['disputes']],
    ]);
  });

  it('names the items not answered yet and failed items without a note', () => {
    const d = emptyInspection();
    d.answers.fire_lane = { result: 'fail', note: '  ' };
    const p = checkInspection(items, d);
    expect(p.missing.map((i) => i.code)).toEqual(['extinguisher', 'disputes']);
    expect(p.unexplained.map((i) => i.code)).toEqual(['fire_lane']);
    expect(isComplete(p)).toBe(false);
    expect(itemNames(p.missing, 'zh-CN')).toBe('灭火器、矛盾纠纷');
    expect(itemNames(items, 'en', 2)).toBe('disputes, extinguisher…');
  });

  it('accepts empty headcounts, refuses fractions, negatives and huge numbers', () => {
    const d = { ...emptyInspection(), tenants: '12', floatingPeople: '' };
    expect(checkInspection([], d).tenants).toBe(false);
    for (const bad of ['1.5', '-3', 'abc', '10001']) expect(checkInspection([], { ...d, tenants: bad }).tenants, bad).toBe(true);
  });

  it('builds the database input from a complete draft', () => {
    const d = emptyInspection();
    d.answers = {
      fire_lane: { result: 'fail', note: ' 楼道堆放杂物 ' },
      extinguisher: { result: 'pass', note: '' },
      disputes: { result: 'na', note: '' },
    };
    d.tenants = '30';
    const p = checkInspection(items, d);
    expect(isComplete(p)).toBe(true);
    expect(toInspectionInput(7, items, d)).toEqual({
      courtyardId: 7,
      answers: [
        { item: 'fire_lane', result: 'fail', note: '楼道堆放杂物' },
        { item: 'extinguisher', result: 'pass', note: null },
        { item: 'disputes', result: 'na', note: null },
      ],
      findings: null,
      tenants: 30,
      floatingPeople: null,
    });
  });
});
