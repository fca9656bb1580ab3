import { sendMessage } from '@/utils/message-client';
import { ORDER_PAGE_MATCHES } from '@/utils/pages/detect';
import { startOrderPages } from '@/utils/content/order-pages';
import { startFeatures, testThrowTarget } from '@/utils/content/feature-manager';
import { PAGE_FEATURES } from '@/utils/content/features';
import { createPageData } from './page-data';
import { createDataFeed } from '@/utils/content/data-feed';
import type { PageKind, PageOrder } from '@/utils/model';
import { prepareReaders } from '@/utils/pages/prepare';

// One content script for all order pages of both site families: the global site is a single-page app that
// moves between the list and an order page without a reload, so the script must be present on both.
export default defineContentScript({
  matches: ORDER_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const now = () => new Date();
    const data = createPageData(document, now);
    // The on-page UI: each feature on its own, so one that fails never takes the others (or the reading) down.
    const features = startFeatures(PAGE_FEATURES, data.context, { throwFor: testThrowTarget(location.href) });
    const unwatch = data.watch((change) => features.emit('dataChanged', change));

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
      if (fresh.length === 0) return;
      sendMessage('pageRead', { url, pageKind, orders: fresh }).catch((error: unknown) =>
        console.warn('[OrderShield] could not store the orders read from this page', error),
      );
    };
    // Chrome and Edge only: Firefox has no page-world script, so there nothing legitimate posts page data and the
    // channel is not listened to at all.
    const feed = import.meta.env.FIREFOX
      ? null
      : createDataFeed(window, now, (orderIds) => {
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
        });
    const complete = (order: PageOrder) => (feed ? feed.complete(order, visibleText(order.orderId)) : order);

    const pages = startOrderPages(document, {
      now,
      report: (url, pageKind, orders) => {
        for (const order of orders) lastRead.set(order.orderId, { url, pageKind, order });
        store(url, pageKind, orders.map(complete));
      },
      reportUnreadable: (url, pageKind, reason) => {
        sendMessage('pageUnreadable', { url, pageKind, reason }).catch(() => undefined);
      },
      reportTracking: (url, orderId, tracking) => {
        sendMessage('trackingRead', { url, orderId, tracking }).catch((error: unknown) =>
          console.warn('[OrderShield] could not store what the tracking page shows', error),
        );
      },
      cardRead: (card, order, pageKind) => {
        shownIn.set(order.orderId, card);
        features.emit('cardRead', card, order, pageKind);
      },
      orderPageRead: (order, pageKind) => {
        shownIn.set(order.orderId, document.body ?? document.documentElement);
        features.emit('orderPageRead', order, pageKind);
      },
      pageChanged: () => {
        // The old page's cards are gone: its orders are no longer on screen.
        shownIn.clear();
        features.emit('pageChanged');
      },
    });
    pages.onLocation(location.href);
    // The readers compile their patterns while the page is idle, not when the buyer loads more orders (figures in
    // utils/pages/prepare.ts).
    ctx.requestIdleCallback(() => prepareReaders(now()), { timeout: 2000 });
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => pages.onLocation(newUrl.href));
    ctx.onInvalidated(() => {
      pages.stop();
      feed?.stop();
      unwatch();
      features.stop();
    });
  },
});
