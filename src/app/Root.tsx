// Picks the page for the URL. Every page is its own lazily loaded chunk, the map too, so a QR visitor on a phone
// never downloads the map libraries, and a wall screen never downloads the plate printer.
import { lazy, Suspense } from 'react';
import type { Backend } from '../data/backend';
import type { Route } from '../lib/route';
import { LanguageSwitch } from './LanguageSwitch';

const App = lazy(() => import('./App').then((m) => ({ default: m.App })));
const ScreenApp = lazy(() => import('./ScreenApp'));
const PublicCardPage = lazy(() => import('../features/public-card/PublicCardPage'));
const PlatesPage = lazy(() => import('../features/plates/PlatesPage'));
const AdminPage = lazy(() => import('../features/admin/AdminPage'));
const GridIoPage = lazy(() => import('../features/grid-io/GridIoPage'));
const DataPage = lazy(() => import('../features/data-io/DataPage'));
const FieldPage = lazy(() => import('../features/field/FieldPage'));
const CarePage = lazy(() => import('../features/care/CarePage'));
const GridSheetPage = lazy(() => import('../features/grid-sheet/GridSheetPage'));

function page(route: Route, backend: Backend) {
  switch (route.page) {
    case 'screen':
      return <ScreenApp backend={backend} />;
    case 'courtyard':
      return <PublicCardPage backend={backend} token={route.token} languageSwitch={<LanguageSwitch />} />;
    case 'plates':
      return <PlatesPage backend={backend} />;
    case 'admin':
      return <AdminPage backend={backend} languageSwitch={<LanguageSwitch />} />;
    case 'grids':
      return <GridIoPage backend={backend} languageSwitch={<LanguageSwitch />} />;
    case 'data':
      return <DataPage backend={backend} languageSwitch={<LanguageSwitch />} />;
    case 'field':
      return <FieldPage backend={backend} languageSwitch={<LanguageSwitch />} />;
    case 'care':
      return <CarePage backend={backend} languageSwitch={<LanguageSwitch />} />;
    case 'grid-sheet':
      return <GridSheetPage backend={backend} languageSwitch={<LanguageSwitch />} />;
    default:
      return <App backend={backend} />;
  }
}

export function Root({ route, backend }: { route: Route; backend: Backend }) {
  return <Suspense fallback={null}>{page(route, backend)}</Suspense>;
}
