/**
 * What the background does with the content scripts' reports: merge read orders into the store, remember
 * pages that couldn't be read. The handlers hold no state of their own: everything is in storage.
 */
import { mergePageOrder } from '@/utils/merge-orders';
import type { MessageHandlers } from '@/utils/messages';
import type { OrderStore } from '@/utils/storage';

export function createPageReportHandlers(
  store: OrderStore,
  clock: () => Date = () => new Date(),
): Pick<MessageHandlers, 'pageRead' | 'pageUnreadable'> {
  return {
    async pageRead({ url, orders }) {
      const now = clock();
      // Only the orders on the page are read and written (with the index): the cost follows the page, not the history.
      const tracked = await store.updateOrders(
        orders.map((order) => order.orderId),
        (stored, { trackedBefore }) => {
          let added = 0;
          for (const order of orders) {
            if (!stored[order.orderId]) added++;
            stored[order.orderId] = mergePageOrder(stored[order.orderId], order, now);
          }
          return trackedBefore + added;
        },
        now,
      );
      if (orders.length > 0) await store.clearUnreadable(url);
      return { stored: orders.length, tracked };
    },
    async pageUnreadable({ url, pageKind, reason }) {
      await store.recordUnreadable({ url, pageKind, reason, seenAt: clock().toISOString() });
      return { recorded: true };
    },
  };
}
