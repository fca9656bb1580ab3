import { describe, expect, it } from 'vitest';
import { composeDispute, problemsOf, recommendedOutcome, type ProblemId } from '@/utils/guide/composer';

describe('dispute composer', () => {
  it('puts the main problem first, then the picked problems as a numbered list, then the request', () => {
    const text = composeDispute({
      orderId: '8214398062177351',
      type: 'not_received',
      problems: ['not_received.still_in_origin', 'not_received.seller_stalls'],
      outcome: 'full_refund',
      amount: 'US $12.50',
      hasEvidence: false,
    });
    expect(text.split('\n')).toEqual([
      'Order 8214398062177351. I have not received my order.',
      '1. The parcel is still in the country of origin.',
      '2. The seller answers reluctantly and only asks me to wait.',
      'Please give me a full refund of US $12.50.',
    ]);
  });

  it('ignores problems of another type (left over after the buyer switched type)', () => {
    const text = composeDispute({
      orderId: '1',
      type: 'poor_quality',
      problems: ['not_received.customs', 'poor_quality.seams'],
      outcome: 'partial_refund',
      amount: '',
      hasEvidence: true,
    });
    expect(text).not.toContain('customs');
    expect(text).toContain('1. The seams are loose.');
    expect(text).toContain('Photos and a video are attached as evidence.');
    expect(text.endsWith('Please give me a partial refund.')).toBe(true);
  });

  it.each<[Parameters<typeof recommendedOutcome>[0], ProblemId[], ReturnType<typeof recommendedOutcome>]>([
    ['not_received', ['not_received.no_update'], 'full_refund'],
    ['not_as_described', ['not_as_described.size'], 'partial_refund'],
    ['poor_quality', ['poor_quality.seams'], 'partial_refund'],
    ['not_working', ['not_working.dead'], 'full_refund'],
    ['short_quantity', ['short_quantity.empty'], 'full_refund'],
    ['damaged', ['damaged.package'], 'partial_refund'],
    ['damaged', ['damaged.item_broken'], 'full_refund'],
  ])('recommends for %s with %j: %s (domain.md §3)', (type, problems, outcome) => {
    expect(recommendedOutcome(type, problems)).toBe(outcome);
  });

  it('offers problems for every type', () => {
    for (const type of [
      'not_received',
      'not_as_described',
      'not_working',
      'poor_quality',
      'counterfeit',
      'short_quantity',
      'damaged',
      'wrong_shipping',
    ] as const) {
      expect(problemsOf(type).length).toBeGreaterThan(0);
    }
  });
});
