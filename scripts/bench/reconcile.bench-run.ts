/**
 * Benchmark (figures, not a pass/fail timing test): the reminder service's reconcile over 100, 1,000 and 5,000
 * tracked orders, and the stored size per order. Run by `npm run bench`. Rows:
 * - full plan: every deadline of every order planned (the first run, or after a settings change);
 * - warm / cold: a reconcile with nothing changed, in the same worker or a new one (a new store and service:
 *   what a woken worker does) — the index's next times say which orders to plan (none here);
 * - after a page read of 10 orders: how many orders that reconcile planned, and its time.
 * The browser adds its storage I/O: scripts/bench/storage.ts measures the cold worker in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminderService } from '@/utils/background/reminders';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { openOrderStore } from '@/utils/storage';
import type { OrderStage, TrackedOrder } from '@/utils/model';

const NOW = new Date('2026-11-21T10:00:00Z');
const STAGES: OrderStage[] = [
  'awaiting_delivery',
  'awaiting_delivery',
  'completed',
  'completed',
  'completed',
  'awaiting_shipment',
  'dispute_open',
  'closed',
];

/** A realistic mix: mostly list-read orders, some with order-page facts and printed deadlines. */
function order(i: number): TrackedOrder {
  const id = String(8300000000000000 + i);
  const stage = STAGES[i % STAGES.length]!;
  const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const seen = new Date(NOW.getTime() - (i % 40) * 86_400_000).toISOString();
  return {
    orderId: id,
    facts: {
      orderId: id,
      site: 'www.aliexpress.com',
      pageKind: i % 4 === 0 ? 'global-detail' : 'global-list',
      status: stage,
      statusText: stage.replace('_', ' '),
      orderedAt: day(-30 - (i % 60)),
      store: { name: `Store ${i % 300}`, url: `https://www.aliexpress.com/store/${1100000000 + (i % 300)}` },
      items: [
        {
          title: `Wireless earbuds Bluetooth 5.3 noise cancelling headphones with charging case, model ${i}`,
          imageUrl: `https://ae-pic-a1.aliexpress-media.com/kf/S${(1e15 + i).toString(16)}Q.jpg_220x220.jpg`,
          quantity: 1 + (i % 3),
          price: `US $${(5 + (i % 90)).toFixed(2)}`,
        },
      ],
      total: `US $${(5 + (i % 90)).toFixed(2)}`,
      actions: stage === 'awaiting_delivery' ? ['confirm_received', 'track'] : ['add_to_cart'],
      events:
        stage === 'completed'
          ? { completedAt: day(-(i % 20)) }
          : stage === 'awaiting_delivery'
            ? { shippedAt: day(-20 - (i % 30)) }
            : {},
      deadlines:
        stage === 'awaiting_delivery' && i % 2 === 0
          ? [
              {
                kind: 'protection_end',
                at: `${day(2 + (i % 40))}T00:00:00.000Z`,
                confidence: 'exact',
                source: 'page:no-delivery-refund',
              },
            ]
          : [],
      unread: [],
    },
    firstSeenAt: seen,
    lastSeenAt: seen,
    stageHistory: [{ stage, firstSeenAt: seen }],
    userDeadlines: [],
    archived: false,
  };
}

describe('reconcile benchmark', () => {
  const rows: Array<Record<string, string | number>> = [];

  it.each([100, 1000, 5000])('%i tracked orders', async (count) => {
    fakeBrowser.reset();
    const orders = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [String(8300000000000000 + i), order(i)]),
    );
    await fakeBrowser.storage.local.set({ orders });
    const store = openOrderStore();
    const service = createReminderService(store, () => NOW);
    let start = performance.now();
    const first = await service.reconcile(); // the v1 record moved, every order planned, what is due shown
    const fullMs = performance.now() - start;
    const median = async (run: () => Promise<unknown>) => {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const begin = performance.now();
        await run();
        runs.push(performance.now() - begin);
      }
      return runs.sort((a, b) => a - b)[2]!;
    };
    const warmMs = await median(() => service.reconcile());
    const coldMs = await median(() => createReminderService(openOrderStore(), () => NOW).reconcile());
    // A page read of 10 orders (5 tracked, 5 new), then the reconcile it causes.
    const page = [0, 1, 2, 3, 4, count, count + 1, count + 2, count + 3, count + 4].map((i) => order(i).facts);
    await createPageReportHandlers(store, () => NOW).pageRead(
      { url: 'https://www.aliexpress.com/p/order/index.html', pageKind: 'global-list', orders: page },
      {} as never,
    );
    start = performance.now();
    const afterRead = await service.reconcile();
    const afterReadMs = performance.now() - start;
    const bytes = JSON.stringify(orders).length;
    const reminderBytes = JSON.stringify((await fakeBrowser.storage.local.get('reminders')).reminders ?? {}).length;
    const indexBytes = JSON.stringify((await fakeBrowser.storage.local.get('orderIndex')).orderIndex ?? {}).length;
    const alarms = await fakeBrowser.alarms.getAll();
    rows.push({
      orders: count,
      'full plan ms': fullMs.toFixed(1),
      'orders planned (full)': first.planned,
      'warm reconcile ms': warmMs.toFixed(1),
      'cold reconcile ms': coldMs.toFixed(1),
      'after a 10-order read: planned': afterRead.planned,
      'after a 10-order read ms': afterReadMs.toFixed(1),
      alarms: alarms.length,
      'bytes per order': Math.round(bytes / count),
      'reminder state bytes per order': Math.round(reminderBytes / count),
      'index bytes per order': Math.round(indexBytes / count),
    });
    expect(alarms).toHaveLength(1);
    if (count === 5000) {
      console.log('\nReminder reconcile (Node, in-memory storage; the browser adds its storage I/O):');
      console.table(rows);
    }
  });
});
