// The courtyard's inspections, newest first: each a line (when, who, risk, stars, score) that opens to the failed
// items with their notes, the findings and the photos. The newest is open.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { InspectionSummary } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { StoredPhotos } from '../../ui/StoredPhotos';
import { RiskBadge, Stars } from './RiskBadge';

interface Props {
  backend: Backend;
  inspections: InspectionSummary[];
  itemName(code: string): string;
}

export function InspectionHistory({ backend, inspections, itemName }: Props) {
  const { t, i18n } = useTranslation();
  if (!inspections.length) return <p className="muted">{t('courtyard.noHistory')}</p>;
  return (
    <div className="inspection-history" data-testid="inspection-history" data-count={inspections.length}>
      {inspections.map((x, i) => (
        <details key={x.id} open={i === 0} data-testid="inspection-entry">
          <summary>
            <time>{formatDateTime(x.inspected_at, i18n.language)}</time>
            <RiskBadge risk={x.risk_level} />
            <Stars stars={x.stars} />
            <span className="muted">{t('courtyard.score', { score: x.score })}</span>
          </summary>
          {x.inspector_name && <p className="muted">{t('courtyard.inspectedBy', { name: x.inspector_name })}</p>}
          {x.failed.length ? (
            <ul className="failed-items">
              {x.failed.map((f) => (
                <li key={f.item}>
                  <b>{itemName(f.item)}</b>
                  {f.note && <span> — {f.note}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="passed">{t('courtyard.allPassed')}</p>
          )}
          {x.findings && (
            <p className="findings">
              <span className="muted">{t('courtyard.findings')}：</span>
              {x.findings}
            </p>
          )}
          <StoredPhotos backend={backend} paths={x.photos} testId="inspection-photos" />
        </details>
      ))}
    </div>
  );
}
