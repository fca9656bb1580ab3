/**
 * A page that never stops changing (a live clock, a countdown inside a card, a text rewritten with the same
 * text) must not make the watcher send the same orders again and again: each send rewrites the whole stored
 * orders record (tests/e2e/hostile-pages.e2e.ts measured 55 writes in 4 s before the fix). A reading that
 * really changed is still sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { watchDetailPage, watchListPage } from '@/utils/content/order-page-watcher';
import type { DetailReader, ListReader } from '@/utils/pages/types';
import type { PageOrder } from '@/utils/model';
import { pageOrder } from './support/factories';

/** A card reader that reads the status from `.status` and ignores the rest of the card (like a live countdown). */
const listReader: ListReader = {
  kind: 'global-list',
  layout: 'test',
  findCards: (root) => Array.from(root.querySelectorAll('.card')),
  readCard: (card) => ({
    ok: true,
    order: pageOrder({
      orderId: card.getAttribute('data-id')!,
      statusText: card.querySelector('.status')?.textContent ?? '',
    }),
  }),
};

/** An order page reader that reads the status from `.status`; `#live` is page noise. */
const detailReader: DetailReader = {
  kind: 'global-detail',
  layout: 'test',
  isRendered: (doc) => doc.querySelector('.status') !== null,
  read: (doc) => ({
    ok: true,
    order: pageOrder({ pageKind: 'global-detail', statusText: doc.querySelector('.status')!.textContent ?? '' }),
  }),
};

function listCard(id: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'card';
  el.setAttribute('data-id', id);
  el.innerHTML = '<span class="status">Awaiting delivery</span><span class="tick">0</span>';
  return el;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The content script's lifetime in these tests: aborted after each, as WXT aborts `ctx.signal`. */
let lifetime = new AbortController();

afterEach(() => {
  lifetime.abort();
  lifetime = new AbortController();
  document.body.replaceChildren();
});

/** Runs `mutate` every 2 ms for `ms`, then lets the debounces settle. */
async function churn(mutate: (n: number) => void, ms = 300): Promise<number> {
  let n = 0;
  const timer = setInterval(() => mutate(++n), 2);
  await wait(ms);
  clearInterval(timer);
  await wait(250);
  return n;
}

describe('a constantly changing page is not re-sent', () => {
  it.each([
    [
      'a countdown inside the card',
      (card: Element, n: number) => (card.querySelector('.tick')!.textContent = String(n)),
    ],
    [
      'the same text written again',
      (card: Element) => (card.querySelector('.status')!.firstChild as Text).replaceData(0, 0, ''),
    ],
    [
      'the card re-rendered as a new element with the same content',
      (card: Element) => card.replaceWith(listCard(card.getAttribute('data-id')!)),
    ],
  ])('list card: %s', async (_name, mutate) => {
    document.body.append(listCard('8214000000000001'), listCard('8214000000000002'));
    const sent: PageOrder[][] = [];
    watchListPage(document, listReader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => sent.push(orders),
      reportUnreadable: () => undefined,
      now: () => new Date(),
      batchDelayMs: 1,
    });
    await wait(20);
    expect(
      sent
        .flat()
        .map((o) => o.orderId)
        .sort(),
    ).toEqual(['8214000000000001', '8214000000000002']);
    const changes = await churn(() => {
      const card = document.querySelector('.card[data-id="8214000000000001"]')!;
      mutate(card, Math.random());
    });
    expect(changes).toBeGreaterThan(20);
    expect(sent).toHaveLength(1);
  });

  it('a reading that really changed is still sent, once', async () => {
    const card = listCard('8214000000000001');
    document.body.append(card);
    const sent: PageOrder[][] = [];
    watchListPage(document, listReader, new URL('https://www.aliexpress.com/p/order/index.html'), {
      signal: lifetime.signal,
      report: (orders) => sent.push(orders),
      reportUnreadable: () => undefined,
      now: () => new Date(),
      batchDelayMs: 1,
    });
    await wait(20);
    card.querySelector('.status')!.textContent = 'Completed';
    await churn((n) => (card.querySelector('.tick')!.textContent = String(n)), 100);
    expect(sent.map((batch) => batch.map((o) => o.statusText))).toEqual([['Awaiting delivery'], ['Completed']]);
  });

  it('an order page with a live line is sent once, and again only when the order changes', async () => {
    document.body.innerHTML = '<div class="status">Awaiting delivery</div><div id="live">0</div>';
    const sent: PageOrder[][] = [];
    watchDetailPage(
      document,
      detailReader,
      new URL('https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351'),
      {
        signal: lifetime.signal,
        report: (orders) => sent.push(orders),
        reportUnreadable: () => undefined,
        now: () => new Date(),
        batchDelayMs: 1,
      },
    );
    const live = document.getElementById('live')!;
    await churn((n) => (live.textContent = String(n)));
    expect(sent).toHaveLength(1);
    document.querySelector('.status')!.textContent = 'Completed';
    await churn((n) => (live.textContent = String(n)));
    expect(sent.map((batch) => batch[0]!.statusText)).toEqual(['Awaiting delivery', 'Completed']);
  });
});
