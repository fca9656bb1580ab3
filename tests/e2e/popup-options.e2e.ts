/**
 * The popup and the options page as extension pages in real Chromium, driven as a buyer would: the urgency
 * list (sorting, filters, search), the order view (checklist ticks surviving a reload, the composer's text,
 * playbook reminders, an override winning over the page), a manual order, the options' export → clear →
 * import round trip and the calendar file. Screenshots (English, Russian) go to test-output/screenshots/;
 * axe-core must find no serious or critical violation on either page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { isoDay } from '../harness/fixtures';
import { launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import { LIST_URL } from '../harness/site';
import { ordersIn } from '../harness/stored-orders';
import Papa from 'papaparse';

const require = createRequire(import.meta.url);
const SHOTS = 'test-output/screenshots';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const IN_TRANSIT = '8214398062177351';
const MANUAL_ID = '8100000000000001';
/** The spreadsheet's columns, as README "Export format" (and issue #15 §5) promise them. */
const CSV_COLUMNS = [
  'order id',
  'site',
  'status',
  'status on the page',
  'order date',
  'store',
  'items',
  'total',
  'tracking number',
  'next deadline',
  'next deadline date',
  'estimated or exact',
] as const;
const BUCKET_ORDER = ['overdue', 'today', 'soon', 'later', 'none'];

const ordersOf = ordersIn;

/** The instants of an .ics file's events, by UID (RFC 5545 line unfolding, UTC `DTEND`). */
function parseIcs(text: string): Map<string, { end: number; summary: string; alarms: number }> {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const events = new Map<string, { end: number; summary: string; alarms: number }>();
  let current: { uid?: string; end?: number; summary?: string; alarms: number } | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = { alarms: 0 };
    else if (line === 'END:VEVENT' && current?.uid && current.end !== undefined) {
      events.set(current.uid, { end: current.end, summary: current.summary ?? '', alarms: current.alarms });
      current = null;
    } else if (current && line.startsWith('UID:')) current.uid = line.slice(4);
    else if (current && line.startsWith('SUMMARY:')) current.summary = line.slice(8);
    else if (current && line === 'BEGIN:VALARM') current.alarms++;
    else if (current && line.startsWith('DTEND:')) {
      const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(line.slice(6));
      if (m) current.end = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
    }
  }
  return events;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Not addScriptTag: extension pages' CSP (script-src 'self') blocks inline scripts; evaluating through the
  // DevTools protocol is not subject to the page's CSP.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  if (result.length > 0) console.log(JSON.stringify(result));
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

