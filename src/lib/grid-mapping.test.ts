import { describe, expect, it } from 'vitest';
import type { RawFeature } from './grid-file';
import { candidatesToFeatureCollection, guessMapping, normaliseLevel, toCandidates } from './grid-mapping';

const square = { type: 'Polygon' as const, coordinates: [[[112.5, 37.8], [112.51, 37.8], [112.51, 37.81], [112.5, 37.8]]] };
const row = (properties: Record<string, unknown>, geometry: RawFeature['geometry'] = square): RawFeature => ({ properties, geometry });

describe('field mapping', () => {
  it('guesses Chinese, pinyin and English column names', () => {
    expect(guessMapping(['网格编码', '网格名称', '层级', '上级编码'])).toEqual({ code: '网格编码', name: '网格名称', level: '层级', parent: '上级编码' });
    expect(guessMapping(['Code', 'NAME', 'level'])).toEqual({ code: 'Code', name: 'NAME', level: 'level', parent: null });
    expect(guessMapping(['foo'])).toEqual({ code: null, name: null, level: null, parent: null });
  });

  it('reads levels in the words street offices use', () => {
    expect(normaliseLevel('社区')).toBe('community');
    expect(normaliseLevel('大网格')).toBe('community');
    expect(normaliseLevel(' Grid ')).toBe('grid');
    expect(normaliseLevel('微网格')).toBe('micro');
    expect(normaliseLevel(4)).toBe('unit');
    expect(normaliseLevel('楼栋')).toBe('unit');
    expect(normaliseLevel('区')).toBeNull();
  });

  it('turns rows into candidates and lists every row that cannot be one', () => {
    const mapping = { code: 'c', name: 'n', level: 'l', parent: 'p' };
    const { candidates, issues } = toCandidates(
      [
        row({ c: '05', n: '新区', l: '社区', p: '' }),
        row({ c: '05-01', n: '一网格', l: '网格', p: '05' }),
        row({ c: '', n: '无编码', l: '网格' }),
        row({ c: '05-01', n: '重复', l: '网格', p: '05' }),
        row({ c: '05-02', n: '', l: '省', p: '05' }),
        row({ c: '05-03', n: '线', l: '网格', p: '05' }, { type: 'LineString', coordinates: [[112.5, 37.8], [112.6, 37.9]] }),
      ],
      mapping,
      'wgs84',
    );
    expect(candidates.map((c) => [c.code, c.level, c.parent])).toEqual([
      ['05', 'community', null],
      ['05-01', 'grid', '05'],
    ]);
    expect(issues).toEqual([
      { row: 3, issue: 'no_code' },
      { row: 4, issue: 'duplicate_code', value: '05-01' },
      { row: 5, issue: 'no_name', value: '05-02' },
      { row: 5, issue: 'bad_level', value: '省' },
      { row: 6, issue: 'not_polygon', value: '05-03' },
    ]);
  });

  it('keeps polygons from a KML MultiGeometry and converts GCJ-02', () => {
    const collection = { type: 'GeometryCollection' as const, geometries: [square, { type: 'Point' as const, coordinates: [1, 2] }] };
    const { candidates } = toCandidates([row({ c: 'a', n: 'A', l: 'grid' }, collection)], { code: 'c', name: 'n', level: 'l', parent: null }, 'gcj02');
    const g = candidates[0]!.geometry;
    expect(g.type).toBe('MultiPolygon');
    const first = (g.coordinates as number[][][][])[0]![0]![0]!;
    expect(first[0]).not.toBe(112.5);
    expect(Math.abs(first[0]! - 112.5)).toBeLessThan(0.01);
    expect(candidatesToFeatureCollection(candidates).features[0]!.properties).toEqual({ code: 'a', name: 'A', level: 'grid', parent: null });
  });
});
