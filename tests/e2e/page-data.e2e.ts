/**
 * The page's own order data, in real Chromium: the MAIN-world hook passes the list's mtop response (the real
 * capture) to the content script, which completes a card whose label it could not place. The page itself works
 * as before (its own fetch gets the full response).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import { ordersIn } from '../harness/stored-orders';

const CAPTURE = readFileSync(
  join(
    process.cwd(),
    '..',
    'shared',
    'reference',
    'aliexpress-api',
    'maxwellmezadre-aliexpress-mcp__order-list-init.json',
  ),
  'utf8',
);
const PAGE_URL = 'https://www.aliexpress.com/p/order/index.html?case=page-data';
const FORGED_URL = 'https://www.aliexpress.com/p/order/index.html?case=forged';
const DETAIL_API = 'mtop.aliexpress.trade.buyer.order.detail';

/** Two cards: one whose label the readers can't place (no buttons), one plainly awaiting delivery. */
const FORGED_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div class="order-content"><div class="comet-checkbox-group">
  <div class="order-item">
    <div class="order-item-header"><span class="order-item-header-status-text">Odottaa toimitusta</span>
      <div class="order-item-header-right"><div class="order-item-header-right-info" data-pl="order_item_header_info">
        <div>Tilauspäivä: 1.9.2026</div><div>Tilausnumero: 8214398062177399</div></div>
        <a data-pl="order_item_header_detail" href="https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177399">Tiedot</a></div></div>
    <div class="order-item-store"><span class="order-item-store-name" data-pl="order_item_store_name"><a href="//www.aliexpress.com/store/1"><span>LIMA Store</span></a></span></div>
  </div>
  <div class="order-item">
    <div class="order-item-header"><span class="order-item-header-status-text">Awaiting delivery</span>
      <div class="order-item-header-right"><div class="order-item-header-right-info" data-pl="order_item_header_info">
        <div>Order date: Sep 2, 2026</div><div>Order ID: 8214398062177388</div></div>
        <a data-pl="order_item_header_detail" href="https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177388">Order details</a></div></div>
    <div class="order-item-store"><span class="order-item-store-name" data-pl="order_item_store_name"><a href="//www.aliexpress.com/store/2"><span>Other Store</span></a></span></div>
  </div>
</div></div>
</body></html>`;

/** An order-page response as any script on the page can forge it. */
function forgedDetail(
  orderId: string,
  o: {
    title: string;
    status: number;
    buttons: string[];
    refundBefore: string;
    paid: string;
    created: string;
    ended: string;
  },
) {
  return {
    data: {
      data: {
        a: {
          tag: 'detail_order_status_block',
          fields: {
            orderId,
            title: o.title,
            reminder: `Refund if no delivery before ${o.refundBefore}`,
            buttonVOList: o.buttons.map((type) => ({ type })),
          },
        },
        b: {
          tag: 'detail_simple_order_info_component',
          fields: {
            tradeOrderId: orderId,
            orderCreatTime: o.created,
            payTime: o.paid,
            orderShipTime: o.paid,
            orderEndTime: o.ended,
          },
        },
        c: {
          tag: 'detail_order_services',
          fields: { data: [{ content: `Refund if no delivery before ${o.refundBefore}` }] },
        },
      },
      global: { orderStatus: o.status },
    },
  };
}
const API_URL = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/?appKey=12574478&t=1';

// One card in a UI language the readers don't know, with no buttons: the DOM alone can't tell its stage.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div class="order-content"><div class="comet-checkbox-group">
  <div class="order-item">
    <div class="order-item-header"><span class="order-item-header-status-text">Odottaa toimitusta</span>
      <div class="order-item-header-right"><div class="order-item-header-right-info" data-pl="order_item_header_info">
        <div>Tilauspäivä: 1.9.2026</div><div>Tilausnumero: 8214398062177351</div></div>
        <a data-pl="order_item_header_detail" href="https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351">Tiedot</a></div></div>
    <div class="order-item-store"><span class="order-item-store-name" data-pl="order_item_store_name"><a href="//www.aliexpress.com/store/1"><span>LIMA Store</span></a></span></div>
  </div>
</div></div>
<script>
  // The page's own data call, as the real SPA makes it for a tab switch or the next page.
  fetch(${JSON.stringify(API_URL)}).then((r) => r.json()).then((body) => { window.__pageGotOrders = Object.keys(body.data.data).length; });
</script>
</body></html>`;

