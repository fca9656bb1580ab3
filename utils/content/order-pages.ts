/**
 * Runs the right watcher for the page the tab is on, and swaps it when the single-page app navigates
 * (list → order page → back) without a reload.
 */
import type { OrderId, PageKind, PageOrder, TrackingFacts } from '@/utils/model';
import { detectPage } from '@/utils/pages/detect';
import { DETAIL_READERS, LIST_READERS } from '@/utils/pages/readers';
import { watchDetailPage, watchListPage, type PageWatch } from '@/utils/content/order-page-watcher';
import { watchTrackingPage } from '@/utils/content/tracking-page-watcher';

export interface OrderPagesDeps {
  report(url: string, pageKind: PageKind, orders: PageOrder[]): void;
  reportUnreadable(url: string, pageKind: PageKind, reason: string): void;
  /** What an order's tracking page shows (the tracking page only). */
  reportTracking?(url: string, orderId: OrderId, tracking: TrackingFacts): void;
  now(): Date;
  /** Hooks for the on-page features (optional): a card or an order page read, and SPA navigation. */
  cardRead?(card: Element, order: PageOrder, pageKind: PageKind): void;
  orderPageRead?(order: PageOrder, pageKind: PageKind): void;
  /** Called before the watcher of a new page starts (the old page's annotations are gone or stale). */
  pageChanged?(href: string, pageKind: PageKind | null): void;
}

export function startOrderPages(doc: Document, deps: OrderPagesDeps) {
  let current: { href: string; watch: PageWatch | null } | null = null;

  const start = (href: string) => {
    if (current?.href === href) return;
    current?.watch?.stop();
    const kind = detectPage(href);
    const url = new URL(href);
    if (current) deps.pageChanged?.(href, kind);
    const pageDeps = {
      report: (orders: PageOrder[]) => kind && deps.report(href, kind, orders),
      reportUnreadable: (reason: string) => kind && deps.reportUnreadable(href, kind, reason),
      now: deps.now,
      onCardRead: (card: Element, order: PageOrder) => kind && deps.cardRead?.(card, order, kind),
      onOrderRead: (order: PageOrder) => kind && deps.orderPageRead?.(order, kind),
    };
    const listReader = kind ? LIST_READERS[kind] : undefined;
    const detailReader = kind ? DETAIL_READERS[kind] : undefined;
    const watch = listReader
      ? watchListPage(doc, listReader, url, pageDeps)
      : detailReader
        ? watchDetailPage(doc, detailReader, url, pageDeps)
        : kind === 'global-tracking'
          ? watchTrackingPage(doc, url, {
              report: (orderId, tracking) => deps.reportTracking?.(href, orderId, tracking),
              reportUnreadable: pageDeps.reportUnreadable,
              now: deps.now,
            })
          : null;
    current = { href, watch };
  };

  return {
    /** Call on load and on every SPA location change. */
    onLocation: start,
    stop() {
      current?.watch?.stop();
      current = null;
    },
  };
}
