// Reporting date range (China time calendar days, both ends inclusive). An end before the start is shown as
// an error and the range is not applied, rather than silently emptying the map.
import { useTranslation } from 'react-i18next';
import { badRange } from './filter-state';

interface Props {
  from: string | null;
  to: string | null;
  onChange(from: string | null, to: string | null): void;
}

export function DateRange({ from, to, onChange }: Props) {
  const { t } = useTranslation();
  const bad = badRange({ from, to });
  return (
    <fieldset className="date-range" data-testid="filter-dates">
      <legend>{t('filters.date')}</legend>
      <label>
        <span>{t('filters.from')}</span>
        <input type="date" value={from ?? ''} max={to ?? undefined} onChange={(e) => onChange(e.target.value || null, to)} />
      </label>
      <label>
        <span>{t('filters.to')}</span>
        <input type="date" value={to ?? ''} min={from ?? undefined} onChange={(e) => onChange(from, e.target.value || null)} />
      </label>
      {bad && (
        <p className="field-error" role="alert" data-testid="date-error">
          {t('filters.badRange')}
        </p>
      )}
    </fieldset>
  );
}
