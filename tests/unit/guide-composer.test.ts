/**
 * The one dispute-message writer (utils/guide/composer.ts), as the buyer copies it: the text per stage, the amount
 * rule, the attachment sentence, the fair request (domain.md §3, §4; issue #13).
 */
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  composeDispute,
  disputeMessage,
  itemCost,
  paidFor,
  problemsOf,
  recommendedOutcome,
  type DisputeDraft,
  type ProblemId,
} from '@/utils/guide/composer';
import { DISPUTE_TYPES } from '@/utils/guide/checklists';
import type { OrderStage, PageOrder, TrackedOrder } from '@/utils/model';
import { pageOrder, trackedOrder } from './support/factories';

const now = new Date();
const daysAgo = (days: number) => dayjs(now).subtract(days, 'day').format('YYYY-MM-DD');

function order(facts: Partial<PageOrder> = {}, rest: Partial<TrackedOrder> = {}): TrackedOrder {
  return trackedOrder({
    orderId: '8214398062177351',
    facts: pageOrder({ orderId: '8214398062177351', ...facts }),
    ...rest,
  });
}

function draft(overrides: Partial<DisputeDraft> = {}): DisputeDraft {
  return {
    order: order({ status: 'completed', orderedAt: undefined }),
    type: 'poor_quality',
    problems: ['poor_quality.seams'],
    outcome: 'partial_refund',
    itemIndex: null,
    partialAmount: '',
    evidence: [],
    returnTracking: '',
    now,
    ...overrides,
  };
}

const twoItems = {
  items: [
    { title: 'Phone case', quantity: 1, price: 'US $3.10' },
    { title: 'Cable 2 m', quantity: 3, price: 'US $2.50' },
  ],
  total: 'US $10.60',
};

describe('opening a dispute: the main problem first, a numbered list, a fair request', () => {
  it('writes the headline, the picked problems numbered, the item, the request', () => {
    const text = composeDispute(
      draft({
        type: 'not_received',
        order: order({ status: 'awaiting_delivery', orderedAt: undefined, total: 'US $12.50', items: [] }),
        problems: ['not_received.still_in_origin', 'not_received.seller_stalls'],
        outcome: 'full_refund',
      }),
    );
    expect(text.split('\n')).toEqual([
      'Order 8214398062177351.',
      'I have not received my order.',
      '1. The parcel is still in the country of origin.',
      '2. The seller answers reluctantly and only asks me to wait.',
      'Please give me a full refund of US $12.50.',
    ]);
  });

  it('ignores problems of another type (left over after the buyer switched type)', () => {
    const text = composeDispute(draft({ problems: ['not_received.customs', 'poor_quality.seams'] }));
    expect(text).not.toContain('customs');
    expect(text).toContain('1. The seams are loose.');
  });

  it('a parcel not received names its journey: shipped N days ago, the tracking, the protection end', () => {
    const text = composeDispute(
      draft({
        type: 'in_transit_ending',
        problems: ['in_transit_ending.ending'],
        outcome: 'full_refund',
        order: order({
          status: 'awaiting_delivery',
          trackingNumber: 'LP00123456789',
          events: { shippedAt: daysAgo(40) },
        }),
        protection: {
          kind: 'protection_end',
          at: dayjs(now).add(3, 'day').endOf('day').toISOString(),
          confidence: 'estimated',
          source: 'rule:protectionDays',
        },
      }),
    );
    expect(text).toContain('My order is still in transit and the buyer protection is about to end.');
    expect(text).toContain('(40 days ago)');
    expect(text).toContain('Tracking number: LP00123456789 (the tracking shows no delivery to me)');
    expect(text).toMatch(/Last day of buyer protection \(estimated, see the order page\): about /);
  });
});

