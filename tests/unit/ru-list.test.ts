import { describe, expect, it } from 'vitest';
import { PageOrderSchema, type PageOrder } from '@/utils/model';
import { ruListReader } from '@/utils/pages/ru-list';
import type { ReadResult } from '@/utils/pages/types';
import { isoDay } from '../harness/fixtures';
import { fixtureDocument } from './support/dom';

/** Early January: year-less dates ("19 янв.", "6 января") sit right at the year boundary. */
const FIXED_TODAY = new Date(2026, 0, 10, 12, 0);
const LIST_URL = 'https://aliexpress.ru/order-list';
const BUILDS = ['ru-list-ru-mixed.html', 'ru-list-ru-build2.html'] as const;

function listDocument(name: string, today = FIXED_TODAY): Document {
  return fixtureDocument(name, LIST_URL, today);
}

function readAll(root: ParentNode, url = LIST_URL, now = FIXED_TODAY): ReadResult[] {
  const ctx = { url: new URL(url), now };
  return ruListReader.findCards(root).map((card) => ruListReader.readCard(card, ctx));
}

function readOrders(root: ParentNode, url = LIST_URL): PageOrder[] {
  return readAll(root, url).map((result) => {
    if (!result.ok) throw new Error(`card not read: ${result.reason}`);
    return result.order;
  });
}

/** The local midnight starting a calendar day, in ms: a printed "до <day>" ends protection then. */
function startOfDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

/** The card of an order, for tests that damage one card. */
function cardOf(doc: Document, orderId: string): Element {
  const card = ruListReader.findCards(doc).find((c) => c.querySelector('a')?.getAttribute('href')?.includes(orderId));
  if (!card) throw new Error(`no card for ${orderId}`);
  return card;
}

function readCard(card: Element, url = LIST_URL): ReadResult {
  return ruListReader.readCard(card, { url: new URL(url), now: FIXED_TODAY });
}

const FIRST_PAGE_IDS = [
  '5215100442218890',
  '5215002231409876',
  '5214779947343229',
  '5214398062177351',
  '8213550917364410',
  '5212313961591322',
  '8215090011223344',
  '8213001122334455',
];

describe('aliexpress.ru order list (V3), Russian', () => {
  const doc = listDocument('ru-list-ru-mixed.html');
  const orders = readOrders(doc);
  const byId = Object.fromEntries(orders.map((o) => [o.orderId, o]));

  it('finds every card of the first page, ids with their spaces removed (the next page is not loaded yet)', () => {
    expect(orders.map((o) => o.orderId)).toEqual(FIRST_PAGE_IDS);
    for (const order of orders) expect(PageOrderSchema.safeParse(order).success).toBe(true);
  });

  it.each([
    ['5215100442218890', 'awaiting_payment', 'Ожидает оплаты', '349,00 ₽', ['pay', 'cancel']],
    ['5215002231409876', 'awaiting_shipment', 'Ожидает отправки', '1 234,56 ₽', ['cancel']],
    ['5214779947343229', 'awaiting_delivery', 'В пути', '2 799,00 ₽', ['confirm_received', 'track']],
    ['5214398062177351', 'awaiting_delivery', 'Отправлен', '12 480,90 ₽', ['confirm_received', 'open_dispute']],
    ['8213550917364410', 'dispute_open', 'Спор открыт', '4 150,00 ₽', ['view_dispute']],
    ['5212313961591322', 'completed', 'Завершён', '689,12 ₽', ['leave_feedback', 'add_to_cart']],
    ['8215090011223344', 'closed', 'Закрыт', '215,40 ₽', ['remove']],
    ['8213001122334455', 'closed', 'Отменён', '990,00 ₽', ['add_to_cart']],
  ])('%s: %s (“%s”), total %s, actions %j', (id, status, statusText, total, actions) => {
    const order = byId[id]!;
    expect(order).toMatchObject({ site: 'aliexpress.ru', pageKind: 'ru-list', status, statusText, total, unread: [] });
    expect(order.actions).toEqual(actions);
    // A V3 card shows neither an order date nor a store: nothing is guessed for them.
    expect(order.orderedAt).toBeUndefined();
    expect(order.store).toBeUndefined();
  });

  it.each([
    ['5215100442218890', ['Силиконовый чехол для iPhone 15 Pro Max']],
    ['5214398062177351', ['USB-C хаб 7 в 1 с HDMI 4K и зарядкой PD 100 Вт', 'Кабель USB-C – USB-C 240 Вт, 2 м']],
    ['5212313961591322', ['Кабель HDMI 2.1 8K@60Hz 4K@120Hz, 2 м']],
  ])('%s: one item per thumbnail, titled by its alt text, with its image', (id, titles) => {
    const items = byId[id]!.items;
    expect(items.map((i) => i.title)).toEqual(titles);
    for (const item of items)
      expect(item.imageUrl).toMatch(/^https:\/\/ae04\.alicdn\.com\/kf\/S\w+\.jpg_120x120\.jpg$/);
  });

  it.each([
    // "Защита покупателя до 19 янв." (no year): protection is over when that day starts.
    ['5214398062177351', 9],
  ])('%s: a printed protection date ends protection at the start of day +%i', (id, offset) => {
    const deadlines = byId[id]!.deadlines;
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ kind: 'protection_end', confidence: 'exact' });
    expect(new Date(deadlines[0]!.at).getTime()).toBe(startOfDay(isoDay(FIXED_TODAY, offset)));
    expect(deadlines[0]!.pageText).toContain('Защита покупателя до');
  });

  it('a protection countdown ("17 дн. 6 ч.") ends protection 17 days 6 hours from now', () => {
    const deadlines = byId['5214779947343229']!.deadlines;
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]!.kind).toBe('protection_end');
    expect(new Date(deadlines[0]!.at).getTime() - FIXED_TODAY.getTime()).toBe((17 * 24 + 6) * 3_600_000);
  });

  it.each([
    ['8213550917364410', 'disputeOpenedAt', -4], // "Спор открыт 6 января"
    ['5212313961591322', 'deliveredAt', -35], // "Получен 6 декабря 2025"
  ] as const)('%s: event %s on day %i', (id, event, offset) => {
    expect(byId[id]!.events).toEqual({ [event]: isoDay(FIXED_TODAY, offset) });
  });

  it('8213550917364410: the dispute card prints when the seller must answer, read as exact', () => {
    expect(byId['8213550917364410']!.deadlines).toMatchObject([
      {
        kind: 'seller_response_due',
        confidence: 'exact',
        source: 'page:seller-response',
        pageText: expect.stringContaining('Продавец должен ответить'),
      },
    ]);
  });

  it.each(['5215100442218890', '5215002231409876', '5212313961591322', '8215090011223344', '8213001122334455'])(
    '%s: no deadline where none is printed (a delivery estimate or a payment reminder is not one)',
    (id) => {
      expect(byId[id]!.deadlines).toEqual([]);
    },
  );
});

