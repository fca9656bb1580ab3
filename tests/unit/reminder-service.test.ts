import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminderService, REMINDER_ALARM, RETRY_AFTER_FAILURE_MS } from '@/utils/background/reminders';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { openOrderStore, readReminderSaveError } from '@/utils/storage';
import { DEFAULT_SETTINGS } from '@/utils/model';
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
    // "Before Nov 25": its last day is Nov 24, 3 days away.
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 4)] }) })]);
    const service = createReminderService(openOrderStore(), () => now);
    const first = await service.reconcile();
    expect(first.shown?.reminders.map((r) => r.kind)).toEqual(['protection_end']);
    const notes = Object.values(await shownNotifications());
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toContain('LIMA Store');
    expect(notes[0]!.message).toContain('3 days left');
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
    now = new Date(now.getTime() + 9.5 * 86_400_000); // the last day, 20:00: the 7, 3, 1 and 0-day leads all passed while closed
    service = createReminderService(openOrderStore(), () => now);
    const caughtUp = await service.reconcile();
    expect(caughtUp.shown?.reminders).toHaveLength(1);
    expect(caughtUp.shown?.reminders[0]!.leadDays).toBe(0);
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

  it('"Done" handles the reminder it shows (the later, more pressing one still comes); a click opens the order page', async () => {
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
    now = new Date(now.getTime() + 2 * 86_400_000); // the last day (the deadline is tomorrow 00:00), 10:00
    const afterDone = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(afterDone.shown?.reminders.map((r) => r.leadDays)).toEqual([0]);
    // Nothing more of protection: the next alarm, if any, is for the late dispute window after it.
    const protectionEnd = Date.parse(protectionIn(new Date(now.getTime() - 4 * 86_400_000), 5).at);
    expect(afterDone.nextAlarmAt === null || Date.parse(afterDone.nextAlarmAt) > protectionEnd).toBe(true);
  });
});

describe('reminder service: the clock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a clock set back (or a time-zone change) does not show a reminder again', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 3).toISOString();
    await storeOrders([
      trackedOrder({
        facts: pageOrder({
          deadlines: [{ kind: 'protection_end', at, confidence: 'exact', source: 'page:no-delivery-refund' }],
        }),
      }),
    ]);
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

/** Settings without the "ask the seller to extend" reminder: one protection reminder per lead, easy to follow. */
const PROTECTION_ONLY = { ...DEFAULT_SETTINGS, leadDays: { ...DEFAULT_SETTINGS.leadDays, extension_request_by: [] } };

async function alarmTimes(): Promise<number[]> {
  return (await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime);
}

async function storedReminders() {
  const { reminders } = (await fakeBrowser.storage.local.get('reminders')) as {
    reminders: {
      deadlines: Record<string, { snoozedUntil?: string; handled?: Record<string, string> }>;
      done: Record<string, unknown>;
    };
  };
  return reminders;
}

