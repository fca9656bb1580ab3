import { describe, expect, it } from 'vitest';
import { mergePageOrder } from '@/utils/merge-orders';
import { TrackedOrderSchema, type Deadline } from '@/utils/model';
import { pageOrder, trackedOrder } from './support/factories';

const T1 = new Date('2026-11-01T10:00:00Z');
const T2 = new Date('2026-11-05T12:00:00Z');
const printed: Deadline = {
  kind: 'protection_end',
  at: '2026-12-04T00:00:00.000+00:00',
  confidence: 'exact',
  source: 'page:order-services',
  pageText: 'Refund if no delivery before Dec 4, 2026',
};

describe('mergePageOrder', () => {
  it('starts tracking a new order with its first stage', () => {
    const tracked = mergePageOrder(undefined, pageOrder(), T1);
    expect(TrackedOrderSchema.parse(tracked)).toMatchObject({
      orderId: '8214398062177351',
      firstSeenAt: T1.toISOString(),
      stageHistory: [{ stage: 'awaiting_delivery', firstSeenAt: T1.toISOString() }],
    });
  });

  it('the same order read from the list and then its order page is one record with both pages’ facts', () => {
    const fromList = mergePageOrder(undefined, pageOrder(), T1);
    const fromDetail = mergePageOrder(
      fromList,
      pageOrder({
        pageKind: 'global-detail',
        trackingNumber: 'LP00123456789',
        deadlines: [printed],
        items: [{ title: 'USB C Hub 7 in 1', quantity: 1 }],
      }),
      T2,
    );
    expect(fromDetail.facts.trackingNumber).toBe('LP00123456789');
    expect(fromDetail.facts.deadlines).toEqual([printed]);
    expect(fromDetail.facts.items[0]).toMatchObject({ title: 'USB C Hub 7 in 1', price: 'R$31,93' });
    // Reading the list again later (which prints no deadline) keeps the order page's deadline.
    const listAgain = mergePageOrder(fromDetail, pageOrder(), T2);
    expect(listAgain.facts.deadlines).toEqual([printed]);
    expect(listAgain.facts.trackingNumber).toBe('LP00123456789');
  });

  it('newer page facts win', () => {
    const before = mergePageOrder(undefined, pageOrder(), T1);
    const after = mergePageOrder(
      before,
      pageOrder({ status: 'completed', statusText: 'Completed', total: 'R$30,00' }),
      T2,
    );
    expect(after.facts).toMatchObject({ status: 'completed', statusText: 'Completed', total: 'R$30,00' });
    expect(after.stageHistory).toEqual([
      { stage: 'awaiting_delivery', firstSeenAt: T1.toISOString() },
      { stage: 'completed', firstSeenAt: T2.toISOString() },
    ]);
  });

  it('an empty or unrecognized read never overwrites a good stored value', () => {
    const before = mergePageOrder(undefined, pageOrder(), T1);
    const halfRendered = pageOrder({
      status: 'unknown',
      statusText: '',
      items: [],
      actions: [],
      unread: ['status', 'store', 'items'],
    });
    delete halfRendered.store;
    delete halfRendered.total;
    delete halfRendered.orderedAt;
    const after = mergePageOrder(before, halfRendered, T2);
    expect(after.facts).toMatchObject({
      status: 'awaiting_delivery',
      statusText: 'Awaiting delivery',
      store: { name: 'LIMA Store' },
      total: 'R$31,93',
      orderedAt: '2026-10-04',
      actions: ['confirm_received', 'track'],
    });
    expect(after.facts.items).toHaveLength(1);
    expect(after.stageHistory).toHaveLength(1);
  });

  it('never touches the buyer’s own deadlines or archive flag', () => {
    const own: Deadline = {
      kind: 'protection_end',
      at: '2026-12-20T00:00:00.000Z',
      confidence: 'exact',
      source: 'user',
    };
    const stored = trackedOrder({ userDeadlines: [own], archived: true });
    const after = mergePageOrder(stored, pageOrder({ deadlines: [printed] }), T2);
    expect(after.userDeadlines).toEqual([own]);
    expect(after.archived).toBe(true);
  });

  it('a stage going backwards is recorded as a new stage change, keeping the history', () => {
    let order = mergePageOrder(undefined, pageOrder({ status: 'dispute_open', statusText: 'Dispute in progress' }), T1);
    order = mergePageOrder(order, pageOrder(), T2);
    expect(order.stageHistory.map((s) => s.stage)).toEqual(['dispute_open', 'awaiting_delivery']);
    expect(order.facts.status).toBe('awaiting_delivery');
  });
});
