/**
 * Faults at the store's single writer (utils/storage.ts `openOrderStore`, utils/background/page-reports.ts):
 * many tabs reporting at the same moment lose nothing; a write that fails (the worker dies, the disk refuses)
 * leaves every order either as it was or as it was read, never half-merged, and the next report still goes
 * through; invalid stored settings or reminder state never wedge the writer's queue. The real-browser versions of these are in tests/e2e/faults.e2e.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TrackedOrderSchema, type PageOrder, type TrackedOrder } from '@/utils/model';
import { openOrderStore } from '@/utils/storage';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { createReminderService } from '@/utils/background/reminders';
import { createUserActionHandlers } from '@/utils/background/user-actions';
import { pageOrder, trackedOrder } from './support/factories';
import { ordersIn } from '../harness/stored-orders';

const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const idOf = (tab: number, card: number) => String(8218000000000000 + tab * 1000 + card);

function tabReading(tab: number, cards: number, status: PageOrder['status'] = 'awaiting_delivery'): PageOrder[] {
  return Array.from({ length: cards }, (_, card) =>
    pageOrder({
      orderId: idOf(tab, card),
      status,
      statusText: status === 'completed' ? 'Completed' : 'Awaiting delivery',
      store: { name: `Store ${tab}` },
    }),
  );
}

async function storedOrders(): Promise<Record<string, TrackedOrder>> {
  return ordersIn(await fakeBrowser.storage.local.get(null));
}

describe('concurrent page reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [3, 100],
    [10, 30],
    [2, 250],
  ])('%i tabs reporting %i orders each at the same moment: every order is stored, valid', async (tabs, cards) => {
    const { pageRead } = createPageReportHandlers(openOrderStore());
    const replies = await Promise.all(
      Array.from({ length: tabs }, (_, tab) =>
        pageRead(
          { url: `${LIST_URL}?page=${tab}`, pageKind: 'global-list', orders: tabReading(tab, cards) },
          {} as never,
        ),
      ),
    );
    const stored = await storedOrders();
    expect(Object.keys(stored)).toHaveLength(tabs * cards);
    for (const order of Object.values(stored)) expect(TrackedOrderSchema.safeParse(order).success).toBe(true);
    // Each reply counts what was tracked after its own write: the last one saw all of them.
    expect(Math.max(...replies.map((r) => r.tracked))).toBe(tabs * cards);
  });

  it('two tabs reporting the same orders at once (list and order page): one record each, the later reading wins', async () => {
    const { pageRead } = createPageReportHandlers(openOrderStore());
    await Promise.all([
      pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(1, 50) }, {} as never),
      pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(1, 50, 'completed') }, {} as never),
    ]);
    const stored = await storedOrders();
    expect(Object.keys(stored)).toHaveLength(50);
    expect(new Set(Object.values(stored).map((o) => o.facts.status))).toEqual(new Set(['completed']));
    expect(
      Object.values(stored).every((o) => o.stageHistory.map((s) => s.stage).join() === 'awaiting_delivery,completed'),
    ).toBe(true);
  });
});

describe('a write that never completes', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['the first of three batches', 0],
    ['the middle batch', 1],
    ['the last batch', 2],
  ])(
    '%s fails: each order is fully old or fully new, none lost, and a re-read completes it',
    async (_name, failing) => {
      // Before: 300 orders stored as "awaiting shipment" at an old store.
      const old = Object.fromEntries(
        Array.from({ length: 300 }, (_, i) => {
          const order = trackedOrder({
            facts: pageOrder({
              orderId: idOf(0, i),
              status: 'awaiting_shipment',
              statusText: 'Awaiting shipment',
              store: { name: 'Old Store' },
            }),
          });
          return [order.orderId, order];
        }),
      );
      await fakeBrowser.storage.local.set({ orders: old, orders$: { v: 1 } });
      const store = openOrderStore();
      // The worker's start: the v1 record is moved to one key per order before any page is read.
      expect(Object.keys(await store.getOrders())).toHaveLength(300);
      const { pageRead } = createPageReportHandlers(store);
      const reading = tabReading(0, 300);
      const batches = [reading.slice(0, 100), reading.slice(100, 200), reading.slice(200)];

      const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
      let writes = 0;
      const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
        const writesOrders = Object.keys(items).some((key) => key.startsWith('order:'));
        if (writesOrders && writes++ === failing) throw new Error('the service worker was stopped');
        return set(items);
      });
      // One message after the other (reports that arrive together are written together: the next describe).
      const results: Array<PromiseSettledResult<unknown>> = [];
      for (const orders of batches)
        results.push(
          await pageRead({ url: LIST_URL, pageKind: 'global-list', orders }, {} as never).then(
            (value) => ({ status: 'fulfilled' as const, value }),
            (reason: unknown) => ({ status: 'rejected' as const, reason }),
          ),
        );
      spy.mockRestore();
      expect(results.map((r) => r.status)).toEqual(batches.map((_, i) => (i === failing ? 'rejected' : 'fulfilled')));

      const after = await storedOrders();
      expect(Object.keys(after).sort()).toEqual(Object.keys(old).sort());
      for (const [i, id] of Object.keys(old).entries()) {
        const order = after[id]!;
        expect(TrackedOrderSchema.safeParse(order).success).toBe(true);
        const wasInFailedBatch = Math.floor(i / 100) === failing;
        expect(order.facts.store?.name).toBe(wasInFailedBatch ? 'Old Store' : 'Store 0');
        expect(order.facts.status).toBe(wasInFailedBatch ? 'awaiting_shipment' : 'awaiting_delivery');
      }

      // The page is read again (a reload): everything is new now.
      await pageRead({ url: LIST_URL, pageKind: 'global-list', orders: batches[failing]! }, {} as never);
      const completed = await storedOrders();
      expect(
        Object.values(completed).every(
          (o) => o.facts.store?.name === 'Store 0' && o.facts.status === 'awaiting_delivery',
        ),
      ).toBe(true);
    },
  );
});

describe('reports that arrive while the store is busy', () => {
  beforeEach(() => fakeBrowser.reset());

  /** Counts the writes that store orders. */
  function countOrderWrites(fail = false): { writes: () => number; restore: () => void } {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('order:'))) {
        writes++;
        if (fail) throw new Error('the service worker was stopped');
      }
      return set(items);
    });
    return { writes: () => writes, restore: () => spy.mockRestore() };
  }

  it('a page of 5 messages is stored in one write, every order and every reply there', async () => {
    const store = openOrderStore();
    const { pageRead } = createPageReportHandlers(store);
    const messages = Array.from({ length: 5 }, (_, tab) => tabReading(tab, 100));
    const counter = countOrderWrites();
    const replies = await Promise.all(
      messages.map((orders) => pageRead({ url: LIST_URL, pageKind: 'global-list', orders }, {} as never)),
    );
    counter.restore();
    expect(counter.writes()).toBe(1);
    expect(Object.keys(await storedOrders())).toHaveLength(500);
    expect(replies.map((r) => r.stored)).toEqual([100, 100, 100, 100, 100]);
    expect(replies.every((r) => r.tracked === 500)).toBe(true);
  });

  it('no write holds more than 1,000 orders: a page of 2,500 goes in 3', async () => {
    const { pageRead } = createPageReportHandlers(openOrderStore());
    const counter = countOrderWrites();
    await Promise.all(
      Array.from({ length: 25 }, (_, tab) =>
        pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(tab, 100) }, {} as never),
      ),
    );
    counter.restore();
    expect(counter.writes()).toBe(3);
    expect(Object.keys(await storedOrders())).toHaveLength(2500);
  });

  it('a report arriving while the write runs waits for the next write, and is stored', async () => {
    const store = openOrderStore();
    const { pageRead } = createPageReportHandlers(store);
    const first = pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(1, 10) }, {} as never);
    // The first write has started (the lock's work runs a task later): this one cannot join it any more.
    await new Promise((r) => setTimeout(r, 0));
    const second = pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(2, 10) }, {} as never);
    await Promise.all([first, second]);
    expect(Object.keys(await storedOrders())).toHaveLength(20);
  });

  it('when the one write fails, every report in it is refused and nothing half-written is left', async () => {
    const store = openOrderStore();
    const { pageRead } = createPageReportHandlers(store);
    const counter = countOrderWrites(true);
    const results = await Promise.allSettled(
      [1, 2, 3].map((tab) =>
        pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(tab, 50) }, {} as never),
      ),
    );
    counter.restore();
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await storedOrders()).toEqual({});
    // The page is read again: all of it goes in.
    await pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(1, 50) }, {} as never);
    expect(Object.keys(await storedOrders())).toHaveLength(50);
  });
});

