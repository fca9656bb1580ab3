/**
 * Which warning the on-page UI shows, per stage and threshold (domain.md §1, §6), and which date the badge
 * leads with. The deadlines come from the real rules engine (`computeDeadlines`), the dates from the page.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Deadline, type OrderStage, type Settings } from '@/utils/model';
import { computeDeadlines } from '@/utils/rules';
import { adviceFor } from '@/utils/rules/advice';
import { headlineDeadline } from '@/utils/rules/order-view';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T12:00:00');
const at = (days: number, hour = 23) => {
  const d = new Date(NOW);
  d.setDate(d.getDate() + days);
  d.setHours(hour, 59, 0, 0);
  return d.toISOString();
};
const printed = (kind: Deadline['kind'], days: number): Deadline => ({
  kind,
  at: at(days),
  confidence: 'exact',
  source: 'page:test',
});

function adviceIds(
  stage: OrderStage,
  deadlines: Deadline[],
  opts: {
    actions?: ('confirm_received' | 'track')[];
    surface?: 'card' | 'order-page';
    settings?: Settings;
    stageSeenDaysAgo?: number;
  } = {},
) {
  const seen = new Date(NOW);
  seen.setDate(seen.getDate() - (opts.stageSeenDaysAgo ?? 0));
  const order = trackedOrder({
    facts: pageOrder({ status: stage, deadlines, actions: opts.actions ?? [] }),
    stageHistory: [{ stage, firstSeenAt: seen.toISOString() }],
  });
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  return adviceFor(order, computeDeadlines(order, settings, NOW), settings, NOW, opts.surface ?? 'card').map(
    (a) => a.id,
  );
}

describe('protection end: ask to extend at 7 days, open a dispute at 3', () => {
  it.each([
    [20, []],
    [8, []],
    [7, ['extend_protection']],
    [4, ['extend_protection']],
    [3, ['open_dispute_now']],
    [0, ['open_dispute_now']],
    // Passed: "open a dispute now" while the usual 15 days after it run (domain.md "After the delivery deadline"),
    // "contact support" only once those passed too.
    [-1, ['late_dispute_now']],
    [-14, ['late_dispute_now']],
    [-16, ['protection_ended']],
  ])('protection printed %i days ahead → %j', (days, expected) => {
    expect(adviceIds('awaiting_delivery', [printed('protection_end', days)])).toEqual(expected);
  });

  it('the 7-day threshold is the buyer’s setting (extensionRequestDaysBefore)', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      rules: { ...DEFAULT_SETTINGS.rules, extensionRequestDaysBefore: 10 },
    };
    expect(adviceIds('awaiting_delivery', [printed('protection_end', 9)], { settings })).toEqual(['extend_protection']);
  });
});

describe('"Confirm received" on the page', () => {
  it.each([
    [7, 'check_before_confirm'],
    [15, 'check_before_confirm'],
  ])('return window of %i days: the advice carries N', (returnWindowDays, id) => {
    const settings: Settings = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, returnWindowDays } };
    const order = trackedOrder({ facts: pageOrder({ actions: ['confirm_received'] }) });
    const advice = adviceFor(order, [], settings, NOW, 'card');
    expect(advice).toEqual([{ id, severity: 'info', days: returnWindowDays }]);
  });

  it('no "Confirm received" button, no hint', () => {
    expect(adviceIds('awaiting_delivery', [], { actions: ['track'] })).toEqual([]);
  });
});

describe('dispute stages', () => {
  it.each([
    // Opened today: nothing passed yet (escalation after 3 days, seller answer within 5).
    ['dispute_open', 0, 'card', []],
    // The rules put a day-count deadline at the end of its last day: escalation opens after day 3 is over.
    ['dispute_open', 3, 'card', []],
    ['dispute_open', 4, 'card', ['can_escalate']],
    ['dispute_open', 6, 'card', ['seller_answer_overdue', 'can_escalate']],
    ['dispute_open', 0, 'order-page', ['dont_cancel_dispute']],
    ['dispute_escalated', 10, 'card', []],
    ['dispute_escalated', 61, 'card', ['decision_overdue']],
    ['return_required', 1, 'card', ['ship_return_by']],
    ['refund_pending', 30, 'card', []],
    ['refund_pending', 61, 'card', ['refund_overdue']],
    ['refund_pending', 61, 'order-page', ['refund_overdue', 'dont_cancel_dispute']],
    ['completed', 0, 'order-page', []],
  ] as const)('%s seen %i days ago on the %s → %j', (stage, daysAgo, surface, expected) => {
    expect(adviceIds(stage, [], { surface, stageSeenDaysAgo: daysAgo })).toEqual(expected);
  });

  it.each([
    [5, 'warning'],
    [2, 'critical'],
    [-1, 'critical'],
  ])('ship the return %i days ahead → %s', (days, severity) => {
    const order = trackedOrder({ facts: pageOrder({ status: 'return_required', actions: [] }) });
    const advice = adviceFor(order, [printed('return_ship_by', days)], DEFAULT_SETTINGS, NOW, 'card');
    expect(advice.map((a) => [a.id, a.severity])).toEqual([['ship_return_by', severity]]);
  });
});

describe('the badge leads with the nearest date that still matters', () => {
  it('the protection end, not the derived "ask to extend by" date before it', () => {
    const deadlines = [
      { kind: 'extension_request_by', at: at(2), confidence: 'estimated', source: 'rule' },
      printed('protection_end', 9),
    ] satisfies Deadline[];
    expect(headlineDeadline(deadlines, NOW)).toMatchObject({ deadline: { kind: 'protection_end' }, urgency: 'later' });
  });

  it.each([
    [9, 'later'],
    [7, 'soon'],
    [1, 'soon'],
    [0, 'today'],
  ])('%i days ahead → %s', (days, urgency) => {
    expect(headlineDeadline([printed('return_window_end', days)], NOW)?.urgency).toBe(urgency);
  });

  it('a recently closed window is shown for information only; one passed long ago not at all', () => {
    expect(headlineDeadline([printed('return_window_end', -2)], NOW, 'completed')).toMatchObject({
      deadline: { kind: 'return_window_end' },
      urgency: 'none',
    });
    expect(headlineDeadline([printed('return_window_end', -45)], NOW, 'completed')).toBeNull();
  });

  it('a passed deadline that still asks for action leads, as overdue, even before one ahead', () => {
    const deadlines = [printed('refund_due', -3), printed('appeal_follow_up', 5)];
    expect(headlineDeadline(deadlines, NOW, 'refund_pending')).toMatchObject({
      deadline: { kind: 'refund_due' },
      urgency: 'overdue',
    });
    // Protection that ended while the parcel is still awaited: contact support now. After delivery: history.
    expect(headlineDeadline([printed('protection_end', -1)], NOW, 'awaiting_delivery')?.urgency).toBe('overdue');
    expect(headlineDeadline([printed('protection_end', -1)], NOW, 'completed')?.urgency).toBe('none');
  });

  it('a closed window does not outrank a deadline ahead', () => {
    const deadlines = [printed('return_window_end', -2), printed('dispute_window_end', 20)];
    expect(headlineDeadline(deadlines, NOW, 'completed')).toMatchObject({
      deadline: { kind: 'dispute_window_end' },
      urgency: 'later',
    });
  });
});
