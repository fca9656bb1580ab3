/**
 * The one view of an order that every surface renders: the card badge, the order panel, the popup's row and order
 * view, a reminder's notification and the calendar export. Built once per order × settings × now; the surfaces only
 * put it into words (utils/i18n) and markup, so they cannot disagree on the next deadline, the time left, whether a
 * date is estimated, or what to do now. Pure; `now` is a parameter.
 */
import type { Deadline, DeadlineKind, OrderStage, Settings, TrackedOrder } from '@/utils/model';
import { computeDeadlines } from './deadlines';
import { daysLeft } from './reminders';
import type { DaysLeft } from './reminder-schemas';
import { adviceFor, type Advice, type AdviceId } from './advice';
import { URGENCY_RANK, urgencyAt, type Urgency } from './urgency';

/** One deadline as every surface states it. */
export interface DeadlineView {
  deadline: Deadline;
  /** Calendar days (and hours on the last day) to its last day; null for an unreadable instant. */
  left: DaysLeft | null;
  /** Its moment has passed. */
  passed: boolean;
  /** The date comes from a rule, not the page or the buyer: every surface marks it ("≈", "estimated"). */
  estimated: boolean;
  /** How pressing it is now (rules/urgency.ts). */
  urgency: Exclude<Urgency, 'none'>;
}

/** The date an order leads with, and how pressing the order is because of it. */
export interface Headline {
  deadline: Deadline;
  urgency: Urgency;
}

export interface OrderView {
  order: TrackedOrder;
  /** The moment this view was made for: time left is counted to it. */
  now: Date;
  stage: OrderStage;
  /** Every deadline of the order in time order (the timeline). */
  deadlines: DeadlineView[];
  /** The one date the order leads with (`headlineDeadline`), or null. */
  next: DeadlineView | null;
  /** The next deadline's urgency as the badge and panel show it (`none` for a passed date kept for information). */
  headlineUrgency: Urgency;
  /** The order's place in the popup's list: the headline's urgency, `none` when archived. */
  urgency: Urgency;
  /** What to do now, most pressing first, as on the order's own page. */
  advice: Advice[];
  /** The advice a card on the list shows: no dispute-page warning, no "check before confirming" (its hint says it). */
  cardAdvice: Advice[];
  /** With no advice: the next deadline's own action (`deadlineAction`), or null. */
  fallbackAction: Deadline | null;
  /** Deadlines whose buyer's date is later than the page's (the page's counts; every surface warns). */
  buyerLater: Deadline[];
  /**
   * The order's own card prints a live countdown to the headline deadline (aliexpress.ru: "17 дн. 6 ч."): the badge
   * beside it then gives the last day only, never a second count that differs by hours (issue 15 §6).
   */
  pageShowsCountdown: boolean;
  /**
   * Nothing to watch: no deadline ahead or overdue, no advice, no warning, and not in transit (whose unknown
   * protection end is itself worth saying). A card then gets a quiet marker, or nothing (`showQuietMarkers`).
   */
  nothingToWatch: boolean;
}

/** The source of a protection end read from a card's live countdown (utils/pages/printed-deadlines.ts). */
export const COUNTDOWN_SOURCE = 'page:protection-countdown';

/** Advice a card leaves out: the dispute-page warning, and what the hint beside "Confirm received" says. */
const NOT_ON_A_CARD: ReadonlySet<AdviceId> = new Set<AdviceId>(['dont_cancel_dispute', 'check_before_confirm']);

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
  // The seller's ship-by limit passed and the order is still unshipped: the buyer may ask to cancel (advice.ts).
  if (deadline.kind === 'ship_by') return stage === 'awaiting_shipment';
  return ACTIONABLE_WHEN_PASSED.has(deadline.kind);
}

/** How pressing `deadline` is at `now` (rules/urgency.ts). */
export function urgencyOf(deadline: Deadline, now: Date): Exclude<Urgency, 'none'> {
  return urgencyAt(Date.parse(deadline.at), deadline.kind, now.getTime());
}

/**
 * The one date an order leads with: a passed deadline that still asks for action, else the nearest one ahead, else
 * (for information only, urgency `none`) the latest that passed recently. "Ask the seller to extend by" is derived
 * from the protection end and said by the advice, so the protection end itself leads while it is known.
 */
