import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Every permission, host match and manifest key is documented in tests/e2e/permissions.ts (README "Permissions,
// and why" is rendered from it); the build audit fails until all three agree.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses, by path (the entrypoints take WXT's `define*` from `#imports`). Auto-imports
  // added nothing and made every build warn about "duplicated imports" (model.ts re-exports the zod-free constants
  // of model-constants.ts; messages.ts re-exports message-client.ts's `sendMessage`).
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        treeshake: {
          // The modules under utils/ and components/ only declare (every side effect is inside a function; the
          // entrypoints wire), so one that a bundle imports nothing from is left out, even when it comes in through
          // a barrel's `export *`: without this, `import { daysLeft } from '@/utils/rules'` brought the reminder
          // schemas, and with them all of zod, into the content script (issue 14 §5; tests/e2e/build-audit.e2e.ts).
          moduleSideEffects: (id: string, external: boolean) =>
            external || !/\/(utils|components)\/[^?]*\.tsx?$/.test(id),
        },
      },
    },
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
    // Chrome and Edge: the page-world script (mtop-hook, `world: 'MAIN'` in the manifest) needs 111, and 114 is
    // the first version whose storage.local holds 10 MB (5 MB before), the space the README's storage figures
    // count on. Tested on Debian's Chromium.
    ...(browser !== 'firefox' ? { minimum_chrome_version: '114' } : {}),
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
  hooks: {
    // The toolbar icon's tooltip in the browser's language (public/_locales: actionTitle) until the background has
    // counted the orders that need action and says that instead (utils/background/toolbar.ts). WXT takes the
    // popup's <title> for it, which can't be a __MSG_ placeholder without showing one in the popup.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The sources zip is for AMO's reviewers to rebuild from: generated output and the store/README images stay out.
    excludeSources: ['demo-output/**', 'test-output/**', 'bench-output/**', 'store/**/*.png', 'assets/readme/**'],
  },
});
