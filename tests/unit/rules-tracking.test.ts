/**
 * The tracking rules (utils/rules/tracking.ts), their words (utils/i18n/tracking/), the tracking page's printed date
 * in the deadlines (rules/deadlines.ts), and how a tracking reading is kept (merge-orders.ts, the background handler,
 * the schemas). Every date is built from "now", for several "nows" (this run's, a year's last minutes, a year's first),
 * so the tests hold on any day and in any time zone (`npm run test:unit:zones`).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isoDay } from '@/tests/harness/fixtures';
import { createTrackingReportHandlers } from '@/utils/background/tracking-reports';
import { formatLocalDay } from '@/utils/i18n/core';
import { trackingAdviceLines, trackingFactLines } from '@/utils/i18n/tracking';
import { UI_LANGUAGES } from '@/utils/i18n';
import { mergeTrackingReading } from '@/utils/merge-orders';
import { mergeTrackedOrder } from '@/utils/transfer/import';
import { dispatchMessage } from '@/utils/messages';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  TrackedOrderSchema,
  type Deadline,
  type Settings,
  type TrackedOrder,
  type TrackingFacts,
} from '@/utils/model';
import { dayToInstant } from '@/utils/pages/dates';
import { computeDeadlines, dueNow, planReminders, recordSent } from '@/utils/rules';
import { EMPTY_REMINDER_STATE } from '@/utils/rules/reminder-schemas';
import { reminderText } from '@/utils/background/notification-text';
import { parseIsoDay } from '@/utils/rules/dates';
import { trackingAdvice } from '@/utils/rules/tracking';
import { openOrderStore, readOrders } from '@/utils/storage';
import { pageOrder, trackedOrder } from './support/factories';

const NOWS = [new Date(), new Date(2026, 11, 31, 23, 55), new Date(2027, 0, 1, 0, 5), new Date(2028, 1, 29, 12, 0)];

/** "Refund if no delivery before <day>": a printed protection end, stored as the start of that day. */
function printedEnd(day: string, source: string): Deadline {
  return { kind: 'protection_end', at: dayToInstant(day, 'start-of-day'), confidence: 'exact', source };
}

function order(now: Date, tracking: Partial<TrackingFacts> | undefined, overrides: Partial<TrackedOrder> = {}) {
  const facts = pageOrder({
    pageKind: 'global-detail',
    events: { shippedAt: isoDay(now, -18) },
    deadlines: [printedEnd(isoDay(now, 9), 'page:no-delivery-refund')],
    ...(overrides.facts ?? {}),
  });
  return trackedOrder({
    ...overrides,
    facts,
    ...(tracking ? { tracking: { readAt: now.toISOString(), ...tracking } } : {}),
  });
}

function adviceOf(tracked: TrackedOrder, now: Date, settings: Settings = DEFAULT_SETTINGS) {
  return trackingAdvice(tracked, computeDeadlines(tracked, settings, now), settings, now);
}

const dayMs = (day: string) => parseIsoDay(day)!;

