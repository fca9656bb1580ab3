/**
 * Runs the right watcher for the page the tab is on, and swaps it when the single-page app navigates
 * (list → order page → back) without a reload. Each page's watch lasts until the next navigation or until
 * `signal` (the content script's, WXT's `ctx.signal`) aborts, whichever comes first.
 */
import type { OrderId, PageKind, PageOrder, TrackingFacts } from '@/utils/model';
import { detectPage } from '@/utils/pages/detect';
import { DETAIL_READERS, LIST_READERS } from '@/utils/pages/readers';
import { watchDetailPage, watchListPage } from '@/utils/content/order-page-watcher';
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

export function startOrderPages(doc: Document, deps: OrderPagesDeps, signal: AbortSignal) {
  let current: { href: string; page: AbortController } | null = null;
  signal.addEventListener('abort', () => current?.page.abort(), { once: true });

  const start = (href: string) => {
    if (signal.aborted || current?.href === href) return;
    current?.page.abort();
    const kind = detectPage(href);
    const url = new URL(href);
    if (current) deps.pageChanged?.(href, kind);
    const page = new AbortController();
    current = { href, page };
    if (!kind) return;
    const pageDeps = {
      signal: page.signal,
      report: (orders: PageOrder[]) => deps.report(href, kind, orders),
      reportUnreadable: (reason: string) => deps.reportUnreadable(href, kind, reason),
      now: deps.now,
      onCardRead: (card: Element, order: PageOrder) => deps.cardRead?.(card, order, kind),
      onOrderRead: (order: PageOrder) => deps.orderPageRead?.(order, kind),
    };
    const listReader = LIST_READERS[kind];
    const detailReader = DETAIL_READERS[kind];
    if (listReader) watchListPage(doc, listReader, url, pageDeps);
    else if (detailReader) watchDetailPage(doc, detailReader, url, pageDeps);
    else if (kind === 'global-tracking')
      watchTrackingPage(doc, url, {
        report: (orderId, tracking) => deps.reportTracking?.(href, orderId, tracking),
        reportUnreadable: pageDeps.reportUnreadable,
        now: deps.now,
        signal: page.signal,
      });
  };

  /** Call on load and on every SPA location change. */
  return { onLocation: start };
}