describe('suffix independence: another build with different CSS-module hashes', () => {
  const [first, second] = BUILDS.map((name) => listDocument(name));

  it('the second build really uses other suffixes', () => {
    expect(second!.querySelector('[class*="__1tjf5"], [class*="__a2315"]')).toBeNull();
    expect(first!.querySelector('[class*="__1tjf5"]')).not.toBeNull();
  });

  it('both builds read to the same orders, field for field', () => {
    const a = readOrders(first!);
    expect(a.map((o) => o.orderId)).toEqual(FIRST_PAGE_IDS);
    expect(readOrders(second!)).toEqual(a);
  });
});

describe('infinite scroll: the next 10 cards appended at the bottom', () => {
  /** What the fixture's scroll script does: move the next page's cards into the list. */
  function scrollToBottom(doc: Document): void {
    const next = doc.querySelector('template#next-page') as HTMLTemplateElement;
    doc.getElementById('order-list')!.appendChild(next.content.cloneNode(true));
    next.remove();
  }

  it.each(BUILDS)('%s: 8 cards, then 18, every one read', (name) => {
    const doc = listDocument(name);
    expect(ruListReader.findCards(doc)).toHaveLength(8);
    scrollToBottom(doc);
    const results = readAll(doc);
    expect(results).toHaveLength(18);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const appended = results.slice(8).flatMap((r) => (r.ok ? [r.order] : []));
    // The last one is a 2019-era 15-digit id, printed "100 4268 4157 1559".
    expect(appended.at(-1)).toMatchObject({
      orderId: '100426841571559',
      status: 'completed',
      total: '95,00 ₽',
      events: { deliveredAt: isoDay(FIXED_TODAY, -400) },
    });
  });

  it('appended archive cards carry their receipt dates', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    scrollToBottom(doc);
    const appended = readOrders(doc).slice(8);
    expect(appended[0]).toMatchObject({
      orderId: '5211748238135282',
      status: 'completed',
      events: { deliveredAt: isoDay(FIXED_TODAY, -70) },
    });
    expect(appended[3]).toMatchObject({ orderId: '8211590433172068', status: 'closed', statusText: 'Закрыт' });
  });
});

