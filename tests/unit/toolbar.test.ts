import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createToolbar } from '@/utils/background/toolbar';
import { openOrderStore } from '@/utils/storage';
import { DEFAULT_SETTINGS, type TrackedOrder } from '@/utils/model';
import { UI_LANGUAGES } from '@/utils/i18n';
import { orderView, type OrderView as OrderViewType } from '@/utils/rules/order-view';
import {
  RECOUNT_AT_LEAST_EVERY_MS,
  TOOLBAR_BADGE_COLORS,
  toolbarBadgeText,
  toolbarState,
  toolbarStateHoldsUntil,
} from '@/utils/rules/toolbar';
import { toolbarTitle } from '@/utils/i18n/toolbar';
import { pageOrder, trackedOrder } from './support/factories';

// Dates relative to the run's moment: the test holds on any day, in any zone.
const NOW = new Date();
const inDays = (days: number) => new Date(NOW.valueOf() + days * 86_400_000).toISOString();
const withProtectionIn = (days: number, id: string, archived = false) =>
  trackedOrder({
    orderId: id,
    archived,
    facts: pageOrder({
      orderId: id,
      deadlines: [{ kind: 'protection_end', at: inDays(days), confidence: 'exact', source: 'page:protection' }],
    }),
  });

describe('toolbar icon', () => {
  it('counts the orders the popup lists as needing action this week, coloured by the most pressing', () => {
    const orders = [
      withProtectionIn(3, '8214398062177301'),
      withProtectionIn(5, '8214398062177302'),
      withProtectionIn(30, '8214398062177303'),
      withProtectionIn(2, '8214398062177304', true),
    ];
    const views = orders.map((order) => orderView(order, DEFAULT_SETTINGS, NOW));
    // The same rows the popup shows as "soon": the later one and the archived one don't count.
    expect(views.map((view) => view.urgency)).toEqual(['soon', 'soon', 'later', 'none']);
    const state = toolbarState(views);
    expect(state).toEqual({ count: 2, overdue: 0, urgency: 'soon' });
    expect(toolbarBadgeText(state)).toBe('2');
    expect(toolbarTitle(state, 'en')).toBe('2 orders need action this week');
  });

  it('leads with an overdue order and says how many are overdue', () => {
    const state = toolbarState([
      { urgency: 'soon' },
      { urgency: 'overdue' },
      { urgency: 'today' },
      { urgency: 'none' },
    ]);
    expect(state).toEqual({ count: 3, overdue: 1, urgency: 'overdue' });
    expect(toolbarTitle(state, 'en')).toBe('3 orders need action this week · 1 order is overdue');
  });

  it('is empty when nothing needs action, and never wider than three characters', () => {
    const none = toolbarState([{ urgency: 'later' }, { urgency: 'none' }]);
    expect(none).toEqual({ count: 0, overdue: 0, urgency: null });
    expect(toolbarBadgeText(none)).toBe('');
    expect(toolbarTitle(none, 'en')).toBe('OrderShield: no order needs action this week');
    expect(toolbarBadgeText({ count: 150, overdue: 0, urgency: 'soon' })).toBe('99+');
  });

  it('says the count with each language’s plural forms', () => {
    expect([1, 2, 5, 21].map((count) => toolbarTitle({ count, overdue: 0 }, 'ru'))).toEqual([
      '1 заказ требует действий на этой неделе',
      '2 заказа требуют действий на этой неделе',
      '5 заказов требуют действий на этой неделе',
      '21 заказ требует действий на этой неделе',
    ]);
    expect(toolbarTitle({ count: 5, overdue: 0 }, 'pl')).toBe('5 zamówień wymaga działania w tym tygodniu');
    expect(toolbarTitle({ count: 1, overdue: 0 }, 'de')).toBe('1 Bestellung braucht diese Woche Ihr Handeln');
    for (const lang of UI_LANGUAGES) {
      for (const count of [0, 1, 2, 3, 5, 11, 22, 101]) {
        const title = toolbarTitle({ count, overdue: count > 1 ? 1 : 0 }, lang);
        expect(title, `${lang} ${count}`).not.toMatch(/[{}]/);
        if (count > 0) expect(title, `${lang} ${count}`).toContain(String(count));
      }
      // Each language says it in its own words, not English.
      if (lang !== 'en')
        expect(toolbarTitle({ count: 2, overdue: 0 }, lang)).not.toBe(toolbarTitle({ count: 2, overdue: 0 }, 'en'));
    }
  });
});

/** A toolbar action that records what it is told to show. */
function recorder(calls: string[]) {
  return {
    setBadgeText: async ({ text }: { text: string }) => void calls.push(`text:${text}`),
    setBadgeBackgroundColor: async ({ color }: { color: string }) => void calls.push(`color:${color}`),
    setTitle: async ({ title }: { title: string }) => void calls.push(`title:${title}`),
  };
}

