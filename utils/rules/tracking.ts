/**
 * What the tracking page's facts (TrackedOrder.tracking, read by utils/pages/tracking.ts) mean for the buyer. Pure:
 * the order, its computed deadlines, the settings and "now" in, advice out; no clock, no storage, no browser.
 *
 * Two warnings, both only while the order awaits delivery (protection runs and the buyer has not confirmed):
 * - **stuck parcel**: the newest tracking event is `rules.stuckTrackingDays` or more days old (with no event yet, the
 *   shipment day the order page printed counts) while the protection end is still ahead: ask the seller, and open a
 *   dispute by the protection's last day. A parcel stuck "in transit" until the window closes is the commonest way
 *   to lose protection (issue 15 §4).
 * - **delivered, not confirmed**: the carrier reported it delivered. Not received? Open a dispute now: protection
 *   can end soon after a delivered scan, because AliExpress may confirm the order by itself (a buyer guide,
 *   gamevid.ru "Confirmation of order receipt": 7 days after the "delivered to recipient" status the deal closes
 *   automatically and the money goes to the seller; freightcourse.com "Confirm receipt on AliExpress": "Most of the
 *   time, the delivery is automatically confirmed by the system after the delivery is completed").
 *
 * The tracking page's own "Refund if no delivery before …" is a printed deadline like the order page's
 * (`printedTrackingDeadlines`, used by rules/deadlines.ts): the earlier of the two counts, as for any two printed
 * dates of one kind.
 */
import type { Deadline, Settings, TrackedOrder } from '@/utils/model';
import { withoutMootDeadlines } from '@/utils/pages/read-result';
import { calendarDaysBetween, localDayOf, parseIsoDay } from './dates';
import { lastDayOf } from './last-day';

/** Fallback for settings objects built in code before the setting existed (stored ones get it from the schema). */
export const DEFAULT_STUCK_TRACKING_DAYS = 10;

export type TrackingAdvice =
  | {
      kind: 'tracking_stuck';
      /** Whole local days since the newest event (or the shipment, with no event yet). */
      days: number;
      /** The day it counts from (`YYYY-MM-DD`) and whether that is an event or the shipment day. */
      sinceDay: string;
      since: 'last-event' | 'shipment';
      /** The protection end the buyer must act by (computed, exact or estimated); absent when none is known. */
      protectionEnd?: Deadline;
      /** The local day (midnight, epoch ms) the tracking page was last read: older than today, the page may have moved. */
      checkedOnDay: number;
      /** The tracking page was last read before today (every surface then says when). */
      checkedBeforeToday: boolean;
    }
  | {
      kind: 'tracking_delivered';
      /** The day of the delivered scan, when the page dated it. */
      deliveredDay?: string;
      checkedOnDay: number;
      checkedBeforeToday: boolean;
    };

/** After how many days without a tracking event a parcel counts as stuck (the buyer's setting). */
export function stuckAfterDays(settings: Settings): number {
  return settings.rules.stuckTrackingDays ?? DEFAULT_STUCK_TRACKING_DAYS;
}

/**
 * The day a parcel awaiting delivery last moved, or null: the newest tracking event; with none yet, the shipment
 * day the order page printed (a tracking number that never shows an event is the "fake tracking" case of the
 * guides). Neither known, delivered, or not awaiting delivery: null (unknown stays unknown). The badge's warning
 * (`trackingAdvice`) and the reminder plan's stuck reminder (rules/reminders.ts) both count from it.
 */
export function stillSince(
  order: TrackedOrder,
): { sinceDay: string; sinceMs: number; since: 'last-event' | 'shipment' } | null {
  const tracking = order.tracking;
  if (!tracking || order.facts.status !== 'awaiting_delivery' || tracking.delivered === true) return null;
  const lastEventDay = tracking.lastEvent?.at;
  const noEventsYet = tracking.eventCount === 0;
  const sinceDay = lastEventDay ?? (noEventsYet ? order.facts.events.shippedAt : undefined);
  const sinceMs = parseIsoDay(sinceDay);
  if (sinceDay === undefined || sinceMs === null) return null;
  return { sinceDay, sinceMs, since: lastEventDay ? 'last-event' : 'shipment' };
}

/** The tracking page's printed protection end as a page deadline, unless the stage makes it moot (received, closed). */
export function printedTrackingDeadlines(order: TrackedOrder): Deadline[] {
  const printed = order.tracking?.protectionEnd;
  return printed ? withoutMootDeadlines(order.facts.status, [printed]) : [];
}

/**
 * The tracking warning of one order, or null. `deadlines` are the order's computed deadlines
 * (`computeDeadlines`): the stuck warning names the protection end every other surface shows.
 */
export function trackingAdvice(
  order: TrackedOrder,
  deadlines: readonly Deadline[],
  settings: Settings,
  now: Date,
): TrackingAdvice | null {
  const tracking = order.tracking;
  if (!tracking || order.facts.status !== 'awaiting_delivery') return null;
  const readAtMs = Date.parse(tracking.readAt);
  const checkedOnDay = localDayOf(Number.isNaN(readAtMs) ? now.getTime() : Math.min(readAtMs, now.getTime()));
  const checkedBeforeToday = checkedOnDay < localDayOf(now.getTime());

  if (tracking.delivered === true) {
    return {
      kind: 'tracking_delivered',
      ...(tracking.deliveredAt ? { deliveredDay: tracking.deliveredAt } : {}),
      checkedOnDay,
      checkedBeforeToday,
    };
  }

  const still = stillSince(order);
  if (!still) return null;
  const { sinceDay, sinceMs, since } = still;
  const days = calendarDaysBetween(sinceMs, now.getTime());
  if (days < stuckAfterDays(settings)) return null;

  // Only while protection runs: once its last day is past, the late-dispute advice speaks (rules/advice.ts).
  const protectionEnd = deadlines.find((deadline) => deadline.kind === 'protection_end');
  const lastDay = protectionEnd ? lastDayOf(protectionEnd.at) : null;
  if (lastDay !== null && lastDay < localDayOf(now.getTime())) return null;

  return {
    kind: 'tracking_stuck',
    days,
    sinceDay,
    since,
    ...(protectionEnd && lastDay !== null ? { protectionEnd } : {}),
    checkedOnDay,
    checkedBeforeToday,
  };
}
