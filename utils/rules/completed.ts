/**
 * `completed` (confirmed or auto-confirmed, domain.md §1): the return/refund window after confirming receipt
 * and the dispute window for defective / not-as-described items.
 */
import { parseIsoDay } from './dates';
import { present, ruleDeadline, type StageRule } from './stage-rule';

export const completedRules: StageRule = ({ facts, rules }) => {
  // "apply for a return/refund within 7 days of confirming receipt" (2026 order-detail text; the official
  // page says 15): counted from the completion day only. The day we first saw "completed" is no stand-in:
  // auto-confirmed orders are often first seen weeks later, which would push the window past its real end.
  const completedDay = parseIsoDay(facts.events.completedAt);
  // "open a dispute within 90 days after order was placed" (2026 order-detail text).
  const orderedDay = parseIsoDay(facts.orderedAt);
  return present([
    completedDay === null
      ? null
      : ruleDeadline('return_window_end', completedDay, rules, 'returnWindowDays', 'from completion'),
    orderedDay === null
      ? null
      : ruleDeadline('dispute_window_end', orderedDay, rules, 'disputeWindowDays', 'from order date'),
  ]);
};
