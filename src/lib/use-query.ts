// Loads data for a key and keeps the answer with the key it was asked for, so a component never shows an old
// key's answer as the new one's, and never sets state synchronously inside an effect. A null key waits.
import { useEffect, useEffectEvent, useState } from 'react';

export interface QueryResult<T> {
  /** Answer for the current key, undefined while it loads or after an error. */
  data: T | undefined;
  /** Last answer for any key: lets a view keep showing something while the next answer loads. */
  latest: T | undefined;
  error: unknown;
  loading: boolean;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: unknown;
  latest: T | undefined;
}

/** onError hears about failures of the current key (to show them), in addition to `error`. */
export function useQuery<T>(key: string | null, load: () => Promise<T>, onError?: (e: unknown) => void): QueryResult<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const run = useEffectEvent(load);
  const failed = useEffectEvent((e: unknown) => onError?.(e));

  useEffect(() => {
    if (key === null) return;
    let live = true;
    run().then(
      (data) => live && setSettled({ key, data, latest: data }),
      (error: unknown) => {
        if (!live) return;
        setSettled((prev) => ({ key, error, latest: prev?.latest }));
        failed(error);
      },
    );
    return () => {
      live = false;
    };
  }, [key]);

  const current = settled !== null && settled.key === key ? settled : null;
  return {
    data: current?.data,
    latest: settled?.latest,
    error: current?.error,
    loading: key !== null && current === null,
  };
}
