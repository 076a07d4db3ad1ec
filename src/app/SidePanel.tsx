// The selected grid's panel: facts (grid_summary) and household register (grid_households), both asked again
// when the grid or the signed-in user changes. Loaded lazily: nothing here is needed for the first paint.
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../data/backend';
import type { AppRole, GridProperties, HouseholdTag, SessionUser } from '../data/types';
import { GridCourtyardCounts } from '../features/courtyards/GridCourtyardCounts';
import { GridFacts } from '../features/grids/GridFacts';
import { HouseholdRegister, type RegisterFilter } from '../features/households/HouseholdRegister';
import { useQuery } from '../lib/use-query';
import './panel.css';

/** Who may issue plates (the database's courtyard_plates decides again, courtyard by courtyard). */
const PLATE_ROLES: readonly AppRole[] = ['district_admin', 'community_admin', 'grid_leader'];

interface Props {
  backend: Backend;
  ready: boolean;
  session: number;
  user: SessionUser | null;
  grid: GridProperties;
  tags: HouseholdTag[];
  /** Changes when something the facts count has changed (incidents, courtyards): the facts are asked again. */
  revision: string;
  onClose(): void;
  onError(e: unknown): void;
  registerFilter: RegisterFilter;
  onRegisterFilter(filter: RegisterFilter): void;
}

function SidePanel({ backend, ready, session, user, grid, tags, revision, onClose, onError, registerFilter, onRegisterFilter }: Props) {
  const { t } = useTranslation();
  const id = Number(grid.id);
  const key = ready ? `${session}:${id}` : null;
  // The register first: the embedded database answers one query at a time, and the list is what people wait for.
  const households = useQuery(key, () => backend.gridHouseholds(id), onError);
  const summary = useQuery(key && `${key}:${revision}`, () => backend.gridSummary(id), onError);
  // While a change is being counted again, the grid's previous facts stay (never another grid's).
  const facts = summary.data ?? (summary.latest?.id === id ? summary.latest : undefined);

  const listed = households.data !== undefined;
  // Benchmarks read this; a panel opened from the URL has no click to measure from.
  useEffect(() => {
    if (listed && performance.getEntriesByName('gridgov:grid-click').length > 0) {
      performance.measure('gridgov:grid-click-to-list', 'gridgov:grid-click');
      performance.clearMarks('gridgov:grid-click');
    }
  }, [listed, id]);

  return (
    <aside className="panel" data-testid="grid-panel" aria-label={`${grid.code} ${grid.name}`}>
      <button type="button" className="close" onClick={onClose} aria-label={t('common.close')} data-testid="panel-close">
        ×
      </button>
      <div className="panel-body">
        <GridFacts grid={grid} summary={facts} loading={summary.loading} signedIn={user !== null} tags={tags} />
        <GridCourtyardCounts counts={facts?.courtyard_risks ?? null} gridId={id} mayPrint={user !== null && PLATE_ROLES.includes(user.role)} />
        <HouseholdRegister
          key={`${session}:${id}`}
          rows={households.data}
          signedIn={user !== null}
          waitingForDb={!ready}
          tags={tags}
          revealPhone={(householdId) => backend.revealHouseholdPhone(householdId)}
          onError={onError}
          filter={registerFilter}
          onFilter={onRegisterFilter}
        />
      </div>
    </aside>
  );
}

// The map page re-renders on every filter change and map move; the panel (and its register's rows) need not.
export default memo(SidePanel);
