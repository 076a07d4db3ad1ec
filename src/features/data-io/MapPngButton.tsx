// 导出 PNG on the main map: what is on screen (base map, grids, pins, labels) as an image file. Small and in the
// first paint; the image is made only on click.
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageText } from '../../i18n/error-text';
import { mapViewPng } from '../../lib/map-png';
import { saveFile } from '../../lib/save-file';
import './map-png.css';

export function MapPngButton({ map, overlay }: { map: MapLibreMap | null; overlay: MapboxOverlay | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    if (!map) return;
    setBusy(true);
    setError(null);
    try {
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
      saveFile(await mapViewPng(map, overlay), `${t('mapPng.fileName')}-${stamp}.png`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="map-png">
      <button type="button" className="card" data-testid="map-png" disabled={!map || busy} title={t('mapPng.title')} onClick={() => void save()}>
        {busy ? t('mapPng.busy') : t('mapPng.button')}
      </button>
      {error !== null && <p className="card data-error" role="alert">{errorMessageText(error)}</p>}
    </div>
  );
}
