import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three suites, run separately by scripts/test-all.sh so each reports its own count.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sql',
          include: ['tests/sql/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // A software-rendered browser on a busy 2-core machine: a second is not enough for a map to redraw.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
