import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeWithData, disagreements, readMtopResponse } from '@/utils/pages/mtop';
import { pageOrder } from './support/factories';

const REF = join(process.cwd(), '..', 'shared', 'reference', 'aliexpress-api');
const capture = (name: string): unknown => JSON.parse(readFileSync(join(REF, name), 'utf8'));
const NOW = new Date(2026, 8, 7, 12, 0, 0); // the maxwellmezadre captures were taken on 2026-09-07

describe('readMtopResponse on real captures', () => {
  it('the list response: every order with its button types as actions, order date and status text', () => {
    const orders = readMtopResponse(
      'mtop.aliexpress.trade.buyer.order.list',
      capture('maxwellmezadre-aliexpress-mcp__order-list-init.json'),
      NOW,
    );
    expect(orders).toHaveLength(10);
    const inTransit = orders.find((o) => o.orderId === '8214398062177351')!;
    expect(inTransit).toMatchObject({
      statusText: 'Awaiting delivery',
      orderedAt: '2026-09-01',
      actions: ['confirm_received', 'track'],
    });
    const completed = orders.find((o) => o.orderId === '8212313961591322')!;
    expect(completed).toMatchObject({
      statusText: 'Completed',
      orderedAt: '2026-07-15',
      actions: ['add_to_cart', 'remove'],
    });
  });

  it('the older list capture (tobixen, component keys order_<id>) with the numeric status', () => {
    const entries = capture('tobixen-order-scrapers__aliexpress-order-list.json') as Array<{ body: string }>;
    const orders = readMtopResponse('mtop.aliexpress.trade.buyer.order.list', JSON.parse(entries[0]!.body), NOW);
    expect(orders.map((o) => o.orderId)).toContain('3048963030691559');
    expect(orders.find((o) => o.orderId === '3048963030691559')).toMatchObject({
      numericStatus: 9,
      orderedAt: '2025-01-24',
    });
  });

  it('the order page response: events, and the service text "Refund if no delivery before …" as a deadline', () => {
    const [order] = readMtopResponse(
      'mtop.aliexpress.trade.buyer.order.detail',
      capture('maxwellmezadre-aliexpress-mcp__order-detail.json'),
      NOW,
    );
    expect(order).toMatchObject({
      orderId: '8212313961591322',
      statusText: 'Completed',
      orderedAt: '2026-07-15',
      numericStatus: 9,
    });
    expect(order!.events.shippedAt).toBeDefined();
    const protection = order!.deadlines.find((d) => d.kind === 'protection_end')!;
    expect(protection).toMatchObject({ confidence: 'exact', source: 'page-data:no-delivery-refund' });
    expect(protection.at.slice(0, 10)).toBe('2026-09-04');
  });

  it.each([
    [
      'another api',
      'mtop.aliexpress.trade.buyer.order.count',
      capture('maxwellmezadre-aliexpress-mcp__order-count.json'),
    ],
    ['a string', 'mtop.aliexpress.trade.buyer.order.list', 'not json'],
    ['null', 'mtop.aliexpress.trade.buyer.order.list', null],
    [
      'hostile shapes',
      'mtop.aliexpress.trade.buyer.order.list',
      { data: { data: { x: { tag: 'pc_om_list_order', fields: { orderId: '<img onerror=1>', buttons: 'x' } } } } },
    ],
  ])('%s gives nothing and never throws', (_name, api, body) => {
    expect(readMtopResponse(api, body, NOW)).toEqual([]);
  });
});

describe('DOM and data together', () => {
  const data = readMtopResponse(
    'mtop.aliexpress.trade.buyer.order.list',
    capture('maxwellmezadre-aliexpress-mcp__order-list-init.json'),
    NOW,
  ).find((o) => o.orderId === '8214398062177351')!;

  it('agreeing readings report no disagreement', () => {
    expect(
      disagreements(
        pageOrder({ statusText: 'Awaiting delivery', orderedAt: '2026-09-01', actions: ['confirm_received', 'track'] }),
        data,
      ),
    ).toEqual([]);
  });

  it('a disagreement is reported, field by field', () => {
    const dom = pageOrder({ statusText: 'Completed', orderedAt: '2026-08-30', actions: ['add_to_cart'] });
    expect(disagreements(dom, data)).toEqual([
      'order date: page shows 2026-08-30, data says 2026-09-01',
      'status: page shows "Completed", data says "Awaiting delivery"',
      'action confirm_received: in the data only',
    ]);
  });

  it('a status label the DOM could not place is settled by the data’s button types', () => {
    const dom = pageOrder({
      status: 'unknown',
      statusText: 'Ожидает получения посылки',
      actions: [],
      unread: ['order date'],
    });
    delete dom.orderedAt;
    // The order date counts because the card shows it (the DOM reader just could not tell which date it was).
    const completed = completeWithData(dom, data, new Set(['2026-09-01']));
    expect(completed).toMatchObject({
      status: 'awaiting_delivery',
      actions: ['confirm_received', 'track'],
      orderedAt: '2026-09-01',
      unread: [],
    });
    // Not shown on the order's card: the data's date is not taken.
    expect(completeWithData(dom, data, new Set())).not.toHaveProperty('orderedAt');
  });
});
