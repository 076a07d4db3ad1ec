// Legend of the grid levels: how each is drawn and from which zoom it appears; levels shown now are marked.
import { useTranslation } from 'react-i18next';
import { GRID_LEVELS, type GridLevel } from '../../data/types';
import { LEVEL_MIN_ZOOM } from '../../lib/grid-levels';
import { LEVEL_LINE } from './grid-map-layers';

export function GridLegend({ zoom }: { zoom: number | null }) {
  const { t } = useTranslation();
  return (
    <section className="card legend" data-testid="grid-legend" aria-label={t('legend.title')}>
      <h2>{t('legend.title')}</h2>
      <ul>
        {GRID_LEVELS.map((level: GridLevel) => {
          const shown = zoom !== null && zoom >= LEVEL_MIN_ZOOM[level];
          return (
            <li key={level} className={shown ? 'shown' : 'hidden'}>
              <span
                className="line-sample"
                style={{ borderTopColor: LEVEL_LINE[level].color, borderTopWidth: Math.max(1, LEVEL_LINE[level].width) }}
                aria-hidden
              />
              <span className="name">{t(`levels.${level}`)}</span>
              {!shown && <span className="when">{t('legend.zoomIn')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
