/**
 * A dispute message the buyer can copy and edit, and the evidence to keep, by the order's stage. Pure.
 *
 * The message follows domain.md §3 (seeds 000, 001, 002): in English (the seller reads English; long machine
 * translations lose cases), the main problem first, then the facts as a numbered list, then a fair request
 * (a full refund when the item never came; otherwise the buyer chooses, so the text offers both).
 * Facts come from the stored order only; what we don't know is left out, never guessed.
 */
import dayjs from 'dayjs';
import type { Deadline, OrderStage, TrackedOrder } from '@/utils/model';
import type { PageKey } from '@/utils/i18n/page';
import { lastDayOf } from '@/utils/rules/last-day';

export type MessageKind = 'not_received' | 'item_problem' | 'refund_follow_up';

const NOT_RECEIVED_STAGES: ReadonlySet<OrderStage> = new Set(['awaiting_shipment', 'awaiting_delivery']);
const FOLLOW_UP_STAGES: ReadonlySet<OrderStage> = new Set([
  'dispute_escalated',
  'return_required',
  'refund_pending',
  'dispute_lost',
]);

export function messageKindFor(stage: OrderStage): MessageKind {
  if (NOT_RECEIVED_STAGES.has(stage)) return 'not_received';
  if (FOLLOW_UP_STAGES.has(stage)) return 'refund_follow_up';
  return 'item_problem';
}

/** "Sep 4, 2026": English dates, whatever the UI language (the message is for the seller). */
function englishDay(isoDayOrInstant: string): string {
  const parsed = dayjs(isoDayOrInstant);
  return parsed.isValid() ? parsed.format('MMM D, YYYY') : isoDayOrInstant;
}

/**
 * The protection end as the seller and AliExpress should read it: its last day ("before Sep 4" → Sep 3), and an
 * estimate said to be one, never stated as fact.
 */
function protectionLine(protection: Deadline): string {
  const dayMs = lastDayOf(protection.at);
  if (dayMs === null) return 'Buyer protection: see the order page';
  const day = dayjs(dayMs).format('MMM D, YYYY');
  return protection.confidence === 'estimated'
    ? `Last day of buyer protection (estimated, see the order page): about ${day}`
    : `Last day of buyer protection: ${day}`;
}

export function disputeMessage(order: TrackedOrder, deadlines: readonly Deadline[], now: Date): string {
  const facts = order.facts;
  const kind = messageKindFor(facts.status);
  const lines: string[] = [];
  const details: string[] = [`Order number: ${order.orderId}`];
  if (facts.orderedAt) details.push(`Order date: ${englishDay(facts.orderedAt)}`);
  const title = facts.items[0]?.title;
  if (title) details.push(`Item: ${title.slice(0, 120)}`);
  if (facts.total) details.push(`Amount paid: ${facts.total}`);

  if (kind === 'not_received') {
    const since = facts.events.shippedAt ?? facts.orderedAt;
    const waited = since ? Math.max(0, dayjs(now).startOf('day').diff(dayjs(since), 'day')) : null;
    lines.push(
      waited !== null ? `I have not received my parcel after ${waited} days.` : 'I have not received my parcel.',
    );
    if (facts.events.shippedAt) details.push(`Shipped: ${englishDay(facts.events.shippedAt)}`);
    if (facts.trackingNumber)
      details.push(`Tracking number: ${facts.trackingNumber} (the tracking shows no delivery to me)`);
    const protection = deadlines.find((d) => d.kind === 'protection_end');
    if (protection) details.push(protectionLine(protection));
    details.push('Screenshots of the tracking history and of our chat are attached.');
    lines.push('', ...details.map((d, i) => `${i + 1}. ${d}`), '', 'Please refund me in full.');
  } else if (kind === 'item_problem') {
    lines.push('The item I received is not as described: [say what is wrong in one sentence].');
    details.push('Photos/video of the problem next to the listing photos are attached.');
    lines.push(
      '',
      ...details.map((d, i) => `${i + 1}. ${d}`),
      '',
      'Please give me a partial refund of [amount], or a full refund with return shipping paid by the seller.',
    );
  } else {
    lines.push('My dispute was decided in my favour, but I have not received the refund yet.');
    if (facts.trackingNumber) details.push(`Return tracking number: ${facts.trackingNumber}`);
    lines.push(
      '',
      ...details.map((d, i) => `${i + 1}. ${d}`),
      '',
      'Please check the refund and tell me when it will arrive.',
    );
  }
  return lines.join('\n');
}

/** The evidence to keep for this order (domain.md §2): what every dispute needs, then what its type needs. */
export function evidenceFor(stage: OrderStage): PageKey[] {
  const common: PageKey[] = ['ev_order', 'ev_chat', 'ev_listing'];
  if (NOT_RECEIVED_STAGES.has(stage)) return [...common, 'ev_tracking', 'ev_countdown'];
  return [...common, 'ev_photos', 'ev_video', 'ev_quality'];
}
