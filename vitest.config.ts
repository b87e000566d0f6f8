import { defineConfig } from 'vitest/config';

// Integration tests run on embedded PGlite always, and again on PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it; there a missing server fails the run).
const backends = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: backends.map((backend) => ({
      extends: true,
      test: {
        name: backend,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/*.browser.test.ts', 'node_modules/**'],
        env: { PARLEY_TEST_BACKEND: backend },
      },
    })),
  },
});
