import { defineConfig } from 'vitest/config';

// E2E: the built extension in real Debian Chromium (playwright-core) and Firefox ESR (puppeteer-core).
// One file at a time: each launches a browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
