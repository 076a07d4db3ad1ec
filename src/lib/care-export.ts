// A care list as a spreadsheet: the columns a community prints for its 关爱 rounds, phones exactly as the list
// shows them (masked: an export never holds more than the screen), dates on the Shanghai calendar.
import type { CareRow } from '../data/types';
import { toCsv } from './csv';

export interface CareCsvLabels {
  header: readonly string[];
  tag(code: string): string;
  overdue: string;
  never: string;
}

export function careCsv(rows: readonly CareRow[], l: CareCsvLabels): string {
  return toCsv(
    l.header,
    rows.map((r) => [
      r.grid_code,
      r.address,
      r.head_name,
      r.phone_masked,
      r.size,
      r.tags.map(l.tag).join('、'),
      r.last_visit_at ?? l.never,
      r.due_on,
      r.overdue ? l.overdue : '',
    ]),
  );
}
