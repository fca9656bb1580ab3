/**
 * The documented permissions and budgets (tests/e2e/permissions.ts, tests/e2e/budgets.ts) against what a
 * reader sees: the README's tables must say exactly what the lists say, and each content script's entrypoint
 * must declare exactly the documented matches. The built manifests are held to the same lists by
 * tests/e2e/build-audit.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ordersScript from '@/entrypoints/orders.content';
import mtopHookScript from '@/entrypoints/mtop-hook.content';
import { DOCUMENTED_CONTENT_SCRIPTS, DOCUMENTED_PERMISSIONS, readmePermissionRows } from '../e2e/permissions';
import { BUNDLE_BUDGETS, readmeBudgetRows } from '../e2e/budgets';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** The body rows of the first table under a `## heading` (header and separator rows left out). */
function tableRows(heading: string): string[] {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const end = README.indexOf('\n## ', start + 1);
  const lines = README.slice(start, end < 0 ? undefined : end).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  if (first < 0) return [];
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    table.push(line.trim());
  }
  return table.slice(2);
}

describe('README "Permissions, and why"', () => {
  const rows = tableRows('Permissions, and why');

  it.each(readmePermissionRows().map((row) => [row.slice(0, 40), row]))('has the row %s…', (_start, row) => {
    expect(rows).toContain(row);
  });

  it('has no row for anything the lists do not document', () => {
    expect(rows).toEqual(readmePermissionRows());
  });

  it.each(DOCUMENTED_PERMISSIONS.map((p) => [p.permission]))('names `%s` in the table', (permission) => {
    expect(rows.some((row) => row.startsWith(`| \`${permission}\` |`))).toBe(true);
  });
});

describe('content scripts', () => {
  // Each entrypoint's own definition (what WXT turns into the manifest entry) against the documented entry.
  it.each([
    ['content-scripts/orders.js', ordersScript],
    ['content-scripts/mtop-hook.js', mtopHookScript],
  ] as const)('%s is declared with exactly the documented matches, timing and world', (js, definition) => {
    const documented = DOCUMENTED_CONTENT_SCRIPTS.find((s) => s.js === js);
    expect(documented).toBeDefined();
    // Declared as a plain list, never per browser: one list to audit.
    expect(Array.isArray(definition.matches)).toBe(true);
    expect([...(definition.matches as string[])].sort()).toEqual([...(documented?.matches ?? [])].sort());
    expect(definition.runAt).toBe(documented?.run_at);
    expect(definition.world ?? 'ISOLATED').toBe(documented && 'world' in documented ? documented.world : 'ISOLATED');
  });

  const reachable = DOCUMENTED_CONTENT_SCRIPTS.flatMap((s) => s.matches);
  it.each([
    // Order pages the content scripts must reach (pages.md: the global list, the global detail, the .ru list).
    ['https://www.aliexpress.com/p/order/index.html', true],
    ['https://aliexpress.com/p/order/detail.html?orderId=8214398062177351', true],
    ['https://es.aliexpress.com/p/order/index.html', true],
    ['https://www.aliexpress.us/p/order/index.html', true],
    ['https://aliexpress.ru/order-list?filterName=all', true],
    // An order's tracking page (issue 15 §4), and only that page of /p/.
    ['https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8214398062177351', true],
    ['https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8214398062177351', true],
    ['https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=8214398062177351', true],
    ['https://www.aliexpress.com/p/tracking/pop-text.html?tradeOrderId=8214398062177351', false],
    ['https://www.aliexpress.com/p/coin-index/index.html', false],
    // Everything else must stay out of reach.
    ['https://www.aliexpress.com/item/1005006000000000.html', false],
    ['https://www.aliexpress.com/w/wholesale-usb-hub.html', false],
    ['https://shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm', false],
    ['https://www.aliexpress.com.evil.example/p/order/index.html', false],
    ['https://evil-aliexpress.com/p/order/index.html', false],
  ])('%s → reached: %s', (url, reached) => {
    expect(reachable.some((pattern) => matchesPattern(pattern, url))).toBe(reached);
  });
});

describe('README "Budgets"', () => {
  const rows = tableRows('Budgets');

  it('lists every budget with its measured size and limit, and nothing else', () => {
    expect(rows).toEqual(readmeBudgetRows());
  });

  it.each(BUNDLE_BUDGETS.map((b) => [b.label, b.measuredBytes, b.budgetBytes]))(
    '%s: the budget (%i → %i bytes) leaves 20–30 %% headroom over the size measured when it was set',
    (_label, measured, budget) => {
      expect(budget / measured).toBeGreaterThanOrEqual(1.2);
      expect(budget / measured).toBeLessThanOrEqual(1.3);
    },
  );
});

/**
 * A match pattern as the browsers apply it (Chrome "Match patterns"; MDN "Match patterns"): `*` scheme is
 * http or https, `*.host` is the host or any subdomain, and `*` in the path is any run of characters.
 */
function matchesPattern(pattern: string, href: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (!scheme || !host || !path) throw new Error(`not a match pattern: ${pattern}`);
  const url = new URL(href);
  const schemeOk =
    scheme === '*' ? url.protocol === 'http:' || url.protocol === 'https:' : url.protocol === `${scheme}:`;
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(`.${host.slice(2)}`)
    : url.hostname === host;
  const pathRegex = new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return schemeOk && hostOk && pathRegex.test(url.pathname + url.search);
}
