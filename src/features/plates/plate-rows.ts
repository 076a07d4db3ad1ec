// Which plates the page prints: every courtyard of a grid's subtree (?grid=<grid id>), or one courtyard
// (?courtyard=<id>, from its card: its active plate, as the card's holder may see it).
import type { Backend } from '../../data/backend';
import type { PlateRow } from '../../data/types';

export type PlateTarget = { grid: number } | { courtyard: number } | null;

export function plateTarget(search: string): PlateTarget {
  const q = new URLSearchParams(search);
  const id = (name: string) => {
    const n = Number(q.get(name));
    return q.get(name) && Number.isSafeInteger(n) && n > 0 ? n : null;
  };
  const grid = id('grid');
  if (grid !== null) return { grid };
  const courtyard = id('courtyard');
  return courtyard !== null ? { courtyard } : null;
}

export async function plateRows(backend: Backend, target: Exclude<PlateTarget, null>): Promise<PlateRow[]> {
  if ('grid' in target) return backend.courtyards.plates(target.grid);
  const d = await backend.courtyards.detail(target.courtyard);
  if (!d?.plate_token) return [];
  return [{ courtyard_id: d.id, code: d.code, name: d.name, address: d.address, stars: d.stars, risk_level: d.risk_level, token: d.plate_token }];
}
