// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useQuery } from './use-query';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useQuery', () => {
  it('waits while the key is null', () => {
    const { result } = renderHook(() => useQuery(null, () => Promise.resolve(1)));
    expect(result.current).toEqual({ data: undefined, latest: undefined, error: undefined, loading: false });
  });

  it('never shows an answer under the wrong key, and keeps the latest one meanwhile', async () => {
    const answers = new Map([
      ['a', deferred<string>()],
      ['b', deferred<string>()],
    ]);
    const { result, rerender } = renderHook(({ k }) => useQuery(k, () => answers.get(k)!.promise), {
      initialProps: { k: 'a' },
    });
    expect(result.current.loading).toBe(true);
    await act(async () => answers.get('a')!.resolve('A'));
    expect(result.current.data).toBe('A');

    rerender({ k: 'b' });
    expect(result.current).toMatchObject({ data: undefined, latest: 'A', loading: true });
    await act(async () => answers.get('b')!.resolve('B'));
    expect(result.current).toMatchObject({ data: 'B', latest: 'B', loading: false });
  });

  it('ignores answers for a key that is no longer asked for', async () => {
    const slow = deferred<string>();
    const { result, rerender } = renderHook(({ k }) => useQuery(k, () => (k === 'slow' ? slow.promise : Promise.resolve('fast'))), {
      initialProps: { k: 'slow' },
    });
    rerender({ k: 'fast' });
    await act(async () => undefined);
    await act(async () => slow.resolve('late'));
    expect(result.current.data).toBe('fast');
  });

  it('reports errors for the current key', async () => {
    const d = deferred<string>();
    const heard: unknown[] = [];
    const { result } = renderHook(() => useQuery('x', () => d.promise, (e) => heard.push(e)));
    await act(async () => d.reject(new Error('boom')));
    expect(result.current.loading).toBe(false);
    expect((result.current.error as Error).message).toBe('boom');
    expect(heard).toHaveLength(1);
  });
});
