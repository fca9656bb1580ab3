/**
 * The ONE dispute-message writer of OrderShield: the popup's composer and the order page's "Copy a dispute
 * message" both call `composeDispute` (issue #13: two writers used to disagree). Pure.
 *
 * The message follows `shared/domain.md` §3 (seeds 000, 001, 002): short and clear, in English whatever the UI
 * language (the seller reads English; long machine-translated sentences lose the case), the main problem first,
 * then the rest as a numbered list, then a fair request. Each stage of a dispute gets its own text: opening it,
 * the note to AliExpress once escalated, the appeal after a lost dispute (domain.md §4), the return shipped when a
 * return is required, the refund follow-up, and the seller who closed the dispute without refunding (seed 000).
 * Facts come from the stored order and the buyer's choices only; what is not known is left out, never guessed.
 * The problem names shown to the buyer are translated in `utils/i18n/popup/<lang>.ts` (key `pr.<id>`).
 */
import dayjs from 'dayjs';
import type { Deadline, DisputeType, OrderItem, OrderStage, TrackedOrder } from '@/utils/model';
import { lastDayOf } from '@/utils/rules/last-day';
import { attachmentSentence, suggestedDisputeType } from '@/utils/guide/checklists';

/** The problems a buyer can pick, per dispute type, each with its English sentence for the seller. */
export const PROBLEMS = {
  not_received: {
    no_update: 'The tracking has not been updated for a long time.',
    still_in_origin: 'The parcel is still in the country of origin.',
    no_tracking: 'The tracking number does not work or shows nothing.',
    returned: 'The tracking shows the parcel was returned to the sender.',
    wrong_address: 'The parcel was sent to a wrong address.',
    customs: 'The parcel is held by customs.',
    // Seed 002's example: "the seller answers reluctantly".
    seller_stalls: 'The seller answers reluctantly and only asks me to wait.',
  },
  // Seed 002: protection runs out while the parcel travels; ask to extend, or open the dispute before the end.
  in_transit_ending: {
    ending: 'The parcel is still in transit and the buyer protection ends soon.',
    extension_refused: 'I asked the seller to extend the protection time, but it was not extended.',
    no_update: 'The tracking has not been updated for a long time.',
  },
  not_as_described: {
    colour: 'The colour is different from the listing.',
    size: 'The size is different from the listing (measured with a ruler).',
    design: 'The design is different from the listing photos.',
    material: 'The material is different from the description.',
  },
  wrong_item: {
    other_product: 'It is a different product from the one in the listing.',
    other_model: 'It is a different model or version than the one I ordered.',
  },
  not_working: {
    dead: 'The item does not work at all.',
    faulty: 'The item works badly (see the video).',
  },
  poor_quality: {
    holes: 'The item has holes or tears.',
    seams: 'The seams are loose.',
    stains: 'The item has stains or rust.',
    smell: 'The item has a strong chemical smell.',
  },
  counterfeit: {
    fake_brand: 'The item is a counterfeit of the brand in the listing.',
  },
  short_quantity: {
    missing: 'Some of the ordered pieces are missing.',
    empty: 'The parcel arrived empty.',
  },
  damaged: {
    item_broken: 'The item arrived broken.',
    package: 'The packaging was damaged on arrival.',
  },
  wrong_shipping: {
    other_method: 'The parcel was sent by a different shipping method than the one I paid for.',
  },
  // Seed 000: "Что делать, если продавец закрыл спор и не вернул деньги?" — write to support with the proof.
  seller_closed: {
    no_refund: 'The seller closed the dispute, but no refund has reached me.',
    promised: 'The seller promised a refund to make me close the dispute, and it never came.',
  },
} as const satisfies Record<DisputeType, Record<string, string>>;

export type ProblemId = { [T in DisputeType]: `${T}.${Extract<keyof (typeof PROBLEMS)[T], string>}` }[DisputeType];