export function headlineDeadline(
  deadlines: readonly Deadline[],
  now: Date,
  stage: OrderStage = 'unknown',
): Headline | null {
  const hasProtectionEnd = deadlines.some((d) => d.kind === 'protection_end');
  const candidates = deadlines.filter((d) => !(hasProtectionEnd && d.kind === 'extension_request_by'));
  const nowMs = now.getTime();
  const lateWindowAhead = candidates.some((d) => d.kind === 'late_dispute_window_end' && Date.parse(d.at) >= nowMs);
  const passed = candidates.filter(
    (d) => Date.parse(d.at) < nowMs && (daysLeft(d.at, now)?.days ?? -Infinity) >= -STALE_AFTER_DAYS,
  );
  const overdue = passed.filter((d) => actionableWhenPassed(d, stage, lateWindowAhead));
  if (overdue.length > 0) return { deadline: overdue.at(-1)!, urgency: 'overdue' };
  const upcoming = candidates.find((d) => Date.parse(d.at) >= nowMs);
  if (upcoming) return { deadline: upcoming, urgency: urgencyOf(upcoming, now) };
  const latest = passed.at(-1);
  return latest ? { deadline: latest, urgency: 'none' } : null;
}

/** One deadline as every surface states it at `now`. */
export function deadlineView(deadline: Deadline, now: Date): DeadlineView {
  const left = daysLeft(deadline.at, now);
  return {
    deadline,
    left,
    passed: left?.overdue ?? Date.parse(deadline.at) <= now.getTime(),
    estimated: deadline.confidence === 'estimated',
    urgency: urgencyOf(deadline, now),
  };
}

/**
 * Whether the order's card counts down to the headline deadline itself: the headline is the protection end, still
 * running, and the card's countdown was read (it may not be the date that counts: an earlier printed one wins).
 */
function pageShowsCountdown(order: TrackedOrder, next: DeadlineView | null): boolean {
  if (next === null || next.passed || next.deadline.kind !== 'protection_end') return false;
  const fromCountdown = (d: Deadline) => d.kind === 'protection_end' && d.source === COUNTDOWN_SOURCE;
  return fromCountdown(next.deadline) || order.facts.deadlines.some(fromCountdown);
}

/** The view of one order at `now` under `settings`: see the top of this file. */
export function orderView(order: TrackedOrder, settings: Settings, now: Date): OrderView {
  const deadlines = computeDeadlines(order, settings, now);
  const views = deadlines.map((deadline) => deadlineView(deadline, now));
  const stage = order.facts.status;
  const headline = headlineDeadline(deadlines, now, stage);
  const next = headline ? (views.find((v) => v.deadline === headline.deadline) ?? null) : null;
  const headlineUrgency = headline?.urgency ?? 'none';
  const advice = adviceFor(order, deadlines, settings, now, 'order-page');
  const cardAdvice = advice.filter((a) => !NOT_ON_A_CARD.has(a.id));
  const buyerLater = deadlines.filter((d) => d.buyerLaterAt !== undefined);
  return {
    order,
    now,
    stage,
    deadlines: views,
    next,
    headlineUrgency,
    urgency: order.archived ? 'none' : headlineUrgency,
    advice,
    cardAdvice,
    fallbackAction: advice.length === 0 && next ? next.deadline : null,
    buyerLater,
    pageShowsCountdown: pageShowsCountdown(order, next),
    nothingToWatch:
      stage !== 'awaiting_delivery' && headlineUrgency === 'none' && cardAdvice.length === 0 && buyerLater.length === 0,
  };
}

/**
 * Kinds one piece of advice speaks for together: "ask the seller to extend by" is a date of the protection end's
 * advice, and the late dispute window follows the protection end (its advice names both).
 */
const PROTECTION: ReadonlySet<DeadlineKind> = new Set<DeadlineKind>([
  'protection_end',
  'extension_request_by',
  'late_dispute_window_end',
]);

export type NextAction = { advice: Advice } | { deadline: Deadline };

/**
 * What a reminder of `deadline` tells the buyer to do: the order's advice about that deadline (the same the badge
 * and the panel show), else the deadline's own action (`deadlineAction`: its kind's, or its guide step's).
 */
export function actionFor(view: OrderView | undefined, deadline: Deadline): NextAction {
  const kind = deadline.kind;
  const about = (other: DeadlineKind | undefined) =>
    other !== undefined && (other === kind || (PROTECTION.has(kind) && PROTECTION.has(other)));
  const advice = view?.cardAdvice.find((a) => about(a.deadline?.kind) || about(a.since?.kind));
  return advice ? { advice } : { deadline };
}

/** Most urgent first; within a bucket the nearest deadline first, then the newest order. */
export function byUrgency(a: OrderView, b: OrderView): number {
  return (
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    (a.next?.deadline.at ?? '').localeCompare(b.next?.deadline.at ?? '') ||
    (b.order.facts.orderedAt ?? '').localeCompare(a.order.facts.orderedAt ?? '')
  );
}
