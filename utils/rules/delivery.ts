/**
 * `awaiting_delivery` (domain.md §1): the protection end (last day to open a non-delivery dispute) and the
 * day to ask the seller for an extension before it.
 */
import type { Deadline } from '@/utils/model';
import { formatInstant, instantMs, parseIsoDay, shiftLocalDays } from './dates';
import { present, ruleDeadline, type StageRule } from './stage-rule';

export const awaitingDeliveryRules: StageRule = ({ facts, rules, known }) => {
  // Protection runs "up to 90 days" from shipment (seed 002), the seller sets it (60/75/90 seen). Without a
  // shipment date there is no honest fallback: the order date would put the end weeks too early or too
  // late, so the protection end stays unknown (domain.md rule 3).
  const shippedDay = parseIsoDay(facts.events.shippedAt);
  const estimatedEnd = shippedDay !== null
    ? ruleDeadline('protection_end', shippedDay, rules, 'protectionDays', 'from shipment')
    : null;

  const printedOrOwn = known('protection_end');
  const protectionEnd = printedOrOwn?.deadline ?? estimatedEnd;
  const requestBy = extensionRequestBy(protectionEnd, printedOrOwn?.origin, rules.extensionRequestDaysBefore);
  return present([estimatedEnd, requestBy]);
};

/**
 * Ask the seller to extend `daysBefore` days before the protection end: the seller may take 48 h to answer
 * (domain.md §1). Derived from whichever protection end won, keeping its time of day. Even when that end is
 * printed by the page, the request date is our rule, so it is `estimated`; the source says what it counts from.
 */
function extensionRequestBy(
  protectionEnd: Deadline | null,
  origin: 'user' | 'page' | undefined,
  daysBefore: number,
): Deadline | null {
  const endMs = instantMs(protectionEnd?.at);
  if (endMs === null) return null;
  const at = formatInstant(shiftLocalDays(endMs, -daysBefore));
  if (at === null) return null;
  const from = origin === 'user' ? 'your' : origin === 'page' ? 'the printed' : 'the estimated';
  return {
    kind: 'extension_request_by',
    at,
    confidence: 'estimated',
    source: `rule:extensionRequestDaysBefore=${daysBefore} before ${from} protection end`,
  };
}
