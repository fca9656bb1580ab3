/**
 * Deadline truth in real Chromium with the built extension (issue 12 §1): what the buyer reads on the card.
 * - a card on its last day: "Refund if no delivery before <tomorrow>" says "Last day: <today>" and hours left;
 * - a buyer's date later than the page's: the badge warns ("The page says …; you set …") and keeps the page's date;
 * - after the printed date, an order still in transit: "open a dispute now", with the late window's estimated end.
 * The fixture pages print dates relative to the `today` they are served for, so each case serves them shifted from
 * the real clock: it holds on any day. Screenshots: test-output/screenshots/deadline-truth-*.png (looked at).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../harness/chromium';
import type { SiteMap } from '../harness/site';

const SHOTS = 'test-output/screenshots';
const LIST = 'https://www.aliexpress.com/p/order/index.html';
const SITE: SiteMap = { lists: { [LIST]: 'global-list-en-mixed.html' }, details: {} };
/** The first card of global-list-en-mixed.html prints "Refund if no delivery before <today + 9>". */
const ORDER = '8214398062177351';
const PRINTED_OFFSET = 9;

/** The real day shifted by `days` (a fixture served for it prints its dates from there). */
function dayFromNow(days: number): Date {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return day;
}

const english = (day: Date) => day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

interface BadgeView {
  urgency: string | null;
  date: string;
  timeLeft: string;
  days: number | null;
  advice: string[];
  adviceText: string;
  warning: string;
}

function badgeOf(page: Page, orderId: string): Promise<BadgeView | null> {
  return page.locator(`ordershield-badge[data-ordershield-order="${orderId}"]`).evaluateAll((hosts) => {
    const root = hosts[0]?.shadowRoot;
    if (!root) return null;
    const left = root.querySelector('[data-testid="time-left"]');
    return {
      urgency: root.querySelector('[data-testid="urgency"]')?.getAttribute('data-urgency') ?? null,
      date: root.querySelector('[data-testid="deadline-date"]')?.textContent ?? '',
      timeLeft: left?.textContent ?? '',
      days: left ? Number(left.getAttribute('data-days')) : null,
      advice: Array.from(root.querySelectorAll('[data-advice]')).map((a) => a.getAttribute('data-advice') ?? ''),
      adviceText: root.querySelector('[data-testid="advice"]')?.textContent ?? '',
      warning: root.querySelector('[data-testid="buyer-date-warning"]')?.textContent ?? '',
    };
  });
}

describe('deadline truth on the card', () => {
  let session: ExtensionSession | undefined;
  mkdirSync(SHOTS, { recursive: true });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  async function openList(today: Date): Promise<Page> {
    session = await launchWithExtension({ today, site: SITE });
    const page = await session.context.newPage();
    await page.goto(LIST);
    await expect.poll(() => badgeOf(page, ORDER).then((b) => b?.date ?? '')).not.toBe('');
    return page;
  }

  it('on its last day a card says "Last day: <today>" and the hours left, never "1 day"', async () => {
    // Served as if it were 8 days ago: the card prints "before <tomorrow>", so today is the last day.
    const page = await openList(dayFromNow(1 - PRINTED_OFFSET));
    const badge = (await badgeOf(page, ORDER))!;
    expect(badge.date).toContain(`Last day: ${english(dayFromNow(0))}`);
    expect(badge.urgency).toBe('today');
    expect(badge.days).toBe(0);
    expect(badge.timeLeft).toMatch(/^\d+ hours? left$/);
    expect(badge.advice).toContain('open_dispute_now');
    await page.locator('.order-item', { hasText: ORDER }).screenshot({ path: `${SHOTS}/deadline-truth-last-day.png` });
  });

  it('a buyer’s date later than the page’s: the badge warns, and the page’s date keeps counting', async () => {
    const page = await openList(dayFromNow(0));
    const printedLastDay = dayFromNow(PRINTED_OFFSET - 1);
    const later = dayFromNow(PRINTED_OFFSET + 12);
    later.setHours(23, 59, 59, 999);
    const popup = await session!.openPopup();
    const answer = await popup.evaluate(
      (payload) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ ordershield: 1, type: 'setUserDeadline', payload }),
      {
        orderId: ORDER,
        deadline: { kind: 'protection_end', at: later.toISOString(), confidence: 'exact', source: 'user' },
      },
    );
    expect(answer).toMatchObject({ ok: true });
    await popup.close();
    await page.reload();
    await expect
      .poll(() => badgeOf(page, ORDER).then((b) => b?.warning ?? ''))
      .toContain(`The page says ${english(printedLastDay)}; you set ${english(later)}.`);
    const badge = (await badgeOf(page, ORDER))!;
    expect(badge.date).toContain(`Last day: ${english(printedLastDay)}`);
    expect(badge.days).toBe(PRINTED_OFFSET - 1);
    await page
      .locator('.order-item', { hasText: ORDER })
      .screenshot({ path: `${SHOTS}/deadline-truth-buyer-date.png` });
  });

  it('the day after the printed date, a parcel still in transit: "open a dispute now", not "too late"', async () => {
    // Served as if it were 10 days ago: the card printed "before <yesterday>".
    const page = await openList(dayFromNow(-1 - PRINTED_OFFSET));
    const badge = (await badgeOf(page, ORDER))!;
    expect(badge.advice).toEqual(['late_dispute_now']);
    const lateLastDay = dayFromNow(-1 + 15 - 1);
    expect(badge.adviceText).toContain(`until about ${english(lateLastDay)} (estimated)`);
    expect(badge.adviceText).not.toContain('Contact AliExpress support');
    expect(badge.urgency).toBe('soon');
    await page
      .locator('.order-item', { hasText: ORDER })
      .screenshot({ path: `${SHOTS}/deadline-truth-late-window.png` });
  });
});
