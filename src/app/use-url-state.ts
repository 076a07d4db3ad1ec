// Keeps the address bar in step with what is on screen (selected grid, status filter, view) so a copied link
// opens the same picture. replaceState, debounced: panning must not flood the history.
import { useEffect } from 'react';
import { serializeUrlState, type UrlState } from '../lib/url-state';

export function useUrlSync({ grid, statuses, view }: UrlState) {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const search = serializeUrlState({ grid, statuses, view });
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [grid, statuses, view]);
}
