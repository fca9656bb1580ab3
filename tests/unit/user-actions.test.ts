import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUserActionHandlers } from '@/utils/background/user-actions';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { createReminderService, REMINDER_ALARM } from '@/utils/background/reminders';
import { openOrderStore, readOrders, readReminderSaveError } from '@/utils/storage';
import { computeDeadlines } from '@/utils/rules';
import { DEFAULT_SETTINGS, type Deadline } from '@/utils/model';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00Z');
const printed: Deadline = {
  kind: 'protection_end',
  at: '2026-12-04T00:00:00.000Z',
  confidence: 'exact',
  source: 'page:no-delivery-refund',
};
const extended: Deadline & { source: 'user' } = {
  kind: 'protection_end',
  at: '2026-12-19T00:00:00.000Z',
  confidence: 'exact',
  source: 'user',
};
/** A correction earlier than the page's date: the buyer's wins (a later one is only a warning, rules/deadlines.ts). */
const corrected: Deadline & { source: 'user' } = {
  kind: 'protection_end',
  at: '2026-12-01T00:00:00.000Z',
  confidence: 'exact',
  source: 'user',
};

describe('user actions', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      orders: { '8214398062177351': trackedOrder({ facts: pageOrder({ deadlines: [printed] }) }) },
    });
  });

  it('the buyer’s earlier corrected deadline wins over the page, and a later page read does not undo it', async () => {
    const store = openOrderStore();
    const actions = createUserActionHandlers(store, () => NOW);
    expect(await actions.setUserDeadline({ orderId: '8214398062177351', deadline: corrected }, {})).toEqual({
      ok: true,
    });
    await createPageReportHandlers(store, () => NOW).pageRead(
      {
        url: 'https://www.aliexpress.com/p/order/index.html',
        pageKind: 'global-list',
        orders: [pageOrder({ deadlines: [printed] })],
      },
      {},
    );
    const [order] = (await readOrders()).orders;
    const protection = computeDeadlines(order!, DEFAULT_SETTINGS, NOW).find((d) => d.kind === 'protection_end');
    expect(protection).toMatchObject({ at: corrected.at, source: 'user' });
  });

  it('a later date of the buyer ("the seller extended it") is kept, but the page’s date keeps counting until it moves', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    await actions.setUserDeadline({ orderId: '8214398062177351', deadline: extended }, {});
    const [order] = (await readOrders()).orders;
    expect(order!.userDeadlines).toEqual([extended]);
    const protection = computeDeadlines(order!, DEFAULT_SETTINGS, NOW).find((d) => d.kind === 'protection_end');
    expect(protection).toMatchObject({ at: printed.at, buyerLaterAt: extended.at });
  });

  it('custom reminders add up; removing one removes only that one', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    const custom = (at: string) => ({
      kind: 'custom' as const,
      at,
      confidence: 'exact' as const,
      source: 'user' as const,
      label: 'Call the bank',
    });
    await actions.setUserDeadline({ orderId: '8214398062177351', deadline: custom('2026-11-25T09:00:00.000Z') }, {});
    await actions.setUserDeadline({ orderId: '8214398062177351', deadline: custom('2026-11-28T09:00:00.000Z') }, {});
    await actions.removeUserDeadline(
      { orderId: '8214398062177351', kind: 'custom', at: '2026-11-25T09:00:00.000Z' },
      {},
    );
    const [order] = (await readOrders()).orders;
    expect(order!.userDeadlines.map((d) => d.at)).toEqual(['2026-11-28T09:00:00.000Z']);
  });

  it('an unknown order is refused, not created', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    expect(await actions.setArchived({ orderId: '1111111111111111', archived: true }, {})).toEqual({ ok: false });
    expect((await readOrders()).orders).toHaveLength(1);
  });

  it('mute and done are remembered in the reminder state', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    await actions.updateReminders({ action: 'mute', orderId: '8214398062177351' }, {});
    await actions.updateReminders({ action: 'done', orderId: '8214398062177351', kind: 'protection_end' }, {});
    const { reminders } = (await fakeBrowser.storage.local.get('reminders')) as {
      reminders: { mutedOrders: object; done: object };
    };
    expect(Object.keys(reminders.mutedOrders)).toEqual(['8214398062177351']);
    expect(Object.keys(reminders.done)).toEqual(['8214398062177351:protection_end']);
  });
});

