/** What every page reader does last: build the order with optional fields left out, and validate it. */
import { PageOrderSchema, type PageOrder } from '@/utils/model';
import type { ReadResult } from '@/utils/pages/types';

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional fields absent rather than undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined | null): { [P in K]?: V } {
  return (value === undefined || value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The order as read, validated by the schema: a reading the schema refuses is a "couldn't read" with a reason. */
export function validatedResult(order: PageOrder, what: 'card' | 'order'): ReadResult {
  const checked = PageOrderSchema.safeParse(order);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, reason: `${what} ${order.orderId}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, order: checked.data };
}
