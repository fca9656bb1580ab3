import { defineContentScript } from '#imports';
import { sendMessage } from '@/utils/message-client';
import { ORDER_PAGE_MATCHES } from '@/utils/pages/detect';
import { startOrderPages } from '@/utils/content/order-pages';
import { releaseWhenReady, startFeatures, testThrowTarget } from '@/utils/content/feature-manager';
import { PAGE_FEATURES } from '@/utils/content/features';
import { createOrderReports } from '@/utils/content/order-reports';
import { createPageData } from './page-data';
import { prepareReaders } from '@/utils/pages/prepare';

/**
 * The most the features wait for the background's first answer before drawing with what they have (the default
 * settings, English). The answer normally takes a few milliseconds, and ~80 ms more when Chrome must first start
 * the stopped worker (README "Content-script size"); this bounds a background that is stuck (e.g. an update
 * mid-start), and the next answer redraws.
 */
const MAX_WAIT_FOR_FIRST_ANSWER_MS = 2000;

// One content script for all order pages of both site families: the global site is a single-page app that
// moves between the list and an order page without a reload, so the script must be present on both.
// It only wires: everything it starts lives until WXT's `ctx.signal` aborts (the extension was updated,
// disabled or removed), and then takes its badges, hints, panel, observers and listeners with it.
export default defineContentScript({
  matches: ORDER_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const now = () => new Date();
    // An orphaned script (its extension updated or disabled) is noticed the next time the page gives it work:
    // `ctx.isValid` then finds the extension gone and aborts `ctx.signal`, which clears the page. Asked once per
    // burst of work (a microtask), not once per card: the check goes through the browser API.
    let checked = false;
    const live = () => {
      if (checked) return !ctx.signal.aborted;
      checked = true;
      queueMicrotask(() => (checked = false));
      return ctx.isValid;
    };
    const data = createPageData(document, now);
    // The on-page UI: each feature on its own, so one that fails never takes the others (or the reading) down.
    // Held until the background's first answer: the buyer's settings and the words of their language (the script
    // carries English alone; utils/background/page-data.ts). The reading does not wait.
    const features = startFeatures(PAGE_FEATURES, data.context, ctx.signal, {
      throwFor: testThrowTarget(location.href),
      held: true,
    });
    ctx.onInvalidated(data.watch((change) => features.emit('dataChanged', change)));
    releaseWhenReady(features, data.ready, MAX_WAIT_FOR_FIRST_ANSWER_MS, (run, ms) => ctx.setTimeout(run, ms));

    const reports = createOrderReports({
      now,
      signal: ctx.signal,
      // Chrome and Edge only: Firefox has no page-world script, so there nothing legitimate posts page data and
      // the channel is not listened to at all.
      dataFrom: import.meta.env.FIREFOX ? null : window,
      send: (url, pageKind, orders) =>
        sendMessage('pageRead', { url, pageKind, orders }).catch((error: unknown) =>
          console.warn('[OrderShield] could not store the orders read from this page', error),
        ),
    });
    const pages = startOrderPages(
      document,
      {
        now,
        report: (url, pageKind, orders) => live() && reports.read(url, pageKind, orders),
        reportUnreadable: (url, pageKind, reason) => {
          if (!live()) return;
          sendMessage('pageUnreadable', { url, pageKind, reason }).catch(() => undefined);
          // The corner notice with "Copy a report for the developers" (features/report-page.ts).
          features.emit('pageUnreadable', url, pageKind, reason);
        },
        reportTracking: (url, orderId, tracking) => {
          if (!live()) return;
          sendMessage('trackingRead', { url, orderId, tracking }).catch((error: unknown) =>
            console.warn('[OrderShield] could not store what the tracking page shows', error),
          );
        },
        cardRead: (card, order, pageKind) => {
          if (!live()) return;
          reports.shown(order.orderId, card);
          data.showing([order.orderId]);
          features.emit('cardRead', card, order, pageKind);
        },
        orderPageRead: (order, pageKind) => {
          if (!live()) return;
          reports.shown(order.orderId, document.body ?? document.documentElement);
          data.showing([order.orderId]);
          features.emit('orderPageRead', order, pageKind);
        },
        pageChanged: () => {
          reports.pageChanged();
          features.emit('pageChanged');
        },
      },
      ctx.signal,
    );
    pages.onLocation(location.href);
    // The readers compile their patterns while the page is idle, not when the buyer loads more orders (figures in
    // utils/pages/prepare.ts).
    ctx.requestIdleCallback(() => prepareReaders(now()), { timeout: 2000 });
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => pages.onLocation(newUrl.href));
  },
});