describe('a hand edit landing while a reconcile reads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('v1 orders and an invalid reminder state written just after its first read: the state is kept aside, not overwritten', async () => {
    const store = openOrderStore();
    await store.getSettings();
    const order = trackedOrder({
      facts: pageOrder({
        orderId: idOf(5, 1),
        deadlines: [
          {
            kind: 'protection_end',
            at: new Date(Date.now() - 86_400_000).toISOString(),
            confidence: 'exact',
            source: 'page:test',
          },
        ],
      }),
    });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let first = true;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const answer = await get(keys as never);
      if (first) {
        first = false;
        // Written by hand (or a restore) right after the reconcile's first read.
        await fakeBrowser.storage.local.set({ orders: { [order.orderId]: order }, reminders: ['not', 'a', 'state'] });
      }
      return answer;
    });
    await createReminderService(store).reconcile();
    spy.mockRestore();
    const all = await fakeBrowser.storage.local.get(null);
    expect((all.quarantine as Array<{ id: string }>).map((entry) => entry.id)).toContain('reminders');
    expect(Object.keys(ordersIn(all))).toEqual([order.orderId]);
  });
});

/** Settles within `ms`, or says it hung (a deadlocked queue never settles). */
function within<T>(ms: number, work: Promise<T>): Promise<T | 'hung'> {
  return Promise.race([work, new Promise<'hung'>((r) => setTimeout(() => r('hung'), ms))]);
}