describe('issue 12 §2: notification buttons', () => {
  let now: Date;
  beforeEach(async () => {
    fakeBrowser.reset();
    now = new Date(2026, 10, 21, 10, 0, 0);
    await fakeBrowser.storage.local.set({ settings: PROTECTION_ONLY });
  });

  it('"Done" on the 7-day reminder ("ask the seller to extend"): the 3-day one still comes', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 8)] }) })]);
    const first = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(first.shown?.reminders.map((r) => r.leadDays)).toEqual([7]);
    const [id] = Object.keys(await shownNotifications());
    await createReminderService(openOrderStore(), () => now).onButton(id!, 1);
    expect(await alarmTimes()).toEqual([new Date(2026, 10, 25, 9, 0, 0).getTime()]); // the 3-day reminder's moment
    now = new Date(2026, 10, 25, 9, 0, 0);
    const later = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(later.shown?.reminders.map((r) => r.leadDays)).toEqual([3]);
  });

  it('a grouped notification: Done and snooze act on exactly the reminders it names, not the "…and N more"', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `821400000000001${i}`);
    await storeOrders(
      ids.map((orderId, i) =>
        trackedOrder({
          facts: pageOrder({ orderId, store: { name: `Store ${i}` }, deadlines: [protectionIn(now, 2 + i)] }),
        }),
      ),
    );
    const service = createReminderService(openOrderStore(), () => now);
    const shown = await service.reconcile();
    expect(shown.shown?.reminders).toHaveLength(6);
    const notes = Object.entries(await shownNotifications());
    expect(notes).toHaveLength(1);
    const [noteId, note] = notes[0]!;
    const lines = note.message.split('\n');
    expect(lines).toHaveLength(5); // 4 named + "…and 2 more"
    const namedStores = lines.slice(0, 4).map((line) => /Store \d/.exec(line)?.[0]);
    await service.onButton(noteId, 1); // Done
    const state = await storedReminders();
    expect(Object.keys(state.done)).toEqual([]);
    const handledKeys = Object.entries(state.deadlines)
      .filter(([, d]) => Object.keys(d.handled ?? {}).length > 0)
      .map(([key]) => key);
    expect(handledKeys).toHaveLength(4);
    const storeOf = (key: string) => `Store ${ids.indexOf(key.slice(0, key.indexOf(':')))}`;
    expect(handledKeys.map(storeOf).sort()).toEqual([...namedStores].sort());
  });

  it('a grouped notification snoozed: only the named deadlines are held', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `821400000000002${i}`);
    await storeOrders(
      ids.map((orderId, i) => trackedOrder({ facts: pageOrder({ orderId, deadlines: [protectionIn(now, 2 + i)] }) })),
    );
    const service = createReminderService(openOrderStore(), () => now);
    await service.reconcile();
    const [noteId] = Object.keys(await shownNotifications());
    await service.onButton(noteId!, 0);
    const snoozed = Object.values((await storedReminders()).deadlines).filter((d) => d.snoozedUntil !== undefined);
    expect(snoozed).toHaveLength(4);
  });

  it('"Remind me tomorrow" on the last day comes back a few hours later, before the deadline', async () => {
    const due = protectionIn(now, 1); // tomorrow 00:00: today is the last day
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [due] }) })]);
    const service = createReminderService(openOrderStore(), () => now);
    expect((await service.reconcile()).shown?.reminders.map((r) => r.leadDays)).toEqual([0]);
    const [noteId] = Object.keys(await shownNotifications());
    await service.onButton(noteId!, 0);
    const [until] = Object.values((await storedReminders()).deadlines).map((d) => Date.parse(d.snoozedUntil ?? ''));
    expect(until).toBe(now.getTime() + 3 * 3_600_000);
    expect(until).toBeLessThan(Date.parse(due.at));
    expect(await alarmTimes()).toEqual([until]);
    now = new Date(until!);
    const back = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(back.shown?.reminders.map((r) => r.leadDays)).toEqual([0]);
  });
});

describe('issue 12 §2: a reminder state that cannot be saved', () => {
  let now: Date;
  beforeEach(async () => {
    fakeBrowser.reset();
    now = new Date(2026, 10, 21, 10, 0, 0);
    await fakeBrowser.storage.local.set({ settings: PROTECTION_ONLY });
  });
  afterEach(() => vi.restoreAllMocks());

  /** storage.local.set rejects every write of the reminder state, as when storage is full. */
  function failReminderWrites() {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('reminders' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
  }

  it('the reminder is shown, the alarm still re-armed for the next one, and the failure left for the popup', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 3)] }) })]);
    failReminderWrites();
    const result = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(result.shown?.reminders.map((r) => r.leadDays)).toEqual([3]);
    expect(result.saveFailed).toBe(true);
    expect(await alarmTimes()).toEqual([new Date(2026, 10, 22, 9, 0, 0).getTime()]); // the 1-day reminder (last day Nov 23)
    expect(await readReminderSaveError()).toMatchObject({ what: 'record shown reminders' });
  });

  it('a reconcile that fails part-way is tried again within a minute, never later than an alarm already due', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 20)] }) })]);
    // The index write fails (storage refused it): the plan is made, but the alarm was never reached.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('orderIndex' in items && !('orders$' in items)) throw new Error('IO error');
      return set(items);
    });
    const service = createReminderService(openOrderStore(), () => now);
    await expect(service.reconcile()).rejects.toThrow('IO error');
    expect(await alarmTimes()).toEqual([]);
    await service.retrySoon();
    expect(await alarmTimes()).toEqual([now.getTime() + RETRY_AFTER_FAILURE_MS]);
    // An alarm due sooner stays as it is.
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: now.getTime() + 5_000 });
    await service.retrySoon();
    expect(await alarmTimes()).toEqual([now.getTime() + 5_000]);
    // The retry works once storage does: the alarm goes to the reminder ahead (13 days before the last day).
    vi.restoreAllMocks();
    const retried = await service.reconcile();
    expect(retried.nextAlarmAt).not.toBeNull();
    expect(await alarmTimes()).toEqual([Date.parse(retried.nextAlarmAt!)]);
  });

  it('a button whose change cannot be saved still re-arms the alarm', async () => {
    await storeOrders([trackedOrder({ facts: pageOrder({ deadlines: [protectionIn(now, 3)] }) })]);
    const service = createReminderService(openOrderStore(), () => now);
    await service.reconcile();
    const [noteId] = Object.keys(await shownNotifications());
    await fakeBrowser.alarms.clearAll();
    failReminderWrites();
    expect(await service.onButton(noteId!, 0)).toEqual({ saved: false });
    expect(await alarmTimes()).toHaveLength(1);
    expect(await readReminderSaveError()).toMatchObject({ what: 'snooze' });
  });
});

