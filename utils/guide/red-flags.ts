/**
 * Red flags to warn about (`shared/domain.md` §5, seeds 000, 004): ids, words in `utils/i18n/popup/<lang>.ts`
 * (key `rf.<id>`). Which to show first depends on the stage: a seller's stalling matters while the parcel
 * travels, a request to close the dispute while it is open.
 */
import type { OrderStage } from '@/utils/model';

export const RED_FLAGS = [
  // domain.md §5 (seeds 000, 004).
  'close_for_coupon',
  'pay_outside',
  'stalling',
  'too_cheap',
  // Seed 004 ("Когда стоит отказаться от сделки"): a delivery that can't be followed, a seller who dodges
  // questions about returns, reviews that contradict the description, and "manipulating the deadlines" — the
  // repeated "extend and wait" (seed 002: sellers extend willingly, so a request to wait again and again is the sign).
  'no_tracking',
  'evasive_seller',
  'reviews_contradict',
  'extend_and_wait',
  // domain.md §1, awaiting shipment: the buyer may request cancellation; the seller has 48 h, then it cancels itself.
  'not_shipped',
] as const;
export type RedFlagId = (typeof RED_FLAGS)[number];

const FIRST_BY_STAGE: Partial<Record<OrderStage, readonly RedFlagId[]>> = {
  awaiting_delivery: ['no_tracking', 'extend_and_wait', 'stalling'],
  awaiting_shipment: ['not_shipped', 'no_tracking', 'stalling'],
  dispute_open: ['close_for_coupon', 'evasive_seller'],
  dispute_escalated: ['close_for_coupon'],
  awaiting_payment: ['pay_outside', 'reviews_contradict', 'too_cheap'],
};

/** All red flags, the ones that matter most at this stage first. */
export function redFlagsFor(stage: OrderStage): RedFlagId[] {
  const first = FIRST_BY_STAGE[stage] ?? [];
  return [...first, ...RED_FLAGS.filter((id) => !first.includes(id))];
}
