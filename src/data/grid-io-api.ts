// Grid boundaries in: the coverage check and the all-or-nothing apply (migration 0023). The database decides what
// is a problem and who may change which grids; this only carries the set there and the answers back.
import type { Rpc } from './rpc';
import type { GridImportResult, GridProblem, GridSet } from './types';

export class GridIoApi {
  constructor(private readonly rpc: Rpc) {}

  /** Every problem of the set laid over the current grids (after snapping slivers when `snap`); writes nothing. */
  check(set: GridSet, toleranceM2: number, snap: boolean): Promise<GridProblem[]> {
    return this.rpc.rows<GridProblem>('grid_import_check', { p_set: set, p_tolerance_m2: toleranceM2, p_snap: snap });
  }

  /** Writes the set in one transaction, or nothing with the reason; households and incidents follow by location. */
  apply(set: GridSet, toleranceM2: number, snap: boolean): Promise<GridImportResult> {
    return this.rpc.value<GridImportResult>('grid_import_apply', { p_set: set, p_tolerance_m2: toleranceM2, p_snap: snap });
  }
}
