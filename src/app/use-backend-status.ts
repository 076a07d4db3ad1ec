// The backend's start as React state: progress events until ready() settles.
import { useEffect, useState } from 'react';
import type { Backend, BackendProgress } from '../data/backend';

export interface BackendStatus {
  progress: BackendProgress;
  ready: boolean;
  failure: unknown;
}

export function useBackendStatus(backend: Backend): BackendStatus {
  const [progress, setProgress] = useState<BackendProgress>({ phase: 'download' });
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => backend.onProgress(setProgress), [backend]);

  useEffect(() => {
    let live = true;
    backend.ready().then(
      () => {
        if (!live) return;
        performance.mark('gridgov:db-ready');
        setReady(true);
      },
      (e: unknown) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [backend]);

  return { progress, ready, failure };
}
