/**
 * No network: across the whole flow (list page read, order page read, popup, options with an export, a real
 * reminder firing) the extension's own contexts make no request at all. Three recorders, each with a positive
 * control that proves it would see a request if one were made:
 * - service worker and extension pages (popup, options): Playwright's context-wide request events, which
 *   name the service worker or the page a request came from;
 * - content scripts: they share the page's network, so every request of the AliExpress tabs is checked over
 *   the DevTools protocol for a JavaScript initiator in a script of the extension's isolated world;
 * - statically: the built bundles call no network API and name no remote address but the AliExpress order
 *   pages they link to (what they could do, not only what this flow happened to do).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page, Request } from 'playwright-core';
import { CHROME_BUILD_DIR, launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import { LIST_URL } from '../harness/site';
import type { TrackedOrder } from '../../utils/model';
import { trackedOrder, pageOrder } from '../unit/support/factories';
import type { browser } from 'wxt/browser';
import { ordersIn } from '../harness/stored-orders';

type ChromeApi = typeof browser;
const ORDER_PAGE = 'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351';
/** What is not a network request: the extension's own files, in-memory data and downloads. */
const LOCAL_SCHEMES = /^(chrome-extension|data|blob|about):/;
const CANARY = 'https://www.aliexpress.com/ordershield-canary';

interface Recorded {
  from: string;
  url: string;
}

/** Every request of the extension's service worker and pages (the page or worker that made it is named). */
function recordExtensionContexts(session: ExtensionSession): Recorded[] {
  const seen: Recorded[] = [];
  const origin = `chrome-extension://${session.extensionId}/`;
  session.context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    let from: string | null = null;
    if (worker) from = worker.url();
    else {
      try {
        from = request.frame().url();
      } catch {
        from = null; // a request with no frame and no worker is not ours to judge here
      }
    }
    if (from?.startsWith(origin) && !LOCAL_SCHEMES.test(request.url())) seen.push({ from, url: request.url() });
  });
  return seen;
}

/**
 * Requests of an AliExpress tab whose JavaScript initiator runs in the extension's isolated world (the content
 * script): scripts parsed in that world are known by id (Debugger.scriptParsed) and every request's initiator
 * stack, parents included, is checked against them.
 */
async function recordContentScript(
  page: Page,
  extensionId: string,
): Promise<{ seen: Recorded[]; cdp: CDPSession; worldIds: Set<number> }> {
  const cdp = await page.context().newCDPSession(page);
  const worldIds = new Set<number>();
  const ourScripts = new Set<string>();
  const seen: Recorded[] = [];
  cdp.on(
    'Runtime.executionContextCreated',
    ({ context }: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
      if (context.auxData?.type === 'isolated' && context.origin.startsWith(`chrome-extension://${extensionId}`))
        worldIds.add(context.id);
    },
  );
  cdp.on(
    'Debugger.scriptParsed',
    ({ scriptId, executionContextId, url }: { scriptId: string; executionContextId: number; url: string }) => {
      if (worldIds.has(executionContextId) || url.startsWith('chrome-extension://')) ourScripts.add(scriptId);
    },
  );
  type Stack = { callFrames: Array<{ scriptId: string; url: string }>; parent?: Stack };
  cdp.on(
    'Network.requestWillBeSent',
    ({
      request,
      initiator,
    }: {
      request: { url: string };
      initiator: { type: string; url?: string; stack?: Stack };
    }) => {
      let ours = initiator.url?.startsWith('chrome-extension://') ?? false;
      for (let stack = initiator.stack; stack && !ours; stack = stack.parent) {
        ours = stack.callFrames.some((f) => ourScripts.has(f.scriptId) || f.url.startsWith('chrome-extension://'));
      }
      if (ours && !LOCAL_SCHEMES.test(request.url))
        seen.push({ from: `content script on ${page.url()}`, url: request.url });
    },
  );
  await cdp.send('Debugger.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Network.enable');
  return { seen, cdp, worldIds };
}

