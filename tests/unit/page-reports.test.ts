import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { dispatchMessage, sendMessage } from '@/utils/messages';
import type { PageOrder } from '@/utils/model';
import { openOrderStore, readOrders, readQuarantine, readUnreadablePages } from '@/utils/storage';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00Z');
const sender = { url: 'https://www.aliexpress.com/p/order/index.html', tab: { id: 3 } };
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';

function envelope(type: string, payload: unknown) {
  return { ordershield: 1, type, payload };
}

describe('background: page reports → storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('stores the orders a content script read, validated, under their ids', async () => {
    const handlers = createPageReportHandlers(openOrderStore(), () => NOW);
    const answer = await dispatchMessage(
      envelope('pageRead', {
        url: LIST_URL,
        pageKind: 'global-list',
        orders: [pageOrder(), pageOrder({ orderId: '8212313961591322', status: 'completed', statusText: 'Completed' })],
      }),
      sender,
      handlers,
    );
    expect(answer).toEqual({ stored: 2, tracked: 2 });
    const { orders } = await readOrders();
    expect(orders.map((o) => [o.orderId, o.facts.status]).sort()).toEqual([
      ['8212313961591322', 'completed'],
      ['8214398062177351', 'awaiting_delivery'],
    ]);
  });

  it('rejects a message that fails validation and stores nothing; a card that fails is left out on its own', async () => {
    const handlers = createPageReportHandlers(openOrderStore(), () => NOW);
    const hostile = pageOrder({ orderId: '<img src=x onerror=alert(1)>' });
    expect(
      await dispatchMessage(
        envelope('pageRead', { url: LIST_URL, pageKind: 'global-list', orders: [hostile] }),
        sender,
        handlers,
      ),
    ).toEqual({ stored: 0, tracked: 0 });
    expect(await dispatchMessage({ type: 'pageRead', payload: {} }, sender, handlers)).toBeUndefined();
    expect((await readOrders()).orders).toEqual([]);
  });

  // The content script sends the readers' typed output as it is: the background is where it is checked.
  it('a malformed card sent by a content script is refused by the background, and what it stores is capped there', async () => {
    const handlers = createPageReportHandlers(openOrderStore(), () => NOW);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const answer = await dispatchMessage(message, sender, handlers);
      if (answer === undefined) throw new Error('no answer');
      return answer;
    });
    const malformed = {
      ...pageOrder(),
      status: 'won_the_lottery',
      deadlines: [{ kind: 'protection_end', at: 'tomorrow' }],
    } as unknown as PageOrder;
    await expect(
      sendMessage('pageRead', { url: LIST_URL, pageKind: 'global-list', orders: [malformed] }),
    ).resolves.toEqual({ stored: 0, tracked: 0 });
    expect((await readOrders()).orders).toEqual([]);
    // A report that is not a report at all is refused whole.
    await expect(sendMessage('pageRead', { url: 'not a url', pageKind: 'global-list', orders: [] })).rejects.toThrow();

    // One refused card never costs the real orders read with it.
    const hostile = {
      ...pageOrder({ orderId: '8219999999999999' }),
      items: Array.from({ length: 201 }, () => ({ title: 'x' })),
    } as PageOrder;
    await expect(
      sendMessage('pageRead', {
        url: LIST_URL,
        pageKind: 'global-list',
        orders: [hostile, pageOrder({ orderId: '8215002231409876' })],
      }),
    ).resolves.toEqual({ stored: 1, tracked: 1 });
    expect((await readOrders()).orders.map((o) => o.orderId)).toEqual(['8215002231409876']);

    const wordy = pageOrder({ statusText: `  ${'Awaiting delivery '.repeat(50)}` });
    await expect(sendMessage('pageRead', { url: LIST_URL, pageKind: 'global-list', orders: [wordy] })).resolves.toEqual(
      { stored: 1, tracked: 2 },
    );
    const [stored] = (await readOrders()).orders;
    expect(stored?.facts.statusText.length).toBeLessThanOrEqual(120);
    expect(stored?.facts.statusText.startsWith('Awaiting delivery')).toBe(true);
  });

  it('three tabs reporting at the same moment lose nothing (writes are serialized)', async () => {
    const handlers = createPageReportHandlers(openOrderStore(), () => NOW);
    const batch = (start: number) =>
      Array.from({ length: 30 }, (_, i) => pageOrder({ orderId: String(8214000000000000 + start + i) }));
    await Promise.all(
      [0, 100, 200].map((start) =>
        dispatchMessage(
          envelope('pageRead', { url: LIST_URL, pageKind: 'global-list', orders: batch(start) }),
          sender,
          handlers,
        ),
      ),
    );
    expect((await readOrders()).orders).toHaveLength(90);
  });

  it('keeps an invalid stored entry aside instead of dropping it, and goes on with the valid ones', async () => {
    await fakeBrowser.storage.local.set({
      orders: {
        '8214398062177351': trackedOrder(),
        '8212313961591322': { orderId: '8212313961591322', facts: 'corrupted' },
      },
    });
    const handlers = createPageReportHandlers(openOrderStore(), () => NOW);
    await dispatchMessage(
      envelope('pageRead', {
        url: LIST_URL,
        pageKind: 'global-list',
        orders: [pageOrder({ orderId: '8215002231409876' })],
      }),
      sender,
      handlers,
    );
    const { orders } = await readOrders();
    expect(orders.map((o) => o.orderId).sort()).toEqual(['8214398062177351', '8215002231409876']);
    const aside = await readQuarantine();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({
      id: '8212313961591322',
      value: { orderId: '8212313961591322', facts: 'corrupted' },
    });
  });

  it('remembers a page it could not read, and forgets it once the page is read', async () => {
    const handlers = createPageReportHandlers(openOrderStore(), () => NOW);
    await dispatchMessage(
      envelope('pageUnreadable', { url: LIST_URL, pageKind: 'global-list', reason: 'no order cards found' }),
      sender,
      handlers,
    );
    expect(await readUnreadablePages()).toEqual([
      { url: LIST_URL, pageKind: 'global-list', reason: 'no order cards found', seenAt: NOW.toISOString() },
    ]);
    await dispatchMessage(
      envelope('pageRead', { url: LIST_URL, pageKind: 'global-list', orders: [pageOrder()] }),
      sender,
      handlers,
    );
    expect(await readUnreadablePages()).toEqual([]);
  });
});

describe('background: defined outcomes for orders and clocks that misbehave', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('an order that disappears from the page (another tab, deleted, older than the list shows) stays tracked as it was', async () => {
    const store = openOrderStore();
    const first = createPageReportHandlers(store, () => NOW);
    await first.pageRead(
      { url: LIST_URL, pageKind: 'global-list', orders: [pageOrder(), pageOrder({ orderId: '8212313961591322' })] },
      {},
    );
    const later = new Date(NOW.getTime() + 86_400_000);
    await createPageReportHandlers(store, () => later).pageRead(
      { url: LIST_URL, pageKind: 'global-list', orders: [pageOrder()] },
      {},
    );
    const { orders } = await readOrders();
    const gone = orders.find((o) => o.orderId === '8212313961591322')!;
    // Kept, not archived, not changed: its last sighting stays the day it was last on a page.
    expect(gone).toMatchObject({ archived: false, lastSeenAt: NOW.toISOString() });
    expect(orders.find((o) => o.orderId === '8214398062177351')!.lastSeenAt).toBe(later.toISOString());
  });
});
