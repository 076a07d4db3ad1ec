// Reading a grid file in the worker: progress while it runs, cancel at any time (the worker is thrown away and a
// fresh one starts with the next file), the parsed summary and then the mapped, converted candidate set.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Crs } from '../../lib/coords';
import type { FieldMapping, RowIssue } from '../../lib/grid-mapping';
import type { GridSet } from '../../data/types';
import type { FromWorker, ParsedFile, ToWorker } from './parse-protocol';

export interface GridFileState {
  busy: boolean;
  progress: { stage: string; done: number; total: number } | null;
  parsed: ParsedFile | null;
  mapped: { set: GridSet; issues: RowIssue[] } | null;
  /** An i18n key under gridIo.fileError. */
  error: string | null;
}

const IDLE: GridFileState = { busy: false, progress: null, parsed: null, mapped: null, error: null };

export function useGridFile() {
  const [state, setState] = useState<GridFileState>(IDLE);
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const send = useCallback((m: ToWorker, transfer: Transferable[] = []) => {
    if (!worker.current) {
      const w = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'gridgov-grid-file' });
      w.onmessage = (e: MessageEvent<FromWorker>) => {
        const r = e.data;
        setState((s) => {
          switch (r.type) {
            case 'progress':
              return { ...s, progress: r };
            case 'parsed':
              return { ...s, busy: false, progress: null, parsed: r.file };
            case 'mapped':
              return { ...s, busy: false, progress: null, mapped: { set: r.set, issues: r.issues } };
            case 'error':
              return { ...s, busy: false, progress: null, error: r.key };
          }
        });
      };
      worker.current = w;
    }
    worker.current.postMessage(m, transfer);
  }, []);

  const open = useCallback(
    async (f: File) => {
      stop();
      setState({ ...IDLE, busy: true, progress: { stage: 'read', done: 0, total: f.size } });
      const data = await f.arrayBuffer();
      send({ type: 'parse', name: f.name, data }, [data]);
    },
    [send, stop],
  );

  const map = useCallback(
    (mapping: FieldMapping, crs: Crs) => {
      setState((s) => ({ ...s, busy: true, mapped: null, error: null }));
      send({ type: 'map', mapping, crs });
    },
    [send],
  );

  const cancel = useCallback(() => {
    stop();
    setState(IDLE);
  }, [stop]);

  return { ...state, open, map, cancel };
}
