import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { FIXTURE_DIR, loadFixture } from '../harness/fixtures';
import { detectPage } from '@/utils/pages/detect';
import { DETAIL_READERS, LIST_READERS } from '@/utils/pages/readers';
import { maskText, pageSnapshot } from '@/utils/pages/snapshot';
import { fixtureDocument, htmlDocument } from './support/dom';

const TODAY = new Date();

const URLS: Record<string, string> = {
  'global-list': 'https://www.aliexpress.com/p/order/index.html',
  'global-detail': 'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351',
  'ru-list': 'https://aliexpress.ru/order-list',
  'ru-detail': 'https://aliexpress.ru/order-list/8214398062177351',
};

const pages = readdirSync(FIXTURE_DIR)
  // The late-mounting page renders through its own script, which these documents don't run.
  .filter((name) => /^(global|ru)-(list|detail)-/.test(name) && !name.includes('-late'))
  .map((name) => ({ name, kind: name.startsWith('ru-') ? 'ru' : 'global', list: name.includes('-list-') }));

/** The orders the readers find on a page. */
function readOrders(doc: Document, url: string) {
  const kind = detectPage(url)!;
  const ctx = { url: new URL(url), now: TODAY };
  const list = LIST_READERS[kind];
  const results = list
    ? list.findCards(doc).map((card) => list.readCard(card, ctx))
    : [DETAIL_READERS[kind]!.read(doc, ctx)];
  return results.flatMap((result) => (result.ok ? [result.order] : []));
}

/** Everything a reader found that is the buyer's: order numbers, prices, tracking numbers. */
function personalValues(doc: Document, url: string): string[] {
  const orders = readOrders(doc, url);
  expect(orders.length).toBeGreaterThan(0);
  return orders.flatMap((order) => [
    order.orderId,
    order.total ?? '',
    order.trackingNumber ?? '',
    ...order.items.map((item) => item.price ?? ''),
  ]);
}

/** Only the texts of the outline: comments and tags (class names may hold digits) left out. */
function textsOf(snapshot: string): string {
  return snapshot
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&');
}

describe('"Report this page" snapshot', () => {
  it.each(pages)(
    '$name: no order number, price, tracking number, name, phone or address survives',
    ({ name, kind, list }) => {
      // An order page is read only at its own order's address: the id the fixture prints.
      const template = URLS[`${kind}-${list ? 'list' : 'detail'}`]!;
      const ids = [...new Set(loadFixture(name, TODAY).match(/\b\d{15,17}\b/g) ?? [])];
      const url =
        ids
          .map((id) => template.replace('8214398062177351', id))
          .find((candidate) => readOrders(fixtureDocument(name, candidate, TODAY), candidate).length > 0) ?? template;
      const doc = fixtureDocument(name, url, TODAY);
      const values = personalValues(doc, url).filter((value) => value.length >= 3);
      const snapshot = pageSnapshot({ root: doc.body, url });
      for (const value of values) expect(snapshot).not.toContain(value);
      // No digit at all in what the page wrote: ids, prices, phones, postcodes, dates all become 9s.
      expect(textsOf(snapshot)).not.toMatch(/[0-8]/);
      // The fixtures' buyer (global detail pages) and address.
      for (const personal of ['Comprador', 'Exemplo', 'Cidade', 'Rua', '11999999999']) {
        expect(snapshot).not.toContain(personal);
      }
    },
  );

  it('keeps what a reader fix needs: structure, class names, labels and the date format', () => {
    const url = URLS['global-detail']!;
    const doc = fixtureDocument('global-detail-en-awaiting_delivery.html', url, TODAY);
    const snapshot = pageSnapshot({ root: doc.body, url, unread: ['status'] });
    expect(snapshot).toContain('class="order-detail-info-title"');
    expect(snapshot).toContain('Shipping address');
    expect(snapshot).toContain('Could not read: status');
    // A date keeps its month word and loses its numbers.
    expect(textsOf(snapshot)).toMatch(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? 9{1,2}, 9999/);
    // Addresses go to their host and path shape; the order number in the query is dropped.
    expect(snapshot).toContain('Page: www.aliexpress.com/p/order/detail.html?orderId=');
  });

  it('keeps a list page short: of many cards shaped alike, the first few', () => {
    const cards = Array.from(
      { length: 200 },
      (_, i) =>
        `<div class="order-item"><span class="order-item-header-right-info">Order ID: 82143980${i}</span></div>`,
    ).join('');
    const doc = htmlDocument(`<html><body><div class="order-main">${cards}</div></body></html>`, URLS['global-list']!);
    const snapshot = pageSnapshot({ root: doc.body, url: URLS['global-list']! });
    expect(snapshot.match(/class="order-item"/g)).toHaveLength(3);
    expect(snapshot).toContain('… 197 more like this');
    expect(snapshot).not.toMatch(/82143980/);
  });

  it('never writes page text as markup, and leaves out scripts, images and OrderShield’s own elements', () => {
    const url = URLS['global-list']!;
    const doc = htmlDocument(
      '<html><body><div class="a" onclick="steal()" style="x" data-id="8214">&lt;img src=x onerror=alert(1)&gt;</div>' +
        '<script>secret()</script><img src="https://ae01.alicdn.com/me.jpg" alt="Photo of John Smith">' +
        '<ordershield-badge>OrderShield</ordershield-badge></body></html>',
      url,
    );
    const snapshot = pageSnapshot({ root: doc.body, url });
    expect(snapshot).not.toContain('<img');
    expect(snapshot).toContain('&lt;img');
    expect(snapshot).not.toMatch(/steal|secret|onclick=|John|Smith|alicdn|ordershield-badge/);
    expect(snapshot).toContain('data-id>');
  });

  it('masks names, e-mail addresses and address lines, and keeps sentences and labels', () => {
    expect(maskText('Comprador Exemplo')).toBe('Xxxxxxxxx Xxxxxxx');
    expect(maskText('John')).toBe('Xxxx');
    expect(maskText('Total:')).toBe('Total:');
    expect(maskText('Hi, John')).toBe('Xx, Xxxx');
    expect(maskText('mail: buyer.name@example.com')).toBe('mail: xxxxx.xxxx@xxxxxxx.xxx');
    expect(maskText('Rua Exemplo, 123, Bairro Exemplo')).toBe('Xxx Xxxxxxx, 999, Xxxxxx Xxxxxxx');
    expect(maskText('Иван Петров')).toBe('Xxxx Xxxxxx');
    expect(maskText('Buyer protection ends in 12 days')).toBe('Buyer protection ends in 99 days');
    expect(maskText('US $12.99')).toBe('US $99.99');
    expect(maskText('Store', true)).toBe('Store');
    expect(maskText('Order ID:')).toBe('Order ID:');
    // Sentence by sentence: the service promise keeps its words, the address line doesn't.
    expect(maskText('Apply for coupon by Dec 3, 2026 · Refund if no delivery before Dec 23, 2026')).toBe(
      'Apply for coupon by Dec 9, 9999 · Refund if no delivery before Dec 99, 9999',
    );
    expect(maskText('Delivered. Signed by John Smith')).toBe('Xxxxxxxxx. Xxxxxx xx Xxxx Xxxxx');
  });
});
