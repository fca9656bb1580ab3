/**
 * Which orders OrderShield is actually watching (issue #15 §3): OrderShield only knows the orders the buyer's own
 * pages showed it, so the popup says how many and when it last read one, and flags an order whose deadline runs
 * while no page has shown it for a while (its status may have moved on without OrderShield seeing it).
 */
import type { OrderView } from './order-view';

/** An order with a running deadline that no page showed for this many days is flagged as not seen lately. */
export const NOT_SEEN_FLAG_DAYS = 14;
const DAY_MS = 86_400_000;

export interface Coverage {
  /** Orders watched: read from a page or added by hand, not archived. */
  count: number;
  /** When a page last showed one of them (ISO instant), or null. */
  lastReadAt: string | null;
  /** The site of the order seen last: where "Open My Orders" goes. */
  site: string | null;
  /** How many orders are flagged by `notSeenSince`. */
  notSeenLately: number;
}

/**
 * When a page last showed this order, if that is at least `NOT_SEEN_FLAG_DAYS` ago while one of its deadlines is
 * still ahead; else null. Orders the buyer added by hand are never read from a page, so never flagged.
 */
export function notSeenSince(view: OrderView): string | null {
  const { order, now } = view;
  if (order.archived || order.manual) return null;
  const seenMs = Date.parse(order.lastSeenAt);
  if (!Number.isFinite(seenMs) || now.valueOf() - seenMs < NOT_SEEN_FLAG_DAYS * DAY_MS) return null;
  return view.deadlines.some((row) => !row.passed) ? order.lastSeenAt : null;
}

export function coverageOf(views: readonly OrderView[]): Coverage {
  let count = 0;
  let lastReadAt: string | null = null;
  let site: string | null = null;
  let notSeenLately = 0;
  for (const view of views) {
    const { order } = view;
    if (order.archived) continue;
    count += 1;
    if (notSeenSince(view) !== null) notSeenLately += 1;
    if (order.manual) continue;
    if (lastReadAt === null || Date.parse(order.lastSeenAt) > Date.parse(lastReadAt)) {
      lastReadAt = order.lastSeenAt;
      site = order.facts.site;
    }
  }
  return { count, lastReadAt, site, notSeenLately };
}
