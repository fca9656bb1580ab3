/**
 * Red flags to warn about (`shared/domain.md` §5, seeds 000, 004): ids, words in `utils/i18n/popup.ts`
 * (key `rf.<id>`). Which to show first depends on the stage: a seller's stalling matters while the parcel
 * travels, a request to close the dispute while it is open.
 */
import type { OrderStage } from '@/utils/model';

export const RED_FLAGS = ['close_for_coupon', 'pay_outside', 'stalling', 'too_cheap'] as const;
export type RedFlagId = (typeof RED_FLAGS)[number];

const FIRST_BY_STAGE: Partial<Record<OrderStage, RedFlagId>> = {
  awaiting_delivery: 'stalling',
  awaiting_shipment: 'stalling',
  dispute_open: 'close_for_coupon',
  dispute_escalated: 'close_for_coupon',
  awaiting_payment: 'pay_outside',
};

/** All red flags, the one that matters most at this stage first. */
export function redFlagsFor(stage: OrderStage): RedFlagId[] {
  const first = FIRST_BY_STAGE[stage];
  return first ? [first, ...RED_FLAGS.filter((id) => id !== first)] : [...RED_FLAGS];
}
