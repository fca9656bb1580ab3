/**
 * Issue 12 §3.1: page data (which any script on the page can post) never creates, moves or removes a deadline, or
 * changes a stage, beyond what the buyer sees of that order.
 */
import { describe, expect, it } from 'vitest';
import { completeWithData, readMtopResponse, visibleDays, type DataFacts } from '@/utils/pages/mtop';
import { pageOrder } from './support/factories';

const NOW = new Date(2026, 8, 10, 12, 0, 0);
const DETAIL = 'mtop.aliexpress.trade.buyer.order.detail';

/** A forged order-page response, as a page script would post it. */
function forgedDetail(
  orderId: string,
  o: {
    title?: string;
    status?: number;
    buttons?: string[];
    paid?: string;
    ended?: string;
    refundBefore?: string;
    created?: string;
  },
) {
  return readMtopResponse(
    DETAIL,
    {
      data: {
        data: {
          a: {
            tag: 'detail_order_status_block',
            fields: { orderId, title: o.title, buttonVOList: (o.buttons ?? []).map((type) => ({ type })) },
          },
          b: {
            tag: 'detail_simple_order_info_component',
            fields: { tradeOrderId: orderId, orderCreatTime: o.created, payTime: o.paid, orderEndTime: o.ended },
          },
          c: {
            tag: 'detail_order_services',
            fields: { data: o.refundBefore ? [{ content: `Refund if no delivery before ${o.refundBefore}` }] : [] },
          },
        },
        global: o.status !== undefined ? { orderStatus: o.status } : {},
      },
    },
    NOW,
  )[0]!;
}

describe('page data stays within what the page shows', () => {
  const cardText = 'Odottaa toimitusta Tilauspäivä: 1.9.2026 Tilausnumero: 8214398062177351 LIMA Store';
  const visible = visibleDays(cardText, NOW);

  it('reads the visible days of an order’s text', () => {
    expect([...visible]).toEqual(['2026-09-01']);
  });

  it('an exact protection end not printed on the order’s card is not stored', () => {
    const dom = pageOrder({
      status: 'awaiting_delivery',
      statusText: 'Odottaa toimitusta',
      deadlines: [],
      orderedAt: '2026-09-01',
    });
    const data = forgedDetail('8214398062177351', {
      refundBefore: 'Jun 4, 2028',
      paid: 'Sep 2, 2026',
      ended: 'Sep 3, 2026',
    });
    expect(data.deadlines.length).toBeGreaterThan(0);
    const completed = completeWithData(dom, data, visible);
    expect(completed.deadlines).toEqual([]);
    expect(completed.events).toEqual(dom.events);
  });

  it('a printed deadline the card shows is taken; one the DOM already read is never moved', () => {
    const shown = visibleDays(`${cardText} Refund if no delivery before Sep 30, 2026`, NOW);
    const dom = pageOrder({ deadlines: [] });
    const data = forgedDetail('8214398062177351', { refundBefore: 'Sep 30, 2026' });
    expect(completeWithData(dom, data, shown).deadlines.map((d) => d.at.slice(0, 10))).toEqual(['2026-09-30']);
    const read = pageOrder({
      deadlines: [
        {
          kind: 'protection_end',
          at: '2026-09-30T23:59:59.999+02:00',
          confidence: 'exact',
          source: 'page:no-delivery-refund',
        },
      ],
    });
    const moved = forgedDetail('8214398062177351', { refundBefore: 'Jun 4, 2028' });
    expect(completeWithData(read, moved, visibleDays('Jun 4, 2028', NOW)).deadlines).toEqual(read.deadlines);
  });

  it.each([
    ['completed (numeric status 9)', { status: 9 }],
    ['completed (feedback button)', { buttons: ['LEAVE_FEEDBACK', 'ADD_TO_CART'], status: 9 }],
    ['a dispute', { status: 8, buttons: ['VIEW_DISPUTE'] }],
  ])('an unplaced stage is not turned into %s', (_name, forged) => {
    const dom = pageOrder({ status: 'unknown', statusText: 'Odottaa toimitusta', actions: [] });
    const completed = completeWithData(
      dom,
      forgedDetail('8214398062177351', { title: 'Completed', ...forged }),
      visible,
    );
    expect(completed.status).toBe('unknown');
    expect(completed.actions).toEqual([]);
  });

  it('a placed stage is never overridden, and buttons the page shows are never replaced', () => {
    const dom = pageOrder({ status: 'awaiting_delivery', actions: ['confirm_received', 'track'] });
    const completed = completeWithData(
      dom,
      forgedDetail('8214398062177351', { title: 'Completed', status: 9, buttons: ['LEAVE_FEEDBACK'] }),
      visible,
    );
    expect(completed).toBe(dom);
    const unknown = pageOrder({ status: 'unknown', statusText: '???', actions: ['confirm_received', 'track'] });
    const other: DataFacts = { orderId: unknown.orderId, actions: ['pay'], events: {}, deadlines: [] };
    expect(completeWithData(unknown, other, visible)).toBe(unknown);
  });
});
