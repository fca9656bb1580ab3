import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchListPage, watchDetailPage, type PageWatch } from '@/utils/content/order-page-watcher';
import type { ListReader, DetailReader } from '@/utils/pages/types';
import type { PageOrder } from '@/utils/model';
import { MESSAGES } from '@/utils/messages';
import { pageOrder } from './support/factories';

/** A stand-in reader: one card per `.card`, its id in data-id; counts how often each card is read. */
function countingReader() {
  const reads = new Map<string, number>();
  const reader: ListReader = {
    kind: 'global-list',
    layout: 'test',
    findCards: (root) => Array.from(root.querySelectorAll('.card')),
    readCard: (card) => {
      const id = card.getAttribute('data-id')!;
      reads.set(id, (reads.get(id) ?? 0) + 1);
      if (id === 'broken') return { ok: false, reason: 'broken card' };
      return { ok: true, order: pageOrder({ orderId: id, statusText: card.textContent ?? '' }) };
    },
  };
  return { reader, reads };
}

function card(id: string, text = 'Awaiting delivery'): HTMLElement {
  const el = document.createElement('div');
  el.className = 'card';
  el.setAttribute('data-id', id);
  el.textContent = text;
  return el;
}

const flush = () => new Promise((r) => setTimeout(r, 0));
let watch: PageWatch | undefined;
/** The content script's lifetime in these tests: aborted after each, as WXT aborts `ctx.signal`. */
let lifetime = new AbortController();

