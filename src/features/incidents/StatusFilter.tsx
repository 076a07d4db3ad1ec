// Status filter with counts per status and the pin colour of each: the filter doubles as the map legend.
import { useTranslation } from 'react-i18next';
import type { IncidentStatusEntry } from '../../data/types';
import { vocabName } from '../../i18n/i18n';

interface Props {
  statuses: IncidentStatusEntry[];
  counts: Record<string, number>;
  selected: string[] | null;
  shown: number;
  total: number;
  onChange(selected: string[]): void;
}

export function StatusFilter({ statuses, counts, selected, shown, total, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const isOn = (code: string) => selected === null || selected.includes(code);
  const toggle = (code: string) => {
    const current = selected ?? statuses.map((s) => s.code as string);
    const next = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
    onChange(statuses.map((s) => s.code as string).filter((c) => next.includes(c)));
  };
  return (
    <section className="status-filter" data-testid="status-filter" aria-label={t('incidents.statusFilter')}>
      <header>
        <h2>{t('incidents.title')}</h2>
        <span data-testid="pins-shown">{t('incidents.shown', { shown, total })}</span>
      </header>
      <ul>
        {statuses.map((s) => (
          <li key={s.code}>
            <label data-testid={`status-option-${s.code}`}>
              <input type="checkbox" checked={isOn(s.code)} onChange={() => toggle(s.code)} />
              <span className="swatch" style={{ background: s.color }} />
              <span className="name">{vocabName(s, i18n.language)}</span>
              <span className="count">{counts[s.code] ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="filter-actions">
        <button type="button" onClick={() => onChange(statuses.map((s) => s.code))}>
          {t('incidents.all')}
        </button>
        <button type="button" onClick={() => onChange([])}>
          {t('incidents.none')}
        </button>
      </div>
    </section>
  );
}