describe('the attachment sentence names only what was ticked', () => {
  it('nothing ticked: no attachment sentence at all', () => {
    expect(composeDispute(draft())).not.toMatch(/attached/i);
  });

  it('only the order screenshot ticked: only that, never "photos and a video"', () => {
    const text = composeDispute(draft({ evidence: ['common.order'] }));
    expect(text).toContain('Attached: a screenshot of the order.');
    expect(text).not.toMatch(/video|photos/i);
  });

  it('several ticks: listed in checklist order, joined in English', () => {
    const text = composeDispute(draft({ evidence: ['physical.unboxing', 'common.order', 'poor_quality.closeups'] }));
    expect(text).toContain(
      'Attached: a screenshot of the order, close-up photos of each defect and a video of the unboxing.',
    );
  });

  it('ticks of another type are not named', () => {
    const text = composeDispute(draft({ evidence: ['not_received.tracking'] }));
    expect(text).not.toMatch(/attached/i);
  });
});

describe('the refund amount', () => {
  it('partial refund: empty by default, never the order total', () => {
    const text = composeDispute(draft({ order: order({ status: 'completed', total: 'US $40.00' }) }));
    expect(text).toContain('Please give me a partial refund.');
    expect(text).not.toContain('40.00');
  });

  it('partial refund: the amount the buyer typed', () => {
    expect(composeDispute(draft({ partialAmount: ' US $5 ' }))).toContain('Please give me a partial refund of US $5.');
  });

  it('full refund of a one-item order: what was paid', () => {
    const text = composeDispute(
      draft({ outcome: 'full_refund', order: order({ status: 'completed', total: 'R$31,93' }) }),
    );
    expect(text).toContain('Please give me a full refund of R$31,93.');
  });

  it('full refund in a multi-item order: nothing until the buyer picks the item, then that item only', () => {
    const multi = order({ status: 'completed', ...twoItems });
    const unpicked = composeDispute(draft({ order: multi, outcome: 'full_refund' }));
    expect(unpicked).toContain('Please give me a full refund.');
    expect(unpicked).not.toContain('10.60');
    const picked = composeDispute(draft({ order: multi, outcome: 'full_refund', itemIndex: 1 }));
    expect(picked).toContain('Item: Cable 2 m');
    expect(picked).toContain('Please give me a full refund of US $7.50.');
    expect(picked).not.toContain('Phone case');
  });

  it('a parcel not received: the whole order is affected, so the total', () => {
    expect(paidFor(order({ status: 'awaiting_delivery', ...twoItems }), 'not_received', null)).toBe('US $10.60');
  });

  it.each([
    [{ title: 'x', quantity: 1, price: 'US $3.10' }, 'US $3.10'],
    [{ title: 'x', quantity: 3, price: 'US $2.50' }, 'US $7.50'],
    [{ title: 'x', quantity: 2, price: '1 234,50 руб.' }, '2 × 1 234,50 руб.'],
    [{ title: 'x', quantity: 2 }, null],
  ])('what one item cost: %j → %s', (item, cost) => {
    expect(itemCost(item)).toBe(cost);
  });
});