afterEach(() => {
  lifetime.abort();
  lifetime = new AbortController();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('watchListPage', () => {
  it('reads each card once, then only appended cards, and batches the reports', async () => {
    const list = document.createElement('div');
    document.body.append(list);
    for (let i = 0; i < 10; i++) list.append(card(String(8214000000000000 + i)));
    const { reader, reads } = countingReader();
    const batches: PageOrder[][] = [];
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => batches.push(orders),
      reportUnreadable: () => undefined,
      now: () => new Date(),
      batchDelayMs: 5,
    });
    expect(watch.processed).toBe(10);
    // "View orders": ten more cards appended in one go.
    const page2 = document.createDocumentFragment();
    for (let i = 10; i < 20; i++) page2.append(card(String(8214000000000000 + i)));
    list.append(page2);
    await flush();
    expect(watch.processed).toBe(20);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(batches.flat()).toHaveLength(20);
    expect(batches.length).toBeLessThanOrEqual(2);
  });

  it('a very long burst (over 1,000 cards) is sent before the on-page features annotate it; a page of 10 after them', async () => {
    const events: string[] = [];
    const list = document.createElement('div');
    document.body.append(list);
    const { reader } = countingReader();
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => events.push(`sent ${orders.length}`),
      reportUnreadable: () => undefined,
      onCardRead: () => {
        if (events.at(-1) !== 'annotated') events.push('annotated');
      },
      now: () => new Date(),
      batchDelayMs: 5,
    });
    const many = document.createDocumentFragment();
    for (let i = 0; i < 1050; i++) many.append(card(String(8214000000000000 + i)));
    list.append(many);
    await flush();
    // All 1,050 went out (in messages of at most 100) before the features saw the first card.
    expect(events).toEqual([...Array.from({ length: 10 }, () => 'sent 100'), 'sent 50', 'annotated']);

    events.length = 0;
    const few = document.createDocumentFragment();
    for (let i = 1050; i < 1060; i++) few.append(card(String(8214000000000000 + i)));
    list.append(few);
    await new Promise((r) => setTimeout(r, 30));
    expect(events).toEqual(['annotated', 'sent 10']);
  });

  it('re-reads a card whose content changed, and only that card', async () => {
    const first = card('8214000000000001');
    const second = card('8214000000000002');
    document.body.append(first, second);
    const { reader, reads } = countingReader();
    const reported: PageOrder[] = [];
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => reported.push(...orders),
      reportUnreadable: () => undefined,
      now: () => new Date(),
      batchDelayMs: 1,
    });
    first.textContent = 'Completed';
    await flush();
    await new Promise((r) => setTimeout(r, 10));
    expect(reads.get('8214000000000001')).toBe(2);
    expect(reads.get('8214000000000002')).toBe(1);
    expect(reported.filter((o) => o.orderId === '8214000000000001').at(-1)!.statusText).toBe('Completed');
  });

  it('a tab switch that re-renders the list gets the new cards read, without duplicates in one batch', async () => {
    const list = document.createElement('div');
    document.body.append(list);
    list.append(card('8214000000000001'), card('8214000000000002'));
    const { reader } = countingReader();
    const batches: PageOrder[][] = [];
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => batches.push(orders),
      reportUnreadable: () => undefined,
      now: () => new Date(),
      batchDelayMs: 5,
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(batches).toHaveLength(1);
    // The re-rendered tab shows a changed card twice (an unchanged reading is not sent again: faults-page-churn.test.ts).
    list.replaceChildren(card('8214000000000002', 'Completed'), card('8214000000000002', 'Completed'));
    await new Promise((r) => setTimeout(r, 20));
    expect(batches).toHaveLength(2);
    expect(batches[1]!.map((o) => o.orderId)).toEqual(['8214000000000002']);
  });

  it('a list of 1,000 cards read in one burst is sent whole, in messages the background accepts', async () => {
    const list = document.createElement('div');
    for (let i = 0; i < 1000; i++) list.append(card(String(8214000000000000 + i)));
    document.body.append(list);
    const { reader } = countingReader();
    const batches: PageOrder[][] = [];
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => batches.push(orders),
      reportUnreadable: () => undefined,
      now: () => new Date(),
    });
    await flush();
    expect(new Set(batches.flat().map((o) => o.orderId)).size).toBe(1000);
    // The pageRead message takes at most 500 orders: a bigger batch would be refused whole.
    const largest = Math.max(...batches.map((b) => b.length));
    expect(largest).toBeLessThanOrEqual(100);
    expect(
      MESSAGES.pageRead.request.safeParse({
        url: 'https://www.aliexpress.com/p/order/index.html',
        pageKind: 'global-list',
        orders: batches[0],
      }).success,
    ).toBe(true);
  });

  it('our own badge put into a card is no reason to read it again; a page change that reads the same is not sent', async () => {
    const first = card('8214000000000001');
    document.body.append(first);
    const { reader, reads } = countingReader();
    const notified: string[] = [];
    const sent: string[] = [];
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => sent.push(...orders.map((o) => o.statusText)),
      batchDelayMs: 1,
      reportUnreadable: () => undefined,
      now: () => new Date(),
      onCardRead: (_card, order) => notified.push(order.statusText),
    });
    await flush();
    expect(notified).toEqual(['Awaiting delivery']);
    first.append(document.createElement('ordershield-badge'));
    await flush();
    expect(reads.get('8214000000000001')).toBe(1);
    // The page re-renders the card with the same words (taking our badge out): read again, nothing new to send,
    // but the features hear of it so the badge comes back.
    first.textContent = 'Awaiting delivery';
    await new Promise((r) => setTimeout(r, 10));
    expect(reads.get('8214000000000001')).toBe(2);
    expect(sent).toEqual(['Awaiting delivery']);
    expect(notified).toEqual(['Awaiting delivery', 'Awaiting delivery']);
    first.textContent = 'Completed';
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toEqual(['Awaiting delivery', 'Completed']);
    expect(notified).toEqual(['Awaiting delivery', 'Awaiting delivery', 'Completed']);
  });

  it('says once that the page could not be read when no card is readable', async () => {
    vi.useFakeTimers();
    document.body.append(card('broken'));
    const { reader } = countingReader();
    const unreadable = vi.fn();
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: () => undefined,
      reportUnreadable: unreadable,
      now: () => new Date(),
      giveUpAfterMs: 1000,
    });
    vi.advanceTimersByTime(1500);
    expect(unreadable).toHaveBeenCalledTimes(1);
    expect(unreadable.mock.calls[0]![0]).toContain('broken card');
  });

  it('says the layout was not recognized when there are no cards at all', () => {
    vi.useFakeTimers();
    const { reader } = countingReader();
    const unreadable = vi.fn();
    watch = watchListPage(document, reader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: () => undefined,
      reportUnreadable: unreadable,
      now: () => new Date(),
      giveUpAfterMs: 1000,
    });
    vi.advanceTimersByTime(1000);
    expect(unreadable).toHaveBeenCalledWith('no order cards found: the page layout was not recognized');
  });
});

describe('watchDetailPage', () => {
  it('waits for the client-rendered order block, then reads it', async () => {
    const reader: DetailReader = {
      kind: 'global-detail',
      layout: 'test',
      isRendered: (doc) => doc.querySelector('.order-wrap') !== null,
      read: () => ({ ok: true, order: pageOrder({ pageKind: 'global-detail' }) }),
    };
    const reported: PageOrder[] = [];
    watch = watchDetailPage(
      document,
      reader,
      new URL('https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351'),
      {
        signal: lifetime.signal,
        report: (orders) => reported.push(...orders),
        reportUnreadable: () => undefined,
        now: () => new Date(),
        batchDelayMs: 1,
      },
    );
    expect(reported).toEqual([]);
    const wrap = document.createElement('div');
    wrap.className = 'order-wrap';
    wrap.textContent = 'Awaiting delivery';
    document.body.append(wrap);
    await new Promise((r) => setTimeout(r, 250));
    expect(reported).toHaveLength(1);
  });
});
