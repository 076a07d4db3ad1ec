// Keeps the address bar in step with what is on screen (selected grid, filters, list order, view) so a copied
// link opens the same picture. replaceState, debounced: panning and typing must not flood the history.
import { useEffect } from 'react';
import { serializeUrlState, type UrlState } from '../lib/url-state';

export function useUrlSync(state: UrlState) {
  const search = serializeUrlState(state);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [search]);
}
