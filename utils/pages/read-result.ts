/** What every page reader does last: build the order with optional fields left out, and validate it. */
import { type Deadline, type OrderStage, type PageOrder } from '@/utils/model';
import { pageOrderCheck } from '@/utils/precompiled-schemas';
import type { ReadResult } from '@/utils/pages/types';

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional fields absent rather than undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The order as read, validated by the schema: a reading the schema refuses is a "couldn't read" with a reason. The
 * check is PageOrderSchema's, compiled ahead of time once the page is idle (utils/precompiled-schemas.ts): it runs for
 * every card.
 */
export function validatedResult(order: PageOrder, what: 'card' | 'order'): ReadResult {
  const checked = pageOrderCheck().safeParse(order);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, reason: `${what} ${order.orderId}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, order: checked.data };
}

/**
 * Deadlines a page may still print after they stopped meaning anything. The real capture of a Completed order
 * still shows "Refund if no delivery before Sep 4, 2026" (maxwellmezadre order-detail.json): once the buyer has
 * received (or the order is closed), a non-delivery refund no longer applies, and counting it down would mislead.
 */
const MOOT_AFTER_DELIVERY: ReadonlySet<Deadline['kind']> = new Set(['protection_end', 'extension_request_by']);
const DELIVERED_STAGES: ReadonlySet<OrderStage> = new Set(['completed', 'closed']);

export function withoutMootDeadlines(stage: OrderStage, deadlines: Deadline[]): Deadline[] {
  return DELIVERED_STAGES.has(stage) ? deadlines.filter((deadline) => !MOOT_AFTER_DELIVERY.has(deadline.kind)) : deadlines;
}