describe('reminder service: the index of next times (issue 16)', () => {
  beforeEach(() => fakeBrowser.reset());
  const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';

  /** `count` orders with a protection end 10 + (i % 20) days after `now`: every one has reminders ahead. */
  function history(now: Date, count: number, first = 8219000000000000): TrackedOrder[] {
    return Array.from({ length: count }, (_, i) => {
      const orderId = String(first + i);
      return trackedOrder({ orderId, facts: pageOrder({ orderId, deadlines: [protectionIn(now, 10 + (i % 20))] }) });
    });
  }

  it('a page read of 10 orders re-plans those 10, not the 500 tracked; the alarm is the one a full plan gives', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    const tracked = history(now, 500);
    await storeOrders(tracked);
    const store = openOrderStore();
    const service = createReminderService(store, () => now);
    const first = await service.reconcile();
    expect(first.planned).toBe(500);
    // Nothing changed: nothing to plan.
    expect((await service.reconcile()).planned).toBe(0);

    // Ten orders on a page: two already tracked, eight new ones, one of them due in 2 days.
    const { pageRead } = createPageReportHandlers(store, () => now);
    const page = [...tracked.slice(0, 2).map((o) => o.facts), ...history(now, 8, 8219500000000000).map((o) => o.facts)];
    page[9] = { ...page[9]!, deadlines: [protectionIn(now, 2)] };
    expect(await pageRead({ url: LIST_URL, pageKind: 'global-list', orders: page }, {} as never)).toEqual({
      stored: 10,
      tracked: 508,
    });
    const after = await service.reconcile();
    expect(after.planned).toBe(10);
    expect(after.shown?.reminders.map((r) => r.orderId)).toEqual([page[9]!.orderId]);

    // A cold worker (a new store and service) plans nothing and arms the same alarm as planning everything.
    const cold = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(cold.planned).toBe(0);
    const everything = [...tracked, ...page.slice(2).map((facts) => trackedOrder({ orderId: facts.orderId, facts }))];
    const { planReminders, nextWakeUp } = await import('@/utils/rules');
    const { readReminderState } = await import('@/utils/storage');
    const full = planReminders(everything, DEFAULT_SETTINGS, await readReminderState(), now);
    expect(cold.nextAlarmAt).toBe(nextWakeUp(full, now));
    expect(await alarmTimes()).toEqual([Date.parse(cold.nextAlarmAt!)]);
  });

  it('after a kill, sleep or update: the wake-up shows what came due meanwhile, from the index, planning only those', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    await storeOrders(history(now, 200));
    await createReminderService(openOrderStore(), () => now).reconcile();
    // Asleep for 7 days: the orders ending 10 and 11 days after `now` (20 of them) have their 3-day reminder due.
    const woke = new Date(now.getTime() + 7 * 86_400_000);
    const result = await createReminderService(openOrderStore(), () => woke).reconcile();
    const shownOrders = new Set(result.shown?.reminders.map((r) => r.orderId));
    expect(shownOrders.size).toBeGreaterThan(0);
    expect(result.planned).toBeLessThan(200);
    expect(result.planned).toBeGreaterThanOrEqual(shownOrders.size);
    // Nothing due is missed: a full plan at the same moment has nothing more to show.
    const { planReminders, dueNow } = await import('@/utils/rules');
    const { readReminderState, readOrders } = await import('@/utils/storage');
    const full = planReminders((await readOrders()).orders, DEFAULT_SETTINGS, await readReminderState(), woke);
    expect(dueNow(full, woke)).toBeNull();
  });

  it('a wake-up with nothing due reads storage once, decodes no entry, writes nothing, and arms the same alarm', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    await storeOrders(history(now, 300));
    await createReminderService(openOrderStore(), () => now).reconcile();
    const later = new Date(now.getTime() + 60 * 60_000); // an hour on: nothing due yet
    const store = openOrderStore();
    await store.getSettings(); // the settings' version check, which runs as the store opens
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const woke = await createReminderService(store, () => later).reconcile();
    expect(woke.planned).toBe(0);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(writes).not.toHaveBeenCalled();
    reads.mockRestore();
    writes.mockRestore();
    // The alarm a full plan of every order gives.
    const { planReminders, nextWakeUp } = await import('@/utils/rules');
    const { readReminderState, readOrders } = await import('@/utils/storage');
    const full = planReminders((await readOrders()).orders, DEFAULT_SETTINGS, await readReminderState(), later);
    expect(woke.nextAlarmAt).toBe(nextWakeUp(full, later));
  });

  it('an index edited by hand (its summary no longer matches its entries) is read in full: the edited order is planned', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    const orders = history(now, 20);
    await storeOrders(orders);
    await createReminderService(openOrderStore(), () => now).reconcile();
    const { orderIndex } = (await fakeBrowser.storage.local.get('orderIndex')) as { orderIndex: { next: string } };
    const id = orders[3]!.orderId;
    const edited = orderIndex.next.replace(new RegExp(`${id}:[0-9a-z-]+`), `${id}:0`);
    expect(edited).not.toBe(orderIndex.next);
    await fakeBrowser.storage.local.set({ orderIndex: { ...orderIndex, next: edited } });
    const after = await createReminderService(openOrderStore(), () => now).reconcile();
    expect(after.planned).toBe(1);
  });

  it('the local clock moving to another offset (travel, new daylight-saving rules): every order is planned again', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    await storeOrders(history(now, 30));
    const service = createReminderService(openOrderStore(), () => now);
    await service.reconcile();
    expect((await service.reconcile()).planned).toBe(0);
    const offset = vi
      .spyOn(Date.prototype, 'getTimezoneOffset')
      .mockReturnValue(new Date(now).getTimezoneOffset() + 120);
    try {
      expect((await service.reconcile()).planned).toBe(30);
    } finally {
      offset.mockRestore();
    }
  });

  it('reconciles asked for while one waits for the lock are that one; one asked once it runs is its own', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    const store = openOrderStore();
    const service = createReminderService(store, () => now);
    const { pageRead } = createPageReportHandlers(store, () => now);
    await pageRead(
      { url: LIST_URL, pageKind: 'global-list', orders: history(now, 5).map((o) => o.facts) },
      {} as never,
    );
    const [ask, second, third] = [service.reconcile(), service.reconcile(), service.reconcile()];
    expect(second).toBe(ask);
    expect(third).toBe(ask);
    expect((await ask).planned).toBe(5);
    // A page read finished before the ask is seen by the waiting reconcile it joins.
    const busy = store.exclusive(() => new Promise((r) => setTimeout(r, 20)));
    const first = service.reconcile();
    const written = pageRead(
      { url: LIST_URL, pageKind: 'global-list', orders: history(now, 3, 8219600000000000).map((o) => o.facts) },
      {} as never,
    );
    await busy;
    const joined = service.reconcile();
    expect(joined).toBe(first);
    await written;
    const own = service.reconcile();
    expect(own).not.toBe(first);
    expect((await first).planned + (await own).planned).toBe(3);
  });

  it('settings changed, or the reminder state edited behind its back: every order is planned again', async () => {
    const now = new Date(2026, 10, 21, 10, 0, 0);
    await storeOrders(history(now, 50));
    const service = createReminderService(openOrderStore(), () => now);
    await service.reconcile();
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, leadDays: { ...DEFAULT_SETTINGS.leadDays, protection_end: [12] } },
    });
    const replanned = await service.reconcile();
    expect(replanned.planned).toBe(50);
    expect(replanned.shown?.reminders.length).toBeGreaterThan(0); // 12 days ahead: the orders ending in 10–12 days
    await fakeBrowser.storage.local.set({ reminders: { deadlines: {}, mutedOrders: {}, done: {} } });
    expect((await service.reconcile()).planned).toBe(50);
  });
});