/** The headline of each type: the main problem, first (domain.md §3). */
const HEADLINES: Record<DisputeType, string> = {
  not_received: 'I have not received my order.',
  in_transit_ending: 'My order is still in transit and the buyer protection is about to end.',
  not_as_described: 'The item I received is not as described.',
  wrong_item: 'I received a completely different item from the one I ordered.',
  not_working: 'The item I received does not work properly.',
  poor_quality: 'The item I received is of poor quality.',
  counterfeit: 'The item I received is a counterfeit.',
  short_quantity: 'I received fewer items than I ordered.',
  damaged: 'The item arrived damaged.',
  wrong_shipping: 'The order was not shipped by the method I paid for.',
  seller_closed: 'The seller closed my dispute without refunding me.',
};

/** With no type chosen yet (page panel, completed order): a line the buyer must finish before sending. */
const HEADLINE_UNKNOWN = 'I have a problem with the item I received: [say what is wrong in one sentence].';

export const OUTCOMES = ['full_refund', 'partial_refund', 'full_refund_with_return'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Types where the parcel never reached the buyer: the whole order is affected. */
const NOT_RECEIVED_TYPES: ReadonlySet<DisputeType> = new Set(['not_received', 'in_transit_ending']);

/** Every problem id of a type, in display order. */
export function problemsOf(type: DisputeType): ProblemId[] {
  return Object.keys(PROBLEMS[type]).map((key) => `${type}.${key}` as ProblemId);
}

function sentenceOf(id: ProblemId): string | null {
  const [type, key] = id.split('.') as [DisputeType, string];
  const sentences: Record<string, string> | undefined = PROBLEMS[type];
  return sentences?.[key] ?? null;
}

/**
 * The fair request (domain.md §3): a full refund only when the item never came, is broken or unusable, or is
 * the wrong item; for small defects or a wrong size a partial refund (or a full one with return shipping).
 * A different shipping method is not in that list: the item arrived, so the fair ask is a partial refund (no
 * source says a full one).
 */
export function recommendedOutcome(type: DisputeType | null, problems: readonly ProblemId[]): Outcome {
  const unusable = new Set<ProblemId>([
    'not_working.dead',
    'damaged.item_broken',
    'short_quantity.empty',
    'not_as_described.design',
  ]);
  if (type === null) return 'partial_refund';
  if (NOT_RECEIVED_TYPES.has(type) || type === 'counterfeit' || type === 'wrong_item' || type === 'seller_closed')
    return 'full_refund';
  if (type === 'not_working')
    return problems.includes('not_working.faulty') && !problems.includes('not_working.dead')
      ? 'full_refund_with_return'
      : 'full_refund';
  if (problems.some((p) => unusable.has(p))) return 'full_refund';
  return 'partial_refund';
}

/** What a message is for: set by the order's stage (and the "seller closed it" situation). */
export type MessageStage = 'open' | 'escalated' | 'appeal' | 'return_shipped' | 'refund_follow_up' | 'seller_closed';

export function messageStageFor(status: OrderStage, type: DisputeType | null): MessageStage {
  if (type === 'seller_closed') return 'seller_closed';
  switch (status) {
    case 'dispute_escalated':
      return 'escalated';
    case 'dispute_lost':
      return 'appeal';
    case 'return_required':
      return 'return_shipped';
    case 'refund_pending':
      return 'refund_follow_up';
    default:
      return 'open';
  }
}

/** An order with several items: the buyer says which one the dispute is about (the refund is for it). */
export function needsItemChoice(order: TrackedOrder, type: DisputeType | null): boolean {
  return order.facts.items.length > 1 && !(type && NOT_RECEIVED_TYPES.has(type));
}

/**
 * What one item cost as the page shows it: the unit price, times the quantity when it is a plain number
 * ("US $2.50" × 3 → "US $7.50"); a price in another format stays as shown, with the count ("3 × 1 234,50 руб.").
 */
export function itemCost(item: OrderItem): string | null {
  if (!item.price) return null;
  const quantity = item.quantity ?? 1;
  if (quantity === 1) return item.price;
  const plain = /^([^\d]*?)(\d+)(?:\.(\d{1,2}))?([^\d]*)$/.exec(item.price);
  if (!plain) return `${quantity} × ${item.price}`;
  const [, before, whole, cents = '', after] = plain;
  const total = (Number(`${whole}.${cents || '0'}`) * quantity).toFixed(cents.length);
  return `${before}${total}${after}`;
}

/**
 * What the buyer paid for the affected item(s) (issue #13: a full refund names this, never a guess): the order
 * total when the whole order is affected (not received) or it holds one item; else the chosen item's cost; `null`
 * when it is not known (several items and none chosen, or no price read).
 */
export function paidFor(order: TrackedOrder, type: DisputeType | null, itemIndex: number | null): string | null {
  const items = order.facts.items;
  if (!needsItemChoice(order, type)) return order.facts.total ?? (items[0] ? itemCost(items[0]) : null);
  const item = itemIndex === null ? undefined : items[itemIndex];
  return item ? itemCost(item) : null;
}

export interface DisputeDraft {
  order: TrackedOrder;
  /** The buyer's type; `null` when not chosen (the page panel of a completed order). */
  type: DisputeType | null;
  problems: readonly ProblemId[];
  outcome: Outcome;
  /** The affected item of a multi-item order (index in `order.facts.items`); `null` = not chosen / whole order. */
  itemIndex: number | null;
  /** A partial refund's amount as the buyer typed it, e.g. `US $5`; empty = none named. */
  partialAmount: string;
  /** Ticked evidence ids (`utils/guide/checklists.ts`): only these are named as attached. */
  evidence: readonly string[];
  /** The tracking number of the return parcel, as the buyer typed it (return-required stage). */
  returnTracking: string;
  /** The protection end, for a not-received message. */
  protection?: Deadline;
  now: Date;
}

/** "Sep 4, 2026": English dates, whatever the UI language (the message is for the seller). */
function englishDay(isoDayOrInstant: string): string {
  const parsed = dayjs(isoDayOrInstant);
  return parsed.isValid() ? parsed.format('MMM D, YYYY') : isoDayOrInstant;
}

/**
 * The protection end as the seller and AliExpress should read it: its last day ("before Sep 4" → Sep 3), and an
 * estimate said to be one, never stated as fact (domain.md rule 2).
 */
function protectionLine(protection: Deadline): string {
  const dayMs = lastDayOf(protection.at);
  if (dayMs === null) return 'Buyer protection: see the order page';
  const day = dayjs(dayMs).format('MMM D, YYYY');
  return protection.confidence === 'estimated'
    ? `Last day of buyer protection (estimated, see the order page): about ${day}`
    : `Last day of buyer protection: ${day}`;
}

/** Page text and the buyer's typing are not ours: one line each, bounded. */
function clean(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The request line: what the buyer asks for, with the amount the rule allows. */
function requestLine(draft: DisputeDraft): string {
  const paid = paidFor(draft.order, draft.type, draft.itemIndex);
  const full = paid ? clean(paid, 40) : '';
  const partial = clean(draft.partialAmount, 40);
  switch (draft.outcome) {
    case 'full_refund':
      return full ? `Please give me a full refund of ${full}.` : 'Please give me a full refund.';
    case 'partial_refund':
      return partial ? `Please give me a partial refund of ${partial}.` : 'Please give me a partial refund.';
    case 'full_refund_with_return':
      return full
        ? `I will return the item: please give me a full refund of ${full} including the return shipping.`
        : 'I will return the item: please give me a full refund including the return shipping.';
  }
}

/** The numbered facts under the problems: the item, and for a parcel not received its journey and deadline. */
function factLines(draft: DisputeDraft): string[] {
  const { order, type } = draft;
  const facts = order.facts;
  const lines: string[] = [];
  const item = needsItemChoice(order, type)
    ? draft.itemIndex === null
      ? undefined
      : facts.items[draft.itemIndex]
    : facts.items.length === 1
      ? facts.items[0]
      : undefined;
  if (item?.title) lines.push(`Item: ${clean(item.title, 120)}`);
  if (facts.orderedAt) lines.push(`Order date: ${englishDay(facts.orderedAt)}`);
  if (type && NOT_RECEIVED_TYPES.has(type)) {
    const shipped = facts.events.shippedAt;
    if (shipped) {
      const days = Math.max(0, dayjs(draft.now).startOf('day').diff(dayjs(shipped).startOf('day'), 'day'));
      lines.push(`Shipped: ${englishDay(shipped)} (${days} days ago)`);
    }
    if (facts.trackingNumber)
      lines.push(`Tracking number: ${clean(facts.trackingNumber, 60)} (the tracking shows no delivery to me)`);
    if (draft.protection) lines.push(protectionLine(draft.protection));
  }
  return lines;
}

/** The main problem and the numbered list: the chosen type's problems (in the order picked), then the facts. */
function problemBlock(draft: DisputeDraft): string[] {
  const sentences = draft.problems
    .filter((id) => draft.type !== null && id.startsWith(`${draft.type}.`))
    .map(sentenceOf)
    .filter((s): s is string => s !== null);
  const numbered = [...sentences, ...factLines(draft)];
  return [
    draft.type ? HEADLINES[draft.type] : HEADLINE_UNKNOWN,
    ...numbered.map((line, index) => `${index + 1}. ${line}`),
  ];
}

/**
 * The message for the draft's stage. A few short lines, nothing the buyer did not choose or the page did not
 * show; the attachment sentence names only the ticked files.
 */
export function composeDispute(draft: DisputeDraft): string {
  const id = draft.order.orderId;
  const attached = attachmentSentence(draft.type, draft.evidence);
  const lines: string[] = [];
  switch (messageStageFor(draft.order.facts.status, draft.type)) {
    case 'open':
      lines.push(`Order ${id}.`, ...problemBlock(draft));
      if (attached) lines.push(attached);
      lines.push(requestLine(draft));
      break;
    // Escalated: AliExpress decides now; the note gives it the case and the evidence (domain.md §1: 15–60 days).
    case 'escalated':
      lines.push(
        `Dear AliExpress, my dispute for order ${id} is escalated to you. The seller did not offer a fair solution.`,
        ...problemBlock(draft),
      );
      if (attached) lines.push(attached);
      lines.push(requestLine(draft), 'Thank you for reviewing my case.');
      break;
    // Lost: the appeal text of the playbook (domain.md §4, seeds 000, 001): polite, the decision was unfair, the
    // evidence exists, which refund is wanted.
    case 'appeal':
      lines.push(
        `Hello. I ask you to review the decision on the dispute for order ${id}: I believe it was unfair.`,
        ...problemBlock(draft),
      );
      if (attached) lines.push(attached);
      lines.push(requestLine(draft), 'Thank you for checking my appeal.');
      break;
    // Return required (domain.md §1: ship it back within the days given, keep the tracking number): the RETURN
    // parcel's number, as the buyer typed it, never the order's outbound number.
    case 'return_shipped': {
      const tracking = clean(draft.returnTracking, 60);
      lines.push(
        `Order ${id}: I have shipped the item back, as the dispute decision requires.`,
        `Return tracking number: ${tracking || '[enter the return tracking number]'}`,
        'Please confirm when it arrives and release my refund.',
      );
      break;
    }
    // Refund pending: decided for the buyer, money not back yet (domain.md §1: then contact support).
    case 'refund_follow_up':
      lines.push(
        `My dispute for order ${id} was decided in my favour, but I have not received the refund yet.`,
        'Please check the refund and tell me when it will arrive.',
      );
      break;
    // Seed 000: write to support (arbitration) with the dispute status screenshots and the original proof.
    case 'seller_closed':
      lines.push(`Order ${id}.`, ...problemBlock(draft));
      if (attached) lines.push(attached);
      lines.push(`Please review my case. ${requestLine(draft)}`);
      break;
  }
  return lines.join('\n');
}

/**
 * The page panel's message: the same writer with what is stored — the buyer's type and ticks from the popup (or
 * "not received" on the way), the recommended request, no item chosen, no typed amounts.
 */
export function disputeMessage(order: TrackedOrder, deadlines: readonly Deadline[], now: Date): string {
  const type = suggestedDisputeType(order);
  return composeDispute({
    order,
    type,
    problems: [],
    outcome: recommendedOutcome(type, []),
    itemIndex: null,
    partialAmount: '',
    evidence: order.guide?.evidence ?? [],
    returnTracking: '',
    protection: deadlines.find((d) => d.kind === 'protection_end'),
    now,
  });
}
