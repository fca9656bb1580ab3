/**
 * The content script's watch over the tracking page (utils/content/tracking-page-watcher.ts): the page renders its
 * package block and then its events after load, so the first reading may be partial; each new reading is sent, the
 * same reading never twice, and a page that never shows a package block is reported once as "couldn't read".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { watchTrackingPage } from '@/utils/content/tracking-page-watcher';
import type { TrackingFacts } from '@/utils/model';

const URL_OF_PAGE = new URL('https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8214398062177351');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Each watch lasts until its signal aborts, as the content script's page watch does on navigation.
let page = new AbortController();

afterEach(() => {
  page.abort();
  page = new AbortController();
  document.body.replaceChildren();
});

function packageBlock(): HTMLElement {
  const block = document.createElement('div');
  block.className = 'logistic-info-v2--wrap--x';
  block.innerHTML =
    '<span class="logistic-info-v2--mailNoValue--a">LP00648213579024</span><div class="logistic-info-v2--track--b"></div>';
  return block;
}

function addEvent(block: HTMLElement, text: string) {
  const node = document.createElement('div');
  node.className = 'logistic-info-v2--node--n';
  node.innerHTML = `<div class="logistic-info-v2--nodeTitle--t">In transit</div><div class="logistic-info-v2--nodeDesc--d"></div>`;
  node.querySelector('.logistic-info-v2--nodeDesc--d')!.textContent = text;
  block.querySelector('.logistic-info-v2--track--b')!.prepend(node);
}

describe('watchTrackingPage', () => {
  it('sends the first reading, then each new one as the events load, never the same one twice', async () => {
    const sent: Array<[string, TrackingFacts]> = [];
    const unreadable: string[] = [];
    watchTrackingPage(document, URL_OF_PAGE, {
      signal: page.signal,
      report: (orderId, tracking) => sent.push([orderId, tracking]),
      reportUnreadable: (reason) => unreadable.push(reason),
      now: () => new Date(),
      giveUpAfterMs: 400,
    });
    // Rendered after load: the package block first, its events a moment later.
    const block = packageBlock();
    document.body.append(block);
    await wait(200);
    addEvent(block, 'Package left sorting center of origin.');
    await wait(200);
    // A re-render that changes nothing OrderShield reads (a live clock on the page).
    const clock = document.createElement('span');
    clock.textContent = '10:01';
    document.body.append(clock);
    await wait(500);
    expect(sent.map(([id, t]) => [id, t.eventCount, t.lastEvent?.text])).toEqual([
      ['8214398062177351', 0, undefined],
      ['8214398062177351', 1, 'Package left sorting center of origin.'],
    ]);
    expect(unreadable).toEqual([]);
  });

  it('stops watching when its signal aborts: a package block rendered after that is not read', async () => {
    const sent: string[] = [];
    watchTrackingPage(document, URL_OF_PAGE, {
      signal: page.signal,
      report: (orderId) => sent.push(orderId),
      reportUnreadable: () => undefined,
      now: () => new Date(),
      giveUpAfterMs: 100,
    });
    page.abort();
    document.body.append(packageBlock());
    await wait(300);
    expect(sent).toEqual([]);
  });

  it('a page that never shows a package block: one "couldn’t read", with the reason', async () => {
    const unreadable: string[] = [];
    document.body.innerHTML = '<div class="tracking-v2--wrap--k">Loading…</div>';
    watchTrackingPage(document, URL_OF_PAGE, {
      signal: page.signal,
      report: () => expect.fail('nothing to report'),
      reportUnreadable: (reason) => unreadable.push(reason),
      now: () => new Date(),
      giveUpAfterMs: 100,
    });
    await wait(300);
    expect(unreadable).toEqual(['the tracking page did not render a recognizable package block']);
  });
});
