/**
 * What the on-page UI tells the buyer to do now, and which date it leads with. Pure: the order, its computed
 * deadlines, the settings and `now` in; words are chosen later by `utils/i18n/page/index.ts` (`adviceLine`). Every
 * surface gets it through the order's view model (rules/order-view.ts).
 *
 * Thresholds come from `../shared/domain.md`:
 * - protection end: ask the seller to extend `rules.extensionRequestDaysBefore` days before (default 7,
 *   domain.md §1: the seller may take 48 h), open a dispute at `SOON_DAYS` (3) days (domain.md §6);
 * - "Confirm received" on the page: check the item first, the return window is `rules.returnWindowDays`
 *   after confirming (domain.md §1 "Facts that shape warnings");
 * - dispute stages: escalation open, seller's answer overdue, ship the return by, refund overdue
 *   (domain.md §1, §6); on an order page in a dispute stage, never cancel the dispute (seeds 000, 004);
 * - awaiting shipment with a printed ship-by limit: the seller must ship by it; once it passed unshipped, the buyer
 *   may request cancellation, and the seller has 48 h to answer before it cancels itself (domain.md §1
 *   `awaiting_shipment`, line 18: "buyer may request cancellation (seller has 48 h, then it cancels itself)").
 */
import type { Deadline, DeadlineKind, OrderStage, Settings, TrackedOrder } from '@/utils/model';
import { daysLeft, SOON_DAYS } from './reminders';
import { trackingAdvice, type TrackingAdvice } from './tracking';

export type AdviceId =
  | 'open_dispute_now'
  | 'extend_protection'
  | 'late_dispute_now'
  | 'protection_ended'
  | 'check_before_confirm'
  | 'can_escalate'
  | 'seller_answer_overdue'
  | 'ship_return_by'
  | 'refund_overdue'
  | 'decision_overdue'
  | 'dont_cancel_dispute'
  | 'seller_must_ship_by'
  | 'seller_ship_overdue'
  | 'tracking_stuck'
  | 'tracking_delivered';

/** `critical`: money is lost if ignored soon; `warning`: act now; `info`: good to know before acting. */
export type AdviceSeverity = 'critical' | 'warning' | 'info';

export interface Advice {
  id: AdviceId;
  severity: AdviceSeverity;
  /** The deadline it is about, when there is one (its date is shown with the advice). */
  deadline?: Deadline;
  /** Days of the return window (check_before_confirm) or of the late dispute window (late_dispute_now, protection_ended). */
  days?: number;
  /** A second date the advice names: the protection end the late dispute window follows (late_dispute_now). */
  since?: Deadline;
  /** The tracking warning it says (tracking_stuck, tracking_delivered): worded by utils/i18n/tracking. */
  tracking?: TrackingAdvice;
}

/** Where the advice is shown: a card on the list, or the order's own page (the dispute warning lives there). */
export type AdviceSurface = 'card' | 'order-page';

const DISPUTE_STAGES: ReadonlySet<OrderStage> = new Set([
  'dispute_open',
  'dispute_escalated',
  'return_required',
  'refund_pending',
]);
const SEVERITY_RANK: Record<AdviceSeverity, number> = { critical: 0, warning: 1, info: 2 };

const hasPassed = (deadline: Deadline, now: Date) => Date.parse(deadline.at) <= now.getTime();
/** Whole calendar days to the deadline's last day (rules `daysLeft`, the count every surface shows). */
const daysTo = (deadline: Deadline, now: Date) => daysLeft(deadline.at, now)?.days ?? 0;

