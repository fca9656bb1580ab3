/**
 * What the background does with a tracking page's reading: keep it on the tracked order it belongs to. No state of
 * its own: everything is in storage.
 */
import { mergeTrackingReading } from '@/utils/merge-orders';
import type { MessageHandlers } from '@/utils/messages';
import type { OrderStore } from '@/utils/storage';

export function createTrackingReportHandlers(
  store: OrderStore,
  clock: () => Date = () => new Date(),
): Pick<MessageHandlers, 'trackingRead'> {
  return {
    async trackingRead({ url, orderId, tracking }) {
      const now = clock();
      const stored = await store.updateOrders(
        [orderId],
        (all) => {
          const order = all[orderId];
          if (!order) return false;
          all[orderId] = mergeTrackingReading(order, tracking, now);
          return true;
        },
        now,
      );
      if (stored) await store.clearUnreadable(url);
      return { stored };
    },
  };
}