describe('issue 12 §2: reminder changes from the popup', () => {
  const ORDER = '8214398062177351';
  let now: Date;
  beforeEach(async () => {
    fakeBrowser.reset();
    now = new Date(2026, 10, 21, 10, 0, 0);
    // "Before Dec 4" (local): last day Dec 3; the next reminder is the 7-day one, Nov 26 09:00.
    const at = new Date(2026, 11, 4).toISOString();
    await fakeBrowser.storage.local.set({
      orders: {
        [ORDER]: trackedOrder({
          facts: pageOrder({
            deadlines: [{ kind: 'protection_end', at, confidence: 'exact', source: 'page:no-delivery-refund' }],
          }),
        }),
      },
      // Protection's own reminders only: the extension request and the late dispute window after it have their own.
      settings: {
        ...DEFAULT_SETTINGS,
        leadDays: { ...DEFAULT_SETTINGS.leadDays, extension_request_by: [], late_dispute_window_end: [] },
      },
    });
  });
  afterEach(() => vi.restoreAllMocks());

  /** The handlers as the background wires them: every reminder change re-arms the alarm (reconcile). */
  function wired() {
    const store = openOrderStore();
    const service = createReminderService(store, () => now);
    const actions = createUserActionHandlers(store, () => now, { afterReminderChange: () => service.reconcile() });
    return { service, actions };
  }
  const alarmAt = async () => (await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime ?? null;

  it('mute, unmute, done, undone and snooze each re-arm the alarm', async () => {
    const { service, actions } = wired();
    await service.reconcile();
    const next = new Date(2026, 10, 26, 9, 0, 0).getTime();
    expect(await alarmAt()).toBe(next);
    await actions.updateReminders({ action: 'mute', orderId: ORDER }, {});
    expect(await alarmAt()).toBeNull();
    await actions.updateReminders({ action: 'unmute', orderId: ORDER }, {});
    expect(await alarmAt()).toBe(next);
    await actions.updateReminders({ action: 'done', orderId: ORDER, kind: 'protection_end' }, {});
    expect(await alarmAt()).toBeNull();
    await actions.updateReminders({ action: 'undone', orderId: ORDER, kind: 'protection_end' }, {});
    expect(await alarmAt()).toBe(next);
    await actions.updateReminders(
      { action: 'snooze', orderId: ORDER, until: new Date(2026, 10, 28, 12, 0, 0).toISOString() },
      {},
    );
    expect(await alarmAt()).toBe(new Date(2026, 10, 28, 12, 0, 0).getTime());
  });

  it('Done in the popup covers that date: the seller extending protection brings the reminders back', async () => {
    const { service, actions } = wired();
    await actions.updateReminders({ action: 'done', orderId: ORDER, kind: 'protection_end' }, {});
    now = new Date(2026, 11, 1, 10, 0, 0);
    expect((await service.reconcile()).shown).toBeNull();
    // The seller extended protection and the page prints it (a buyer's later date alone would not move it).
    const extendedTo = new Date(2026, 11, 19).toISOString();
    await createPageReportHandlers(openOrderStore(), () => now).pageRead(
      {
        url: 'https://www.aliexpress.com/p/order/index.html',
        pageKind: 'global-list',
        orders: [
          pageOrder({
            deadlines: [
              { kind: 'protection_end', at: extendedTo, confidence: 'exact', source: 'page:no-delivery-refund' },
            ],
          }),
        ],
      },
      {},
    );
    now = new Date(2026, 11, 11, 9, 30, 0); // the new date's 7-day reminder (last day Dec 18)
    expect((await service.reconcile()).shown?.reminders.map((r) => `${r.kind} ${r.leadDays}d`)).toEqual([
      'protection_end 7d',
    ]);
  });

  it('a snooze from the popup never holds a reminder past the deadline', async () => {
    const { actions } = wired();
    now = new Date(2026, 11, 2, 10, 0, 0); // the day before the last day (Dec 3)
    await actions.updateReminders(
      { action: 'snooze', orderId: ORDER, until: new Date(2026, 11, 5, 10, 0, 0).toISOString() },
      {},
    );
    const { reminders } = (await fakeBrowser.storage.local.get('reminders')) as {
      reminders: { deadlines: Record<string, { snoozedUntil: string }> };
    };
    expect(reminders.deadlines[`${ORDER}:protection_end`]?.snoozedUntil).toBe(
      new Date(2026, 11, 3, 9, 0, 0).toISOString(),
    );
  });

  it('a change that storage refuses is reported to the popup, and the alarm is still re-armed', async () => {
    const { service, actions } = wired();
    await service.reconcile();
    await fakeBrowser.alarms.clearAll();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('reminders' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    expect(await actions.updateReminders({ action: 'mute', orderId: ORDER }, {})).toEqual({
      ok: false,
      error: 'save-failed',
    });
    expect(await alarmAt()).toBe(new Date(2026, 10, 26, 9, 0, 0).getTime());
    expect(await readReminderSaveError()).toMatchObject({ what: 'mute' });
  });
});
