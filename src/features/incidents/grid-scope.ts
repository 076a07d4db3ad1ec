// The grid subtree that scopes the incidents when a grid is selected: its own id and every descendant's.
import type { GridCollection } from '../../data/types';

export function subtreeIds(grids: GridCollection | null, rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const f of grids?.features ?? []) {
    const parent = f.properties.parent_id;
    if (parent === null) continue;
    const list = children.get(Number(parent));
    if (list) list.push(Number(f.properties.id));
    else children.set(Number(parent), [Number(f.properties.id)]);
  }
  const ids = new Set<number>([rootId]);
  const stack = [rootId];
  while (stack.length) {
    for (const c of children.get(stack.pop()!) ?? []) {
      if (ids.has(c)) continue;
      ids.add(c);
      stack.push(c);
    }
  }
  return ids;
}
