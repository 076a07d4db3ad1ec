// 附近已有相同问题: open incidents of the same category close to the pin. "Me too" joins one instead of filing
// it again; the count shown is the database's, asked for again after each join.
import { useTranslation } from 'react-i18next';
import type { NearbyIncident, Vocabularies } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { vocabLabel } from '../../lib/vocab';

interface Props {
  rows: NearbyIncident[];
  vocab: Vocabularies;
  supported: ReadonlySet<number>;
  busyId: number | null;
  onSupport(id: number): void;
}

export function DuplicateList({ rows, vocab, supported, busyId, onSupport }: Props) {
  const { t, i18n } = useTranslation();
  if (!rows.length) return null;
  return (
    <section className="report-duplicates" data-testid="report-duplicates" aria-live="polite">
      <h3>{t('report.duplicates.title')}</h3>
      <p className="fine-print">{t('report.duplicates.hint')}</p>
      <ul>
        {rows.map((r) => (
          <li key={r.id} data-testid="report-duplicate" data-id={r.id} data-count={r.me_too_count}>
            <div className="dup-text">
              <strong>{r.title}</strong>
              <span className="muted">
                {vocabLabel(vocab.statuses, r.status, i18n.language)} · {t('report.duplicates.distance', { m: Math.round(r.distance_m) })} ·{' '}
                {formatDateTime(r.reported_at, i18n.language)}
              </span>
              <span className="dup-count">{t('report.duplicates.count', { count: r.me_too_count })}</span>
            </div>
            {supported.has(r.id) ? (
              <span className="dup-done">{t('report.duplicates.supported')}</span>
            ) : (
              <button type="button" disabled={busyId !== null} onClick={() => onSupport(r.id)} data-testid="report-me-too">
                {t('report.duplicates.meToo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {supported.size > 0 && <p className="report-thanks" data-testid="report-thanks">{t('report.duplicates.thanks')}</p>}
    </section>
  );
}
