/**
 * The tracked orders in a copy of the whole `storage.local` (`storage.local.get(null)`), as the background stores
 * them: one `order:<id>` key per order (layout v2, utils/storage.ts). A v1 `orders` record not yet moved is not
 * counted: tests that look at the stored orders see what the layout holds, not what it will hold.
 */
import { decodeIndex } from '../../utils/order-index';
import type { TrackedOrder } from '../../utils/model';

const ORDER_KEY_PREFIX = 'order:';

export function ordersIn(store: Record<string, unknown>): Record<string, TrackedOrder> {
  const orders: Record<string, TrackedOrder> = {};
  for (const [key, value] of Object.entries(store))
    if (key.startsWith(ORDER_KEY_PREFIX)) orders[key.slice(ORDER_KEY_PREFIX.length)] = value as TrackedOrder;
  return orders;
}

/** The order ids the stored index lists (either form of it, utils/order-index.ts); [] when it is missing or unreadable. */
export function indexedIdsIn(store: Record<string, unknown>): string[] {
  const decoded = decodeIndex(store.orderIndex);
  return decoded.ok ? Object.keys(decoded.index.next) : [];
}