describe('the page’s own order data (Chromium)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.context.route(PAGE_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
    );
    await session.context.route(API_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: CAPTURE }),
    );
    await session.context.route(FORGED_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FORGED_PAGE }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('completes a card the DOM could not place with the data’s button types, and the page still gets its data', async () => {
    const page = await session.context.newPage();
    await page.goto(PAGE_URL);
    const store = await waitForStorage(session, (s) => {
      const order = ordersIn(s)['8214398062177351'];
      return order?.facts.status === 'awaiting_delivery';
    });
    const order = ordersIn(store)['8214398062177351']!;
    expect(order.facts.statusText).toBe('Odottaa toimitusta');
    expect(order.facts.actions).toEqual(['confirm_received', 'track']);
    expect(
      await page.evaluate(() => (window as unknown as { __pageGotOrders?: number }).__pageGotOrders),
    ).toBeGreaterThan(10);
    await page.close();
  });

  it('forged page data (another order, absurd dates, stage flips, a flood of 10,000 posts) changes nothing stored, at most one write', async () => {
    const ids = ['8214398062177399', '8214398062177388'];
    const page = await session.context.newPage();
    await page.goto(FORGED_URL);
    const before = await waitForStorage(session, (s) => ids.every((id) => ordersIn(s)[id]));
    const stored = (store: Record<string, unknown>) => ids.map((id) => ordersIn(store)[id]!.facts);
    expect(stored(before).map((f) => f.status)).toEqual(['unknown', 'awaiting_delivery']);
    await new Promise((r) => setTimeout(r, 1500));
    const settled = await session.storage();
    // Count every pageRead the background receives from now on (each is a read-modify-write of the orders).
    await session.inWorker(() => {
      const g = globalThis as unknown as {
        __pageReads: number;
        chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
      };
      g.__pageReads = 0;
      g.chrome.runtime.onMessage.addListener((m) => {
        if ((m as { type?: string } | null)?.type === 'pageRead') g.__pageReads++;
      });
    }, undefined);

    const forged = [
      // Stage flips with a protection end 21 months late and moved events, for both cards.
      ...ids.map((id) =>
        forgedDetail(id, {
          title: 'Completed',
          status: 9,
          buttons: ['LEAVE_FEEDBACK', 'ADD_TO_CART'],
          refundBefore: 'Jun 4, 2028',
          paid: 'Jan 3, 2026',
          created: 'Jan 1, 2026',
          ended: 'Jan 5, 2026',
        }),
      ),
      ...ids.map((id) =>
        forgedDetail(id, {
          title: 'Dispute',
          status: 8,
          buttons: ['VIEW_DISPUTE'],
          refundBefore: 'Dec 31, 2099',
          paid: 'Feb 2, 2001',
          created: 'Feb 1, 2001',
          ended: 'Feb 3, 2001',
        }),
      ),
      // Another order's page, not on screen.
      forgedDetail('8212313961591322', {
        title: 'Awaiting delivery',
        status: 3,
        buttons: ['CONFIRM_GOODS'],
        refundBefore: 'Sep 30, 2026',
        paid: 'Sep 1, 2026',
        created: 'Sep 1, 2026',
        ended: '',
      }),
    ];
    await page.evaluate(
      ({ bodies, api }) => {
        const post = (body: unknown) =>
          window.postMessage({ ordershieldMtop: 1, api, text: JSON.stringify(body) }, '*');
        for (const body of bodies) post(body);
        for (let i = 0; i < 10_000; i++) post(bodies[i % bodies.length]);
      },
      { bodies: forged, api: DETAIL_API },
    );
    await new Promise((r) => setTimeout(r, 3000));
    const after = await session.storage();
    expect(stored(after)).toEqual(stored(settled));
    expect(ordersIn(after)['8212313961591322']).toBeUndefined();
    const reads = await session.inWorker(
      () => (globalThis as unknown as { __pageReads: number }).__pageReads,
      undefined,
    );
    expect(reads).toBeLessThanOrEqual(1);
    await page.close();
  });
});
