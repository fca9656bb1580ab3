/**
 * The page's own order data, in real Chromium: the MAIN-world hook passes the list's mtop response (the real
 * capture) to the content script, which completes a card whose label it could not place. The page itself works
 * as before (its own fetch gets the full response).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, waitForStorage, type ExtensionSession } from '../harness/chromium';
import type { TrackedOrder } from '../../utils/model';

const CAPTURE = readFileSync(join(process.cwd(), '..', 'shared', 'reference', 'aliexpress-api', 'maxwellmezadre-aliexpress-mcp__order-list-init.json'), 'utf8');
const PAGE_URL = 'https://www.aliexpress.com/p/order/index.html?case=page-data';
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
    await session.context.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
    await session.context.route(API_URL, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: CAPTURE }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('completes a card the DOM could not place with the data’s button types, and the page still gets its data', async () => {
    const page = await session.context.newPage();
    await page.goto(PAGE_URL);
    const store = await waitForStorage(session, (s) => {
      const order = (s.orders as Record<string, TrackedOrder> | undefined)?.['8214398062177351'];
      return order?.facts.status === 'awaiting_delivery';
    });
    const order = (store.orders as Record<string, TrackedOrder>)['8214398062177351']!;
    expect(order.facts.statusText).toBe('Odottaa toimitusta');
    expect(order.facts.actions).toEqual(['confirm_received', 'track']);
    expect(await page.evaluate(() => (window as unknown as { __pageGotOrders?: number }).__pageGotOrders)).toBeGreaterThan(10);
    await page.close();
  });
});