describe('a card with missing or damaged parts', () => {
  // A browser's translation of the dispute card: the status tag no table knows, so the "view dispute" button gives
  // `dispute_open`; the card's own lines then tell a lost dispute or a later step, as on the order page.
  const translatedDisputeCard = (tag: string, title: string, description: string) => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '8213550917364410');
    card.querySelector('[class*="OrderItem__tag__"]')!.textContent = tag;
    card.querySelector('[class*="OrderItem__title__"]')!.textContent = title;
    card.querySelector('[class*="OrderItem__description__"]')!.textContent = description;
    card.querySelector('button')!.textContent = 'Streit ansehen';
    const result = readCard(card);
    if (!result.ok) throw new Error(result.reason);
    return result.order;
  };

  it('a translated dispute card that ended without a refund reads as lost, not open', () => {
    const order = translatedDisputeCard(
      'Streit geschlossen',
      'Streit geschlossen',
      'Der Streit wurde ohne Rückerstattung geschlossen',
    );
    expect(order).toMatchObject({
      status: 'dispute_lost',
      statusText: 'Streit geschlossen',
      actions: ['view_dispute'],
    });
  });

  it('a translated dispute card that prints when AliExpress decides reads as escalated, with that deadline', () => {
    const order = translatedDisputeCard(
      'Streit bei AliExpress',
      'Streit an AliExpress übergeben',
      'Die Entscheidung wird bis zum 20. Januar getroffen',
    );
    expect(order.status).toBe('dispute_escalated');
    expect(order.deadlines).toMatchObject([{ kind: 'decision_expected', confidence: 'exact' }]);
  });

  it('a translated dispute card still waiting for the seller stays open', () => {
    const order = translatedDisputeCard(
      'Streit läuft',
      'Streit eröffnet am 6. Januar',
      'Der Verkäufer muss bis zum 11. Januar antworten',
    );
    expect(order.status).toBe('dispute_open');
    expect(order.events.disputeOpenedAt).toBe('2026-01-06');
  });

  it('no number: the id comes from the /order-list/<id> link', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '5214398062177351');
    card.querySelector('[class*="OrderItem__number__"]')!.remove();
    const result = readCard(card);
    expect(result.ok && result.order.orderId).toBe('5214398062177351');
  });

  it('no status tag and no total: partial facts, both listed as unread, the stage from the buttons', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '5214779947343229');
    card.querySelector('[class*="OrderItem__tag__"]')!.remove();
    card.querySelector('[class*="OrderItem__totalPrice__"]')!.remove();
    const result = readCard(card);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order).toMatchObject({ orderId: '5214779947343229', status: 'awaiting_delivery', statusText: '' });
    expect(result.order.total).toBeUndefined();
    expect(result.order.unread).toEqual(['status', 'total']);
  });

  it('no thumbnails: items unread', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '5212313961591322');
    card.querySelector('[class*="OrderItem__images__"]')!.remove();
    const result = readCard(card);
    expect(result.ok && result.order.items).toEqual([]);
    expect(result.ok && result.order.unread).toEqual(['items']);
  });

  it('an unknown status text with no telling button stays unknown, unless the tab is the dispute tab', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '8215090011223344');
    card.querySelector('[class*="OrderItem__tag__"]')!.textContent = 'Новый статус';
    card.querySelector('[class*="OrderItem__buttons__"]')!.remove();
    const plain = readCard(card);
    expect(plain.ok && plain.order.status).toBe('unknown');
    expect(plain.ok && plain.order.statusText).toBe('Новый статус');
    const onDisputeTab = readCard(card, `${LIST_URL}?filterName=dispute`);
    expect(onDisputeTab.ok && onDisputeTab.order.status).toBe('dispute_open');
  });

  it('a number and a link naming different orders: not read (facts would land on the wrong order)', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '5214398062177351');
    card.querySelector('a[class*="OrderItem__link__"]')!.setAttribute('href', '/order-list/5212313961591322');
    const result = readCard(card);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/5214398062177351.*5212313961591322/);
  });

  it.each([
    ['an empty card', (card: Element) => card.replaceChildren()],
    [
      'a card without number and link',
      (card: Element) => card.querySelectorAll('[class*="__number__"], a').forEach((el) => el.remove()),
    ],
  ])('%s: ok:false with a reason, never a throw', (_label, damage) => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '5215002231409876');
    damage(card);
    const result = readCard(card);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/order number|link/);
  });
});

describe('hostile page text stays text', () => {
  it('markup inside the status, an alt text and a javascript: image are read as plain strings', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '8213550917364410');
    const evilStatus = '<img src=x onerror="alert(1)">Спор открыт';
    const evilAlt = '"><script>alert(document.cookie)</script>';
    card.querySelector('[class*="OrderItem__tag__"]')!.textContent = evilStatus;
    const img = card.querySelector('img')!;
    img.setAttribute('alt', evilAlt);
    img.setAttribute('src', 'javascript:alert(1)');
    const elementsBefore = card.querySelectorAll('*').length;

    const result = readCard(card);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.statusText).toBe(evilStatus);
    expect(result.order.items).toEqual([{ title: evilAlt }]); // no javascript: URL kept
    expect(card.querySelectorAll('*').length).toBe(elementsBefore);
    expect(card.querySelector('script, img[onerror]')).toBeNull();
  });

  it('a huge description is read without a throw and yields no invented deadline', () => {
    const doc = listDocument('ru-list-ru-mixed.html');
    const card = cardOf(doc, '5214398062177351');
    card.querySelector('[class*="OrderItem__description__"]')!.textContent = 'Защита покупателя до '.repeat(20_000);
    const result = readCard(card);
    expect(result.ok).toBe(true);
    expect(result.ok && result.order.deadlines).toEqual([]);
  });
});