describe.each(NOWS.map((now) => [now.toString(), now] as const))('now = %s', (_label, now) => {
  const stuck = (daysAgo: number) => ({
    lastEvent: { text: 'Package leaving origin country/region.', at: isoDay(now, -daysAgo) },
    eventCount: 10,
    delivered: false,
  });

  it('stuck for 12 days while protection runs: ask the seller, open a dispute by the last day', () => {
    const tracked = order(now, { ...stuck(12), protectionEnd: printedEnd(isoDay(now, 8), 'page:tracking') });
    const advice = adviceOf(tracked, now);
    expect(advice).toMatchObject({ kind: 'tracking_stuck', days: 12, since: 'last-event', sinceDay: isoDay(now, -12) });
    // The tracking page's "before +8" is a day earlier than the order page's "before +9": the earlier one counts,
    // and "before +8" means the last day is +7.
    expect(advice?.kind === 'tracking_stuck' && advice.protectionEnd?.source).toBe('page:tracking');
    const lastDay = formatLocalDay(dayMs(isoDay(now, 7)), 'en');
    expect(trackingAdviceLines(advice!, 'en')).toEqual([
      `Tracking hasn’t moved for 12 days: ask the seller, and open a dispute by ${lastDay}.`,
    ]);
  });

  it('the threshold is the setting: 9 days is not stuck by default (10), 10 is; 6 is with the setting at 5', () => {
    expect(adviceOf(order(now, stuck(9)), now)).toBeNull();
    expect(adviceOf(order(now, stuck(10)), now)).toMatchObject({ kind: 'tracking_stuck', days: 10 });
    const five = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, stuckTrackingDays: 5 } };
    expect(adviceOf(order(now, stuck(6)), now, five)).toMatchObject({ kind: 'tracking_stuck', days: 6 });
  });

  it('not once protection has ended (the late-dispute advice speaks then), nor outside awaiting delivery', () => {
    const ended = order(now, stuck(20), {
      facts: pageOrder({ deadlines: [printedEnd(isoDay(now, 0), 'page:no-delivery-refund')] }),
    });
    expect(adviceOf(ended, now)).toBeNull();
    for (const status of ['completed', 'dispute_open', 'closed', 'unknown'] as const)
      expect(adviceOf(order(now, stuck(20), { facts: pageOrder({ status }) }), now), status).toBeNull();
  });

  it('no event yet: counts from the shipment day the order page printed; without one, nothing is said', () => {
    const empty = { eventCount: 0 };
    expect(adviceOf(order(now, empty), now)).toMatchObject({ kind: 'tracking_stuck', days: 18, since: 'shipment' });
    expect(adviceOf(order(now, empty, { facts: pageOrder({ events: {} }) }), now)).toBeNull();
    // Events that could not be dated are not "no events": unknown stays unknown.
    expect(adviceOf(order(now, { eventCount: 3, lastEvent: { text: 'Departed' } }), now)).toBeNull();
  });

  it('delivered but not confirmed: open a dispute now, protection can end soon after the scan', () => {
    const tracked = order(now, { delivered: true, deliveredAt: isoDay(now, -3), eventCount: 26 });
    const advice = adviceOf(tracked, now);
    expect(advice).toEqual({
      kind: 'tracking_delivered',
      deliveredDay: isoDay(now, -3),
      checkedOnDay: dayMs(isoDay(now, 0)),
      checkedBeforeToday: false,
    });
    const date = formatLocalDay(dayMs(isoDay(now, -3)), 'en');
    expect(trackingAdviceLines(advice!, 'en')).toEqual([
      `Tracking says delivered on ${date}. Not received? Open a dispute now.`,
      'Protection can end soon after a delivered scan: buyer guides report AliExpress confirming the order by itself about 7 days later.',
    ]);
    // Confirmed (completed): nothing to warn about.
    expect(adviceOf(order(now, { delivered: true }, { facts: pageOrder({ status: 'completed' }) }), now)).toBeNull();
  });

  it('a reminder of its own: at 09:00 on the day the parcel has not moved for 10 days, once, in the badge’s words', () => {
    // Last moved 4 days ago, protection ends in 20 days: stuck in 6 days, the reminder then.
    const tracked = order(now, stuck(4), {
      facts: pageOrder({ deadlines: [printedEnd(isoDay(now, 20), 'page:no-delivery-refund')] }),
    });
    const stuckAt = new Date(dayMs(isoDay(now, 6)));
    stuckAt.setHours(9, 0, 0, 0);
    const stuckReminders = (at: Date, state = EMPTY_REMINDER_STATE) =>
      planReminders([tracked], DEFAULT_SETTINGS, state, at).filter((r) => r.id.includes(':stuck-'));
    const [planned] = stuckReminders(now);
    expect(planned).toMatchObject({ kind: 'protection_end', fireAt: stuckAt.toISOString() });
    expect(stuckReminders(now)).toHaveLength(1);
    // Nothing else of this order is due that day (the protection end's leads are 7, 3, 1, 0 days): it is the stuck one.
    const then = new Date(stuckAt.getTime() + 60_000);
    const group = dueNow(planReminders([tracked], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, then), then)!;
    expect(group.reminders.map((r) => r.id)).toEqual([planned!.id]);
    const text = reminderText(group, { [tracked.orderId]: tracked }, then, 'en');
    const lastDay = formatLocalDay(dayMs(isoDay(now, 19)), 'en');
    expect(text.message).toContain(
      `Tracking hasn’t moved for 10 days: ask the seller, and open a dispute by ${lastDay}.`,
    );
    // Shown once: not again, also not after a snooze of the protection end.
    const shown = recordSent(EMPTY_REMINDER_STATE, group.reminders, then);
    expect(stuckReminders(then, shown)).toEqual([]);
    // The parcel moved (a new event 2 days later) and stalled again: a new stall, a new reminder 10 days after it.
    const moved: TrackedOrder = {
      ...tracked,
      tracking: { ...tracked.tracking!, lastEvent: { text: 'Arrived at sorting center', at: isoDay(now, 7) } },
    };
    const again = planReminders([moved], DEFAULT_SETTINGS, shown, then).filter((r) => r.id.includes(':stuck-'));
    const stuckAgain = new Date(dayMs(isoDay(now, 17)));
    stuckAgain.setHours(9, 0, 0, 0);
    expect(again.map((r) => r.fireAt)).toEqual([stuckAgain.toISOString()]);
  });

  it('no stuck reminder once stuck only on the last day, when delivered, muted, marked done, or silenced', () => {
    const ending = (days: number) =>
      order(now, stuck(4), {
        facts: pageOrder({ deadlines: [printedEnd(isoDay(now, days), 'page:no-delivery-refund')] }),
      });
    const stuckIds = (tracked: TrackedOrder, state = EMPTY_REMINDER_STATE, settings = DEFAULT_SETTINGS) =>
      planReminders([tracked], settings, state, now)
        .filter((r) => r.id.includes(':stuck-'))
        .map((r) => r.id);
    // "Before +7": the last day is +6, the day it becomes stuck: the last-day reminder says it already.
    expect(stuckIds(ending(7))).toEqual([]);
    expect(stuckIds(ending(8))).toHaveLength(1);
    expect(stuckIds(order(now, { ...stuck(4), delivered: true }))).toEqual([]);
    const tracked = ending(20);
    const muted = { ...EMPTY_REMINDER_STATE, mutedOrders: { [tracked.orderId]: now.toISOString() } };
    expect(stuckIds(tracked, muted)).toEqual([]);
    const [protection] = computeDeadlines(tracked, DEFAULT_SETTINGS, now).filter((d) => d.kind === 'protection_end');
    const done = {
      ...EMPTY_REMINDER_STATE,
      done: {
        [`${tracked.orderId}:protection_end`]: {
          markedAt: now.toISOString(),
          day: isoDay(now, 19),
          at: protection!.at,
        },
      },
    };
    expect(stuckIds(tracked, done)).toEqual([]);
    const silent = { ...DEFAULT_SETTINGS, leadDays: { ...DEFAULT_SETTINGS.leadDays, protection_end: [] } };
    expect(stuckIds(tracked, EMPTY_REMINDER_STATE, silent)).toEqual([]);
  });

  it('a reading from an earlier day says when the page was last checked', () => {
    const yesterday = new Date(dayMs(isoDay(now, -1)) + 12 * 3_600_000);
    const tracked = { ...order(now, stuck(12)), tracking: { ...stuck(12), readAt: yesterday.toISOString() } };
    const lines = trackingAdviceLines(adviceOf(tracked, now)!, 'en');
    expect(lines.at(-1)).toBe(
      `Tracking last checked on ${formatLocalDay(dayMs(isoDay(now, -1)), 'en')}: open the tracking page to see newer events.`,
    );
  });

  it('every UI language words every warning with its numbers and dates, no braces left', () => {
    const stuckAdvice = adviceOf(order(now, stuck(12)), now)!;
    const deliveredAdvice = adviceOf(order(now, { delivered: true, deliveredAt: isoDay(now, -3) }), now)!;
    for (const lang of UI_LANGUAGES) {
      const lines = [...trackingAdviceLines(stuckAdvice, lang), ...trackingAdviceLines(deliveredAdvice, lang)];
      expect(lines.join('\n'), lang).not.toMatch(/[{}]/);
      expect(lines[0], lang).toContain('12');
      expect(lines[1], lang).toContain(formatLocalDay(dayMs(isoDay(now, -3)), lang));
    }
  });
});

