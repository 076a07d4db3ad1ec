// The selected grid's courtyards by risk level, its subtree included (from the grid's facts, grid_summary).
import { useTranslation } from 'react-i18next';
import { totalOf, type RiskCounts } from '../../lib/courtyard-filter';
import { RISK_HEX, RISK_INK, RISK_LEVELS } from '../../lib/risk-level';
import { routePath } from '../../lib/route';
import './courtyards.css';

interface Props {
  counts: RiskCounts | null;
  gridId: number;
  /** Staff may print the grid's plates (the database decides which courtyards they may issue plates for). */
  mayPrint: boolean;
}

export function GridCourtyardCounts({ counts, gridId, mayPrint }: Props) {
  const { t } = useTranslation();
  if (!counts) return null;
  return (
    <section className="grid-courtyards" data-testid="grid-courtyard-counts" data-total={totalOf(counts)}>
      <h3>{t('courtyard.gridCounts')}</h3>
      {totalOf(counts) === 0 ? (
        <p className="muted">{t('courtyard.gridCountsNone')}</p>
      ) : (
        <ul>
          {RISK_LEVELS.map((r) => (
            <li key={r} style={{ background: RISK_HEX[r], color: RISK_INK[r] }} data-testid={`grid-courtyards-${r}`} data-count={counts[r]}>
              <span>{t(`courtyard.levelsShort.${r}`)}</span>
              <b>{counts[r]}</b>
            </li>
          ))}
        </ul>
      )}
      {mayPrint && totalOf(counts) > 0 && (
        <a className="print-plates" href={`${routePath({ page: 'plates' }, import.meta.env.BASE_URL)}?grid=${gridId}`} target="_blank" rel="noreferrer" data-testid="grid-print-plates">
          {t('courtyard.plate.print')}
        </a>
      )}
    </section>
  );
}