describe('each stage has its own message', () => {
  const staged = (status: OrderStage, overrides: Partial<DisputeDraft> = {}) =>
    composeDispute(
      draft({
        order: order({ status, trackingNumber: 'OUTBOUND123', orderedAt: undefined }),
        evidence: ['common.chat'],
        ...overrides,
      }),
    );

  it('escalated: a note to AliExpress with the case and the evidence', () => {
    const text = staged('dispute_escalated');
    expect(text.startsWith('Dear AliExpress, my dispute for order 8214398062177351 is escalated to you.')).toBe(true);
    expect(text).toContain('1. The seams are loose.');
    expect(text).toContain('Attached: screenshots of my chat with the seller.');
    expect(text).not.toContain('decided in my favour');
  });

  it('lost: the appeal text of the playbook — unfair decision, the evidence, the refund wanted', () => {
    const text = staged('dispute_lost', { partialAmount: 'US $4' });
    expect(text).toContain('I ask you to review the decision on the dispute for order 8214398062177351');
    expect(text).toContain('unfair');
    expect(text).toContain('Attached: screenshots of my chat with the seller.');
    expect(text).toContain('Please give me a partial refund of US $4.');
    expect(text).not.toContain('decided in my favour');
  });

  it('return required: return shipped, with the RETURN tracking number the buyer typed', () => {
    const text = staged('return_required', { returnTracking: 'RR987654321CN' });
    expect(text).toContain('I have shipped the item back');
    expect(text).toContain('Return tracking number: RR987654321CN');
    expect(text).not.toContain('OUTBOUND123');
    expect(text).not.toContain('decided in my favour');
  });

  it('return required, number not typed yet: a blank to fill, never the order’s own tracking number', () => {
    const text = staged('return_required');
    expect(text).toContain('Return tracking number: [enter the return tracking number]');
    expect(text).not.toContain('OUTBOUND123');
  });

  it('refund pending: decided for the buyer, money not back', () => {
    expect(staged('refund_pending')).toContain('was decided in my favour, but I have not received the refund yet');
  });

  it('the seller closed the dispute without refunding: a request to support with the dispute status', () => {
    const text = staged('completed', {
      type: 'seller_closed',
      problems: ['seller_closed.no_refund'],
      outcome: 'full_refund',
      evidence: ['seller_closed.status'],
    });
    expect(text).toContain('The seller closed my dispute without refunding me.');
    expect(text).toContain('Attached: screenshots of the dispute status.');
    expect(text).toContain('Please review my case.');
  });

  it('a completely wrong item: its own headline and a full refund', () => {
    const text = staged('completed', {
      type: 'wrong_item',
      problems: ['wrong_item.other_product'],
      outcome: recommendedOutcome('wrong_item', ['wrong_item.other_product']),
    });
    expect(text).toContain('I received a completely different item from the one I ordered.');
    expect(text).toContain('Please give me a full refund');
  });
});

describe('the page panel writes with the same writer', () => {
  it('uses the buyer’s type and ticks stored from the popup', () => {
    const stored = order(
      { status: 'completed', total: 'US $9.99' },
      { guide: { disputeType: 'damaged', evidence: ['physical.packaging'] } },
    );
    const text = disputeMessage(stored, [], now);
    expect(text).toContain('The item arrived damaged.');
    expect(text).toContain('Attached: photos of the parcel and its packaging.');
    expect(text).toBe(
      composeDispute({
        order: stored,
        type: 'damaged',
        problems: [],
        outcome: recommendedOutcome('damaged', []),
        itemIndex: null,
        partialAmount: '',
        evidence: ['physical.packaging'],
        returnTracking: '',
        now,
      }),
    );
  });

  it('an escalated order on the page gets the note to AliExpress, not "decided in my favour"', () => {
    const text = disputeMessage(order({ status: 'dispute_escalated' }), [], now);
    expect(text).toContain('Dear AliExpress');
    expect(text).not.toContain('decided in my favour');
  });
});

describe('the fair request (domain.md §3)', () => {
  it.each<[Parameters<typeof recommendedOutcome>[0], ProblemId[], ReturnType<typeof recommendedOutcome>]>([
    ['not_received', ['not_received.no_update'], 'full_refund'],
    ['in_transit_ending', ['in_transit_ending.ending'], 'full_refund'],
    ['not_as_described', ['not_as_described.size'], 'partial_refund'],
    ['poor_quality', ['poor_quality.seams'], 'partial_refund'],
    ['not_working', ['not_working.dead'], 'full_refund'],
    ['short_quantity', ['short_quantity.empty'], 'full_refund'],
    ['damaged', ['damaged.package'], 'partial_refund'],
    ['damaged', ['damaged.item_broken'], 'full_refund'],
    ['wrong_item', ['wrong_item.other_product'], 'full_refund'],
    // The item arrived: no source says a full refund for a different shipping method.
    ['wrong_shipping', ['wrong_shipping.other_method'], 'partial_refund'],
  ])('recommends for %s with %j: %s', (type, problems, outcome) => {
    expect(recommendedOutcome(type, problems)).toBe(outcome);
  });

  it('offers problems for every type', () => {
    for (const type of DISPUTE_TYPES) expect(problemsOf(type).length).toBeGreaterThan(0);
  });
});
