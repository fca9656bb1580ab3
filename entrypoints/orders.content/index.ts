import { sendMessage } from '@/utils/messages';
import { ORDER_PAGE_MATCHES } from '@/utils/pages/detect';
import { startOrderPages } from '@/utils/content/order-pages';
import { startFeatures, testThrowTarget } from '@/utils/content/features/manager';
import { PAGE_FEATURES } from '@/utils/content/features';
import { createPageData } from './page-data';

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

    const pages = startOrderPages(document, {
      now,
      report: (url, pageKind, orders) => {
        sendMessage('pageRead', { url, pageKind, orders }).catch((error: unknown) =>
          console.warn('[OrderShield] could not store the orders read from this page', error),
        );
      },
      reportUnreadable: (url, pageKind, reason) => {
        sendMessage('pageUnreadable', { url, pageKind, reason }).catch(() => undefined);
      },
      cardRead: (card, order, pageKind) => features.emit('cardRead', card, order, pageKind),
      orderPageRead: (order, pageKind) => features.emit('orderPageRead', order, pageKind),
      pageChanged: () => features.emit('pageChanged'),
    });
    pages.onLocation(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => pages.onLocation(newUrl.href));
    ctx.onInvalidated(() => {
      pages.stop();
      unwatch();
      features.stop();
    });
  },
});