describe('the tracking page’s printed date among the deadlines', () => {
  const now = new Date();
  const endDay = (tracked: TrackedOrder) =>
    computeDeadlines(tracked, DEFAULT_SETTINGS, now).find((d) => d.kind === 'protection_end');

  it('the earlier of the two pages’ dates counts, whichever page prints it', () => {
    const trackingEarlier = order(now, { protectionEnd: printedEnd(isoDay(now, 8), 'page:tracking') });
    expect(endDay(trackingEarlier)?.source).toBe('page:tracking');
    const orderPageEarlier = order(now, { protectionEnd: printedEnd(isoDay(now, 10), 'page:tracking') });
    expect(endDay(orderPageEarlier)?.source).toBe('page:no-delivery-refund');
  });

  it('fills the gap when only the tracking page printed one (an order seen on the list only), exact', () => {
    const listOnly = order(now, { protectionEnd: printedEnd(isoDay(now, 8), 'page:tracking') }, { facts: pageOrder() });
    expect(endDay(listOnly)).toMatchObject({ source: 'page:tracking', confidence: 'exact' });
  });

  it('is moot once the order is received or closed, as the order page’s is', () => {
    const completed = order(
      now,
      { protectionEnd: printedEnd(isoDay(now, 8), 'page:tracking') },
      {
        facts: pageOrder({ status: 'completed' }),
      },
    );
    expect(endDay(completed)).toBeUndefined();
  });
});

