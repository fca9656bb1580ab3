import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminderService, REMINDER_ALARM } from '@/utils/background/reminders';
import { openOrderStore } from '@/utils/storage';
import type { Deadline, TrackedOrder } from '@/utils/model';
import { pageOrder, trackedOrder } from './support/factories';

/** A deadline printed on the page, `days` from `now` at the start of that local day. */
function protectionIn(now: Date, days: number): Deadline {
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return { kind: 'protection_end', at: at.toISOString(), confidence: 'exact', source: 'page:no-delivery-refund' };
}

async function storeOrders(orders: TrackedOrder[]) {
  await fakeBrowser.storage.local.set({ orders: Object.fromEntries(orders.map((o) => [o.orderId, o])) });
}

async function shownNotifications() {
  return (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
}

describe('reminder service', () => {
  let now: Date;
  beforeEach(() => {
    fakeBrowser.reset();
    now = new Date(2026, 10, 21, 10, 0, 0);
  });

  it('shows a due reminder once, with the days left, the date and the action, and arms one alarm for the next', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 3)] }) })]);
    const service = createReminderService(openOrderStore(), () => now);
    const first = await service.reconcile();
    expect(first.shown?.reminders.map((r) => r.kind)).toEqual(['protection_end']);
    const notes = Object.values(await shownNotifications());
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toContain('LIMA Store');
    expect(notes[0]!.message).toContain('in 3 days');
    expect(notes[0]!.message).toContain('Open a dispute now');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual([REMINDER_ALARM]);

    // Reconciling again (another start, another stored change) shows nothing new.
    await fakeBrowser.notifications.clear(Object.keys(await shownNotifications())[0]!);
    const again = await service.reconcile();
    expect(again.shown).toBeNull();
    expect(Object.keys(await shownNotifications())).toHaveLength(0);
  });

  it('several reminders due at once become one notification', async () => {
    await storeOrders([
      trackedOrder({ facts: pageOrder({ orderId: '8214000000000001', deadlines: [protectionIn(now, 1)] }) }),
      trackedOrder({ facts: pageOrder({ orderId: '8214000000000002', deadlines: [protectionIn(now, 3)] }) }),
      trackedOrder({ facts: pageOrder({ orderId: '8214000000000003', deadlines: [protectionIn(now, 7)] }) }),
    ]);
    const result = await createReminderService(openOrderStore(), () => now).reconcile();
    // Three protection reminders (and the "ask to extend" reminder of the one 7 days out), in one notification.
    expect(result.shown?.reminders.filter((r) => r.kind === 'protection_end')).toHaveLength(3);
    const notes = Object.values(await shownNotifications());
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toMatch(/\d AliExpress deadlines need you/);
  });

  it('after a gap (browser closed for days) each deadline is reminded at most once, not once per missed lead time', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 10)] }) })]);
    let service = createReminderService(openOrderStore(), () => now);
    await service.reconcile(); // nothing due yet: 7-day lead is in 3 days
    expect(Object.keys(await shownNotifications())).toHaveLength(0);
    now = new Date(now.getTime() + 9.5 * 86_400_000); // the 7, 3 and 1-day leads all passed while closed
    service = createReminderService(openOrderStore(), () => now);
    const caughtUp = await service.reconcile();
    expect(caughtUp.shown?.reminders).toHaveLength(1);
    expect(caughtUp.shown?.reminders[0]!.leadDays).toBe(1);
    await service.reconcile();
    expect(Object.keys(await shownNotifications())).toHaveLength(1);
  });

  it('a restarted worker (a new service over the same storage) never repeats what was shown', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 3)] }) })]);
    await createReminderService(openOrderStore(), () => now).reconcile();
    const ids = Object.keys(await shownNotifications());
    for (const id of ids) await fakeBrowser.notifications.clear(id);
    const second = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(second.shown).toBeNull();
  });

  it('with notifications turned off nothing is shown and nothing is marked as sent', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 3)] }) })]);
    const { DEFAULT_SETTINGS } = await import('@/utils/model');
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, notificationsEnabled: false } });
    const result = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(result.shown).toBeNull();
    expect(Object.keys(await shownNotifications())).toHaveLength(0);
  });

  it('"Remind me tomorrow" snoozes; "Done" stops that deadline’s reminders; a click opens the order page', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 5)] }) })]);
    const service = createReminderService(openOrderStore(), () => now);
    await service.reconcile();
    const [id] = Object.keys(await shownNotifications());
    await service.onClick(id!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351');

    await service.reconcile();
    now = new Date(now.getTime() + 2 * 86_400_000); // the 3-day lead is due
    const snoozeService = createReminderService(openOrderStore(), () => now);
    const due = await snoozeService.reconcile();
    expect(due.shown).not.toBeNull();
    const [dueId] = Object.keys(await shownNotifications()).filter((k) => k !== id);
    await snoozeService.onButton(dueId!, 1); // Done
    now = new Date(now.getTime() + 2 * 86_400_000);
    const afterDone = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(afterDone.shown).toBeNull();
    expect(afterDone.nextAlarmAt).toBeNull();
  });
});

describe('reminder service: the clock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a clock set back (or a time-zone change) does not show a reminder again', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 3).toISOString();
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [{ kind: 'protection_end', at, confidence: 'exact', source: 'page:no-delivery-refund' }] }) })]);
    const first = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(first.shown).not.toBeNull();
    for (const id of Object.keys(await fakeBrowser.notifications.getAll())) await fakeBrowser.notifications.clear(id);
    // The machine's clock jumps back six hours, then forward again: nothing is shown twice.
    for (const shift of [-6, 0, 2]) {
      const moved = new Date(now.getTime() + shift * 3_600_000);
      expect((await createReminderService(openOrderStore(), () => moved).reconcile()).shown).toBeNull();
    }
  });
});
