// The selected grid's household register (民情册): search, tag chips with counts, and the virtualised list.
// What comes back is what row level security lets the current user see; when that is nothing (always, for an
// anonymous visitor) the panel says why instead of showing an empty list.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdRow, HouseholdTag } from '../../data/types';
import { countTags, filterHouseholds } from '../../lib/household-filter';
import { formatNumber } from '../../lib/format';
import { HouseholdList } from './HouseholdList';
import { TagChips } from './TagChips';

interface Props {
  rows: HouseholdRow[] | undefined;
  signedIn: boolean;
  waitingForDb: boolean;
  tags: HouseholdTag[];
  revealPhone(id: number): Promise<string>;
  onError(e: unknown): void;
  /** Search text and chosen tags, kept by the page (in its URL, so that an export can honour them). */
  filter: RegisterFilter;
  onFilter(filter: RegisterFilter): void;
}

export interface RegisterFilter {
  q: string;
  tags: string[];
}

export function HouseholdRegister({ rows, signedIn, waitingForDb, tags, revealPhone, onError, filter, onFilter }: Props) {
  const { t } = useTranslation();
  return (
    <section className="register">
      <h3 className="register-title">{t('households.title')}</h3>
      {waitingForDb || rows === undefined ? (
        <p className="muted" data-testid="households-loading">
          {waitingForDb ? t('households.waitingForDb') : t('households.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="notice" data-testid="households-hidden">
          {signedIn ? t('households.noAccess') : t('households.signInToSee')}
        </p>
      ) : (
        <FilteredRegister rows={rows} tags={tags} revealPhone={revealPhone} onError={onError} filter={filter} onFilter={onFilter} />
      )}
    </section>
  );
}

function FilteredRegister({ rows, tags, revealPhone, onError, filter, onFilter }: Omit<Props, 'signedIn' | 'waitingForDb'> & { rows: HouseholdRow[] }) {
  const { t, i18n } = useTranslation();
  const { q: query, tags: chosen } = filter;
  const setQuery = (q: string) => onFilter({ ...filter, q });
  const setChosen = (f: (c: string[]) => string[]) => onFilter({ ...filter, tags: f(chosen) });
  const matching = useMemo(() => filterHouseholds(rows, query, []), [rows, query]);
  const shown = useMemo(() => filterHouseholds(matching, '', chosen), [matching, chosen]);
  const counts = useMemo(() => countTags(shown), [shown]);
  const toggle = (code: string) =>
    setChosen((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code]));

  return (
    <>
      <div className="register-tools">
        <input
          type="search"
          value={query}
          placeholder={t('households.search')}
          aria-label={t('households.search')}
          data-testid="household-search"
          onChange={(e) => setQuery(e.target.value)}
        />
        <TagChips tags={tags} counts={counts} chosen={chosen} onToggle={toggle} onClear={() => setChosen(() => [])} />
        <div className="household-count" data-testid="household-count" data-count={shown.length} aria-live="polite">
          {t('households.count', {
            shown: formatNumber(shown.length, i18n.language),
            total: formatNumber(rows.length, i18n.language),
          })}
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('households.empty')}</p>
      ) : (
        <HouseholdList rows={shown} tags={tags} revealPhone={revealPhone} onError={onError} />
      )}
    </>
  );
}
