// Grids out: the whole tree or one community as GeoJSON or KML (WGS84, the fields the import reads), and the map
// view as a PNG. Files are made in the browser from what the map already loaded.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridCollection } from '../../data/types';
import { gridsToGeoJson, gridsToKml } from '../../lib/grid-export';
import { mapViewPng } from '../../lib/map-png';
import { saveFile } from '../../lib/save-file';

export function ExportPanel({ grids, map }: { grids: GridCollection | null; map: RefObject<MapLibreMap | null> }) {
  const { t } = useTranslation();
  const [root, setRoot] = useState<number | null>(null);
  const communities = grids?.features.filter((f) => f.properties.level === 'community') ?? [];
  const base = root === null ? 'grids' : `grids-${grids?.features.find((f) => f.id === root)?.properties.code ?? root}`;

  const png = async () => {
    if (map.current) saveFile(await mapViewPng(map.current, null), `${base}-map.png`);
  };

  return (
    <section data-testid="grid-io-export">
      <h2>{t('gridIo.exportTitle')}</h2>
      <div className="grid-io-row">
        <select data-testid="grid-io-export-root" value={root ?? ''} onChange={(e) => setRoot(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('gridIo.wholeDistrict')}</option>
          {communities.map((c) => <option key={c.id} value={c.id}>{c.properties.code} {c.properties.name}</option>)}
        </select>
      </div>
      <div className="grid-io-row">
        <button type="button" data-testid="grid-io-export-geojson" disabled={!grids}
          onClick={() => grids && saveFile(new Blob([gridsToGeoJson(grids, root)], { type: 'application/geo+json' }), `${base}.geojson`)}>
          GeoJSON
        </button>
        <button type="button" data-testid="grid-io-export-kml" disabled={!grids}
          onClick={() => grids && saveFile(new Blob([gridsToKml(grids, root, base)], { type: 'application/vnd.google-earth.kml+xml' }), `${base}.kml`)}>
          KML
        </button>
        <button type="button" data-testid="grid-io-export-png" onClick={() => void png()}>{t('gridIo.png')}</button>
      </div>
    </section>
  );
}