describe('facts in words', () => {
  it('the number and the newest event with its day; "no event yet" when the page listed none', () => {
    const day = isoDay(new Date(), -1);
    const lines = trackingFactLines(
      {
        trackingNumber: 'LP00648213579024',
        lastEvent: { title: 'In transit', text: 'Departed', at: day },
        readAt: new Date().toISOString(),
      },
      'en',
    );
    expect(lines).toEqual([
      'Tracking number: LP00648213579024',
      `Last tracking event, ${formatLocalDay(dayMs(day), 'en')}: In transit: Departed`,
    ]);
    expect(trackingFactLines({ eventCount: 0, readAt: new Date().toISOString() }, 'en')).toEqual([
      'No tracking event yet.',
    ]);
  });
});

describe('keeping a tracking reading', () => {
  const now = new Date();
  const base = (tracking?: TrackingFacts) => trackedOrder({ ...(tracking ? { tracking } : {}) });
  const reading = (overrides: Partial<TrackingFacts> = {}): TrackingFacts => ({
    trackingNumber: 'LP00648213579024',
    eventCount: 10,
    lastEvent: { text: 'Departed', at: isoDay(now, -2) },
    delivered: false,
    readAt: '2020-01-01T00:00:00.000Z',
    ...overrides,
  });

  it('the newest reading wins; a part it did not show keeps what the same parcel showed; readAt is the background’s', () => {
    const first = mergeTrackingReading(base(), reading(), now);
    expect(first.tracking?.readAt).toBe(now.toISOString());
    // The page re-rendered before its events loaded: the events of the earlier reading stay.
    const second = mergeTrackingReading(
      first,
      { trackingNumber: 'LP00648213579024', eventCount: 10, readAt: now.toISOString() },
      now,
    );
    expect(second.tracking?.lastEvent?.text).toBe('Departed');
    const delivered = mergeTrackingReading(second, reading({ delivered: true, deliveredAt: isoDay(now, 0) }), now);
    expect(delivered.tracking).toMatchObject({ delivered: true, deliveredAt: isoDay(now, 0) });
  });

  it('a new tracking number is a new parcel: the old parcel’s events are dropped', () => {
    const first = mergeTrackingReading(base(), reading(), now);
    const resent = mergeTrackingReading(
      first,
      { trackingNumber: 'LP00000000000001', eventCount: 0, readAt: now.toISOString() },
      now,
    );
    expect(resent.tracking?.lastEvent).toBeUndefined();
    expect(resent.tracking?.trackingNumber).toBe('LP00000000000001');
  });

  it('the order page’s tracking number wins; the tracking page’s fills it only when there is none', () => {
    const withNumber = trackedOrder({ facts: pageOrder({ trackingNumber: 'FROM-ORDER-PAGE' }) });
    expect(mergeTrackingReading(withNumber, reading(), now).facts.trackingNumber).toBe('FROM-ORDER-PAGE');
    expect(mergeTrackingReading(base(), reading(), now).facts.trackingNumber).toBe('LP00648213579024');
  });

  it('an import keeps the latest tracking reading of the two copies, whichever holds it', () => {
    const older = reading({ readAt: '2026-11-01T10:00:00.000Z', lastEvent: { text: 'Older' } });
    const newer = reading({ readAt: '2026-11-05T10:00:00.000Z', lastEvent: { text: 'Newer' } });
    expect(mergeTrackedOrder(base(), base(newer)).tracking?.lastEvent?.text).toBe('Newer');
    expect(mergeTrackedOrder(base(newer), base(older)).tracking?.lastEvent?.text).toBe('Newer');
    expect(mergeTrackedOrder(base(older), base()).tracking?.lastEvent?.text).toBe('Older');
    expect(mergeTrackedOrder(base(), base()).tracking).toBeUndefined();
  });

  it('data stored before tracking existed stays valid: orders without `tracking`, settings without the setting', () => {
    expect(TrackedOrderSchema.safeParse(trackedOrder()).success).toBe(true);
    const { stuckTrackingDays: _dropped, ...oldRules } = DEFAULT_SETTINGS.rules;
    expect(SettingsSchema.parse({ ...DEFAULT_SETTINGS, rules: oldRules }).rules.stuckTrackingDays).toBe(10);
  });
});

