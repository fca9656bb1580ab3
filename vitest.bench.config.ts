import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Benchmarks that need the background's code with WXT's in-memory browser (figures only, no timing asserts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['scripts/bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
