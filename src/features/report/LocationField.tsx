// Where the incident is: the point (map click, device location or a photo's GPS) and the grid the database
// finds for it, or why it cannot be used.
import { useTranslation } from 'react-i18next';
import type { GridFeature } from '../../data/types';
import type { LonLat } from '../../lib/exif-gps';
import { FieldError } from './FieldError';

interface Props {
  point: LonLat | null;
  /** undefined while the database looks, null outside every grid. */
  gridId: number | null | undefined;
  gridById: ReadonlyMap<number, GridFeature>;
  photoGps: { name: string; at: LonLat } | null;
  locating: boolean;
  geoProblem: string | null;
  error: { key: string } | undefined;
  onLocate(): void;
  onUsePhoto(at: LonLat): void;
}

export function LocationField({ point, gridId, gridById, photoGps, locating, geoProblem, error, onLocate, onUsePhoto }: Props) {
  const { t } = useTranslation();
  const grid = gridId ? gridById.get(gridId)?.properties : undefined;
  const samePoint = photoGps && point && photoGps.at.lon === point.lon && photoGps.at.lat === point.lat;
  return (
    <fieldset className="report-location" data-testid="report-location">
      <legend>{t('report.location')}</legend>
      {point ? (
        <p className="report-point" data-testid="report-point" data-lon={point.lon} data-lat={point.lat}>
          {point.lon.toFixed(6)}, {point.lat.toFixed(6)}
        </p>
      ) : (
        <p className="muted">{t('report.placeHint')}</p>
      )}
      {point && gridId === undefined && <p className="muted">{t('report.finding')}</p>}
      {grid && (
        <p className="report-grid" data-testid="report-grid" data-grid-id={gridId}>
          {t('report.inGrid', { code: grid.code, name: grid.name })}
        </p>
      )}
      <FieldError error={error} testid="report-location-error" />
      <div className="report-location-actions">
        <button type="button" onClick={onLocate} disabled={locating} data-testid="report-use-device">
          {locating ? t('report.locating') : t('report.useDevice')}
        </button>
        {photoGps && !samePoint && (
          <button type="button" className="primary" onClick={() => onUsePhoto(photoGps.at)} data-testid="report-use-photo">
            {t('report.usePhoto')}
          </button>
        )}
      </div>
      {photoGps && !samePoint && <p className="fine-print">{t('report.photoHas', { name: photoGps.name })}</p>}
      {geoProblem && <p className="field-error" role="alert">{t(geoProblem)}</p>}
    </fieldset>
  );
}
