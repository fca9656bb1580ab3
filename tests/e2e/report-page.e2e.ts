/**
 * "Report this page" in real Chromium (issue #15 §7): an order page whose layout OrderShield doesn't know (the
 * demo order page with its order block renamed, as a redesign would) gets the corner notice once the reader gives
 * up; its button puts a sanitised outline of the page on the clipboard, in which the page's order number, tracking
 * number and prices do not survive; the popup's "couldn't read" notice says the button is on the page.
 * Screenshot: test-output/screenshots/report-notice.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import { loadFixture } from '../harness/fixtures';

const SHOTS = 'test-output/screenshots';
const ORDER_ID = '8214398062177351';
const TRACKING_NUMBER = 'LP00648213579024';
const PAGE_URL = `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_ID}`;

/** Every run of `length` digits inside `digits`: none may appear in the report. */
function digitRuns(digits: string, length: number): string[] {
  return Array.from({ length: digits.length - length + 1 }, (_, i) => digits.slice(i, i + length));
}

describe('report this page (Chromium)', () => {
  let session: ExtensionSession;
  const today = new Date();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ today });
    const page = loadFixture('global-detail-en-awaiting_delivery.html', today);
    expect(page).toContain(ORDER_ID);
    expect(page).toContain(TRACKING_NUMBER);
    await session.context.route(PAGE_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: page.replace(/class="order-wrap"/g, 'class="order-wrap-next"'),
      }),
    );
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.aliexpress.com',
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the notice appears on the unreadable page and its button copies a snapshot with nothing of the buyer’s', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(PAGE_URL);
    const notice = page.locator('ordershield-report-notice [data-testid="report-notice"]');
    // The reader gives up after 10 s of a page it can't read.
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
    expect(await notice.innerText()).toContain('OrderShield couldn’t read this page');
    expect(await notice.innerText()).toContain('names, addresses, order numbers, prices and tracking numbers');
    await page.screenshot({ path: `${SHOTS}/report-notice.png` });

    await page.locator('ordershield-report-notice [data-testid="report-copy"]').click();
    await expect
      .poll(() => page.locator('ordershield-report-notice [data-testid="report-status"]').innerText())
      .toContain('Copied.');
    const snapshot = await page.evaluate(() => navigator.clipboard.readText());
    expect(snapshot).toContain('OrderShield page snapshot');
    expect(snapshot).toContain('class="order-wrap-next"'); // the structure the developers need
    expect(digitRuns(ORDER_ID, 5).filter((run) => snapshot.includes(run))).toEqual([]);
    expect(digitRuns(TRACKING_NUMBER.replace(/\D/g, ''), 5).filter((run) => snapshot.includes(run))).toEqual([]);
    for (const price of ['13,90', '27,80', '31,93']) expect(snapshot).not.toContain(price);
    expect(snapshot).not.toContain('Copy a report'); // our own notice is not part of the page's outline
    expect(errors).toEqual([]);

    // The popup's "couldn't read" notice points to the button on the page.
    await waitForStorage(session, (s) => Array.isArray(s.unreadablePages) && s.unreadablePages.length > 0);
    const popup = await session.openPopup();
    const unreadable = popup.locator('[data-testid="unreadable"]', { hasText: PAGE_URL });
    await expect.poll(() => unreadable.count()).toBe(1);
    expect(await unreadable.innerText()).toContain('Copy a report for the developers');
    await popup.close();
    await page.close();
  });
});
