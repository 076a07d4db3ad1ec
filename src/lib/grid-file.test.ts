import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { gridFixtures } from '../../scripts/fixtures/grid-files';
import { dbfEncoding, formatOf, GridFileError, parseGeoJson, parseGridFile, parseKml } from './grid-file';
import { guessMapping, propertyKeys, toCandidates } from './grid-mapping';

const buffer = (data: string | Uint8Array): ArrayBuffer => {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

describe('grid files, every format to one shape', async () => {
  const files = await gridFixtures();

  it('knows the format by the file name', () => {
    expect(formatOf('a.GeoJSON')).toBe('geojson');
    expect(formatOf('a.json')).toBe('geojson');
    expect(formatOf('a.kml')).toBe('kml');
    expect(formatOf('a.zip')).toBe('shapefile');
    expect(formatOf('a.xlsx')).toBeNull();
  });

  it('reads the same five grids from GeoJSON, KML and a zipped shapefile', async () => {
    const parsed = await Promise.all(
      ['grids-valid.geojson', 'grids-valid.kml', 'grids-valid-shp.zip'].map((n) => parseGridFile(buffer(files[n]!), n)),
    );
    expect(parsed.map((p) => p.format)).toEqual(['geojson', 'kml', 'shapefile']);
    const sets = parsed.map((p) => {
      const mapping = guessMapping(propertyKeys(p.features));
      const { candidates, issues } = toCandidates(p.features, mapping, 'wgs84');
      expect(issues).toEqual([]);
      return candidates.map((c) => ({
        code: c.code, name: c.name, level: c.level, parent: c.parent,
        // A shapefile stores rings clockwise and KML wraps polygons in a MultiGeometry: compare the outer rings' corner sets.
        corners: new Set((c.geometry.type === 'Polygon' ? c.geometry.coordinates[0]! : c.geometry.coordinates[0]![0]!).map((p) => p.join(','))),
      }));
    });
    expect(sets[0]!.map((s) => s.code)).toEqual(['05', '05-01', '05-02', '05-03', '05-04']);
    expect(sets[1]).toEqual(sets[0]);
    expect(sets[2]).toEqual(sets[0]);
  });

  it('maps the surveyor’s WGBM/WGMC/WGJB/SJBM columns of the shapefile', async () => {
    const shp = await parseGridFile(buffer(files['grids-valid-shp.zip']!), 'grids-valid-shp.zip');
    expect(guessMapping(propertyKeys(shp.features))).toEqual({ code: 'WGBM', name: 'WGMC', level: 'WGJB', parent: 'SJBM' });
    expect(shp.prj).toMatch(/WGS/);
  });

  it('reads a GBK-encoded .dbf without a .cpg (common from Chinese desktop GIS)', () => {
    const gbk = new Uint8Array(iconv.encode('示范新区', 'gbk'));
    expect(dbfEncoding(gbk, null)).toBe('gbk');
    expect(dbfEncoding(new TextEncoder().encode('示范新区'), null)).toBe('utf-8');
    expect(dbfEncoding(gbk, '936')).toBe('gbk');
  });

  it('refuses what is not a grid file, with a reason', async () => {
    expect(() => parseGeoJson('{nope', 'a.geojson')).toThrow(GridFileError);
    expect(() => parseGeoJson('{"type":"FeatureCollection","features":[]}', 'a.geojson')).toThrow('no_features');
    expect(() => parseKml('<html><body/></html>', 'a.kml')).toThrow('bad_kml');
    const zip = new JSZip();
    zip.file('readme.txt', 'no layers');
    await expect(parseGridFile(buffer(await zip.generateAsync({ type: 'uint8array' })), 'a.zip')).rejects.toThrow('no_shp');
    await expect(parseGridFile(buffer('x'), 'a.xlsx')).rejects.toThrow('unknown_format');
  });
});
