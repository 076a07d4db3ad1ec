// The import flow: choose a file → the worker reads and checks it → preview with per-row errors → batches of 1,000
// rows to the database with progress and cancel → per-row results. Bad rows are never sent; refused rows join them
// in the error report. What the page keeps of the database's answers is a count per result and the refused rows:
// re-rendering 50,000 results after every batch held the main thread for half a second at a time.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { ImportResult, Vocabularies } from '../../data/types';
import type { ColumnMapping } from '../../lib/column-map';
import type { RowError } from '../../lib/row-errors';
import { ImportWorker, type Checked, type Loaded } from './import-worker';
import type { CheckContext, Crs, ImportKind } from './protocol';

export const BATCH = 1000;

export type Phase = 'idle' | 'reading' | 'checking' | 'preview' | 'importing' | 'done' | 'cancelled';

export type Outcome = Record<ImportResult['result'], number>;
const NO_OUTCOME: Outcome = { inserted: 0, updated: 0, unchanged: 0, refused: 0 };

export interface ImportState {
  phase: Phase;
  kind: ImportKind;
  fileName: string | null;
  loaded: Loaded | null;
  mapping: ColumnMapping<string>;
  tagOverrides: Record<string, string>;
  defaultGridCode: string | null;
  crs: Crs;
  checked: Checked | null;
  progress: { done: number; total: number } | null;
  /** Rows the database answered for, by result. */
  outcome: Outcome;
  /** The rows it refused, with their reasons. */
  refused: ImportResult[];
  error: unknown;
}

const INITIAL: ImportState = {
  phase: 'idle', kind: 'households', fileName: null, loaded: null, mapping: {}, tagOverrides: {}, defaultGridCode: null,
  crs: 'wgs84', checked: null, progress: null, outcome: NO_OUTCOME, refused: [], error: null,
};

export function useImport(backend: Backend, vocab: Vocabularies | undefined, gridCodes: string[]) {
  const [state, setState] = useState<ImportState>(INITIAL);
  const worker = useRef<ImportWorker | null>(null);
  const cancelled = useRef(false);
  const patch = (p: Partial<ImportState>) => setState((s) => ({ ...s, ...p }));

  useEffect(() => () => worker.current?.terminate(), []);

  const check = useCallback(async (s: Pick<ImportState, 'mapping' | 'tagOverrides' | 'defaultGridCode' | 'crs'>) => {
    if (!worker.current || !vocab) return;
    patch({ ...s, phase: 'checking', outcome: NO_OUTCOME, refused: [] });
    const ctx: CheckContext = {
      gridCodes, defaultGridCode: s.defaultGridCode, tags: vocab.householdTags, tagOverrides: s.tagOverrides,
      categories: vocab.categories, statuses: vocab.statuses.map((x) => x.code), crs: s.crs,
    };
    try {
      patch({ checked: await worker.current.check(s.mapping, ctx), phase: 'preview' });
    } catch (e) {
      patch({ error: e, phase: 'idle' });
    }
  }, [vocab, gridCodes]);

  const choose = useCallback(async (file: File, kind: ImportKind) => {
    worker.current?.terminate();
    const w = new ImportWorker((p) => patch({ progress: { done: p.done, total: p.total } }));
    worker.current = w;
    setState({ ...INITIAL, kind, crs: state.crs, defaultGridCode: state.defaultGridCode, fileName: file.name, phase: 'reading' });
    try {
      const loaded = await w.load(file, kind);
      patch({ loaded });
      await check({ mapping: loaded.mapping, tagOverrides: {}, defaultGridCode: state.defaultGridCode, crs: state.crs });
    } catch (e) {
      if (worker.current === w) patch({ error: e, phase: 'idle' });
    }
  }, [check, state.crs, state.defaultGridCode]);

  const start = useCallback(async () => {
    // The database answers by row_no: the line the user sees in their sheet.
    const rows = (state.checked?.rows ?? []).map((r) => ({ ...r, row_no: (r as { row: number }).row }));
    cancelled.current = false;
    patch({ phase: 'importing', outcome: NO_OUTCOME, refused: [], error: null, progress: { done: 0, total: rows.length } });
    const outcome = { ...NO_OUTCOME };
    let refused: ImportResult[] = [];
    const send = state.kind === 'households' ? (b: object[]) => backend.dataIo.importHouseholds(b) : (b: object[]) => backend.dataIo.importIncidents(b);
    try {
      for (let i = 0; i < rows.length; i += BATCH) {
        if (cancelled.current) return patch({ phase: 'cancelled', outcome: { ...outcome }, refused });
        const answers = await send(rows.slice(i, i + BATCH));
        for (const a of answers) outcome[a.result]++;
        // A new array only when there are new refusals: the list below the progress bar re-renders only then.
        const more = answers.filter((a) => a.result === 'refused');
        if (more.length > 0) refused = [...refused, ...more];
        patch({ outcome: { ...outcome }, refused, progress: { done: Math.min(i + BATCH, rows.length), total: rows.length } });
      }
      patch({ phase: 'done' });
    } catch (e) {
      patch({ error: e, phase: 'cancelled', outcome: { ...outcome }, refused });
    }
  }, [backend, state.checked, state.kind]);

  const cancel = useCallback(() => {
    if (state.phase === 'importing') cancelled.current = true;
    else {
      worker.current?.terminate();
      worker.current = null;
      setState((s) => ({ ...INITIAL, kind: s.kind, crs: s.crs, defaultGridCode: s.defaultGridCode }));
    }
  }, [state.phase]);

  const report = useCallback((format: 'csv' | 'xlsx', reasonHeader: string, reasons: [number, string][]) =>
    worker.current!.report(format, reasonHeader, reasons), []);
  return { state, setKind: (kind: ImportKind) => patch({ kind }), choose, check, start, cancel, report };
}

/** Every row that did not go in: the file's problems, then the database's refusals, by row. */
export function problemRows(errors: readonly RowError[], refused: readonly ImportResult[]): { row: number; field: string | null; code: string; value: string }[] {
  return [
    ...errors.map((e) => ({ row: e.row, field: e.field, code: e.code, value: e.value })),
    ...refused.map((r) => ({ row: r.row_no, field: null, code: r.reason ?? 'rejected', value: '' })),
  ].sort((a, b) => a.row - b.row);
}
