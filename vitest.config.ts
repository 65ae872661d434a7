import { defineConfig } from 'vitest/config';

/**
 * Two projects: `node` runs unit and integration tests against the real core
 * and the real encrypted database; `browser` drives the built renderer in
 * Debian's Chromium through the loopback test host (see test/host).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          // The CLI tests run the bundled `trellis`: rebuilt here when older than its sources.
          globalSetup: ['test/integration/cli/buildBundle.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          // Set-up hooks build encrypted databases and demo sets; on a loaded 2-core machine they need more than 10 s.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
