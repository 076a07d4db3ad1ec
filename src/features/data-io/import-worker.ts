// The page's handle on data-io.worker.ts: one request at a time, answered by one message (progress messages go to
// onProgress). Terminating the worker is how a read or a check is cancelled.
import type { ColumnMapping } from '../../lib/column-map';
import type { CheckContext, FromWorker, ImportKind, ToWorker } from './protocol';

export type Loaded = Extract<FromWorker, { type: 'loaded' }>;
export type Checked = Extract<FromWorker, { type: 'checked' }>;
export type Progress = Extract<FromWorker, { type: 'progress' }>;

export class ImportWorker {
  private readonly worker = new Worker(new URL('./data-io.worker.ts', import.meta.url), { type: 'module', name: 'gridgov-data-io' });
  private waiting: { resolve(m: FromWorker): void; reject(e: Error): void } | null = null;

  constructor(onProgress: (p: Progress) => void) {
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m);
      const w = this.waiting;
      this.waiting = null;
      if (m.type === 'error') w?.reject(new Error(m.message));
      else w?.resolve(m);
    };
    this.worker.onerror = (e) => {
      this.waiting?.reject(new Error(e.message));
      this.waiting = null;
    };
  }

  private request<T extends FromWorker>(m: ToWorker): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting = { resolve: resolve as (m: FromWorker) => void, reject };
      this.worker.postMessage(m);
    });
  }

  load(file: File, kind: ImportKind): Promise<Loaded> {
    return this.request<Loaded>({ type: 'load', file, kind });
  }

  check(mapping: ColumnMapping<string>, ctx: CheckContext): Promise<Checked> {
    return this.request<Checked>({ type: 'check', mapping, ctx });
  }

  async report(format: 'csv' | 'xlsx', reasonHeader: string, reasons: [number, string][]): Promise<Blob> {
    const f = await this.request<Extract<FromWorker, { type: 'file' }>>({ type: 'report', format, reasonHeader, reasons });
    return new Blob([f.data], { type: f.mime });
  }

  async xlsx(sheet: string, header: string[], rows: (string | number | null)[][]): Promise<Blob> {
    const f = await this.request<Extract<FromWorker, { type: 'file' }>>({ type: 'xlsx', sheet, header, rows });
    return new Blob([f.data], { type: f.mime });
  }

  terminate() {
    this.worker.terminate();
    this.waiting?.reject(new Error('cancelled'));
    this.waiting = null;
  }
}

