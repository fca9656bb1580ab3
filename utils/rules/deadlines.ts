/**
 * The deadlines of one tracked order: its page facts + the buyer's settings + now -> `Deadline[]`.
 * Pure: no clock, no storage, no browser. Domain: `shared/domain.md` §1 and its three rules —
 * the page is the truth, rules are fallbacks, unknown is allowed.
 *
 * Who wins for a kind, highest first:
 * 1. the buyer's own deadline (`userDeadlines`, source `user`): a correction the buyer made on purpose, but
 *    never a date LATER than the one the page prints: then the page's date wins, carrying the buyer's as
 *    `buyerLaterAt` so every surface can warn (domain.md §5: "the seller extended it, just wait" is stalling);
 * 2. a deadline printed by the page (`facts.deadlines`, normally `exact`), whatever the order's stage:
 *    if the page prints it, the buyer should see it (keeping stale ones out is the merge's job);
 * 3. the stage's rule (`estimated`), only for the order's current stage.
 * Two candidates of the same rank and kind: the earlier one wins, so the buyer is warned early, not late.
 * `custom` deadlines are never merged: every one the buyer or page gave is kept.
 *
 * Defined outcomes for odd histories:
 * - stage `unknown` (a status text we could not place): no rule applies, because picking one would be
 *   a guess (domain.md §1); the buyer's and the page's deadlines are still returned.
 * - stage going backwards (a dispute cancelled → `awaiting_delivery` again): only the CURRENT stage's
 *   rules run, so the dispute clocks disappear and protection counts from shipment again; a stage that
 *   comes back counts from the start of its latest run in the history (stage-start.ts).
 * - a stage start we never saw (not in the history) or a missing event date: that rule gives nothing.
 *
 * `now` never moves a deadline: it only screens out history entries stamped in the future (stage-start.ts).
 */
import type { Deadline, DeadlineKind, OrderStage, Settings, TrackedOrder } from '@/utils/model';
import { DEADLINE_KINDS } from '@/utils/model-constants';
import { awaitingDeliveryRules } from './delivery';
import { completedRules } from './completed';
import { disputeEscalatedRules, disputeOpenRules } from './dispute';
import { refundPendingRules, returnRequiredRules } from './refund';
import { disputeLostRules } from './appeal';
import { stageStartDay } from './stage-start';
import { instantMs } from './dates';
import { printedTrackingDeadlines } from './tracking';
import type { KnownDeadline, StageRule } from './stage-rule';

const NO_RULES: StageRule = () => [];

/** Which rule file speaks for which stage (domain.md §1 table). */
const RULES_BY_STAGE: Record<OrderStage, StageRule> = {
  // Payment and shipment have no deadline worth a reminder (domain.md §1); closed has none at all.
  awaiting_payment: NO_RULES,
  awaiting_shipment: NO_RULES,
  awaiting_delivery: awaitingDeliveryRules,
  completed: completedRules,
  dispute_open: disputeOpenRules,
  dispute_escalated: disputeEscalatedRules,
  return_required: returnRequiredRules,
  refund_pending: refundPendingRules,
  dispute_lost: disputeLostRules,
  closed: NO_RULES,
  unknown: NO_RULES,
};

const KIND_ORDER = new Map<DeadlineKind, number>(DEADLINE_KINDS.map((kind, index) => [kind, index]));

export function computeDeadlines(order: TrackedOrder, settings: Settings, now: Date): Deadline[] {
  // One winner per kind. Filled in rank order (buyer, page, rule), so a later source only fills a gap.
  const winners = new Map<DeadlineKind, Ranked>();
  const customs: Timed[] = [];
  const consider = (deadline: Deadline, ms: number, origin: Ranked['origin']): void => {
    if (deadline.kind === 'custom') {
      if (origin !== 'rule') customs.push({ deadline, ms });
      return;
    }
    const current = winners.get(deadline.kind);
    const fillsGap = !current;
    const earlierOfSameRank = current?.origin === origin && ms < current.ms;
    if (fillsGap || earlierOfSameRank) winners.set(deadline.kind, { deadline, ms, origin });
  };
  // An unreadable date (old or broken stored data) is dropped, never guessed at or thrown on.
  for (const deadline of order.userDeadlines) {
    const ms = instantMs(deadline.at);
    if (ms !== null) consider(deadline, ms, 'user');
  }
  // The tracking page prints its own "Refund if no delivery before …", up to a day earlier than the order page's
  // (rules/tracking.ts): both are the page's, and the earlier of one rank wins. (No copy for the many orders without.)
  const pageDeadlines = order.tracking?.protectionEnd
    ? [...order.facts.deadlines, ...printedTrackingDeadlines(order)]
    : order.facts.deadlines;
  for (const deadline of pageDeadlines) {
    // The seller's printed processing limit is kept when the order moves on (merge-orders keeps every kind), but it
    // means something only while the order awaits shipment: once shipped, "the seller must ship by" would mislead.
    if (deadline.kind === 'ship_by' && order.facts.status !== 'awaiting_shipment') continue;
    const ms = instantMs(deadline.at);
    if (ms === null || deadline.kind === 'custom') {
      if (ms !== null) consider(deadline, ms, 'page');
      continue;
    }
    // The buyer's date wins only when it is not later than what the page prints. A later one ("the seller said
    // they extended it") is the stalling red flag of the guides (domain.md §5): the page's date keeps counting,
    // with the buyer's date shown beside it as a warning, until the page itself prints the later date.
    const current = winners.get(deadline.kind);
    if (current?.origin === 'user' && current.ms > ms) {
      winners.set(deadline.kind, { deadline: { ...deadline, buyerLaterAt: current.deadline.at }, ms, origin: 'page' });
      continue;
    }
    consider(deadline, ms, 'page');
  }

  const known = (kind: DeadlineKind): KnownDeadline | undefined => {
    const winner = winners.get(kind);
    return winner && winner.origin !== 'rule' ? { deadline: winner.deadline, origin: winner.origin } : undefined;
  };
  const estimated = RULES_BY_STAGE[order.facts.status]({
    facts: order.facts,
    rules: settings.rules,
    stageStart: (stage) => stageStartDay(order.stageHistory, stage, now),
    known,
  });
  // Rule output is written by `formatInstant`: only the instant needs reading.
  for (const deadline of estimated) consider(deadline, Date.parse(deadline.at), 'rule');

  return [...winners.values(), ...distinctCustoms(customs)]
    .sort((a, b) => a.ms - b.ms || (KIND_ORDER.get(a.deadline.kind) ?? 0) - (KIND_ORDER.get(b.deadline.kind) ?? 0))
    .map((timed) => timed.deadline);
}

/** A deadline with its instant parsed once. */
interface Timed {
  deadline: Deadline;
  ms: number;
}

interface Ranked extends Timed {
  origin: KnownDeadline['origin'] | 'rule';
}

/** Every custom deadline once: the same instant with the same label is the same reminder. */
function distinctCustoms(candidates: readonly Timed[]): Timed[] {
  const seen = new Set<string>();
  return candidates.filter(({ deadline, ms }) => {
    const key = `${ms}|${deadline.label ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
