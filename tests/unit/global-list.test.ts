import { describe, expect, it } from 'vitest';
import { globalListReader } from '@/utils/pages/global-list';
import { PageOrderSchema, type PageOrder } from '@/utils/model';
import { isoDay } from '../harness/fixtures';
import { fixtureDocument, htmlDocument } from './support/dom';

const TODAY = new Date('2026-11-21T12:00:00');
const URL_EN = 'https://www.aliexpress.com/p/order/index.html';

function readAll(doc: Document, url = URL_EN) {
  const ctx = { url: new URL(url), now: TODAY };
  return globalListReader.findCards(doc).map((card) => globalListReader.readCard(card, ctx));
}

function readOrders(doc: Document, url = URL_EN): PageOrder[] {
  return readAll(doc, url).flatMap((r) => (r.ok ? [r.order] : []));
}

describe('global My Orders list (V2), English', () => {
  const doc = fixtureDocument('global-list-en-mixed.html', URL_EN, TODAY);
  const orders = readOrders(doc);
  const byId = Object.fromEntries(orders.map((o) => [o.orderId, o]));

  it('finds every card of the first page (the template page of "View orders" is not a card yet)', () => {
    expect(orders.map((o) => o.orderId)).toEqual([
      '8214398062177351',
      '8214779947343229',
      '8215002231409876',
      '8215100442218890',
      '8212313961591322',
      '8211748238135282',
      '3044264490251559',
    ]);
    for (const order of orders) expect(PageOrderSchema.safeParse(order).success).toBe(true);
  });

  it.each([
    ['8214398062177351', 'awaiting_delivery', 'Awaiting delivery', -48, 'LIMA Store', 'R$31,93'],
    ['8214779947343229', 'awaiting_delivery', 'Awaiting delivery', -21, 'LIMA Store', 'R$87,15'],
    ['8215002231409876', 'awaiting_shipment', 'Awaiting shipment', -3, 'Tango Store', 'R$277,33'],
    ['8215100442218890', 'awaiting_payment', 'Awaiting payment', 0, 'Jade Store', 'R$13,97'],
    ['8212313961591322', 'completed', 'Completed', -46, 'Vega Store', 'R$132,74'],
    ['8211748238135282', 'completed', 'Completed', -92, 'NANO Store', 'R$87,82'],
    ['3044264490251559', 'closed', 'Expired', -130, 'IS Official Store', '€26.52'],
  ])('%s: %s (“%s”), ordered day %i, %s, %s', (id, status, statusText, dayOffset, store, total) => {
    expect(byId[id]).toMatchObject({
      site: 'www.aliexpress.com',
      pageKind: 'global-list',
      status,
      statusText,
      orderedAt: isoDay(TODAY, dayOffset),
      store: { name: store },
      total,
    });
  });

  it('reads items with title, image, quantity, price and link', () => {
    expect(byId['8214398062177351']!.items).toEqual([
      {
        title: 'USB C Hub 7 in 1 Type C to HDMI 4K Adapter with 100W PD Charging for MacBook Pro Air',
        imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX.jpg_220x220.jpg',
        quantity: 1,
        price: 'R$31,93',
        url: 'https://www.aliexpress.com/item/1005008452106512.html',
      },
    ]);
    expect(byId['8214398062177351']!.store!.url).toBe('https://www.aliexpress.com/store/1102951120');
  });

  it('a multi-item card showing only thumbnails yields one item per thumbnail, titles unknown', () => {
    const items = byId['8211748238135282']!.items;
    expect(items).toHaveLength(2);
    expect(items[0]!.title).toBeUndefined();
    expect(items[0]!.imageUrl).toMatch(/^https:\/\/ae-pic-a1\.aliexpress-media\.com\/kf\//);
  });

  it('reads the actions each card offers', () => {
    expect(byId['8214398062177351']!.actions).toEqual(['confirm_received', 'track']);
    expect(byId['8215100442218890']!.actions).toEqual(['pay', 'cancel']);
    expect(byId['8212313961591322']!.actions).toEqual(['add_to_cart', 'remove']);
  });

  it('reads the protection deadline the card prints, as exact; no deadline where none is printed', () => {
    const [protection] = byId['8214398062177351']!.deadlines;
    expect(protection).toMatchObject({ kind: 'protection_end', confidence: 'exact' });
    expect(protection!.pageText).toContain('Refund if no delivery before');
    expect(new Date(protection!.at).toDateString()).toBe(new Date(`${isoDay(TODAY, 9)}T00:00:00`).toDateString());
    expect(byId['8214779947343229']!.deadlines).toEqual([]);
  });
});

describe('global list: robustness', () => {
  it('takes the id from the track link when the detail link is missing, and from the text as last resort', () => {
    const doc = htmlDocument(
      `<div class="comet-checkbox-group">
        <div class="order-item"><span class="order-item-header-status-text">Awaiting delivery</span>
          <div class="order-item-btns"><a href="https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8214398062177351">Track</a></div></div>
        <div class="order-item"><div class="order-item-header-right-info" data-pl="order_item_header_info"><div>Date: Sep 1, 2026</div><div>Ref. Number: 3048963030691559<span>Copy</span></div></div></div>
      </div>`,
      URL_EN,
    );
    const [a, b] = readOrders(doc);
    expect(a!.orderId).toBe('8214398062177351');
    expect(b).toMatchObject({ orderId: '3048963030691559', orderedAt: '2026-09-01' });
  });

  it('a half-rendered card yields what it can and lists what it could not read', () => {
    const doc = htmlDocument(
      `<div class="order-item"><a data-pl="order_item_header_detail" href="/p/order/detail.html?orderId=8214398062177351">x</a></div>`,
      URL_EN,
    );
    const [order] = readOrders(doc);
    expect(order).toMatchObject({ orderId: '8214398062177351', status: 'unknown', items: [] });
    expect(order!.unread).toEqual(expect.arrayContaining(['status', 'order date', 'store', 'items', 'total']));
  });

  it('a card without any order id is reported, not guessed', () => {
    const doc = htmlDocument(
      `<div class="order-item"><span class="order-item-header-status-text">Completed</span></div>`,
      URL_EN,
    );
    expect(readAll(doc)).toEqual([{ ok: false, reason: 'no order id on the card' }]);
  });

  it('page text that looks like HTML stays text', () => {
    const doc = htmlDocument(
      `<div class="order-item"><a data-pl="order_item_header_detail" href="/p/order/detail.html?orderId=8214398062177351">x</a>
        <span class="order-item-store-name" data-pl="order_item_store_name"><a href="//www.aliexpress.com/store/1"><span>&lt;img src=x onerror=alert(1)&gt;</span></a></span></div>`,
      URL_EN,
    );
    expect(readOrders(doc)[0]!.store!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads the mobile card, which is itself the link to the order page', () => {
    const doc = htmlDocument(
      `<div class="comet-checkbox-group"><a class="order-item order-item-mobile" href="https://m.aliexpress.com/p/order/detail.html?orderId=8214779947343229">
        <span class="order-item-header-status-text">Awaiting delivery</span></a></div>`,
      'https://m.aliexpress.com/p/order/index.html',
    );
    expect(readOrders(doc, 'https://m.aliexpress.com/p/order/index.html')[0]).toMatchObject({
      orderId: '8214779947343229',
      site: 'm.aliexpress.com',
      status: 'awaiting_delivery',
    });
  });
});
