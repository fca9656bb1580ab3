/**
 * The evidence checklist of a dispute (`shared/domain.md` §2): the items every dispute needs, the items of
 * each dispute type, and the quality rules. Pure data + functions, and the ONE evidence list of OrderShield:
 * the popup's checklist and the order-page panel both read it (issue #13: they used to disagree). The buyer's
 * words live in `utils/i18n/evidence/<lang>.ts` (complete in every language by type), which both surfaces load;
 * the English phrase the dispute message uses for each item is here (`ATTACHMENT_PHRASES`). The ids are stable:
 * they are what is stored per order (`TrackedOrder.guide.evidence`).
 */
import type { DisputeType, OrderStage, TrackedOrder } from '@/utils/model';
import { DISPUTE_TYPE_VALUES } from '@/utils/model-constants';

/**
 * In the order a buyer meets them: the problems of a parcel on its way first, then what came wrong, then the
 * situations after a dispute.
 */
export const DISPUTE_TYPES: readonly DisputeType[] = [
  'not_received',
  'in_transit_ending',
  'not_as_described',
  'wrong_item',
  'not_working',
  'poor_quality',
  'counterfeit',
  'short_quantity',
  'damaged',
  'wrong_shipping',
  'seller_closed',
];
// Every type is offered exactly once (a type added to the schema but not here would be unreachable).
if (DISPUTE_TYPES.length !== DISPUTE_TYPE_VALUES.length) throw new Error('DISPUTE_TYPES out of date');

/** Every dispute (seeds 000, 003, 004): the order, the chat, the listing as it was, the payment. */
export const COMMON_EVIDENCE = ['common.order', 'common.chat', 'common.snapshot', 'common.payment'] as const;

/**
 * Every problem with an item that arrived: film the unboxing and photograph the packaging. Seed 000: without
 * photos or video "никак не обойтись" in every case but non-delivery, and a dim unboxing video loses the case;
 * seed 003: photos "товара и его упаковки" as proof of its state on arrival; seed 004: keep photos of the item and
 * the packaging.
 */
export const PHYSICAL_EVIDENCE = ['physical.unboxing', 'physical.packaging'] as const;

/** The types where an item arrived and its state is the case (the physical-problem lists). */
const PHYSICAL_TYPES: ReadonlySet<DisputeType> = new Set([
  'not_as_described',
  'wrong_item',
  'not_working',
  'poor_quality',
  'counterfeit',
  'short_quantity',
  'damaged',
]);

/** Per type, the site's own reasons grouped as in domain.md §2. */
export const EVIDENCE_BY_TYPE = {
  // Seed 002: the tracking history and the countdown carry a non-delivery case.
  not_received: [
    'not_received.tracking',
    'not_received.countdown',
    'not_received.promises',
    'not_received.customs',
    'not_received.address',
  ],
  // Seed 002: protection can be extended on request, the countdown and the tracking carry the case.
  in_transit_ending: ['not_received.tracking', 'not_received.countdown', 'in_transit_ending.extension'],
  not_as_described: ['not_as_described.photos', 'not_as_described.measure', 'not_as_described.listing'],
  // Seed 002 lists "не тот товар" as its own reason: what came, next to what was ordered.
  wrong_item: ['wrong_item.photos', 'wrong_item.label'],
  not_working: ['not_working.video', 'not_working.serial'],
  // Seed 000's story: one sharp close-up per defect.
  poor_quality: ['poor_quality.closeups', 'poor_quality.notes'],
  counterfeit: ['counterfeit.marks'],
  short_quantity: ['short_quantity.weight'],
  damaged: ['damaged.item', 'damaged.report'],
  wrong_shipping: ['wrong_shipping.paid', 'wrong_shipping.tracking'],
  // Seed 000 ("the seller closed the dispute and did not refund"): support, with the dispute's status screenshots
  // and the original proof.
  seller_closed: ['seller_closed.status', 'seller_closed.original'],
} as const satisfies Record<DisputeType, readonly string[]>;

export type EvidenceId =
  | (typeof COMMON_EVIDENCE)[number]
  | (typeof PHYSICAL_EVIDENCE)[number]
  | (typeof EVIDENCE_BY_TYPE)[DisputeType][number];

/**
 * Each item as the dispute message names it when ticked (English, like the message: domain.md §3); `null` for an
 * item that is not a file to attach.
 */
