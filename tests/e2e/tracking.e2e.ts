/**
 * The tracking page in real Chromium with the built extension (issue 15 §4): the buyer opens an order's tracking page
 * at its real URL (www. and a language subdomain), the content script reads it, and the background keeps what it
 * shows on the tracked order. What the buyer then sees: the tracking page's own "Refund if no delivery before …",
 * a day earlier than the list's, is the date the card counts down to. Nothing is added to the tracking page itself,
 * an order OrderShield doesn't know is not created from its tracking page, and no request leaves the machine.
 * The same reading in Firefox ESR (MV2, no page-world script: the DOM alone).
 * The fixture pages print dates relative to today, so the test holds on any day.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isoDay } from '../harness/fixtures';
import { launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import { extensionPage, fixturePage, FIREFOX_E2E_BUILD_DIR, launchFirefoxWithExtension } from '../harness/firefox';
import { waitFor } from '../harness/wait';
import type { SiteMap } from '../harness/site';
import { ordersIn } from '../harness/stored-orders';

const LIST = 'https://www.aliexpress.com/p/order/index.html';
/** The first card of global-list-en-mixed.html: awaiting delivery, "Refund if no delivery before <today + 9>". */
const ORDER = '8214398062177351';
const UNKNOWN_ORDER = '8299999999999999';
const trackingUrl = (orderId: string, host = 'www.aliexpress.com') =>
  `https://${host}/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=${orderId}`;

const english = (offsetDays: number) => {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
};

const ordersOf = ordersIn;

function badgeDate(page: Page, orderId: string): Promise<string> {
  return page
    .locator(`ordershield-badge[data-ordershield-order="${orderId}"]`)
    .evaluateAll((hosts) => hosts[0]?.shadowRoot?.querySelector('[data-testid="deadline-date"]')?.textContent ?? '');
}

describe('the tracking page', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  async function start(tracking: Record<string, string>): Promise<Page> {
    const site: SiteMap = { lists: { [LIST]: 'global-list-en-mixed.html' }, details: {}, tracking };
    session = await launchWithExtension({ site });
    const page = await session.context.newPage();
    await page.goto(LIST);
    await waitForStorage(session, (store) => ordersOf(store)[ORDER] !== undefined);
    return page;
  }

  it('a stuck parcel: its facts are stored on the order, and the card counts down to the tracking page’s earlier date', async () => {
    const page = await start({ [ORDER]: 'tracking-en-stuck.html', [UNKNOWN_ORDER]: 'tracking-en-moving.html' });
    // The list prints "before <today + 9>": last day today + 8.
    await expect.poll(() => badgeDate(page, ORDER)).toContain(`Last day: ${english(8)}`);

    const tracking = await session!.context.newPage();
    await tracking.goto(trackingUrl(ORDER));
    const store = await waitForStorage(session!, (s) => ordersOf(s)[ORDER]?.tracking !== undefined);
    const order = ordersOf(store)[ORDER]!;
    expect(order.tracking).toMatchObject({
      trackingNumber: 'LP00648213579024',
      carrier: 'AliExpress standard shipping',
      lastEvent: { title: 'In transit', text: 'Package leaving origin country/region.', at: isoDay(new Date(), -12) },
      eventCount: 10,
      delivered: false,
      protectionEnd: { kind: 'protection_end', confidence: 'exact', source: 'page:tracking' },
    });
    expect(order.tracking?.protectionEnd?.pageText).toBe(`Refund if no delivery before ${english(8)}`);
    // The order's own facts are untouched but for the tracking number the list card didn't show.
    expect(order.facts.status).toBe('awaiting_delivery');
    expect(order.facts.trackingNumber).toBe('LP00648213579024');
    // OrderShield reads the tracking page; it adds nothing to it.
    expect(await tracking.locator('[class^="ordershield"], ordershield-badge, ordershield-panel').count()).toBe(0);

    // A reminder of its own: the parcel last moved 12 days ago (stuck since 2 days, with the default 10), so the
    // background shows it at once, under the protection end it is about, with a notification on screen.
    type Targets = Record<string, { reminders?: Array<{ id: string; deadlineKey: string }> }>;
    const stuckReminder = (s: Record<string, unknown>) =>
      Object.values((s.notificationTargets ?? {}) as Targets)
        .flatMap((target) => target.reminders ?? [])
        .find((reminder) => reminder.id.includes(':stuck-'));
    const withStuck = await waitForStorage(session!, (s) => stuckReminder(s) !== undefined);
    expect(stuckReminder(withStuck)).toMatchObject({
      deadlineKey: `${ORDER}:protection_end`,
      id: expect.stringMatching(new RegExp(`:stuck-${isoDay(new Date(), -12)}$`)),
    });
    const shown = await session!.inWorker(
      async () =>
        Object.keys(
          await (
            globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object> } } }
          ).chrome.notifications.getAll(),
        ),
      undefined,
    );
    expect(shown.length).toBeGreaterThan(0);

    // Back on My Orders: the tracking page's "before <today + 8>" is the earlier printed date, so it counts.
    await page.bringToFront();
    await page.reload();
    await expect.poll(() => badgeDate(page, ORDER)).toContain(`Last day: ${english(7)}`);

    // The tracking page of an order OrderShield has never read is not turned into an order.
    await tracking.goto(trackingUrl(UNKNOWN_ORDER));
    await tracking.waitForTimeout(1500);
    expect(ordersOf(await session!.storage())[UNKNOWN_ORDER]).toBeUndefined();
    expect(session!.refused).toEqual([]);
  });

  it('a language subdomain: the Spanish tracking page of a parcel on its way', async () => {
    await start({ [ORDER]: 'tracking-es-moving.html' });
    const tracking = await session!.context.newPage();
    await tracking.goto(trackingUrl(ORDER, 'es.aliexpress.com'));
    const store = await waitForStorage(session!, (s) => ordersOf(s)[ORDER]?.tracking !== undefined);
    expect(ordersOf(store)[ORDER]!.tracking).toMatchObject({
      lastEvent: { title: 'En tránsito', at: isoDay(new Date(), -1) },
      eventCount: 24,
      delivered: false,
    });
    expect(session!.refused).toEqual([]);
  });
});

describe('the tracking page in Firefox ESR', () => {
  it('is read and kept on the order, as in Chromium', async () => {
    const { browser } = await launchFirefoxWithExtension({ extensionDir: FIREFOX_E2E_BUILD_DIR });
    try {
      const site: SiteMap = {
        lists: { [LIST]: 'global-list-en-mixed.html' },
        details: {},
        tracking: { [ORDER]: 'tracking-pt-delivered.html' },
      };
      const ext = await extensionPage(browser);
      type Api = { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      const stored = () =>
        ext.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.get(null));
      const page = await fixturePage(browser, site);
      await page.goto(LIST);
      await waitFor(stored, (s) => ordersOf(s)[ORDER] !== undefined, 15_000);
      await page.goto(trackingUrl(ORDER, 'pt.aliexpress.com'));
      const store = await waitFor(stored, (s) => ordersOf(s)[ORDER]?.tracking !== undefined, 15_000);
      expect(ordersOf(store)[ORDER]!.tracking).toMatchObject({
        trackingNumber: 'LP00648213579024',
        lastEvent: { title: 'Entregue', text: 'Pacote entregue.' },
        delivered: true,
        deliveredAt: isoDay(new Date(), -3),
        eventCount: 26,
      });
    } finally {
      await browser.close();
    }
  });
});
