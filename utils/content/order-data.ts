/**
 * The order a feature shows: the stored one (the background merged every page read into it, with the
 * buyer's own dates), or — until the background has stored it — the order as just read from the page.
 */
import type { PageOrder, TrackedOrder } from '@/utils/model';
import type { FeatureContext } from '@/utils/content/feature-manager';

/** A not-yet-stored order as the background would first store it: seen now, in its current stage. */
function provisionalOrder(order: PageOrder, now: Date): TrackedOrder {
  const seen = now.toISOString();
  return {
    orderId: order.orderId,
    facts: order,
    firstSeenAt: seen,
    lastSeenAt: seen,
    stageHistory: [{ stage: order.status, firstSeenAt: seen }],
    userDeadlines: [],
    archived: false,
  };
}

export function orderToShow(ctx: FeatureContext, read: PageOrder): TrackedOrder {
  return ctx.storedOrder(read.orderId) ?? provisionalOrder(read, ctx.now());
}
