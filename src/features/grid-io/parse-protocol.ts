// Messages between the import page and its parsing worker. Parsing and conversion run off the main thread so a
// surveyor's 10,000-polygon shapefile never freezes the page; cancelling terminates the worker.
import type { Crs } from '../../lib/coords';
import type { CrsGuess, CrsRefusal } from '../../lib/crs-detect';
import type { GridFileFormat } from '../../lib/grid-file';
import type { FieldMapping, RowIssue } from '../../lib/grid-mapping';
import type { GridSet } from '../../data/types';

export type ToWorker =
  | { type: 'parse'; name: string; data: ArrayBuffer }
  | { type: 'map'; mapping: FieldMapping; crs: Crs };

export interface ParsedFile {
  name: string;
  format: GridFileFormat;
  count: number;
  keys: string[];
  mapping: FieldMapping;
  crs: CrsGuess;
  /** Why the coordinates cannot be used at all, whatever the CRS. */
  refusal: CrsRefusal | null;
}

export type FromWorker =
  | { type: 'progress'; stage: 'read' | 'parse' | 'convert'; done: number; total: number }
  | { type: 'parsed'; file: ParsedFile }
  | { type: 'mapped'; set: GridSet; issues: RowIssue[] }
  | { type: 'error'; key: string };
