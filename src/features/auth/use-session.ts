// Who the backend acts as. Every sign-in change bumps `session`: data keyed on it is asked for again, because
// row level security changes what the same query returns.
import { useCallback, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { SessionUser } from '../../data/types';

export interface Session {
  /** Null when anonymous, and until the backend is ready (it restores the last demo user while starting). */
  user: SessionUser | null;
  session: number;
  switching: boolean;
  signInAs(userId: string | null): Promise<void>;
  /** After a sign-in the backend did by itself (Supabase Auth): act as this user from now on. */
  adopt(user: SessionUser | null): void;
}

export function useSession(backend: Backend, ready: boolean): Session {
  const [chosen, setChosen] = useState<{ user: SessionUser | null } | null>(null);
  const [session, setSession] = useState(0);
  const [switching, setSwitching] = useState(false);

  const signInAs = useCallback(
    async (userId: string | null) => {
      setSwitching(true);
      try {
        setChosen({ user: await backend.signInAs(userId) });
        setSession((s) => s + 1);
      } finally {
        setSwitching(false);
      }
    },
    [backend],
  );

  const adopt = useCallback((user: SessionUser | null) => {
    setChosen({ user });
    setSession((s) => s + 1);
  }, []);

  const user = chosen ? chosen.user : ready ? backend.currentUser() : null;
  return { user, session, switching, signInAs, adopt };
}
