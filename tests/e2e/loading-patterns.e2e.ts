/**
 * How real order pages load, in real Chromium with the built extension: "View orders" appends cards, tabs
 * re-render the list in place, the single-page app moves to an order page without a reload, and aliexpress.ru
 * loads more on scroll. Every order must end up stored exactly once, with the right facts.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture, isoDay } from '../harness/fixtures';
import { launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import { LIST_URL } from '../harness/site';
import { ordersIn } from '../harness/stored-orders';

const SHOTS = 'test-output/screenshots';
const ordersOf = ordersIn;

/** The body of an order page fixture, as the SPA would render it in place (scripts left out). */
function orderPageBody(name: string, today: Date): string {
  const html = loadFixture(name, today);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  return body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

describe('loading patterns', () => {
  let session: ExtensionSession;
  const today = new Date();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchWithExtension({ today });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('list → "View orders" → tab switch → SPA navigation to an order page: each order stored once', async () => {
    const page = await session.context.newPage();
    await page.goto(LIST_URL);
    await expect.poll(() => page.locator('.order-item[data-ordershield-read]').count()).toBe(7);

    await page.locator('[data-pl="order_more"] button').click();
    await expect.poll(() => page.locator('.order-item[data-ordershield-read]').count()).toBe(8);
    let store = await waitForStorage(session, (s) => Object.keys(ordersOf(s)).length === 8);
    expect(ordersOf(store)['8210505692320516']!.facts).toMatchObject({
      status: 'completed',
      orderedAt: isoDay(today, -150),
    });

    // "To ship" tab: the list re-renders in place with new card nodes; they are read, nothing is duplicated.
    await page.locator('.comet-tabs-nav-item', { hasText: 'To ship' }).click();
    await expect.poll(() => page.locator('.order-item').count()).toBe(1);
    await expect.poll(() => page.locator('.order-item[data-ordershield-read]').count()).toBe(1);
    await page.locator('.comet-tabs-nav-item', { hasText: 'View all' }).click();
    await expect.poll(() => page.locator('.order-item[data-ordershield-read]').count()).toBe(7);
    store = await session.storage();
    expect(Object.keys(ordersOf(store))).toHaveLength(8);

    // The SPA opens an order page without a reload: URL pushed, content replaced.
    const body = orderPageBody('global-detail-en-awaiting_delivery.html', today);
    await page.evaluate((html) => {
      history.pushState({}, '', '/p/order/detail.html?orderId=8214398062177351');
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      document.body.replaceWith(doc.body);
    }, body);
    store = await waitForStorage(
      session,
      (s) => ordersOf(s)['8214398062177351']?.facts.trackingNumber === 'LP00648213579024',
    );
    const order = ordersOf(store)['8214398062177351']!;
    expect(order.facts.pageKind).toBe('global-detail');
    expect(order.facts.status).toBe('awaiting_delivery');
    const protection = order.facts.deadlines.find((d) => d.kind === 'protection_end')!;
    expect(protection.confidence).toBe('exact');
    expect(new Date(protection.at).toDateString()).toBe(new Date(`${isoDay(today, 9)}T00:00:00`).toDateString());
    expect(Object.keys(ordersOf(store))).toHaveLength(8);
    await page.close();
  });

  it('aliexpress.ru: cards loaded on scroll are read too, each once', async () => {
    const page = await session.context.newPage();
    await page.goto('https://aliexpress.ru/order-list');
    const cards = page.locator('[class*="RedOrderList_OrderList__item"]');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const firstCount = await cards.count();
    await page.mouse.wheel(0, 30_000);
    await expect.poll(() => cards.count()).toBeGreaterThan(firstCount);
    const total = await cards.count();
    await expect
      .poll(() => page.locator('[class*="RedOrderList_OrderList__item"][data-ordershield-read]').count())
      .toBe(total);
    const ids = await cards.evaluateAll((els) =>
      els.map((el) => (el.querySelector('a[href*="/order-list/"]')?.getAttribute('href') ?? '').replace(/\D/g, '')),
    );
    const store = await waitForStorage(session, (s) => ids.filter(Boolean).every((id) => ordersOf(s)[id]));
    for (const id of ids.filter(Boolean)) expect(ordersOf(store)[id]!.facts.site).toBe('aliexpress.ru');
    await page.close();
  });

  it('aliexpress.ru translated in place by the browser (German): nothing duplicated, no stage lost, badges stay', async () => {
    const page = await session.context.newPage();
    await page.goto('https://aliexpress.ru/order-list');
    const cards = page.locator('[class*="RedOrderList_OrderList__item"]');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const total = await cards.count();
    await expect
      .poll(() => page.locator('[class*="RedOrderList_OrderList__item"] ordershield-badge').count())
      .toBe(total);
    const ids = (
      await cards.evaluateAll((els) =>
        els.map((el) => (el.querySelector('a[href*="/order-list/"]')?.getAttribute('href') ?? '').replace(/\D/g, '')),
      )
    ).filter(Boolean);
    const before = ordersOf(await waitForStorage(session, (s) => ids.every((id) => ordersOf(s)[id])));
    const storedBefore = Object.keys(before).length;

    // What Chrome's "Translate this page" does: every text node becomes <font><font>translation</font></font>, the
    // document says it is German now. Labels as a browser translates them (tests/fixtures/aliexpress/ru-list-de-mixed.html).
    const german: Record<string, string> = {
      'В пути': 'Unterwegs',
      Завершён: 'Fertig',
      Закрыт: 'Geschlossen',
      'Купить снова': 'Erneut kaufen',
      'Ожидает оплаты': 'Warten auf Zahlung',
      'Ожидает отправки': 'Warten auf Versand',
      Оплатить: 'Bezahlen',
      'Оставить отзыв': 'Feedback hinterlassen',
      'Открыть спор': 'Streit eröffnen',
      'Отменить заказ': 'Bestellung stornieren',
      Отменён: 'Storniert',
      Отправлен: 'Gesendet',
      Отследить: 'Verfolgen',
      'Подтвердить получение': 'Empfang bestätigen',
      'Посмотреть спор': 'Streit ansehen',
      'Спор открыт': 'Streit eröffnet',
      Удалить: 'Löschen',
    };
    const translated = await page.evaluate((words) => {
      document.documentElement.lang = 'de';
      document.documentElement.classList.add('translated-ltr');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style') || parent.closest('[class*="ordershield"], ordershield-badge'))
          continue;
        if ((node.textContent ?? '').trim()) texts.push(node as Text);
      }
      let changed = 0;
      for (const text of texts) {
        const own = (text.textContent ?? '').replace(/\u00a0/g, ' ').trim();
        const outer = document.createElement('font');
        const inner = document.createElement('font');
        outer.style.verticalAlign = 'inherit';
        inner.style.verticalAlign = 'inherit';
        inner.textContent = words[own] ?? text.textContent;
        if (words[own]) changed++;
        outer.append(inner);
        text.replaceWith(outer);
      }
      return changed;
    }, german);
    expect(translated).toBeGreaterThanOrEqual(total); // at least every card's status

    // Every card is read again (its text changed) and the readings reach storage: the in-transit card's own words
    // are German now, its stage is still the one it had.
    const inTransitId = Object.values(before).find(
      (o) => o.facts.site === 'aliexpress.ru' && o.facts.statusText === 'В пути',
    )!.facts.orderId;
    const after = ordersOf(
      await waitForStorage(session, (s) => ordersOf(s)[inTransitId]?.facts.statusText === 'Unterwegs'),
    );
    expect(Object.keys(after)).toHaveLength(storedBefore);
    for (const id of ids) expect(after[id]!.facts.status, id).toBe(before[id]!.facts.status);
    // One badge per card still, none doubled by the re-reading.
    await expect
      .poll(() => page.locator('[class*="RedOrderList_OrderList__item"] ordershield-badge').count())
      .toBe(total);
    await page.screenshot({ path: `${SHOTS}/loading-ru-list-translated-de.png` });
    expect((await session.storage()).unreadablePages ?? []).toEqual([]);
    await page.close();
  });

  it('a page whose layout is not recognized shows up in the popup as "couldn’t read", with its URL', async () => {
    await session.context.route('https://www.aliexpress.com/p/order/index.html?layout=unknown', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<html><body><main class="brand-new-layout">Your orders</main></body></html>',
      }),
    );
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('https://www.aliexpress.com/p/order/index.html?layout=unknown');
    await waitForStorage(session, (s) => Array.isArray(s.unreadablePages) && s.unreadablePages.length > 0, 20_000);
    const popup = await session.openPopup();
    const notice = popup.locator('[data-testid="unreadable"]', {
      hasText: 'https://www.aliexpress.com/p/order/index.html?layout=unknown',
    });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain('Couldn’t read this page');
    // The pages that were read fine are not reported.
    expect(await popup.locator('[data-testid="unreadable"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
