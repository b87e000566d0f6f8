import { defineConfig } from 'vitest/config';

// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core. Screenshots go to screenshots/.
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
