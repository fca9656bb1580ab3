/**
 * `dispute_open` and `dispute_escalated` (domain.md §1): the seller's answer, the buyer's right to escalate,
 * the automatic escalation, then the platform's decision.
 */
import { parseIsoDay } from './dates';
import { present, ruleDeadline, type StageRule } from './stage-rule';

export const disputeOpenRules: StageRule = ({ facts, rules, stageStart }) => {
  // The page's own opening day when it prints one; otherwise the day OrderShield first saw the dispute,
  // which can be later than the real opening, so the source says so.
  const printedOpening = parseIsoDay(facts.events.disputeOpenedAt);
  const day = printedOpening ?? stageStart('dispute_open');
  if (day === null) return [];
  const from = printedOpening === null ? 'from dispute first seen' : 'from dispute opened';
  const basis = printedOpening === null ? 'first-seen' : 'printed';
  return present([
    // Seller answers within 5 days, silence means an automatic refund (seed 002).
    ruleDeadline('seller_response_due', day, rules, 'sellerResponseDays', from, basis),
    // The buyer may escalate 3 days after opening (domain.md §1).
    ruleDeadline('escalation_available', day, rules, 'escalationAfterDays', from, basis),
    // Automatic escalation: 15 days in seed 002, 7 in seed 000; the setting decides.
    ruleDeadline('auto_escalation', day, rules, 'autoEscalationDays', from, basis),
  ]);
};

export const disputeEscalatedRules: StageRule = ({ rules, stageStart }) => {
  // No page prints the escalation day: count from when we first saw it. Seed 002: 15–60 days; the later
  // bound is the default so "overdue" means it really is time to ask support.
  const escalated = stageStart('dispute_escalated');
  if (escalated === null) return [];
  return present([
    ruleDeadline('decision_expected', escalated, rules, 'decisionDays', 'from escalation first seen', 'first-seen'),
  ]);
};
