/**
 * The evidence checklist of a dispute (`shared/domain.md` §2): the items every dispute needs, the items of
 * each dispute type, and the quality rules. Pure data + functions; the words live in `utils/i18n/popup.ts`
 * (key `ev.<id>`), so the ids here are stable and what is stored per order (`TrackedOrder.guide.evidence`).
 */
import type { DisputeType, TrackedOrder } from '@/utils/model';
import { DisputeTypeSchema } from '@/utils/model';

export const DISPUTE_TYPES = DisputeTypeSchema.options;

/** Every dispute (seeds 000, 003, 004): the order, the chat, the listing as it was, the payment. */
export const COMMON_EVIDENCE = ['common.order', 'common.chat', 'common.snapshot', 'common.payment'] as const;

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
  not_as_described: ['not_as_described.photos', 'not_as_described.measure', 'not_as_described.listing'],
  not_working: ['not_working.video', 'not_working.serial'],
  // Seed 000's story: one sharp close-up per defect.
  poor_quality: ['poor_quality.closeups', 'poor_quality.notes'],
  counterfeit: ['counterfeit.marks'],
  short_quantity: ['short_quantity.unboxing', 'short_quantity.weight'],
  damaged: ['damaged.parcel', 'damaged.item', 'damaged.report'],
  wrong_shipping: ['wrong_shipping.paid', 'wrong_shipping.tracking'],
} as const satisfies Record<DisputeType, readonly string[]>;

export type EvidenceId = (typeof COMMON_EVIDENCE)[number] | (typeof EVIDENCE_BY_TYPE)[DisputeType][number];

/** Quality rules for the files (seeds 000, 001). */
export const QUALITY_RULES = [
  'quality.sharp',
  'quality.one_defect',
  'quality.few_files',
  'quality.no_evidence',
] as const;
export type QualityRuleId = (typeof QUALITY_RULES)[number];

/** The full checklist of a dispute type: the common items first, then the type's own. */
export function checklistFor(type: DisputeType): EvidenceId[] {
  return [...COMMON_EVIDENCE, ...EVIDENCE_BY_TYPE[type]];
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

/**
 * The type to preselect: the buyer's earlier choice, else "not received" while the parcel is on its way
 * (the only reason the stage itself tells us), else none (the buyer picks: a guess would mislead).
 */
export function suggestedDisputeType(order: TrackedOrder): DisputeType | null {
  if (order.guide?.disputeType) return order.guide.disputeType;
  return order.facts.status === 'awaiting_delivery' ? 'not_received' : null;
}
