/**
 * Benchmark (figures, not a pass/fail timing test): the reminder service's reconcile over 100, 1,000 and 5,000
 * tracked orders — plan every deadline of every order, fire what is due, re-arm the one alarm — and the
 * stored size per order. Run by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminderService } from '@/utils/background/reminders';
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
    const service = createReminderService(openOrderStore(), () => NOW);
    await service.reconcile(); // the first run fires what is due now and records it
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await service.reconcile();
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    const bytes = JSON.stringify(orders).length;
    const reminderBytes = JSON.stringify((await fakeBrowser.storage.local.get('reminders')).reminders ?? {}).length;
    const alarms = await fakeBrowser.alarms.getAll();
    rows.push({
      orders: count,
      'reconcile ms (median of 5)': runs[2]!.toFixed(1),
      alarms: alarms.length,
      'bytes per order': Math.round(bytes / count),
      'reminder state bytes per order': Math.round(reminderBytes / count),
    });
    expect(alarms).toHaveLength(1);
    if (count === 5000) {
      console.log('\nReminder reconcile (Node, in-memory storage; the browser adds its storage I/O):');
      console.table(rows);
    }
  });
});