/** Stores these orders as the background does, and returns the store. */
async function storeOrders(orders: TrackedOrder[]) {
  const store = openOrderStore();
  await store.updateOrders(
    orders.map((order) => order.orderId),
    (all) => {
      for (const order of orders) all[order.orderId] = order;
    },
    NOW,
  );
  return store;
}

describe('toolbar icon, as the background sets it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the count in the urgency colour with its tooltip, and sets no alarm of its own', async () => {
    const store = await storeOrders([
      withProtectionIn(2, '8214398062177301'),
      withProtectionIn(40, '8214398062177302'),
    ]);
    const calls: string[] = [];
    const toolbar = createToolbar({ clock: () => NOW, action: () => recorder(calls), browserLanguage: () => 'ru-RU' });
    await toolbar.refresh();
    expect(calls).toEqual([
      'text:1',
      `color:${TOOLBAR_BADGE_COLORS.soon}`,
      'title:1 заказ требует действий на этой неделе',
    ]);
    // The one alarm stays the reminders'.
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    // Nothing pressing any more (the order archived): the badge empties.
    await store.updateOrders(
      ['8214398062177301'],
      (all) => {
        all['8214398062177301'] = { ...all['8214398062177301']!, archived: true };
      },
      NOW,
    );
    calls.length = 0;
    await toolbar.refresh();
    expect(calls).toEqual(['text:', 'title:OrderShield: на этой неделе ни один заказ не требует действий']);
  });
});

describe('toolbar icon, counted again only when the count may have changed', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  const HOUR = 3_600_000;

  async function holdsUntil(): Promise<number> {
    const stored = await fakeBrowser.storage.session.get('toolbarCountHolds');
    return (stored.toolbarCountHolds as { untilMs: number }).untilMs;
  }

  it('a worker woken again before then reads nothing; two days later an order entering the week is counted', async () => {
    // One order due in 2 days (this week), one in 8.5 (not yet: it enters the week within two days).
    await storeOrders([withProtectionIn(2, '8214398062177311'), withProtectionIn(8.5, '8214398062177312')]);
    let now = NOW;
    const calls: string[] = [];
    // Each call is a new start of the worker: only session storage carries the last count over.
    const wake = () =>
      createToolbar({ clock: () => now, action: () => recorder(calls), browserLanguage: () => 'en-US' }).refreshIfDue();

    expect(await wake()).toBe(true);
    expect(calls[0]).toBe('text:1');
    const until = await holdsUntil();
    expect(until).toBeGreaterThan(NOW.getTime());
    expect(until).toBeLessThanOrEqual(NOW.getTime() + RECOUNT_AT_LEAST_EVERY_MS);

    calls.length = 0;
    now = new Date(until - 1);
    expect(await wake(), 'still holds: nothing read, nothing set').toBe(false);
    expect(calls).toEqual([]);

    now = new Date(until);
    expect(await wake()).toBe(true);

    calls.length = 0;
    now = new Date(NOW.getTime() + 2 * 24 * HOUR);
    expect(await wake()).toBe(true);
    expect(calls[0], 'the second order is within the week now').toBe('text:2');
  });

  it('a stored change is counted at once, though the last count still holds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const order = withProtectionIn(2, '8214398062177321');
    const store = await storeOrders([order]);
    const calls: string[] = [];
    const toolbar = createToolbar({ clock: () => NOW, action: () => recorder(calls), browserLanguage: () => 'en-US' });
    expect(await toolbar.refreshIfDue()).toBe(true);
    expect(calls[0]).toBe('text:1');

    calls.length = 0;
    await store.updateOrders([order.orderId], (all) => void (all[order.orderId] = { ...order, archived: true }), NOW);
    toolbar.changed();
    // The wake-up the same write causes (its reconcile) does not override the change.
    toolbar.schedule();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls[0]).toBe('text:');
    // And a worker that stopped before that count would count at its next start.
    calls.length = 0;
    const next = createToolbar({ clock: () => NOW, action: () => recorder(calls), browserLanguage: () => 'en-US' });
    expect(await next.refreshIfDue(), 'the count after the change holds again').toBe(false);
  });

  it('holds until the next local midnight, an earlier deadline, or six hours at most', () => {
    const midnight = new Date(NOW);
    midnight.setHours(24, 0, 0, 0);
    const bound = Math.min(midnight.getTime(), NOW.getTime() + RECOUNT_AT_LEAST_EVERY_MS);
    const view = (at: string) =>
      ({
        deadlines: [{ deadline: { kind: 'protection_end', at, confidence: 'exact', source: 'page:protection' } }],
      }) as unknown as Pick<OrderViewType, 'deadlines'>;
    expect(toolbarStateHoldsUntil([], NOW)).toBe(bound);
    const soon = new Date(NOW.getTime() + 60_000).toISOString();
    expect(toolbarStateHoldsUntil([view(inDays(30)), view(soon)], NOW)).toBe(Math.min(bound, Date.parse(soon)));
    // A passed or unreadable date changes nothing.
    expect(toolbarStateHoldsUntil([view(inDays(-1)), view('not a date')], NOW)).toBe(bound);
  });
});
