import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Every permission, host match and manifest key is documented in tests/e2e/permissions.ts (README "Permissions,
// and why" is rendered from it); the build audit fails until all three agree.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, mode }) => ({
    // Name and description in the buyer's language (public/_locales/<lang>/messages.json; English is the default,
    // and a browser refuses to load an extension that has _locales but no default_locale).
    // At most 132 characters each: the Chrome Web Store refuses a longer manifest description.
    name: '__MSG_extName__',
    short_name: 'OrderShield',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the tracked orders and settings live only in the browser.
    // alarms: one alarm for the next due reminder. notifications: the reminders themselves.
    // unlimitedStorage (Chrome and Edge): a long history outgrows Chrome's 10 MB (README "Reliability"); Firefox's
    // storage.local has no such fixed quota, and there the permission would add an install prompt.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['unlimitedStorage'])],
    // Test build only (`wxt build -b firefox --mode e2e`, output .output/firefox-mv2-e2e): Firefox's WebDriver
    // BiDi may not open extension pages, so the Firefox e2e tests reach the popup from a fixture page. The
    // store builds never expose any page to the web.
    // The Chrome test build (`wxt build --mode e2e`, .output/chrome-mv3-e2e) only adds the test hooks
    // (utils/content/feature-manager.ts): Playwright opens extension pages directly.
    ...(mode === 'e2e' && browser === 'firefox' ? { web_accessible_resources: ['popup.html'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (an ESR) is the first desktop Firefox that reads `data_collection_permissions`, 142 the first on
            // Android (MDN browser_specific_settings; web-ext lint warns KEY_FIREFOX_*UNSUPPORTED_BY_MIN_VERSION
            // below them). The code's newest need, adoptedStyleSheets (with a <style> fallback), is older (101).
            gecko: {
              id: 'ordershield@ordershield.app',
              strict_min_version: '140.0',
              // AMO requires the declaration: OrderShield collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The sources zip is for AMO's reviewers to rebuild from: generated output and the store/README images stay out.
    excludeSources: ['demo-output/**', 'test-output/**', 'bench-output/**', 'store/**/*.png', 'assets/readme/**'],
  },
});
