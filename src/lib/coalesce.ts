/**
 * Wraps an async job so that runs never overlap and calls made during a run share one more run after it.
 * The promise a call returns settles once a run that started after the call has finished: whatever the caller
 * changed before calling is covered by it.
 */
export function coalesce(job: () => Promise<void>): () => Promise<void> {
  let current: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const start = (): Promise<void> => {
    current = job().finally(() => {
      current = null;
    });
    return current;
  };
  return () => {
    if (!current) return start();
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
