// The backend's life as React state: loading progress, readiness, the signed-in user and the vocabularies.
import { useCallback, useEffect, useState } from 'react';
import type { Backend, BackendProgress } from '../data/backend';
import type { SessionUser, Vocabularies } from '../data/types';

export interface BackendState {
  progress: BackendProgress;
  ready: boolean;
  user: SessionUser | null;
  /** Bumped on every sign-in change: data that depends on the user re-queries when it changes. */
  session: number;
  vocab: Vocabularies | null;
  signInAs(userId: string | null): Promise<void>;
}

export function useBackend(backend: Backend): BackendState {
  const [progress, setProgress] = useState<BackendProgress>({ phase: 'download' });
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<SessionUser | null>(null);
  const [session, setSession] = useState(0);
  const [vocab, setVocab] = useState<Vocabularies | null>(null);

  useEffect(() => backend.onProgress(setProgress), [backend]);

  useEffect(() => {
    let live = true;
    backend
      .ready()
      .then(async () => {
        const v = await backend.vocabularies();
        if (!live) return;
        performance.mark('gridgov:db-ready');
        setVocab(v);
        setUser(backend.currentUser());
        setReady(true);
      })
      .catch((e: Error) => live && setProgress({ phase: 'error', message: e.message }));
    return () => {
      live = false;
    };
  }, [backend]);

  const signInAs = useCallback(
    async (userId: string | null) => {
      setUser(await backend.signInAs(userId));
      setSession((s) => s + 1);
    },
    [backend],
  );

  return { progress, ready, user, session, vocab, signInAs };
}
