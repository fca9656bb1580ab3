/**
 * `awaiting_delivery` (domain.md §1): the protection end (last day to open a non-delivery dispute) and the
 * day to ask the seller for an extension before it.
 */
import type { Deadline, DeadlineKind } from '@/utils/model';
import { formatInstant, instantMs, parseIsoDay, shiftLocalDays } from './dates';
import { present, ruleDeadline, type StageRule } from './stage-rule';

export const awaitingDeliveryRules: StageRule = ({ facts, rules, known }) => {
  // Protection runs "up to 90 days" from shipment (seed 002), the seller sets it (60/75/90 seen). Without a
  // shipment date there is no honest fallback: the order date would put the end weeks too early or too
  // late, so the protection end stays unknown (domain.md rule 3).
  const shippedDay = parseIsoDay(facts.events.shippedAt);
  const estimatedEnd =
    shippedDay !== null ? ruleDeadline('protection_end', shippedDay, rules, 'protectionDays', 'from shipment') : null;

  const printedOrOwn = known('protection_end');
  const protectionEnd = printedOrOwn?.deadline ?? estimatedEnd;
  const requestBy = extensionRequestBy(protectionEnd, printedOrOwn?.origin, rules.extensionRequestDaysBefore);
  const lateWindow = lateDisputeWindowEnd(protectionEnd, printedOrOwn?.origin, rules.lateDisputeDays);
  return present([estimatedEnd, requestBy, lateWindow]);
};

/**
 * The printed protection end is the safe target, but it is not the last chance for a parcel that never came:
 * AliExpress's help texts (2020–2024, quoted by several buyer guides) let a non-delivery dispute be opened "until
 * the 15th day after delivery time is over", and a 2025 guide says "after the buyer protection period expires you
 * have 15 days to submit a refund request" (domain.md "After the delivery deadline"). So after the end an order
 * still in transit is told "open a dispute now", never "too late", and reminded until this window closes. Always
 * `estimated`: no page prints it. Counted at the protection end's own time of day, so "before Sep 4" (Sep 4 00:00)
 * gives Sep 19 00:00: the last day is Sep 18, the 15th day after the delivery time was over.
 */
function lateDisputeWindowEnd(protectionEnd: Deadline | null, origin: Origin, days: number): Deadline | null {
  if (days <= 0) return null;
  return fromProtectionEnd(
    'late_dispute_window_end',
    protectionEnd,
    origin,
    days,
    `rule:lateDisputeDays=${days} after`,
  );
}

/**
 * Ask the seller to extend `daysBefore` days before the protection end: the seller may take 48 h to answer
 * (domain.md §1). Even when that end is printed by the page, the request date is our rule, so it is `estimated`.
 */
function extensionRequestBy(protectionEnd: Deadline | null, origin: Origin, daysBefore: number): Deadline | null {
  return fromProtectionEnd(
    'extension_request_by',
    protectionEnd,
    origin,
    -daysBefore,
    `rule:extensionRequestDaysBefore=${daysBefore} before`,
  );
}

type Origin = 'user' | 'page' | undefined;

/**
 * An estimate `days` from whichever protection end won (negative: before it), keeping its time of day; the source
 * says which end it counts from ("… before the printed protection end").
 */
function fromProtectionEnd(
  kind: DeadlineKind,
  protectionEnd: Deadline | null,
  origin: Origin,
  days: number,
  rule: string,
): Deadline | null {
  const endMs = instantMs(protectionEnd?.at);
  const at = endMs === null ? null : formatInstant(shiftLocalDays(endMs, days));
  if (at === null) return null;
  const from = origin === 'user' ? 'your' : origin === 'page' ? 'the printed' : 'the estimated';
  return { kind, at, confidence: 'estimated', source: `${rule} ${from} protection end` };
}
