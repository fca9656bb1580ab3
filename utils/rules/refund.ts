/**
 * `return_required` and `refund_pending` (domain.md §1): shipping the item back, then waiting for the money.
 * Neither start is printed by the pages we read, so both count from the day the stage was first seen.
 */
import { present, ruleDeadline, type StageRule } from './stage-rule';

export const returnRequiredRules: StageRule = ({ rules, stageStart }) => {
  // "10 days to send it back to China" (seed 000); keep the tracking number.
  const requested = stageStart('return_required');
  if (requested === null) return [];
  return present([
    ruleDeadline('return_ship_by', requested, rules, 'returnShipDays', 'from return request first seen', 'first-seen'),
  ]);
};

export const refundPendingRules: StageRule = ({ rules, stageStart }) => {
  // Up to 60 days (seed 000; the official page says 1–10 working days): after that, contact support and
  // check the Alipay balance too.
  const decided = stageStart('refund_pending');
  if (decided === null) return [];
  return present([
    ruleDeadline('refund_due', decided, rules, 'refundWaitDays', 'from refund decision first seen', 'first-seen'),
  ]);
};
