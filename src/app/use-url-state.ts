// Keeps the URL in step with the view, without adding history entries for every pan.
import { useEffect, useRef } from 'react';
import { serializeUrlState, type UrlState } from '../lib/url-state';

export function useUrlSync(state: UrlState) {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const next = serializeUrlState(state) + location.hash;
      if (next !== location.search + location.hash) history.replaceState(null, '', location.pathname + next);
    }, 150);
    return () => window.clearTimeout(timer.current);
  }, [state]);
}
