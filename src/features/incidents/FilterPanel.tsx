// The incident filter over the map: search, the grid scope, status (also the pins' legend), category, source,
// department, reporting dates and overdue, each option with its faceted count; reset, heatmap and list
// switches. On a phone the body folds away behind one button so the map stays visible.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabularies } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { NO_DEPARTMENT, toggleCode, toggleInList, type Facet, type FilterResult } from '../../lib/incident-filter';
import { vocabName } from '../../lib/vocab';
import { DateRange } from './DateRange';
import { FacetSection, type FacetOption } from './FacetSection';
import { DEFAULT_FILTERS, isDefaultFilter, type FilterState } from './filter-state';
import './incidents.css';

interface Props {
  vocab: Vocabularies;
  filters: FilterState;
  openStatuses: string[];
  result: FilterResult;
  total: number;
  /** The pins are being read again (another user signed in, incidents changed): the counts are the last ones. */
  updating: boolean;
  scope: string | null;
  heat: boolean;
  listOpen: boolean;
  onChange(next: FilterState): void;
  onClearScope(): void;
  onHeat(on: boolean): void;
  onList(open: boolean): void;
}

export function FilterPanel(p: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const { filters, vocab, result } = p;
  const set = (patch: Partial<FilterState>) => p.onChange({ ...filters, ...patch });
  const statusCodes = vocab.statuses.map((s) => s.code as string);
  const chosen = filters.statuses ?? p.openStatuses;
  const named = (rows: { code: string; name_zh: string; name_en: string }[]): FacetOption[] =>
    rows.map((r) => ({ code: r.code, label: vocabName(r, lang) }));
  const departments: FacetOption[] = [
    ...vocab.departments.map((d) => ({ code: String(d.id), label: vocabName(d, lang) })),
    { code: NO_DEPARTMENT, label: t('filters.noDepartment') },
  ];
  const shown = result.indices.length;
  // Facets where nothing ticked means no limit, with the filter field each one sets.
  const listFacets: [Exclude<Facet, 'status'>, 'categories' | 'sources' | 'departments', FacetOption[]][] = [
    ['category', 'categories', named(vocab.categories)],
    ['source', 'sources', named(vocab.sources)],
    ['department', 'departments', departments],
  ];

  return (
    <section className={`card filter-panel${open ? ' open' : ''}`} data-testid="filter-panel" aria-label={t('filters.toggle')}>
      <header>
        <h2>{t('incidents.title')}</h2>
        <span data-testid="pins-shown" data-shown={shown} data-updating={p.updating} aria-busy={p.updating}>
          {t('incidents.shown', { shown: formatNumber(shown, lang), total: formatNumber(p.total, lang) })}
          {p.updating && ` · ${t('incidents.updating')}`}
        </span>
        <button type="button" className="filter-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('filters.toggle')}
        </button>
      </header>
      <div className="filter-switches">
        <span className={result.overdue ? 'overdue-count on' : 'overdue-count'} data-testid="overdue-count" data-count={result.overdue}>
          {t('filters.overdueCount', { count: result.overdue })}
        </span>
        <button type="button" aria-pressed={p.listOpen} data-testid="list-toggle" onClick={() => p.onList(!p.listOpen)}>
          {t('filters.list')}
        </button>
        <button type="button" aria-pressed={p.heat} data-testid="heat-toggle" onClick={() => p.onHeat(!p.heat)}>
          {t('filters.heatmap')}
        </button>
      </div>
      <div className="filter-body">
        <input
          type="search"
          className="filter-search"
          data-testid="filter-search"
          value={filters.q}
          maxLength={60}
          placeholder={t('filters.search')}
          aria-label={t('filters.search')}
          onChange={(e) => set({ q: e.target.value })}
        />
        {p.scope && (
          <div className="scope-chip" data-testid="filter-scope">
            <span>{t('filters.scope', { grid: p.scope })}</span>
            <button type="button" aria-label={t('filters.clearScope')} onClick={p.onClearScope}>
              ×
            </button>
          </div>
        )}
        <FacetSection
          title={t('filters.status')}
          testId="status-filter"
          optionTestId="status-option"
          open
          options={vocab.statuses.map((s) => ({ code: s.code, label: vocabName(s, lang), color: s.color, muted: !s.is_open }))}
          counts={result.counts.status}
          isChecked={(c) => chosen.includes(c)}
          onToggle={(c) => set({ statuses: toggleCode(chosen, c, statusCodes) ?? statusCodes })}
          actions={
            <div className="filter-actions">
              <button type="button" onClick={() => set({ statuses: statusCodes })}>{t('incidents.all')}</button>
              <button type="button" onClick={() => set({ statuses: null })}>{t('incidents.openOnly')}</button>
              <button type="button" onClick={() => set({ statuses: [] })}>{t('incidents.none')}</button>
            </div>
          }
        />
        {listFacets.map(([facet, key, options]) => (
          <FacetSection
            key={facet}
            title={t(`filters.${facet}`)}
            testId={`facet-${facet}`}
            optionTestId={`${facet}-option`}
            options={options}
            counts={result.counts[facet]}
            isChecked={(c) => filters[key]?.includes(c) ?? false}
            onToggle={(c) => set({ [key]: toggleInList(filters[key], c) })}
          />
        ))}
        <DateRange from={filters.from} to={filters.to} onChange={(from, to) => set({ from, to })} />
        <label className="overdue-only" data-testid="filter-overdue">
          <input type="checkbox" checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
          <span className="name">{t('filters.overdueOnly')}</span>
        </label>
        <button
          type="button"
          className="filter-reset"
          data-testid="filter-reset"
          disabled={isDefaultFilter(filters)}
          onClick={() => p.onChange(DEFAULT_FILTERS)}
        >
          {t('filters.reset')}
        </button>
      </div>
    </section>
  );
}
