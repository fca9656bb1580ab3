/**
 * What the content script sends the background about the orders it read, and the page's own data that completes
 * them (Chrome and Edge: `data-feed.ts`). The same reading of an order is never sent twice, whichever path sent it.
 */
import type { PageKind, PageOrder } from '@/utils/model';
import { createDataFeed } from '@/utils/content/data-feed';

export interface OrderReportsDeps {
  now(): Date;
  /** Sends orders read on `url` to the background. */
  send(url: string, pageKind: PageKind, orders: PageOrder[]): void;
  /** The page's window to take its own data from; null where there is no page-world script (Firefox). */
  dataFrom: Window | null;
  /** Ends the listening to the page's data. */
  signal: AbortSignal;
}

export function createOrderReports(deps: OrderReportsDeps) {
  // The last DOM reading of each order on this page, to complete it again when the page's data comes later.
  const lastRead = new Map<string, { url: string; pageKind: PageKind; order: PageOrder }>();
  // Where each order is on screen: its card (list) or the page itself (order page). Page data may only complete
  // an order that is still there, with what its visible text shows (utils/content/data-feed.ts).
  const shownIn = new Map<string, Element>();
  const visibleText = (orderId: string): string | null => {
    const element = shownIn.get(orderId);
    return element?.isConnected ? (element.textContent ?? '') : null;
  };
  // What was last sent per order, whichever path sent it: the same reading is never sent twice.
  const sent = new Map<string, string>();
  const store = (url: string, pageKind: PageKind, orders: PageOrder[]) => {
    const fresh = orders.filter((order) => {
      const reading = JSON.stringify(order);
      if (sent.get(order.orderId) === reading) return false;
      sent.set(order.orderId, reading);
      return true;
    });
    if (fresh.length > 0) deps.send(url, pageKind, fresh);
  };

  const feed = deps.dataFrom
    ? createDataFeed(deps.dataFrom, deps.now, (orderIds) => {
        const again = orderIds.flatMap((id) => {
          const read = lastRead.get(id);
          return read ? [read] : [];
        });
        const first = again[0];
        if (first)
          store(
            first.url,
            first.pageKind,
            again.map((read) => feed!.complete(read.order, visibleText(read.order.orderId))),
          );
      })
    : null;
  if (feed) deps.signal.addEventListener('abort', () => feed.stop(), { once: true });
  const complete = (order: PageOrder) => (feed ? feed.complete(order, visibleText(order.orderId)) : order);

  return {
    /** Orders read from the page: completed with the page's data where it agrees, then sent if new. */
    read(url: string, pageKind: PageKind, orders: PageOrder[]) {
      for (const order of orders) lastRead.set(order.orderId, { url, pageKind, order });
      store(url, pageKind, orders.map(complete));
    },
    /** The order is on screen in `element` (its card, or the order page's body). */
    shown(orderId: string, element: Element) {
      shownIn.set(orderId, element);
    },
    /** The old page's cards are gone: its orders are no longer on screen. */
    pageChanged() {
      shownIn.clear();
    },
  };
}