describe('popup and options in Chromium', () => {
  let session: ExtensionSession;
  const today = new Date();
  let popup: Page;

  const popupUrl = (hash = '') => `chrome-extension://${session.extensionId}/popup.html${hash}`;
  const optionsUrl = () => `chrome-extension://${session.extensionId}/options.html`;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ today });
    const page = await session.context.newPage();
    await page.goto(LIST_URL);
    await waitForStorage(session, (s) => Object.keys(ordersOf(s)).length === 7);
    await page.close();
    popup = await session.openPopup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists orders in urgency buckets, most urgent first, each sorted by its next deadline', async () => {
    await expect.poll(() => popup.locator('.order-row').count()).toBe(7);
    const buckets = await popup
      .locator('[data-bucket]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-bucket') ?? ''));
    expect(buckets.map((b) => BUCKET_ORDER.indexOf(b))).toEqual(
      [...buckets.map((b) => BUCKET_ORDER.indexOf(b))].sort((a, b) => a - b),
    );
    expect(buckets).toContain('none');
    // Within a bucket, the nearest deadline first.
    for (const bucket of buckets.filter((b) => b !== 'none')) {
      const ats = await popup
        .locator(`[data-bucket="${bucket}"] [data-testid="deadline"]`)
        .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('data-at') ?? '')));
      expect(ats).toEqual([...ats].sort((a, b) => a - b));
    }
    // The parcel in transit (protection end printed 9 days ahead): its bucket agrees with its days left.
    const inTransit = popup.locator(`.order-row[data-order-id="${IN_TRANSIT}"]`);
    const days = Number(/(\d+) days? left/.exec(await inTransit.locator('[data-testid="deadline"]').innerText())?.[1]);
    expect(days).toBeGreaterThan(0);
    const bucket = await inTransit.evaluate((row) => row.closest('[data-bucket]')?.getAttribute('data-bucket'));
    expect(bucket).toBe(days <= 7 ? 'soon' : 'later');
    // Rows of the "no deadline ahead" bucket say none is known, or show a window that already closed.
    const none = popup.locator('[data-bucket="none"] .order-row [data-testid="deadline"]');
    for (const text of await none.allInnerTexts()) expect(text).toMatch(/No deadline known yet|days? ago/);
    await popup.screenshot({ path: `${SHOTS}/popup-home-en.png`, fullPage: true });
  });

  it('filters needs-action / all / archived, and searches by id, store and item', async () => {
    await popup.locator('[data-filter="needs_action"]').click();
    const needs = await popup
      .locator('[data-bucket]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-bucket')));
    for (const bucket of needs) expect(['overdue', 'today', 'soon']).toContain(bucket);
    await popup.locator('[data-filter="archived"]').click();
    await expect.poll(() => popup.locator('.order-row').count()).toBe(0);
    await popup.locator('[data-filter="all"]').click();
    await expect.poll(() => popup.locator('.order-row').count()).toBe(7);

    await popup.locator('[data-testid="search"]').fill(IN_TRANSIT.slice(-6));
    await expect.poll(() => popup.locator('.order-row').count()).toBe(1);
    const store = ordersOf(await session.storage());
    const limaCount = Object.values(store).filter((o) => o.facts.store?.name === 'LIMA Store').length;
    await popup.locator('[data-testid="search"]').fill('lima store');
    await expect.poll(() => popup.locator('.order-row').count()).toBe(limaCount);
    const title = store[IN_TRANSIT]!.facts.items[0]!.title!;
    await popup.locator('[data-testid="search"]').fill(title.slice(0, 12).toUpperCase());
    await expect.poll(() => popup.locator(`.order-row[data-order-id="${IN_TRANSIT}"]`).count()).toBe(1);
    await popup.locator('[data-testid="search"]').fill('');
  });

  it('archiving moves an order to the archived filter', async () => {
    await popup.locator('.order-row[data-order-id="3044264490251559"] .row-open').click();
    await popup.locator('[data-testid="archive"]').click();
    await waitForStorage(session, (s) => ordersOf(s)['3044264490251559']?.archived === true);
    await popup.locator('[data-testid="back"]').click();
    await popup.locator('[data-filter="archived"]').click();
    await expect.poll(() => popup.locator('.order-row').count()).toBe(1);
    await popup.locator('[data-filter="all"]').click();
    await expect.poll(() => popup.locator('.order-row').count()).toBe(6);
  });

  it('keeps evidence ticks across a reload and composes the dispute text', async () => {
    await popup.goto(popupUrl(`#order=${IN_TRANSIT}`));
    const view = popup.locator('[data-testid="order-view"]');
    await expect.poll(() => view.count()).toBe(1);
    await popup.locator('[data-testid="dispute"] > summary').click();
    // The parcel is on its way: "not received" is preselected.
    expect(await popup.locator('[data-testid="dispute-type"]').inputValue()).toBe('not_received');
    await popup.locator('[data-evidence="common.order"]').check();
    await popup.locator('[data-evidence="not_received.tracking"]').check();
    await waitForStorage(session, (s) => (ordersOf(s)[IN_TRANSIT]?.guide?.evidence ?? []).length === 2);
    await popup.reload();
    await popup.locator('[data-testid="dispute"] > summary').click();
    expect(await popup.locator('[data-evidence="common.order"]').isChecked()).toBe(true);
    expect(await popup.locator('[data-evidence="not_received.tracking"]').isChecked()).toBe(true);
    expect(await popup.locator('[data-evidence="common.chat"]').isChecked()).toBe(false);
    expect(await popup.locator('[data-testid="evidence-progress"]').innerText()).toBe('2 of 9 ready');

    await popup.locator('[data-problem="not_received.no_update"]').check();
    await popup.locator('[data-problem="not_received.seller_stalls"]').check();
    const text = await popup.locator('[data-testid="composer-text"]').inputValue();
    const lines = text.split('\n');
    // The main problem first, then the numbered problems, then what was ticked (only that), then the request.
    expect(lines.slice(0, 4)).toEqual([
      `Order ${IN_TRANSIT}.`,
      'I have not received my order.',
      '1. The tracking has not been updated for a long time.',
      '2. The seller answers reluctantly and only asks me to wait.',
    ]);
    expect(lines.at(-2)).toBe('Attached: a screenshot of the order and a screenshot of the full tracking history.');
    expect(lines.at(-1)).toBe('Please give me a full refund of R$31,93.');
    expect(text).not.toMatch(/video/i);
    // Said before the buyer opens (or closes) the dispute.
    expect(await popup.locator('[data-testid="dispute-rules"]').innerText()).toContain('One dispute per order');
    await popup.locator('[data-testid="composer"] legend').first().scrollIntoViewIfNeeded();
    await popup.locator('[data-testid="composer-text"]').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/popup-composer-en.png` });
    await popup.locator('[data-testid="composer-purpose"]').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/popup-composer-top-en.png` });
    await popup.locator('#order-view-title').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/popup-order-en.png` });
  });

  it('schedules the playbook reminders as labelled custom deadlines', async () => {
    await popup.locator('[data-testid="appeal"] > summary').click();
    await popup.locator('[data-step="next_day"] button').click();
    await popup.locator('[data-step="review_day"] input[type="date"]').fill(isoDay(today, 5));
    await popup.locator('[data-step="review_day"] button').click();
    const store = await waitForStorage(session, (s) => (ordersOf(s)[IN_TRANSIT]?.userDeadlines ?? []).length === 2);
    const reminders = ordersOf(store)[IN_TRANSIT]!.userDeadlines;
    const byLabel = Object.fromEntries(reminders.map((d) => [d.label, d]));
    expect(byLabel['Back to the support chat with the appeal number']).toMatchObject({
      kind: 'custom',
      source: 'user',
    });
    expect(new Date(byLabel['Back to the support chat with the appeal number']!.at).toDateString()).toBe(
      new Date(`${isoDay(today, 1)}T12:00:00`).toDateString(),
    );
    expect(new Date(byLabel['Ask support for the appeal result']!.at).toDateString()).toBe(
      new Date(`${isoDay(today, 5)}T12:00:00`).toDateString(),
    );
    await expect.poll(() => popup.locator('[data-testid="step-reminder"]').count()).toBe(2);
    // The reminders are deadlines of the order now: the timeline shows them.
    await expect.poll(() => popup.locator('.timeline-item[data-kind="custom"]').count()).toBe(2);
    await popup.locator('[data-step="survey"] input[type="checkbox"]').check();
    await waitForStorage(session, (s) => (ordersOf(s)[IN_TRANSIT]?.guide?.playbook ?? []).includes('survey'));
  });

  it('a later date of the buyer warns and the page keeps counting; an earlier correction wins, also after the page is read again', async () => {
    const printed = ordersOf(await session.storage())[IN_TRANSIT]!.facts.deadlines.find(
      (d) => d.kind === 'protection_end',
    )!;
    expect(printed.confidence).toBe('exact');
    await popup.locator('[data-testid="override"] > summary').click();
    const form = popup.locator('[data-testid="deadline-form"]');
    await form.locator('select').selectOption('protection_end');
    // "The seller said they extended it": later than the page's date. The form warns before saving.
    await form.locator('input[type="date"]').fill(isoDay(today, 20));
    await expect.poll(() => form.locator('[data-testid="buyer-date-warning"]').innerText()).toContain('The page says');
    await form.screenshot({ path: `${SHOTS}/popup-form-buyer-date.png` });
    await form.locator('button[type="submit"]').click();
    const protection = popup.locator('.timeline-item[data-kind="protection_end"]');
    await expect.poll(() => protection.locator('[data-testid="buyer-date-warning"]').count()).toBe(1);
    expect(await protection.getAttribute('data-source')).toBe(printed.source);
    await protection.screenshot({ path: `${SHOTS}/popup-timeline-buyer-date.png` });

    // An earlier date (a correction) wins.
    await form.locator('input[type="date"]').fill(isoDay(today, 5));
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => protection.getAttribute('data-source')).toBe('user');
    expect(new Date((await protection.getAttribute('data-at'))!).toDateString()).toBe(
      new Date(`${isoDay(today, 5)}T12:00:00`).toDateString(),
    );

    const page = await session.context.newPage();
    await page.goto(LIST_URL);
    await waitForStorage(session, (s) => ordersOf(s)[IN_TRANSIT]!.lastSeenAt > ordersOf(s)[IN_TRANSIT]!.firstSeenAt);
    await page.close();
    await popup.reload();
    await expect
      .poll(() => popup.locator('.timeline-item[data-kind="protection_end"]').getAttribute('data-source'))
      .toBe('user');
  });

  it('adds an order by hand', async () => {
    await popup.goto(popupUrl());
    await popup.locator('[data-testid="add-order-button"]').click();
    await popup.locator('#add-id').fill('123');
    await popup.locator('[data-testid="add-order"] button[type="submit"]').click();
    expect(await popup.locator('#add-error').innerText()).toContain('10–22 digits');
    await popup.locator('#add-id').fill(MANUAL_ID);
    await popup.locator('#add-store').fill('Seen In The App Store');
    await popup.locator('[data-testid="add-order"] button[type="submit"]').click();
    await expect.poll(() => popup.locator(`[data-testid="order-view"][data-order-id="${MANUAL_ID}"]`).count()).toBe(1);
    const store = await waitForStorage(session, (s) => MANUAL_ID in ordersOf(s));
    expect(ordersOf(store)[MANUAL_ID]).toMatchObject({
      manual: true,
      facts: { status: 'awaiting_delivery', store: { name: 'Seen In The App Store' } },
    });
    await popup.goto(popupUrl());
    await expect
      .poll(() => popup.locator(`.order-row[data-order-id="${MANUAL_ID}"] .badge`).innerText())
      .toBe('added by you');
  });

  it('the toolbar icon counts the orders the popup lists as needing action, and says so in its tooltip', async () => {
    await popup.goto(popupUrl());
    await expect.poll(() => popup.locator('.order-row').count()).toBeGreaterThan(0);
    const pressing = await popup
      .locator('[data-bucket="overdue"] .order-row, [data-bucket="today"] .order-row, [data-bucket="soon"] .order-row')
      .count();
    const read = () =>
      popup.evaluate(async () => {
        type Action = { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
        const action = (globalThis as unknown as { chrome: { action: Action } }).chrome.action;
        return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
      });
    // Empty when nothing needs action (no badge at all), else the count; the tooltip says the same in words.
    await expect.poll(async () => (await read()).text, { timeout: 10_000 }).toBe(pressing ? String(pressing) : '');
    expect((await read()).title).toMatch(
      pressing
        ? new RegExp(`^${pressing} orders? needs? action this week`)
        : /^OrderShield: no order needs action this week$/,
    );
    // Until when that count holds is kept for the worker's next start (a wake-up before then reads no order).
    const holds = await popup.evaluate(async () => {
      type Area = { get(key: string): Promise<Record<string, { untilMs: number } | undefined>> };
      const area = (globalThis as unknown as { chrome: { storage: { session: Area } } }).chrome.storage.session;
      return (await area.get('toolbarCountHolds')).toolbarCountHolds?.untilMs ?? 0;
    });
    expect(holds).toBeGreaterThan(Date.now());
    // The coverage line: how many orders are watched, when a page last showed one, and where to read more.
    expect(await popup.getByTestId('coverage').innerText()).toContain('Orders watched: ');
    expect(await popup.getByTestId('open-my-orders').isVisible()).toBe(true);
  });

  it('popup has no serious or critical axe violations (list and order view)', async () => {
    await popup.goto(popupUrl());
    await expect.poll(() => popup.locator('.order-row').count()).toBeGreaterThan(0);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.goto(popupUrl(`#order=${IN_TRANSIT}`));
    await popup.locator('[data-testid="dispute"] > summary').click();
    await popup.locator('[data-testid="override"] > summary').click();
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('dark mode: popup and options turn dark with no serious or critical axe violations', async () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await session.context.newPage();
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.setViewportSize({ width: 420, height: 600 });
    await dark.goto(popupUrl());
    await expect.poll(() => dark.locator('.order-row').count()).toBeGreaterThan(0);
    expect(await background(dark)).not.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(dark)).toEqual([]);
    await dark.screenshot({ path: `${SHOTS}/popup-home-en-dark.png`, fullPage: true });
    await dark.goto(popupUrl(`#order=${IN_TRANSIT}`));
    await dark.locator('[data-testid="dispute"] > summary').click();
    expect(await axeViolations(dark)).toEqual([]);
    await dark.screenshot({ path: `${SHOTS}/popup-order-en-dark.png` });
    await dark.setViewportSize({ width: 1280, height: 900 });
    await dark.goto(optionsUrl());
    await expect.poll(() => dark.locator('[data-testid="data"]').count()).toBe(1);
    expect(await background(dark)).not.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(dark)).toEqual([]);
    await dark.screenshot({ path: `${SHOTS}/options-en-dark.png`, fullPage: true });
    await dark.close();
  });

  it('export → clear → import restores every order unchanged; the .ics holds the same deadlines', async () => {
    const options = await session.context.newPage();
    await options.goto(optionsUrl());
    await expect.poll(() => options.locator('[data-testid="data"]').count()).toBe(1);
    await options.screenshot({ path: `${SHOTS}/options-en.png`, fullPage: true });
    expect(await axeViolations(options)).toEqual([]);

    const before = ordersOf(await session.storage());
    // Plain words (issue #13): no seed numbers, sections or setting keys; lead times are ticks, not typed lists.
    const optionsText = await options.locator('main').innerText();
    expect(optionsText).not.toMatch(/\bSeeds?\s*\d|§|domain guide|extensionRequestDaysBefore|JSON/);
    expect(await options.locator('[data-lead] input[type="text"]').count()).toBe(0);
    expect(await options.locator('[data-lead="protection_end"] input[type="checkbox"]:checked').count()).toBe(4);
    const exportButton = options.getByRole('button', { name: 'Save a backup file', exact: true });
    const [download] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^ordershield-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      version: number;
      exportedAt: string;
      orders: Array<{ orderId: string; status: string; deadlines: Array<{ kind: string; at: string }> }>;
      settings: unknown;
    };
    expect(exported).toMatchObject({ format: 'ordershield-export', version: 1 });
    expect(exported.orders.map((o) => o.orderId).sort()).toEqual(Object.keys(before).sort());
    expect(exported.orders.find((o) => o.orderId === IN_TRANSIT)?.status).toBe('awaiting_delivery');

    const [icsDownload] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export calendar (.ics)' }).click(),
    ]);
    expect(icsDownload.suggestedFilename()).toMatch(/\.ics$/);
    const events = parseIcs(readFileSync(await icsDownload.path(), 'utf8'));
    const now = Date.now();
    const expected = exported.orders
      .filter((o) => !before[o.orderId]!.archived)
      .flatMap((o) =>
        o.deadlines
          .filter((d) => Date.parse(d.at) >= now - 60_000)
          .map((d) => ({ orderId: o.orderId, kind: d.kind, ms: Math.floor(Date.parse(d.at) / 1000) * 1000 })),
      );
    expect(events.size).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(2);
    for (const deadline of expected.filter((d) => d.kind !== 'custom')) {
      const event = events.get(`${deadline.orderId}-${deadline.kind}@ordershield`);
      expect(event?.end, `${deadline.orderId} ${deadline.kind}`).toBe(deadline.ms);
      expect(event!.alarms).toBeGreaterThan(0);
    }
    expect([...events.values()].filter((e) => e.summary.startsWith('Back to the support chat')).length).toBe(1);

    await options.getByRole('button', { name: 'Clear all data' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await waitForStorage(session, (s) => Object.keys(ordersOf(s)).length === 0);

    await options.locator('[data-testid="import-file"]').setInputFiles(file);
    await expect
      .poll(() => options.locator('[data-testid="import-report"]').innerText())
      .toContain(`Imported: ${Object.keys(before).length} new, 0 updated, 0 unchanged.`);
    const after = ordersOf(
      await waitForStorage(session, (s) => Object.keys(ordersOf(s)).length === Object.keys(before).length),
    );
    expect(after).toEqual(before);

    // Importing the same file again changes nothing and duplicates nothing.
    await options.locator('[data-testid="import-file"]').setInputFiles([]);
    await options.locator('[data-testid="import-file"]').setInputFiles(file);
    await expect
      .poll(() => options.locator('[data-testid="import-report"]').innerText())
      .toContain(`0 new, 0 updated, ${Object.keys(before).length} unchanged`);
    await options.close();
  });

  it('the spreadsheet export: BOM, header, one row per stored order, a hostile seller text neutralised', async () => {
    const options = await session.context.newPage();
    await options.goto(optionsUrl());
    // An order whose seller wrote formulas into its title and store name arrives through an import file.
    const [backup] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Save a backup file', exact: true }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await backup.path(), 'utf8')) as {
      orders: Array<Record<string, unknown>>;
    };
    const HOSTILE_ID = '8100000000000099';
    const hostile = {
      ...exported.orders[0],
      orderId: HOSTILE_ID,
      store: { name: '@SUM(1+1)' },
      items: [{ title: '=HYPERLINK("https://evil.example","Free gift, click")', quantity: 1 }],
      total: '-US $1.00',
    };
    delete (hostile as { record?: unknown }).record;
    await options.locator('[data-testid="import-file"]').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'ordershield-export', version: 1, orders: [hostile] })),
    });
    const stored = ordersOf(await waitForStorage(session, (s) => ordersOf(s)[HOSTILE_ID] !== undefined));

    const csvButton = options.getByRole('button', { name: 'Export spreadsheet (.csv)', exact: true });
    const [download] = await Promise.all([options.waitForEvent('download'), csvButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^ordershield-orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads it as UTF-8
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row[0]).sort()).toEqual(Object.keys(stored).sort());
    const row = rows.find((r) => r[0] === HOSTILE_ID)!;
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect(cell('store')).toBe("'@SUM(1+1)");
    expect(cell('items')).toBe(`'=HYPERLINK("https://evil.example","Free gift, click")`);
    expect(cell('total')).toBe("'-US $1.00");
    // No cell of any row starts a formula.
    expect(rows.flat().filter((value) => /^[=+\-@]/.test(value))).toEqual([]);
    const inTransit = rows.find((r) => r[0] === IN_TRANSIT)!;
    expect(inTransit[CSV_COLUMNS.indexOf('status')]).toBe('awaiting_delivery');
    await options.close();
  });

  it('switches to Russian from the options; screenshots of both pages in Russian', async () => {
    const options = await session.context.newPage();
    await options.goto(optionsUrl());
    await options.locator('[data-testid="language"]').selectOption('ru');
    await options.locator('[data-testid="save-settings"]').click();
    await waitForStorage(session, (s) => (s.settings as { language?: string } | undefined)?.language === 'ru');
    await expect.poll(() => options.locator('h1').innerText()).toBe('Настройки OrderShield');
    await options.screenshot({ path: `${SHOTS}/options-ru.png`, fullPage: true });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
    await popup.goto(popupUrl());
    await expect.poll(() => popup.locator('[data-filter="all"]').innerText()).toBe('Все');
    await popup.screenshot({ path: `${SHOTS}/popup-home-ru.png`, fullPage: true });
    await popup.goto(popupUrl(`#order=${IN_TRANSIT}`));
    await expect.poll(() => popup.locator('[data-testid="order-view"]').count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/popup-order-ru.png` });
    // The playbook reminders scheduled in English above are named in Russian now, and the playbook still shows them
    // as set (it does not offer them again).
    const reminders = popup.locator('.timeline-item[data-kind="custom"]');
    await expect.poll(() => reminders.count()).toBe(2);
    const names = (await reminders.allInnerTexts()).join('\n');
    expect(names).toContain('Вернуться в чат поддержки с номером апелляции');
    expect(names).toContain('Спросить в поддержке результат апелляции');
    expect(names).not.toContain('appeal');
    await popup.locator('[data-testid="appeal"] > summary').click();
    await expect.poll(() => popup.locator('[data-testid="step-reminder"]').count()).toBe(2);
    await popup.locator('[data-step="next_day"]').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/popup-playbook-ru.png` });
  });

  it('made no request outside the routed fixture pages', () => {
    expect(session.refused).toEqual([]);
  });
});