describe('background: trackingRead', () => {
  beforeEach(() => fakeBrowser.reset());
  const now = new Date();
  const sender = {
    url: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8214398062177351',
    tab: { id: 4 },
  };
  const envelope = (payload: unknown) => ({ ordershield: 1, type: 'trackingRead', payload });
  const payload = (tracking: unknown, orderId = '8214398062177351') => ({ url: sender.url, orderId, tracking });

  it('keeps the reading on the order it belongs to; an order not tracked yet is not created from it', async () => {
    const store = openOrderStore();
    await store.updateOrders(
      ['8214398062177351'],
      (all) => {
        all['8214398062177351'] = trackedOrder();
      },
      now,
    );
    const handlers = createTrackingReportHandlers(store, () => now);
    const tracking = { trackingNumber: 'LP00648213579024', eventCount: 0, readAt: now.toISOString() };
    expect(await dispatchMessage(envelope(payload(tracking)), sender, handlers)).toEqual({ stored: true });
    expect(await dispatchMessage(envelope(payload(tracking, '8212313961591322')), sender, handlers)).toEqual({
      stored: false,
    });
    const { orders } = await readOrders();
    expect(orders.map((o) => [o.orderId, o.tracking?.trackingNumber])).toEqual([
      ['8214398062177351', 'LP00648213579024'],
    ]);
  });

  it('refuses a reading the schema refuses (a date that is no day, a delivered flag that is text)', async () => {
    const handlers = createTrackingReportHandlers(openOrderStore(), () => now);
    for (const tracking of [
      { lastEvent: { at: '2026-02-30' }, readAt: now.toISOString() },
      { delivered: 'yes', readAt: now.toISOString() },
      { eventCount: 0 },
    ])
      expect(await dispatchMessage(envelope(payload(tracking)), sender, handlers)).toBeUndefined();
  });
});