/** All files of the built extension, recursively. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

describe('no network from the extension', () => {
  let session: ExtensionSession;
  let fromExtension: Recorded[];
  const fromContentScripts: Recorded[] = [];

  beforeAll(async () => {
    session = await launchWithExtension();
    fromExtension = recordExtensionContexts(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the recorders see a request when one is made (positive controls)', async () => {
    const canaries: Recorded[] = [];
    // Service worker.
    await session.inWorker(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      `${CANARY}-worker`,
    );
    // An extension page.
    const popup = await session.openPopup();
    await popup.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      `${CANARY}-popup`,
    );
    await popup.close();
    // The content script's isolated world on an AliExpress tab.
    const page = await session.context.newPage();
    const recorder = await recordContentScript(page, session.extensionId);
    await page.goto(LIST_URL);
    await expect.poll(() => page.locator('.order-item[data-ordershield-read]').count()).toBeGreaterThan(0);
    await expect.poll(() => recorder.worldIds.size).toBeGreaterThan(0);
    await recorder.cdp.send('Runtime.evaluate', {
      contextId: [...recorder.worldIds][0],
      expression: `fetch(${JSON.stringify(`${CANARY}-content`)}).catch(() => undefined)`,
      awaitPromise: true,
    });
    await expect.poll(() => fromExtension.length + recorder.seen.length).toBeGreaterThanOrEqual(3);
    canaries.push(...fromExtension.splice(0), ...recorder.seen.splice(0));
    await page.close();
    expect(canaries.map((c) => c.url).sort()).toEqual([`${CANARY}-content`, `${CANARY}-popup`, `${CANARY}-worker`]);
    // The canaries went to the fake site, which refused them; from here on nothing may be refused.
    expect(session.refused.sort()).toEqual([`${CANARY}-content`, `${CANARY}-popup`, `${CANARY}-worker`]);
    session.refused.splice(0);
  });

  it('list page, order page, popup, options with export and a reminder: no request from any extension context', async () => {
    // 1. The list page is read and stored.
    const list = await session.context.newPage();
    const listRecorder = await recordContentScript(list, session.extensionId);
    await list.goto(LIST_URL);
    await waitForStorage(session, (s) => Object.keys(ordersIn(s)).length >= 7);
    await expect.poll(() => list.locator('ordershield-badge').count()).toBeGreaterThan(0);

    // 2. An order page is read (its stored record comes from the order page now) and shows its panel.
    const detail = await session.context.newPage();
    const detailRecorder = await recordContentScript(detail, session.extensionId);
    await detail.goto(ORDER_PAGE);
    await waitForStorage(session, (s) => ordersIn(s)['8214398062177351']?.facts.pageKind === 'global-detail');

    // 3. The popup lists the orders and opens one.
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('.order-row').count()).toBeGreaterThan(0);
    await popup.locator('.order-row').first().click();

    // 4. The options page exports the data.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Save a backup file', exact: true }).click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).orders.length).toBeGreaterThanOrEqual(7);

    // 5. A reminder comes due: a real alarm fires and a real notification is shown. The custom deadline is two
    // hours ahead (its on-the-day reminder is already due) and snoozed until 4 s from now, written in one go: the
    // alarm set for the end of the snooze shows it.
    const at = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const until = new Date(Date.now() + 4000).toISOString();
    const due = trackedOrder({
      facts: pageOrder({ orderId: '8300000000000009', store: { name: 'Reminder Store' } }),
      userDeadlines: [{ kind: 'custom', at, confidence: 'exact', source: 'user', label: 'Check the parcel' }],
    });
    await session.inWorker(
      async ({ order, key, at, until }: { order: TrackedOrder; key: string; at: string; until: string }) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const stored = (await api.storage.local.get(['orders', 'reminders'])) as {
          orders?: Record<string, unknown>;
          reminders?: { deadlines: Record<string, unknown>; mutedOrders: object; done: object };
        };
        const reminders = stored.reminders ?? { deadlines: {}, mutedOrders: {}, done: {} };
        reminders.deadlines[key] = { sent: {}, snoozedUntil: until, snoozedFor: at };
        await api.storage.local.set({ orders: { ...stored.orders, [order.orderId]: order }, reminders });
      },
      { order: due, key: `${due.orderId}:custom:${at}`, at, until },
    );
    // Its own notification (the list's orders may have shown one already): found through the click targets.
    const remindedOf = (s: Record<string, unknown>) =>
      Object.values((s.notificationTargets ?? {}) as Record<string, { orderIds: string[] }>).flatMap((t) => t.orderIds);
    const fired = await waitForStorage(session, (s) => remindedOf(s).includes(due.orderId), 15_000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(until));
    expect(remindedOf(fired)).toContain(due.orderId);
    await new Promise((r) => setTimeout(r, 1000)); // anything the notification or a reconcile might still send

    // No shadow-root element of ours loads anything remote (an <img>, a stylesheet) either.
    for (const page of [list, detail]) {
      const remote = await page.evaluate(() =>
        Array.from(document.querySelectorAll('*'))
          .filter((el) => el.localName.startsWith('ordershield-') && el.shadowRoot)
          .flatMap((host) => Array.from(host.shadowRoot!.querySelectorAll('[src], link[href], [srcset], [poster]')))
          .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset') ?? ''),
      );
      expect(remote).toEqual([]);
    }
    fromContentScripts.push(...listRecorder.seen, ...detailRecorder.seen);
    expect(fromExtension).toEqual([]);
    expect(fromContentScripts).toEqual([]);
    expect(session.refused).toEqual([]);
  });

  it('statically: the built bundles call no network API and name no remote address but AliExpress order pages', () => {
    const files = builtFiles(CHROME_BUILD_DIR).filter((f) => /\.(js|html|css|json)$/.test(f));
    expect(files.length).toBeGreaterThan(4);
    const findings: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // The page-world hook (utils/content/mtop-hook.ts) names fetch and XMLHttpRequest to *wrap* the page's
      // own calls: it may only ever call the page's originals with the page's own arguments, never make a
      // request of its own (no `new XMLHttpRequest`, no fetch/open/send of an address of ours).
      if (file.endsWith('mtop-hook.js')) {
        if (/new\s+[\w.$]*XMLHttpRequest/.test(text)) findings.push(`${file}: creates an XMLHttpRequest`);
        const calls = [...text.matchAll(/\b(\w+)\.apply\(this,\s*\w+\)/g)].length;
        if (calls < 3) findings.push(`${file}: the wrappers no longer only forward the page's own calls`);
        if (/\bfetch\(|\.open\(|\.send\(/.test(text)) findings.push(`${file}: calls a network API directly`);
        for (const [url] of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\<>]*/g))
          findings.push(`${file}: ${url}`);
        continue;
      }
      for (const api of [
        'XMLHttpRequest',
        'WebSocket',
        'sendBeacon',
        'EventSource',
        'importScripts',
        'RTCPeerConnection',
        'WebTransport',
      ]) {
        if (text.includes(api)) findings.push(`${file}: ${api}`);
      }
      // One fetch( is allowed: Vite's modulepreload polyfill on the extension pages, which fetches the page's own
      // <link rel="modulepreload"> files (chrome-extension:// URLs, nothing remote).
      for (const match of text.matchAll(/fetch\(/g)) {
        const around = text.slice(Math.max(0, match.index - 600), match.index + 40);
        if (!(around.includes('modulepreload') && /fetch\(\w+\.href,\w+\)/.test(around)))
          findings.push(`${file}: fetch( outside the modulepreload polyfill`);
      }
      for (const [url] of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\<>]*/g)) {
        if (!ALLOWED_ADDRESSES.some((allowed) => allowed.test(url))) findings.push(`${file}: ${url}`);
      }
      if (/@import\s+url|url\(\s*['"]?https?:/.test(text)) findings.push(`${file}: remote CSS`);
    }
    expect(findings).toEqual([]);
  });
});

