/**
 * The main flow in Firefox ESR: read the list → stored by the background → badge on every card → popup lists
 * them → a reminder comes due and its notification is created. (Chromium's version of each step is in the other e2e files.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { waitFor } from '../harness/wait';
import type { Browser, Page } from 'puppeteer-core';
import { extensionPage, fixturePage, FIREFOX_E2E_BUILD_DIR, launchFirefoxWithExtension } from '../harness/firefox';
import { LIST_URL } from '../harness/site';
import { isoDay } from '../harness/fixtures';
import { earlyMorningZone } from '../harness/time-zones';
import { DEFAULT_SETTINGS, type TrackedOrder } from '../../utils/model';
import { pageOrder, trackedOrder } from '../unit/support/factories';
import { ordersIn } from '../harness/stored-orders';

type Api = {
  storage: { local: { get(k: null | string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

describe('main flow in Firefox ESR', () => {
  let browser: Browser;
  let ext: Page;

  beforeAll(async () => {
    ({ browser } = await launchFirefoxWithExtension({
      extensionDir: FIREFOX_E2E_BUILD_DIR,
      env: { TZ: earlyMorningZone() },
    }));
    ext = await extensionPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const stored = () => ext.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.get(null));

  it('reads My Orders, stores every order through the background, and the popup lists them', async () => {
    const page = await fixturePage(browser);
    await page.goto(LIST_URL);
    const store = await waitFor(stored, (s) => Object.keys(ordersIn(s)).length === 7, 15_000);
    const orders = ordersIn(store);
    expect(orders['8214398062177351']!.facts.status).toBe('awaiting_delivery');
    expect(orders['8214398062177351']!.facts.deadlines.map((d) => d.kind)).toContain('protection_end');
    // Every card got its badge (one each), with the days left to the printed protection end.
    await page.waitForFunction(() => document.querySelectorAll('[data-ordershield-order]').length === 7, {
      timeout: 15_000,
    });
    const left = await page.$eval('[data-ordershield-order="8214398062177351"]', (el) => {
      const host = el.shadowRoot ? el : el.closest('[data-ordershield-order]')!;
      return (host.shadowRoot ?? host).querySelector('[data-testid="time-left"]')?.textContent ?? '';
    });
    // The printed day is 9 days after Node's today; the browser runs in another zone (see time-zones.ts), so
    // count the calendar days from the browser's own today.
    const expectedDays = await page.evaluate(
      (day) => {
        const now = new Date();
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        return Math.round(
          (Date.UTC(y, m - 1, d) - Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) / 86_400_000,
        );
      },
      isoDay(new Date(), 9),
    );
    // "Before <day>" has its last day the day before (rules/last-day.ts).
    expect(left).toBe(`${expectedDays - 1} days left`);
    await ext.evaluate(() => location.reload());
    await ext.waitForFunction(() => document.querySelectorAll('.order-row').length === 7, { timeout: 15_000 });
    const rows = await ext.$$eval('.order-row', (els) => els.map((el) => el.getAttribute('data-order-id')));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toBe('8214398062177351');
    await page.close();
  });

  it('the toolbar icon counts the orders the popup lists as needing action, with its tooltip', async () => {
    const pressing = await ext.$$eval(
      '[data-bucket="overdue"] .order-row, [data-bucket="today"] .order-row, [data-bucket="soon"] .order-row',
      (els) => els.length,
    );
    type Action = { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
    const read = () =>
      ext.evaluate(async () => {
        const action = (globalThis as unknown as { browser: { browserAction: Action } }).browser.browserAction;
        return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
      });
    // Empty when nothing needs action (no badge at all), else the count; the tooltip says the same in words.
    const badge = await waitFor(read, (state) => state.text === (pressing ? String(pressing) : ''), 10_000);
    expect(badge.text).toBe(pressing ? String(pressing) : '');
    expect(badge.title).toMatch(
      pressing
        ? new RegExp(`^${pressing} orders? needs? action this week`)
        : /^OrderShield: no order needs action this week$/,
    );
    // Until when that count holds is kept for the worker's next start, in Firefox's session storage too.
    const holds = await ext.evaluate(async () => {
      type Area = { get(key: string): Promise<Record<string, { untilMs: number } | undefined>> };
      const area = (globalThis as unknown as { browser: { storage: { session: Area } } }).browser.storage.session;
      return (await area.get('toolbarCountHolds')).toolbarCountHolds?.untilMs ?? 0;
    });
    expect(holds).toBeGreaterThan(Date.now());
  });

  it('a reminder comes due and its notification is created with Firefox-safe options', async () => {
    const at = new Date(Date.now() + 8000).toISOString();
    const order = trackedOrder({
      facts: pageOrder({ orderId: '8300000000000009' }),
      userDeadlines: [{ kind: 'custom', at, confidence: 'exact', source: 'user', label: 'Firefox reminder' }],
    });
    await ext.evaluate(async (added: TrackedOrder) => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const { orders = {} } = (await api.storage.local.get('orders')) as { orders?: Record<string, unknown> };
      await api.storage.local.set({ orders: { ...orders, [added.orderId]: added } });
    }, order);
    // Headless Firefox has no notification server: a created notification closes at once, so
    // notifications.getAll() cannot see it. The background records a reminder as sent only after
    // notifications.create() resolved (it throws on Chrome-only options such as buttons), so the record is the proof.
    const store = await waitFor(
      stored,
      (s) =>
        Object.keys((s.reminders as { deadlines?: object } | undefined)?.deadlines ?? {}).some((key) =>
          key.startsWith('8300000000000009:custom'),
        ),
      20_000,
    );
    const reminders = store.reminders as { deadlines: Record<string, { sent: Record<string, string> }> };
    const key = Object.keys(reminders.deadlines).find((k) => k.startsWith('8300000000000009:custom'))!;
    expect(Object.keys(reminders.deadlines[key]!.sent)).toHaveLength(1);
    const targets = store.notificationTargets as Record<string, { orderIds: string[] }>;
    expect(Object.values(targets).some((t) => t.orderIds.includes('8300000000000009'))).toBe(true);
  });

  it('the options page exports the spreadsheet: BOM, header and one row per stored order', async () => {
    const options = await extensionPage(browser);
    // An extension page may open another of its own pages (only popup.html is reachable from a web page).
    await options.evaluate(() => {
      location.href = location.href.replace('popup.html', 'options.html');
    });
    await waitFor(
      () => options.evaluate(() => location.pathname).catch(() => ''),
      (path) => path.endsWith('/options.html'),
      15_000,
    );
    await options.waitForSelector('[data-testid="export-csv"]', { timeout: 15_000 });
    // The file is saved through a temporary link to a blob: the test reads what that link would save.
    await options.evaluate(() => {
      const saved: Array<Promise<[string, number[]]>> = [];
      (globalThis as unknown as { savedFiles: typeof saved }).savedFiles = saved;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const name = this.download;
        saved.push(
          fetch(this.href)
            .then((r) => r.arrayBuffer())
            .then((b) => [name, Array.from(new Uint8Array(b))] as [string, number[]]),
        );
      };
    });
    await options.click('[data-testid="export-csv"]');
    const [name, bytes] = await waitFor(
      () =>
        options.evaluate(async () => {
          const saved = (globalThis as unknown as { savedFiles: Array<Promise<[string, number[]]>> }).savedFiles;
          return saved.length > 0 ? await saved[0]! : null;
        }),
      (file) => file !== null,
      15_000,
    ).then((file) => file!);
    expect(name).toMatch(/^ordershield-orders-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const lines = Buffer.from(bytes).toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'order id,site,status,status on the page,order date,store,items,total,tracking number,next deadline,next deadline date,estimated or exact',
    );
    const orderIds = Object.keys(ordersIn(await stored()));
    expect(orderIds.length).toBeGreaterThanOrEqual(7);
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual(orderIds.sort());
    await options.close();
  });

  // Last: it changes the language, which the toolbar's tooltip follows a moment later.
  it('a click or a key in a badge stays inside it: the page’s own listeners never hear it', async () => {
    const page = await fixturePage(browser);
    try {
      await page.goto(LIST_URL);
      await page.waitForFunction(() => document.querySelectorAll('ordershield-badge').length === 7, {
        timeout: 15_000,
      });
      // The page's delegated listeners, on the document, bubbling (components/page/shadow.ts keeps ours in).
      await page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { seenByPage: seen });
        for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'focusin'])
          document.addEventListener(type, (event) => {
            const ours = event.composedPath().some((n) => (n as Element).localName?.startsWith('ordershield-'));
            seen.push(`${ours ? 'ours' : 'page'}:${type}`);
          });
      });
      const expand = (orderId: string) =>
        page.evaluateHandle(
          (id) =>
            document
              .querySelector(`ordershield-badge[data-ordershield-order="${id}"]`)!
              .shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="expand"]')!,
          orderId,
        );
      const expanded = (orderId: string) =>
        page.evaluate(
          (id) =>
            document
              .querySelector(`ordershield-badge[data-ordershield-order="${id}"]`)!
              .shadowRoot!.querySelector('[data-testid="expand"]')!
              .getAttribute('aria-expanded'),
          orderId,
        );
      // A script's click on a badge nobody touched, then the mouse, then the keyboard.
      await (await expand('8212313961591322')).evaluate((button) => button.click());
      await waitFor(
        () => expanded('8212313961591322'),
        (value) => value === 'true',
        5_000,
      );
      const button = await expand('8214398062177351');
      await button.click();
      await waitFor(
        () => expanded('8214398062177351'),
        (value) => value === 'true',
        5_000,
      );
      await button.focus();
      await page.keyboard.press('Enter');
      await waitFor(
        () => expanded('8214398062177351'),
        (value) => value === 'false',
        5_000,
      );
      const seen = await page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage);
      expect(seen).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('speaks the buyer’s language on the page: its words come from the background, none in English first', async () => {
    await ext.evaluate(
      (settings) => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings }),
      { ...DEFAULT_SETTINGS, language: 'de' },
    );
    const page = await fixturePage(browser);
    try {
      // Every badge button as it appears, from the page's start (the script carries English alone).
      await page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        Object.assign(window, { ordershieldSeen: seen });
        const timer = setInterval(() => {
          for (const host of document.querySelectorAll('ordershield-badge')) {
            const text = host.shadowRoot?.querySelector('[data-testid="expand"]')?.textContent;
            if (text) seen.push(text);
          }
        }, 2);
        setTimeout(() => clearInterval(timer), 10_000);
      });
      await page.goto(LIST_URL);
      const buttons = () =>
        page.$$eval('ordershield-badge', (hosts) =>
          hosts.map((host) => host.shadowRoot?.querySelector('[data-testid="expand"]')?.textContent ?? ''),
        );
      await waitFor(buttons, (texts) => texts.some((text) => text.includes('Alle Fristen zeigen')), 15_000);
      const left = await page.$eval(
        '[data-ordershield-order="8214398062177351"]',
        (host) => host.shadowRoot?.querySelector('[data-testid="time-left"]')?.textContent ?? '',
      );
      expect(left).toMatch(/\d+ Tage/);
      const seen = await page.evaluate(() => (window as unknown as { ordershieldSeen: string[] }).ordershieldSeen);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((text) => !text.includes('Alle Fristen zeigen'))).toEqual([]);
      mkdirSync('test-output/screenshots', { recursive: true });
      await page.screenshot({ path: 'test-output/screenshots/firefox-de-list.png' });
    } finally {
      await page.close();
      await ext.evaluate(
        (settings) => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings }),
        DEFAULT_SETTINGS,
      );
    }
  });
});
