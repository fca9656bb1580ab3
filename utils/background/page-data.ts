/**
 * What the content script shows on order pages comes from here (`readPageData`): the background reads storage
 * through the validating readers, so the content script carries neither zod nor the storage library. Read-only:
 * an invalid stored order is left out of the answer and stays in storage, where the writer quarantines it.
 */
import type { MessageHandlers } from '@/utils/messages';
import { readOrders, readOrdersById, readSettings, type ValidationCache } from '@/utils/storage';

export function createPageDataHandlers(): Pick<MessageHandlers, 'readPageData'> {
  // Unchanged orders skip zod (storage.ts `ValidationCache`): each tab asks again after every burst of writes.
  const validated: ValidationCache = new Map();
  return {
    async readPageData({ orderIds }) {
      // After a page read only its orders' keys changed: the answer carries just those (one key each to read).
      const [orders, settings] = await Promise.all([
        orderIds
          ? orderIds.length === 0
            ? []
            : readOrdersById(orderIds, validated).then((byId) => Object.values(byId))
          : readOrders(validated).then((read) => read.orders),
        readSettings(),
      ]);
      return { orders, settings };
    },
  };
}