/** Addresses a bundle may contain, none of them fetched. */
const ALLOWED_ADDRESSES: RegExp[] = [
  // The order-page links OrderShield builds (opened by the buyer in a tab, utils/order-summary.ts).
  /^https:\/\/\$\{\w+(\.facts\.site)?\}\/p\/order\/detail\.html\?orderId=\$\{[\w.]+\}$/,
  /^https:\/\/aliexpress\.ru\/order-list\/\$\{[\w.]+\}$/,
  /^https:\/\/www\.aliexpress\.com\/p\/order\/index\.html$/,
  // "Open My Orders" on the buyer's own site (utils/order-url.ts myOrdersUrl, the welcome page's site list).
  /^https:\/\/www\.aliexpress\.us\/p\/order\/index\.html$/,
  /^https:\/\/aliexpress\.ru\/order-list$/,
  /^https:\/\/\$\{\w+\}\/p\/order\/index\.html$/,
  // XML namespaces (Preact's SVG/MathML rendering): identifiers, never requested.
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/,
  // zod: JSON-schema dialect identifiers, and the IPv6 check that parses `http://[addr]` with new URL().
  /^https?:\/\/json-schema\.org\/draft[-/][\w/-]+schema#?$/,
  /^http:\/\/\[\$\{\w+\}\]$/,
  // WXT's error messages pointing to its docs.
  /^https:\/\/(wxt\.dev|github\.com\/wxt-dev)\//,
];
