/**
 * What the background does with the content scripts' reports: merge read orders into the store, remember
 * pages that couldn't be read. The handlers hold no state of their own beyond the reads waiting to be written:
 * everything is in storage.
 */
import { mergePageOrder } from '@/utils/merge-orders';
import type { MessageHandlers } from '@/utils/messages';
import type { PageOrder } from '@/utils/model';
import type { OrderStore } from '@/utils/storage';

/** At most this many orders go in one write (a storage change every open page hears of in full). */
const MAX_ORDERS_PER_WRITE = 1000;

interface WaitingReads {
  reads: Array<{ url: string; orders: PageOrder[] }>;
  count: number;
  /** How many orders are tracked after the write. */
  written: Promise<number>;
}

export function createPageReportHandlers(
  store: OrderStore,
  clock: () => Date = () => new Date(),
): Pick<MessageHandlers, 'pageRead' | 'pageUnreadable'> {
  /**
   * Page reads that arrive while the store's lock is taken wait for it together and go in ONE write (with the
   * index), in the order they came. A page of 5,000 cards comes as 50 messages: written one by one they cost 50
   * writes of the orders and the whole index, and 50 storage changes every open order page and the popup hear of.
   */
  let waiting: WaitingReads | null = null;

  function write(url: string, orders: PageOrder[]): Promise<number> {
    if (waiting && waiting.count + orders.length <= MAX_ORDERS_PER_WRITE) {
      waiting.reads.push({ url, orders });
      waiting.count += orders.length;
      return waiting.written;
    }
    const batch: WaitingReads = { reads: [{ url, orders }], count: orders.length, written: Promise.resolve(0) };
    batch.written = store.exclusive(async () => {
      if (waiting === batch) waiting = null; // being written now: a later read waits for the next one
      const now = clock();
      const all = batch.reads.flatMap((read) => read.orders);
      // Only the orders on the pages are read and written (with the index): the cost follows the pages, not the history.
      const tracked = await store.unlocked.changeOrders(
        all.map((order) => order.orderId),
        (stored, { trackedBefore }) => {
          let added = 0;
          for (const order of all) {
            if (!stored[order.orderId]) added++;
            stored[order.orderId] = mergePageOrder(stored[order.orderId], order, now);
          }
          return trackedBefore + added;
        },
        now,
      );
      const readFine = [...new Set(batch.reads.filter((read) => read.orders.length > 0).map((read) => read.url))];
      if (readFine.length > 0) await store.unlocked.forgetUnreadable(readFine);
      return tracked;
    });
    waiting = batch;
    return batch.written;
  }

  return {
    async pageRead({ url, orders }) {
      const tracked = await write(url, orders);
      return { stored: orders.length, tracked };
    },
    async pageUnreadable({ url, pageKind, reason }) {
      await store.recordUnreadable({ url, pageKind, reason, seenAt: clock().toISOString() });
      return { recorded: true };
    },
  };
}
