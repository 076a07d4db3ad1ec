// What the port's methods mean in terms of the database's named functions and tables. Both adapters only
// say how to call a function or read a table; the mapping lives here once, so the two cannot drift.
import type { Backend, BackendInfo, BackendProgress } from './backend';
import type {
  Department,
  GridCollection,
  GridSummary,
  HouseholdRow,
  HouseholdTag,
  IncidentCategory,
  IncidentPin,
  IncidentSource,
  IncidentStatusEntry,
  SessionUser,
  Vocabularies,
} from './types';

export type RpcArgs = Record<string, unknown>;

export abstract class RpcBackend implements Backend {
  abstract readonly info: BackendInfo;
  protected progressListeners = new Set<(p: BackendProgress) => void>();

  abstract ready(): Promise<void>;
  abstract currentUser(): SessionUser | null;
  abstract signInAs(userId: string | null): Promise<SessionUser | null>;

  /** Calls a function returning one value (json, scalar). */
  protected abstract rpcValue<T>(fn: string, args: RpcArgs): Promise<T>;
  /** Calls a set-returning function; all rows. */
  protected abstract rpcRows<T>(fn: string, args: RpcArgs): Promise<T[]>;
  /** Reads whole reference tables (vocabularies), ordered. */
  protected abstract selectAll<T>(table: string, orderBy: string): Promise<T[]>;

  onProgress(listener: (p: BackendProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  protected emitProgress(p: BackendProgress) {
    for (const l of this.progressListeners) l(p);
  }

  async vocabularies(): Promise<Vocabularies> {
    const [householdTags, categories, sources, statuses, departments] = await Promise.all([
      this.selectAll<HouseholdTag>('household_tags', 'sort'),
      this.selectAll<IncidentCategory>('incident_categories', 'sort'),
      this.selectAll<IncidentSource>('incident_sources', 'sort'),
      this.selectAll<IncidentStatusEntry>('incident_statuses', 'sort'),
      this.selectAll<Department>('departments', 'id'),
    ]);
    return { householdTags, categories, sources, statuses, departments };
  }

  grids(): Promise<GridCollection> {
    return this.rpcValue<GridCollection>('grids_geojson', {});
  }

  gridSummary(gridId: number): Promise<GridSummary | null> {
    return this.rpcValue<GridSummary | null>('grid_summary', { p_grid_id: gridId });
  }

  gridHouseholds(gridId: number): Promise<HouseholdRow[]> {
    return this.rpcRows<HouseholdRow>('grid_households', { p_grid_id: gridId });
  }

  incidentPins(): Promise<IncidentPin[]> {
    return this.rpcRows<IncidentPin>('map_incidents', {});
  }

  gridAt(lon: number, lat: number): Promise<number | null> {
    return this.rpcValue<number | null>('grid_at', { lon, lat });
  }
}