/** Every piece of advice for the order, most pressing first. */
export function adviceFor(
  order: TrackedOrder,
  deadlines: readonly Deadline[],
  settings: Settings,
  now: Date,
  surface: AdviceSurface,
): Advice[] {
  const stage = order.facts.status;
  const find = (kind: DeadlineKind) => deadlines.find((d) => d.kind === kind);
  const out: Advice[] = [];

  const protection = find('protection_end');
  if (stage === 'awaiting_delivery' && protection) {
    const days = daysTo(protection, now);
    const late = find('late_dispute_window_end');
    const lateDays = settings.rules.lateDisputeDays;
    if (hasPassed(protection, now)) {
      // Past the printed date the parcel may still be disputed for about 15 days (domain.md "After the delivery
      // deadline"): say so while that window runs, never "too late"; only once it closed too, contact support.
      if (late && !hasPassed(late, now))
        out.push({ id: 'late_dispute_now', severity: 'critical', deadline: late, since: protection, days: lateDays });
      else out.push({ id: 'protection_ended', severity: 'critical', deadline: late ?? protection, days: lateDays });
    } else if (days <= SOON_DAYS) out.push({ id: 'open_dispute_now', severity: 'critical', deadline: protection });
    else if (days <= settings.rules.extensionRequestDaysBefore)
      out.push({ id: 'extend_protection', severity: 'warning', deadline: protection });
  }

  // The tracking page's warnings (rules/tracking.ts), while protection runs. Both name the protection end (as
  // `deadline` when the words state its date, as `since` otherwise), so its reminder says them (order-view
  // `actionFor`). They come before the protection end's own advice of the same severity: a stuck parcel's
  // "ask the seller, and open a dispute by …" already says what "ask the seller to extend" would.
  const tracking = trackingAdvice(order, deadlines, settings, now);
  if (tracking?.kind === 'tracking_stuck') {
    out.unshift({
      id: 'tracking_stuck',
      severity: 'warning',
      tracking,
      ...(tracking.protectionEnd ? { deadline: tracking.protectionEnd } : {}),
    });
  } else if (tracking?.kind === 'tracking_delivered') {
    // Critical: AliExpress may confirm the order by itself days after a delivered scan (rules/tracking.ts).
    out.unshift({
      id: 'tracking_delivered',
      severity: 'critical',
      tracking,
      ...(protection ? { since: protection } : {}),
    });
  }

  // The page offers "Confirm received": confirming early shortens protection to the return window.
  if (order.facts.actions.includes('confirm_received') && (stage === 'awaiting_delivery' || stage === 'unknown')) {
    out.push({ id: 'check_before_confirm', severity: 'info', days: settings.rules.returnWindowDays });
  }

  if (stage === 'dispute_open') {
    const answer = find('seller_response_due');
    if (answer && hasPassed(answer, now))
      out.push({ id: 'seller_answer_overdue', severity: 'warning', deadline: answer });
    const escalation = find('escalation_available');
    if (escalation && hasPassed(escalation, now))
      out.push({ id: 'can_escalate', severity: 'info', deadline: escalation });
  }
  if (stage === 'dispute_escalated') {
    const decision = find('decision_expected');
    if (decision && hasPassed(decision, now))
      out.push({ id: 'decision_overdue', severity: 'warning', deadline: decision });
  }
  if (stage === 'return_required') {
    const shipBy = find('return_ship_by');
    if (shipBy) {
      // Domain.md §6 reminds 2 days before: from then on (or once passed) it is critical.
      const critical = hasPassed(shipBy, now) || daysTo(shipBy, now) <= 2;
      out.push({ id: 'ship_return_by', severity: critical ? 'critical' : 'warning', deadline: shipBy });
    }
  }
  if (stage === 'refund_pending') {
    const refund = find('refund_due');
    if (refund && hasPassed(refund, now)) out.push({ id: 'refund_overdue', severity: 'critical', deadline: refund });
  }
  if (stage === 'awaiting_shipment') {
    const shipBy = find('ship_by');
    if (shipBy) {
      if (hasPassed(shipBy, now)) out.push({ id: 'seller_ship_overdue', severity: 'warning', deadline: shipBy });
      else out.push({ id: 'seller_must_ship_by', severity: 'info', deadline: shipBy });
    }
  }
  if (surface === 'order-page' && DISPUTE_STAGES.has(stage)) {
    out.push({ id: 'dont_cancel_dispute', severity: 'warning' });
  }
  // Stable: equal severities keep the order above (the deadline-driven advice before the general one).
  return out.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
