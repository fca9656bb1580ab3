/**
 * What the extension is allowed to ask the browser for: the one documented list. The build audit
 * (`build-audit.e2e.ts`) holds the BUILT manifests to it, and `tests/unit/manifest-permissions.test.ts` holds the
 * README's "Permissions, and why" table and the content script's source to it. Adding a permission, a host
 * match or a manifest key means changing this file and the README row in the same commit, with the reason.
 */

/**
 * API permissions, each with the reason the README shows (rendered as the table row, word for word), and the
 * store builds that ask for it.
 */
export const DOCUMENTED_PERMISSIONS = [
  {
    permission: 'storage',
    why: 'Your tracked orders, their deadlines and your settings are kept in the browser’s local extension storage.',
    builds: ['chrome-mv3', 'firefox-mv2'],
  },
  {
    permission: 'alarms',
    why: 'One alarm, set for the next reminder that is due, wakes the extension to show it.',
    builds: ['chrome-mv3', 'firefox-mv2'],
  },
  {
    permission: 'notifications',
    why: 'The reminders themselves, such as buyer protection ending in 2 days; clicking one opens that order.',
    builds: ['chrome-mv3', 'firefox-mv2'],
  },
  {
    // README "Reliability": about 1 KB per order, so Chrome's 10 MB fill at roughly 8,000–10,000 orders.
    permission: 'unlimitedStorage',
    why: 'Chrome and Edge only: a long order history (about 1 KB per order) can outgrow the 10 MB Chrome gives an extension, and orders read after that could not be saved. It shows no warning at install and gives no access to anything. Firefox has no such fixed limit.',
    builds: ['chrome-mv3'],
  },
] as const;

/** The permissions a store build's manifest must ask for, exactly. */
export function documentedPermissions(build: StoreBuild): string[] {
  return DOCUMENTED_PERMISSIONS.filter((p) => (p.builds as readonly string[]).includes(build)).map((p) => p.permission);
}

/**
 * The content scripts, per store build, exactly as the built manifest must declare them (`*.` also matches the
 * bare domain). `orders.js` reads the order pages and an order's tracking page (entrypoints/orders.content, matches
 * from `ORDER_PAGE_MATCHES` in utils/pages/detect.ts). `mtop-hook.js` (entrypoints/mtop-hook.content.ts, Chrome and Edge only: Firefox
 * MV2 has no MAIN world) runs in the page's own world at document_start so it sees the page's order-data
 * responses; it only passes them, as text, to `orders.js`.
 */
export const DOCUMENTED_CONTENT_SCRIPTS = [
  {
    js: 'content-scripts/orders.js',
    matches: [
      '*://*.aliexpress.com/p/order/*',
      '*://*.aliexpress.ru/order-list*',
      '*://*.aliexpress.us/p/order/*',
      '*://*.aliexpress.com/p/tracking/index.html*',
      '*://*.aliexpress.us/p/tracking/index.html*',
    ],
    run_at: 'document_idle',
    builds: ['chrome-mv3', 'firefox-mv2'],
    readme: 'content script on AliExpress **order and tracking pages only**',
    why: 'To read the orders on your own order pages and show their deadlines there, and what the tracking page of your own order shows (its tracking number, last event, delivered or not). It does not run on product, search or any other pages.',
  },
  {
    js: 'content-scripts/mtop-hook.js',
    matches: ['*://*.aliexpress.com/p/order/*', '*://*.aliexpress.us/p/order/*'],
    run_at: 'document_start',
    world: 'MAIN',
    builds: ['chrome-mv3'],
    readme: 'Chrome and Edge: a small script in the page’s own context on the same order pages',
    why: 'To hand the order data the page itself has just received (the same orders it shows you) to the script above, which validates it and uses it to complete what it reads. It changes nothing on the page and sends nothing anywhere.',
  },
] as const;

export type StoreBuild = 'chrome-mv3' | 'firefox-mv2';

/** The content_scripts entries a build's manifest must have, in the shape the manifest uses. */
export function documentedContentScripts(build: StoreBuild) {
  return DOCUMENTED_CONTENT_SCRIPTS.filter((s) => (s.builds as readonly string[]).includes(build)).map((s) => ({
    matches: [...s.matches],
    js: [s.js],
    run_at: s.run_at,
    ...('world' in s ? { world: s.world } : {}),
  }));
}

/**
 * Every top-level manifest key each store build may have. A new key (host_permissions, externally_connectable,
 * web_accessible_resources, content_security_policy, commands, …) fails the audit until it is listed here.
 */
export const DOCUMENTED_MANIFEST_KEYS = {
  'chrome-mv3': [
    'action',
    'background',
    'content_scripts',
    'default_locale',
    'description',
    'icons',
    'manifest_version',
    'minimum_chrome_version',
    'name',
    'options_ui',
    'permissions',
    'short_name',
    'version',
  ],
  'firefox-mv2': [
    'background',
    'browser_action',
    'browser_specific_settings',
    'content_scripts',
    'default_locale',
    'description',
    'icons',
    'manifest_version',
    'name',
    'options_ui',
    'permissions',
    'short_name',
    'version',
  ],
} as const;

/** Chrome and Edge: the oldest version, explained in wxt.config.ts. */
export const DOCUMENTED_MINIMUM_CHROME = '114';

/** Firefox (AMO): nothing collected or transmitted; minimum versions explained in wxt.config.ts. */
export const DOCUMENTED_GECKO = {
  gecko: {
    id: 'ordershield@ordershield.app',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
} as const;

/** The README table, row by row, as it must read. */
export function readmePermissionRows(): string[] {
  return [
    ...DOCUMENTED_PERMISSIONS.map(({ permission, why }) => `| \`${permission}\` | ${why} |`),
    ...DOCUMENTED_CONTENT_SCRIPTS.map(
      ({ readme, matches, why }) => `| ${readme} (${matches.map((m) => `\`${m}\``).join(', ')}) | ${why} |`,
    ),
  ];
}
