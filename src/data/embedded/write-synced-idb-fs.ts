// The IndexedDB copy of the embedded database, written when the worker says so. PGlite's own IdbFs copies after
// every BEGIN and every statement outside a transaction: each time it walks all 650 files and reads every key of
// the IndexedDB store, and on a first visit (an empty store) the first of those copies is the whole 50 MB
// database, started inside PGlite.create, which holds up the first queries by a second or more. It also never
// copies after a COMMIT (that runs inside the transaction), so the last write before a tab closes could stay in
// memory only. Here PGlite's calls do nothing; the worker flushes after each transaction that wrote, and once,
// when the page is quiet, after loading the snapshot.
import { IdbFs } from '@electric-sql/pglite';
import { coalesce } from '../../lib/coalesce';

export class WriteSyncedIdbFs extends IdbFs {
  /** Copies every file changed since the last flush into IndexedDB; overlapping calls share one more copy. */
  readonly flush = coalesce(() => super.syncToFs());

  override syncToFs(): Promise<void> {
    return Promise.resolve();
  }
}
