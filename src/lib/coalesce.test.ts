import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

/** A job whose runs are finished by hand, recording when each starts. */
function manualJob() {
  const finishers: Array<(ok: boolean) => void> = [];
  const job = () =>
    new Promise<void>((resolve, reject) => finishers.push((ok) => (ok ? resolve() : reject(new Error('run failed')))));
  return { job, finishers };
}

const settled = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('coalesce', () => {
  it('runs at once when idle', async () => {
    const { job, finishers } = manualJob();
    const run = coalesce(job);
    const p = run();
    expect(finishers).toHaveLength(1);
    finishers[0]!(true);
    await expect(p).resolves.toBeUndefined();
  });

  it('never overlaps runs, and folds calls made during a run into one more run', async () => {
    const { job, finishers } = manualJob();
    const run = coalesce(job);
    const first = run();
    const second = run();
    const third = run();
    expect(second).toBe(third);
    expect(finishers).toHaveLength(1);
    let secondDone = false;
    void second.then(() => (secondDone = true));
    finishers[0]!(true);
    await first;
    await settled();
    // The follow-up run started only now, and the second caller waits for it, not for the first run.
    expect(finishers).toHaveLength(2);
    expect(secondDone).toBe(false);
    finishers[1]!(true);
    await second;
    expect(finishers).toHaveLength(2);
  });

  it('still runs the follow-up when the run before it failed, and reports each failure to its own callers', async () => {
    const { job, finishers } = manualJob();
    const run = coalesce(job);
    const first = run();
    const second = run();
    finishers[0]!(false);
    await expect(first).rejects.toThrow('run failed');
    await settled();
    expect(finishers).toHaveLength(2);
    finishers[1]!(true);
    await expect(second).resolves.toBeUndefined();
    // Idle again: the next call starts a fresh run.
    const third = run();
    expect(finishers).toHaveLength(3);
    finishers[2]!(true);
    await third;
  });
});
