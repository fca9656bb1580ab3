import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: pure parsers/rules plus the background logic against WXT's in-memory fakeBrowser.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/support/setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
