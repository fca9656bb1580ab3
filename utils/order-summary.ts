/**
 * What the popup, the card badges and the order panel show for one order: its deadlines, the nearest one that still
 * matters, days left and an urgency bucket. Pure; "now" is a parameter.
 */
import dayjs from 'dayjs';
import type { Deadline, DeadlineKind, OrderStage, Settings, TrackedOrder } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/model-constants';
import { computeDeadlines, daysLeft } from '@/utils/rules';

export type Urgency = 'overdue' | 'today' | 'week' | 'later' | 'none';

export interface OrderSummary {
  order: TrackedOrder;
  deadlines: Deadline[];
  next: Deadline | null;
  /** Whole calendar days from today to the next deadline's day (negative when passed). */
  daysLeft: number | null;
  urgency: Urgency;
  /** The moment this summary was made for: time left is worded against it. */
  now: Date;
}

/**
 * Whole local calendar days from today to the deadline's LAST day (rules/last-day.ts): "before Sep 4" seen on Sep 3
 * is 0, the last day, not 1. Negative once that day is over. The one day count every surface uses.
 */
export function calendarDaysBetween(now: Date, at: string): number {
  return daysLeft(at, now)?.days ?? dayjs(at).startOf('day').diff(dayjs(now).startOf('day'), 'day');
}

/** A deadline that passed more than this many days ago no longer drives anything. */
const STALE_AFTER_DAYS = 30;

/**
 * Deadlines whose passing asks the buyer to act (the seller's answer is overdue → escalate; the refund is
 * overdue → contact support; the decision is late → ask support; an appeal follow-up, their own reminder).
 * A window that closed (dispute, return, return shipping) is history: shown for information, never "overdue".
 */
const ACTIONABLE_WHEN_PASSED = new Set<DeadlineKind>([
  'seller_response_due',
  'refund_due',
  'decision_expected',
  'appeal_follow_up',
  'custom',
]);

function actionableWhenPassed(deadline: Deadline, stage: OrderStage, lateWindowAhead: boolean): boolean {
  // Protection ended while the parcel has still not come: open a dispute within the late window while it runs
  // (that window then leads), contact support once it has closed too (domain.md "After the delivery deadline").
  if (deadline.kind === 'protection_end') return stage === 'awaiting_delivery' && !lateWindowAhead;
  if (deadline.kind === 'late_dispute_window_end') return stage === 'awaiting_delivery';
  return ACTIONABLE_WHEN_PASSED.has(deadline.kind);
}

/**
 * Kinds that are past a date the buyer should already have acted by: while they run they are never merely "later",
 * at least "soon" (the late dispute window comes after protection ended).
 */
const PRESSING_WHILE_RUNNING = new Set<DeadlineKind>(['late_dispute_window_end']);

export interface Headline {
  deadline: Deadline;
  urgency: Urgency;
}

/**
 * The one date an order leads with (popup row, card badge, order panel): a passed deadline that still asks for
 * action, else the nearest one ahead, else (for information only, urgency `none`) the latest that passed
 * recently. "Ask the seller to extend by" is derived from the protection end and said by the advice, so the
 * protection end itself leads while it is known.
 */
export function headlineDeadline(
  deadlines: readonly Deadline[],
  now: Date,
  stage: OrderStage = 'unknown',
): Headline | null {
  const hasProtectionEnd = deadlines.some((d) => d.kind === 'protection_end');
  const candidates = deadlines.filter((d) => !(hasProtectionEnd && d.kind === 'extension_request_by'));
  const nowMs = now.valueOf();
  const lateWindowAhead = candidates.some(
    (d) => d.kind === 'late_dispute_window_end' && dayjs(d.at).valueOf() >= nowMs,
  );
  const passed = candidates.filter(
    (d) => dayjs(d.at).valueOf() < nowMs && calendarDaysBetween(now, d.at) >= -STALE_AFTER_DAYS,
  );
  const overdue = passed.filter((d) => actionableWhenPassed(d, stage, lateWindowAhead));
  if (overdue.length > 0) return { deadline: overdue.at(-1)!, urgency: 'overdue' };
  const upcoming = candidates.find((d) => dayjs(d.at).valueOf() >= nowMs);
  if (upcoming) return { deadline: upcoming, urgency: urgencyOf(upcoming, now) };
  const latest = passed.at(-1);
  return latest ? { deadline: latest, urgency: 'none' } : null;
}

export function urgencyOf(deadline: Deadline, now: Date): Urgency {
  if (dayjs(deadline.at).valueOf() < now.valueOf()) return 'overdue';
  const days = calendarDaysBetween(now, deadline.at);
  if (days <= 0) return 'today';
  return days <= 7 || PRESSING_WHILE_RUNNING.has(deadline.kind) ? 'week' : 'later';
}

/** The order's deadlines (page-printed, the buyer's own, rule estimates: `computeDeadlines`) and the one to show. */
export function summarize(order: TrackedOrder, now: Date, settings: Settings = DEFAULT_SETTINGS): OrderSummary {
  const deadlines = computeDeadlines(order, settings, now);
  const headline = headlineDeadline(deadlines, now, order.facts.status);
  const next = headline?.deadline ?? null;
  const daysLeft = next ? calendarDaysBetween(now, next.at) : null;
  return { order, deadlines, next, daysLeft, urgency: order.archived ? 'none' : (headline?.urgency ?? 'none'), now };
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, today: 1, week: 2, later: 3, none: 4 };

/** Most urgent first; within a bucket the nearest deadline first, then the newest order. */
export function byUrgency(a: OrderSummary, b: OrderSummary): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    (a.next?.at ?? '').localeCompare(b.next?.at ?? '') ||
    (b.order.facts.orderedAt ?? '').localeCompare(a.order.facts.orderedAt ?? '')
  );
}
