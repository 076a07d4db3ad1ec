// Picks the page for the URL. The map page is the product's front door and loads eagerly; every other page is
// its own lazily loaded chunk, so a QR visitor or a wall screen never downloads what it does not show.
import { lazy, Suspense } from 'react';
import type { Backend } from '../data/backend';
import type { Route } from '../lib/route';
import { App } from './App';

const ScreenApp = lazy(() => import('./ScreenApp'));

export function Root({ route, backend }: { route: Route; backend: Backend }) {
  switch (route.page) {
    case 'screen':
      return (
        <Suspense fallback={null}>
          <ScreenApp backend={backend} />
        </Suspense>
      );
    default:
      return <App backend={backend} />;
  }
}
