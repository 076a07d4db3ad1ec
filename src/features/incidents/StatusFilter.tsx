// Status filter with the count and pin colour of each status: it doubles as the legend of the pins.
import { useTranslation } from 'react-i18next';
import type { IncidentStatusEntry } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { toggleStatus } from '../../lib/incident-filter';
import { vocabName } from '../../lib/vocab';

interface Props {
  statuses: IncidentStatusEntry[];
  counts: Readonly<Record<string, number>>;
  selected: readonly string[];
  shown: number;
  total: number;
  onChange(selected: string[]): void;
}

export function StatusFilter({ statuses, counts, selected, shown, total, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const codes = statuses.map((s) => s.code as string);
  return (
    <section className="card status-filter" data-testid="status-filter" aria-label={t('incidents.statusFilter')}>
      <header>
        <h2>{t('incidents.title')}</h2>
        <span data-testid="pins-shown">
          {t('incidents.shown', { shown: formatNumber(shown, lang), total: formatNumber(total, lang) })}
        </span>
      </header>
      <ul>
        {statuses.map((s) => (
          <li key={s.code}>
            <label data-testid={`status-option-${s.code}`} className={s.is_open ? 'open' : 'done'}>
              <input
                type="checkbox"
                checked={selected.includes(s.code)}
                onChange={() => onChange(toggleStatus(selected, s.code, codes) ?? codes)}
              />
              <span className="swatch" style={{ background: s.color }} aria-hidden />
              <span className="name">{vocabName(s, lang)}</span>
              <span className="count">{counts[s.code] ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="filter-actions">
        <button type="button" onClick={() => onChange(codes)}>
          {t('incidents.all')}
        </button>
        <button type="button" onClick={() => onChange(codes.filter((c) => statuses.find((s) => s.code === c)?.is_open))}>
          {t('incidents.openOnly')}
        </button>
        <button type="button" onClick={() => onChange([])}>
          {t('incidents.none')}
        </button>
      </div>
    </section>
  );
}
