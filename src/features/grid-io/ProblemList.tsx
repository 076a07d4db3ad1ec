// What the database found wrong with the candidate grids, one line per problem with the grids involved and the
// area; a click shows it on the map. Slivers (within the tolerance) are marked: snapping fixes them.
import { useTranslation } from 'react-i18next';
import type { GridProblem } from '../../data/types';
import { bboxOf, type BBox } from '../../lib/coords';
import { problemArea } from './problem-area';

export function ProblemList({ problems, checking, onFocus }: { problems: GridProblem[]; checking: boolean; onFocus(b: BBox): void }) {
  const { t, i18n } = useTranslation();
  if (checking) return <p className="muted" data-testid="grid-io-checking">{t('gridIo.checking')}</p>;
  if (problems.length === 0) return <p className="grid-io-ok" data-testid="grid-io-clean">{t('gridIo.clean')}</p>;
  const slivers = problems.filter((p) => p.snappable).length;
  return (
    <>
      <p className="grid-io-error" data-testid="grid-io-summary">
        {t('gridIo.problemCount', { count: problems.length })}
        {slivers > 0 && ` ${t('gridIo.sliverCount', { count: slivers })}`}
      </p>
      <ul className="grid-io-problems" data-testid="grid-io-problems">
        {problems.map((p, i) => {
          const box = p.geometry ? bboxOf([p.geometry]) : null;
          return (
            <li key={i} data-testid="grid-io-problem" data-kind={p.kind} className={p.snappable ? 'sliver' : undefined}>
              <button type="button" disabled={!box} onClick={() => box && onFocus(box)}>
                <strong>{t(`gridIo.kind.${p.kind}`)}</strong> {p.codes.join(' / ')}
                {p.area_m2 !== null && <span className="area"> · {problemArea(p.area_m2, i18n.language)}</span>}
                {p.snappable && <span className="tag"> {t('gridIo.sliver')}</span>}
                {p.detail && <span className="detail"> · {t(`gridIo.detail.${p.kind}`, { detail: p.detail, defaultValue: p.detail })}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
