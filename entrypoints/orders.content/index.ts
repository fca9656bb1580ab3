import { sendMessage } from '@/utils/messages';
import { ORDER_PAGE_MATCHES } from '@/utils/pages/detect';
import { startOrderPages } from '@/utils/content/order-pages';

// One content script for all order pages of both site families: the global site is a single-page app that
// moves between the list and an order page without a reload, so the script must be present on both.
export default defineContentScript({
  matches: ORDER_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const pages = startOrderPages(document, {
      now: () => new Date(),
      report: (url, pageKind, orders) => {
        sendMessage('pageRead', { url, pageKind, orders }).catch((error: unknown) =>
          console.warn('[OrderShield] could not store the orders read from this page', error),
        );
      },
      reportUnreadable: (url, pageKind, reason) => {
        sendMessage('pageUnreadable', { url, pageKind, reason }).catch(() => undefined);
      },
    });
    pages.onLocation(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => pages.onLocation(newUrl.href));
    ctx.onInvalidated(() => pages.stop());
  },
});
