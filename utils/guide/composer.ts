/**
 * The dispute message composer (`shared/domain.md` §3, seeds 000, 001, 002): short and clear, in English
 * (the seller reads English; long machine-translated sentences lose the case), the main problem first, then
 * the rest as a numbered list, then a fair request. The output is English whatever the UI language, on
 * purpose; the problem names shown to the buyer are translated in `utils/i18n/popup.ts` (key `pr.<id>`).
 */
import type { DisputeType } from '@/utils/model';

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
  not_as_described: {
    colour: 'The colour is different from the listing.',
    size: 'The size is different from the listing (measured with a ruler, photo attached).',
    design: 'The design is different from the listing photos.',
    material: 'The material is different from the description.',
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
} as const satisfies Record<DisputeType, Record<string, string>>;

export type ProblemId = { [T in DisputeType]: `${T}.${Extract<keyof (typeof PROBLEMS)[T], string>}` }[DisputeType];

/** The headline of each type: the main problem, first (domain.md §3). */
const HEADLINES: Record<DisputeType, string> = {
  not_received: 'I have not received my order.',
  not_as_described: 'The item I received is not as described.',
  not_working: 'The item I received does not work properly.',
  poor_quality: 'The item I received is of poor quality.',
  counterfeit: 'The item I received is a counterfeit.',
  short_quantity: 'I received fewer items than I ordered.',
  damaged: 'The item arrived damaged.',
  wrong_shipping: 'The order was not shipped by the method I paid for.',
};

export const OUTCOMES = ['full_refund', 'partial_refund', 'full_refund_with_return'] as const;
export type Outcome = (typeof OUTCOMES)[number];

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
 */
export function recommendedOutcome(type: DisputeType, problems: readonly ProblemId[]): Outcome {
  const unusable = new Set<ProblemId>([
    'not_working.dead',
    'damaged.item_broken',
    'short_quantity.empty',
    'not_as_described.design',
  ]);
  if (type === 'not_received' || type === 'counterfeit' || type === 'wrong_shipping') return 'full_refund';
  if (type === 'not_working')
    return problems.includes('not_working.faulty') && !problems.includes('not_working.dead')
      ? 'full_refund_with_return'
      : 'full_refund';
  if (problems.some((p) => unusable.has(p))) return 'full_refund';
  return 'partial_refund';
}

export interface DisputeDraft {
  orderId: string;
  type: DisputeType;
  problems: readonly ProblemId[];
  outcome: Outcome;
  /** As the buyer typed it, e.g. `US $12.50`; empty = no amount named. */
  amount: string;
  /** Whether photos or a video go with the dispute (the checklist has ticks). */
  hasEvidence: boolean;
}

/**
 * The dispute text: headline, numbered problems (those of the chosen type only, in the order picked), the
 * evidence line, the request. A few short lines, nothing the buyer did not choose.
 */
export function composeDispute(draft: DisputeDraft): string {
  const sentences = draft.problems
    .filter((id) => id.startsWith(`${draft.type}.`))
    .map(sentenceOf)
    .filter((s): s is string => s !== null);
  const lines = [`Order ${draft.orderId}. ${HEADLINES[draft.type]}`];
  sentences.forEach((sentence, index) => lines.push(`${index + 1}. ${sentence}`));
  if (draft.hasEvidence) lines.push('Photos and a video are attached as evidence.');
  const amount = draft.amount.trim().slice(0, 40);
  const request: Record<Outcome, string> = {
    full_refund: amount ? `Please give me a full refund of ${amount}.` : 'Please give me a full refund.',
    partial_refund: amount ? `Please give me a partial refund of ${amount}.` : 'Please give me a partial refund.',
    full_refund_with_return: amount
      ? `I will return the item: please give me a full refund of ${amount} including the return shipping.`
      : 'I will return the item: please give me a full refund including the return shipping.',
  };
  lines.push(request[draft.outcome]);
  return lines.join('\n');
}
