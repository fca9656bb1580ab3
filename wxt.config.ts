import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Every permission is listed in README "Permissions" with the reason; keep both in step.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, mode }) => ({
    name: 'OrderShield for AliExpress',
    short_name: 'OrderShield',
    description:
      'Never lose an AliExpress refund to a missed deadline: buyer protection, disputes, returns and appeals tracked on your own order pages.',
    // storage: the tracked orders and settings live only in the browser.
    // alarms: one alarm for the next due reminder. notifications: the reminders themselves.
    permissions: ['storage', 'alarms', 'notifications'],
    // Test build only (`wxt build -b firefox --mode e2e`, output .output/firefox-mv2-e2e): Firefox's WebDriver
    // BiDi may not open extension pages, so the Firefox e2e tests reach the popup from a fixture page. The
    // store builds never expose any page to the web.
    ...(mode === 'e2e' ? { web_accessible_resources: ['popup.html'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ordershield@ordershield.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['demo-output/**', 'test-output/**', 'bench-output/**'],
  },
});