export const ATTACHMENT_PHRASES: Record<EvidenceId, string | null> = {
  'common.order': 'a screenshot of the order',
  'common.chat': 'screenshots of my chat with the seller',
  'common.snapshot': 'a screenshot of the listing as it was when I ordered',
  'common.payment': 'proof of payment',
  'physical.unboxing': 'a video of the unboxing',
  'physical.packaging': 'photos of the parcel and its packaging',
  'not_received.tracking': 'a screenshot of the full tracking history',
  'not_received.countdown': 'a screenshot of the buyer protection countdown',
  'not_received.promises': 'the seller’s promises in our chat',
  'not_received.customs': 'the customs documents',
  'not_received.address': 'a screenshot of the address I entered',
  'in_transit_ending.extension': 'a screenshot of my request to extend the protection',
  'not_as_described.photos': 'photos of the item next to the listing photos',
  'not_as_described.measure': 'photos of the measurements with a ruler',
  'not_as_described.listing': 'a screenshot of the listing',
  'wrong_item.photos': 'photos of the item I received next to the listing photos',
  'wrong_item.label': 'a photo of the shipping label',
  'not_working.video': 'a video showing the fault',
  'not_working.serial': null,
  'poor_quality.closeups': 'close-up photos of each defect',
  'poor_quality.notes': null,
  'counterfeit.marks': 'photos of the brand marks next to genuine ones',
  'short_quantity.weight': 'a photo of the parcel on a scale',
  'damaged.item': 'photos of the damaged item',
  'damaged.report': 'the carrier’s damage report',
  'wrong_shipping.paid': 'a screenshot of the shipping method I paid for',
  'wrong_shipping.tracking': 'a screenshot of the tracking showing the method used',
  'seller_closed.status': 'screenshots of the dispute status',
  'seller_closed.original': 'the photos, videos or tracking screenshots of the problem',
};

/** Quality rules for the files (seeds 000, 001). */
export const QUALITY_RULES = [
  'quality.sharp',
  'quality.one_defect',
  'quality.few_files',
  'quality.no_evidence',
] as const;
export type QualityRuleId = (typeof QUALITY_RULES)[number];

/**
 * The full checklist of a dispute type: the common items first, then the type's own, then — for a problem with an
 * item that arrived — the unboxing video and the packaging photos.
 */
export function checklistFor(type: DisputeType): EvidenceId[] {
  return [...COMMON_EVIDENCE, ...EVIDENCE_BY_TYPE[type], ...(PHYSICAL_TYPES.has(type) ? PHYSICAL_EVIDENCE : [])];
}

/** Whether the type is a problem with an item that arrived (its list asks for the unboxing video and packaging). */
export function isPhysicalProblem(type: DisputeType): boolean {
  return PHYSICAL_TYPES.has(type);
}

/** How much of a type's checklist is ticked (ticks of other types, kept when the buyer switches type, don't count). */
export function checklistProgress(type: DisputeType, ticked: readonly string[]): { done: number; total: number } {
  const items = checklistFor(type);
  const set = new Set(ticked);
  return { done: items.filter((id) => set.has(id)).length, total: items.length };
}

/** The ticked ids with `id` turned on or off; order of first ticking kept, no duplicates. */
export function toggleTick(ticked: readonly string[], id: string, on: boolean): string[] {
  const others = ticked.filter((t) => t !== id);
  return on ? [...others, id] : others;
}

const ON_ITS_WAY: ReadonlySet<OrderStage> = new Set(['awaiting_shipment', 'awaiting_delivery']);

/**
 * The type to preselect: the buyer's earlier choice, else "not received" while the parcel is on its way
 * (the only reason the stage itself tells us), else none (the buyer picks: a guess would mislead).
 */
export function suggestedDisputeType(order: TrackedOrder): DisputeType | null {
  if (order.guide?.disputeType) return order.guide.disputeType;
  return ON_ITS_WAY.has(order.facts.status) ? 'not_received' : null;
}

/**
 * The evidence list of an order, for the order-page panel: the checklist of its type (the buyer's choice in the
 * popup, or "not received" on the way); with no type yet, what every dispute needs plus — once the parcel may have
 * arrived — the unboxing video and the packaging photos (they can't be made later).
 */
export function evidenceForOrder(order: TrackedOrder): EvidenceId[] {
  const type = suggestedDisputeType(order);
  if (type) return checklistFor(type);
  return ON_ITS_WAY.has(order.facts.status) ? [...COMMON_EVIDENCE] : [...COMMON_EVIDENCE, ...PHYSICAL_EVIDENCE];
}

/**
 * The sentence that says what goes with the message: only the ticked items of this checklist, in its order, that
 * are files (issue #13: "photos and a video" after ticking only the order screenshot misleads the seller and
 * AliExpress). `null` when nothing is ticked.
 */
export function attachmentSentence(type: DisputeType | null, ticked: readonly string[]): string | null {
  const items: readonly EvidenceId[] = type ? checklistFor(type) : [...COMMON_EVIDENCE, ...PHYSICAL_EVIDENCE];
  const set = new Set(ticked);
  const phrases = items
    .filter((id) => set.has(id))
    .map((id) => ATTACHMENT_PHRASES[id])
    .filter((p): p is string => p !== null);
  if (phrases.length === 0) return null;
  const list =
    phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
  return `Attached: ${list}.`;
}
