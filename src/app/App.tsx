// The shell: header, the map page, errors. The backend is created once (main.tsx) and starts loading at once;
// the map shows the grids from a static file meanwhile.
import { useCallback, useState } from 'react';
import type { Backend } from '../data/backend';
import { useSession } from '../features/auth/use-session';
import { useQuery } from '../lib/use-query';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorToast } from './ErrorToast';
import { Header } from './Header';
import { LoadingIndicator } from './LoadingIndicator';
import { MapPage } from './MapPage';
import { useBackendStatus } from './use-backend-status';

export function App({ backend }: { backend: Backend }) {
  const status = useBackendStatus(backend);
  const session = useSession(backend, status.ready);
  const [error, setError] = useState<unknown>(null);
  const onError = useCallback((e: unknown) => setError(e), []);
  const vocab = useQuery(status.ready ? 'vocabularies' : null, () => backend.vocabularies(), onError);

  return (
    <div className="app">
      <Header backend={backend} ready={status.ready} session={session} onError={onError} />
      <ErrorBoundary>
        <MapPage
          backend={backend}
          ready={status.ready}
          session={session.session}
          user={session.user}
          vocab={vocab.data ?? null}
          onError={onError}
          loading={status.ready ? null : <LoadingIndicator progress={status.progress} failure={status.failure} />}
        />
      </ErrorBoundary>
      {error !== null && <ErrorToast error={error} onClose={() => setError(null)} />}
    </div>
  );
}
