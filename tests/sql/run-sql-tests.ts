// Runs every supabase/tests/NN_*.sql file on one engine, each inside a transaction that is rolled back, and
// turns the rows of tests.results into Vitest tests named "<file> › <assertion>".
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/migrations';
import type { SqlEngine } from './engines';

const TESTS_DIR = join(ROOT, 'supabase/tests');

interface AssertionRow {
  ok: boolean;
  description: string;
  diag: string | null;
}

interface FileResult {
  file: string;
  assertions: AssertionRow[];
  /** An error no assertion expected: the file stopped there. */
  aborted: string | null;
}

/** Assertion helpers first (_helpers.sql), then the fixtures built on them, in name order. */
const sqlHelperFiles = () => readdirSync(TESTS_DIR).filter((f) => /^_[a-z0-9_]+\.sql$/.test(f)).sort();

/** GRIDGOV_SQL_ONLY (a regular expression on file names) narrows a run while working on one topic. */
const only = process.env.GRIDGOV_SQL_ONLY ? new RegExp(process.env.GRIDGOV_SQL_ONLY) : null;

export const sqlTestFiles = () =>
  readdirSync(TESTS_DIR)
    .filter((f) => /^\d\d_[a-z0-9_]+\.sql$/.test(f) && (!only || only.test(f)))
    .sort();

async function runFile(engine: SqlEngine, file: string): Promise<FileResult> {
  const sql = readFileSync(join(TESTS_DIR, file), 'utf8');
  await engine.exec('begin');
  try {
    await engine.exec(sql);
    const assertions = await engine.rows<AssertionRow>('select ok, description, diag from tests.results order by n');
    return { file, assertions, aborted: null };
  } catch (e) {
    return { file, assertions: [], aborted: (e as Error).message };
  } finally {
    await engine.exec('rollback');
  }
}

/** Registers the suite for one engine. Call from a test file with top-level await. */
export async function defineSqlSuite(start: () => Promise<SqlEngine>) {
  const engine = await start();
  const results: FileResult[] = [];
  try {
    for (const file of sqlHelperFiles()) await engine.exec(readFileSync(join(TESTS_DIR, file), 'utf8'));
    for (const file of sqlTestFiles()) results.push(await runFile(engine, file));
  } finally {
    await engine.close();
  }
  describe(engine.name, () => {
    for (const r of results) {
      describe(r.file, () => {
        if (r.aborted) it('runs to the end', () => expect.fail(`stopped by an unexpected error: ${r.aborted}`));
        else if (r.assertions.length === 0) it('has assertions', () => expect.fail('the file recorded no assertion'));
        r.assertions.forEach((a, i) => {
          it(`${String(i + 1).padStart(2, '0')} ${a.description}`, () => {
            if (!a.ok) expect.fail(a.diag ?? 'failed');
          });
        });
      });
    }
  });
}
