import { defineConfig } from 'vitest/config';

// Integration tests run on embedded PGlite always, and again on PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it; there a missing server fails the run).
const backends = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Generous: the machine is shared and noisy, and scenario tests (a server's first start on
    // a data directory, 200 reconnecting clients) take several seconds when it is busy. A
    // timeout is a safety net here, never what a test asserts.
    testTimeout: 90_000,
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine.
    // Most of a test's time is spent waiting on PostgreSQL, sockets and timers, so two workers
    // keep both cores busy and halve the run; each test file has its own database either way.
    maxWorkers: 2,
    hookTimeout: 90_000,
    projects: backends.map((backend) => ({
      extends: true,
      test: {
        name: backend,
        // The PostgreSQL project repeats what touches storage; process-level tests (CLI, server
        // start-up on a data directory, config, lint) run once, on PGlite.
        include:
          backend === 'pglite'
            ? ['src/**/*.test.ts', 'test/**/*.test.ts']
            : [
                'src/db/**/*.test.ts',
                'src/core/**/*.test.ts',
                'src/http/**/*.test.ts',
                'src/realtime/**/*.test.ts',
                'src/channels/**/*.test.ts',
              ],
        // *.services.test.ts need PostgreSQL and Redis together; they run only where both are.
        exclude: [
          '**/*.browser.test.ts',
          'node_modules/**',
          ...(backend === 'pglite' ? ['**/*.services.test.ts'] : []),
        ],
        env: { PARLEY_TEST_BACKEND: backend },
      },
    })),
  },
});
