/**
 * What every page reader does last: build the order with optional fields left out. The result is a typed
 * `PageOrder`, not re-parsed here: the readers are our own code (tests/unit/readers-property.test.ts checks their
 * output against PageOrderSchema on real and damaged pages), and the background validates every order it receives
 * (utils/messages.ts `dispatchMessage`), where the page's data crosses into what is stored.
 */
import { type Deadline, type OrderStage } from '@/utils/model';

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional fields absent rather than undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * Deadlines a page may still print after they stopped meaning anything. The real capture of a Completed order
 * still shows "Refund if no delivery before Sep 4, 2026" (maxwellmezadre order-detail.json): once the buyer has
 * received (or the order is closed), a non-delivery refund no longer applies, and counting it down would mislead.
 */
const MOOT_AFTER_DELIVERY: ReadonlySet<Deadline['kind']> = new Set(['protection_end', 'extension_request_by']);
const DELIVERED_STAGES: ReadonlySet<OrderStage> = new Set(['completed', 'closed']);

export function withoutMootDeadlines(stage: OrderStage, deadlines: Deadline[]): Deadline[] {
  return DELIVERED_STAGES.has(stage)
    ? deadlines.filter((deadline) => !MOOT_AFTER_DELIVERY.has(deadline.kind))
    : deadlines;
}