describe('invalid stored values never wedge the writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['settings of the wrong type', { settings: { language: 42 } }, ['settings']],
    ['settings that are not an object', { settings: 'dark mode' }, ['settings']],
    ['a reminder state of the wrong shape', { reminders: ['not', 'a', 'state'] }, ['reminders']],
    ['both at once', { settings: { leadDays: 'soon' }, reminders: 7 }, ['reminders', 'settings']],
  ])(
    '%s: the reminder reconcile, a buyer action and the next page read all complete; the bad value is kept aside',
    async (_name, stored, asideIds) => {
      await fakeBrowser.storage.local.set({
        ...stored,
        orders: { [idOf(9, 1)]: trackedOrder({ facts: pageOrder({ orderId: idOf(9, 1) }) }) },
      });
      const store = openOrderStore();
      const now = new Date('2026-11-20T10:00:00Z');
      expect(
        await within(
          2000,
          createReminderService(store, () => now)
            .reconcile()
            .then(() => 'done'),
        ),
      ).toBe('done');
      const { updateReminders } = createUserActionHandlers(store, () => now);
      expect(
        await within(
          2000,
          updateReminders({ orderId: idOf(9, 1), action: 'snooze', until: '2026-11-22T10:00:00.000Z' }, {} as never),
        ),
      ).toEqual({ ok: true });
      const { pageRead } = createPageReportHandlers(store, () => now);
      expect(
        await within(2000, pageRead({ url: LIST_URL, pageKind: 'global-list', orders: tabReading(1, 5) }, {} as never)),
      ).toMatchObject({ stored: 5, tracked: 6 });
      const { quarantine } = (await fakeBrowser.storage.local.get('quarantine')) as {
        quarantine: Array<{ id: string }>;
      };
      expect(quarantine.map((q) => q.id).sort()).toEqual(asideIds);
    },
  );
});
