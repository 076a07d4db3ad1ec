// A counter that moves every `ms`: the wall screen puts it in its query keys, so figures are asked for again on
// a schedule even when no change notification arrives (another office's edits on a Supabase project).
import { useEffect, useState } from 'react';

export function useRefreshTick(ms: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
  return tick;
}
