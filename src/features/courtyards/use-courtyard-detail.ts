// The open courtyard's full record and the checklist's item names. Reloaded after every change made from the
// card, keeping the last answer on screen meanwhile so the card never blinks empty.
import { useCallback, useMemo, useState } from 'react';
import type { Backend } from '../../data/backend';
import { useQuery } from '../../lib/use-query';
import { isChinese } from '../../lib/vocab';

export function useCourtyardDetail(backend: Backend, id: number, session: number, lang: string) {
  const [local, setLocal] = useState(0);
  const query = useQuery(`courtyard:${id}:${session}:${local}`, () => backend.courtyards.detail(id));
  const checklist = useQuery('inspection-checklist', () => backend.courtyards.checklist());
  const reload = useCallback(() => setLocal((n) => n + 1), []);
  const detail = query.data !== undefined ? query.data : query.latest?.id === id ? query.latest : undefined;
  const names = useMemo(() => new Map((checklist.data ?? []).map((i) => [i.code, isChinese(lang) ? i.name_zh : i.name_en])), [checklist.data, lang]);
  const itemName = useCallback((code: string) => names.get(code) ?? code, [names]);
  return { detail, loading: query.loading, reload, itemName, checklist: checklist.data };
}
