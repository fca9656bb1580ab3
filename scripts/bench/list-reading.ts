/**
 * Benchmark (not a test): how fast the built extension reads My Orders pages in real Chromium.
 *
 * For generated pages of 10, 100 and 1,000 cards it measures, inside the page:
 * - the time from the cards being put in the DOM to all of them being read (marked) by the content script;
 * - the floor: a bare loop reading the same fields with querySelector, no extension involved;
 * - the cost of the 1st and the 100th appended batch of 10 cards ("View orders" appends 10 at a time).
 */
import { loadFixture } from '../../tests/harness/fixtures';
import { launchWithExtension } from '../../tests/harness/chromium';
import type { SiteMap } from '../../tests/harness/site';
import type { Page } from 'playwright-core';
import { READ_MARK } from '../../utils/markers';

const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';

/** The real fixture's cards, as HTML templates to clone with fresh order ids. */
function cardTemplates(): string[] {
  const page = loadFixture('global-list-en-mixed.html');
  const start = page.indexOf('<div class="comet-checkbox-group"');
  const end = page.indexOf('<div class="order-more"');
  const block = page.slice(start, end);
  const pieces = block
    .split('<div class="order-item" ')
    .slice(1)
    .map((rest) => `<div class="order-item" ${rest}`.trim());
  // The last piece also carries the list's own closing tag; every card must be balanced, or the generated
  // cards nest inside each other and every measurement grows with the page (a mistake this check now catches).
  const last = pieces.length - 1;
  pieces[last] = pieces[last]!.replace(/<\/div>$/, '').trim();
  for (const piece of pieces) {
    if ((piece.match(/<div\b/g) ?? []).length !== (piece.match(/<\/div>/g) ?? []).length)
      throw new Error('unbalanced card template');
  }
  return pieces;
}

/** The real page's frame (global-list-en-mixed.html): the status tabs above an empty list. */
const SHELL = `<!doctype html><html><head><meta charset="utf-8"><title>Orders</title></head><body>
<div class="comet-tabs-nav" role="tablist">
  <div class="comet-tabs-nav-item comet-tabs-nav-item-active" role="tab" data-tab="all">View all</div>
  <div class="comet-tabs-nav-item" role="tab" data-tab="unpaid">To pay</div>
  <div class="comet-tabs-nav-item" role="tab" data-tab="processing">To ship</div>
  <div class="comet-tabs-nav-item" role="tab" data-tab="shipped">Shipped</div>
  <div class="comet-tabs-nav-item" role="tab" data-tab="completed">Processed</div>
</div>
<div class="order-content"><div class="comet-checkbox-group" id="order-list"></div></div></body></html>`;

export interface ListBenchResult {
  cards: number;
  /** From the cards being in the DOM to all of them read (parsed and queued for the background). */
  extensionMs: number;
  floorMs: number;
  ratio: number;
  /** From the cards being in the DOM to every badge drawn. */
  badgesMs: number;
}

export interface BatchBenchResult {
  firstBatchMs: number;
  hundredthBatchMs: number;
  ratio: number;
}

export async function benchListReading(
  sizes = [10, 100, 1000],
  rounds = 3,
): Promise<{ lists: ListBenchResult[]; batches: BatchBenchResult }> {
  const templates = cardTemplates();
  const lists: ListBenchResult[] = [];
  for (const size of sizes) {
    const runs: Array<{ extensionMs: number; floorMs: number; badgesMs: number }> = [];
    for (let round = 0; round < rounds; round++) {
      // Every round in a fresh browser and profile: nothing stored yet and no background still busy with the
      // previous round's orders (on a 2-core machine that work competes with the page being measured).
      runs.push(
        await onShellPage(async (page) => {
          const html = Array.from({ length: size }, (_, i) => cardHtml(templates, i, round * 100_000 + size)).join('');
          return page.evaluate(measureList, { html, size, mark: READ_MARK });
        }),
      );
    }
    lists.push({
      cards: size,
      extensionMs: median(runs.map((r) => r.extensionMs)),
      floorMs: median(runs.map((r) => r.floorMs)),
      // Each round's reading against its own floor (same page, same moment), then the median of those.
      ratio: median(runs.map((r) => r.extensionMs / r.floorMs)),
      badgesMs: median(runs.map((r) => r.badgesMs)),
    });
  }

  const batchHtml = Array.from({ length: 100 }, (_, b) =>
    Array.from({ length: 10 }, (_, i) => cardHtml(templates, b * 10 + i, 900_000)).join(''),
  );
  const times = await onShellPage((page) => page.evaluate(measureBatches, { batches: batchHtml, mark: READ_MARK }));
  // A batch of 10 takes a few ms, so one batch is mostly noise: the 1st and the 100th are each taken as the median
  // of the five around them (1st–5th, 96th–100th).
  const firstBatchMs = median(times.slice(0, 5));
  const hundredthBatchMs = median(times.slice(-5));
  return { lists, batches: { firstBatchMs, hundredthBatchMs, ratio: hundredthBatchMs / firstBatchMs } };
}

/** Runs `measure` on the empty My Orders shell in a fresh Chromium with the built extension. */
async function onShellPage<T>(measure: (page: Page) => Promise<T>): Promise<T> {
  const site: SiteMap = { lists: {}, details: {} };
  const session = await launchWithExtension({ site });
  try {
    // The shell page is served by a route of its own: the cards are inserted by the benchmark, timed in-page.
    await session.context.route(LIST_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SHELL }),
    );
    // tsx compiles with esbuild's keepNames, which wraps nested functions in a `__name` helper the page lacks.
    await session.context.addInitScript('self.__name = self.__name || ((f) => f)');
    const page = await session.context.newPage();
    await page.goto(LIST_URL);
    await page.waitForTimeout(500); // the content script has started and settled
    return await measure(page);
  } finally {
    await session.close();
  }
}

function cardHtml(templates: string[], index: number, salt: number): string {
  const template = templates[index % templates.length]!;
  const id = String(8300000000000000 + salt * 10_000 + index);
  return template.replace(/\d{16}/g, id);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs in the page: the bare-loop floor on a copy, then insert the cards and wait until all are marked. */
function measureList({
  html,
  size,
  mark,
}: {
  html: string;
  size: number;
  mark: string;
}): Promise<{ extensionMs: number; floorMs: number; badgesMs: number }> {
  const list = document.getElementById('order-list')!;
  // The floor: every field the reader takes from a card (utils/pages/global-list.ts), read with plain querySelector
  // calls and no interpretation (serialized by Playwright into the page): the ids' hrefs, both header lines, status,
  // store name and link, each item's title, picture, quantity, price and link, the total, every control's label
  // and href, and the notes. The reader does more per field (fallback selectors, dates in 8 languages, printed
  // deadlines); the floor is what touching the same DOM costs at the least.
  function floorRead(copy: ParentNode, expected: number): number {
    const floorStart = performance.now();
    const rows: string[][] = [];
    for (const card of copy.querySelectorAll('.order-item')) {
      const info = card.querySelector('[data-pl="order_item_header_info"]');
      const row = [
        card.querySelector('a[data-pl="order_item_header_detail"]')?.getAttribute('href') ?? '',
        card.querySelector('a[href*="tradeOrderId="]')?.getAttribute('href') ?? '',
        info?.children[0]?.textContent ?? '',
        info?.children[1]?.textContent ?? '',
        card.querySelector('.order-item-header-status-text')?.textContent ?? '',
        card.querySelector('.order-item-store-name')?.textContent ?? '',
        card.querySelector('.order-item-store-name a[href]')?.getAttribute('href') ?? '',
        card.querySelector('.order-item-content-opt-price-total')?.textContent ?? '',
        card.querySelector('.order-item-bottom-action')?.textContent ?? '',
      ];
      for (const body of card.querySelectorAll('.order-item-content-body')) {
        row.push(
          body.querySelector('.order-item-content-info-name span[title]')?.getAttribute('title') ?? '',
          body.querySelector('.order-item-content-img')?.getAttribute('style') ?? '',
          body.querySelector('.order-item-content-info-number-quantity')?.textContent ?? '',
          body.querySelector('.order-item-content-info-number > div:first-child')?.textContent ?? '',
          body.querySelector('a[href*="/item/"]')?.getAttribute('href') ?? '',
        );
      }
      for (const control of card.querySelectorAll('.order-item-btns a'))
        row.push(control.textContent ?? '', control.getAttribute('href') ?? '');
      for (const control of card.querySelectorAll('.order-item-btns button')) row.push(control.textContent ?? '');
      rows.push(row);
    }
    if (rows.length !== expected) throw new Error('floor read the wrong number of cards');
    return Math.max(performance.now() - floorStart, 0.01);
  }
  return new Promise((resolve) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    let marked = 0;
    // Count first-time marks from the mutation records themselves (no re-query of the list while timing).
    const observer = new MutationObserver((records) => {
      for (const record of records) if (record.oldValue === null) marked++;
      if (marked >= size) {
        observer.disconnect();
        const extensionMs = performance.now() - start;
        // Badges are drawn in slices after the reading (utils/content/render-queue.ts): time them too.
        const waitForBadges = () => {
          const hosts = list.querySelectorAll('ordershield-badge');
          const drawn = Array.from(hosts).filter((host) => host.shadowRoot?.querySelector('.os-badge')).length;
          if (drawn >= size) resolve({ extensionMs, floorMs, badgesMs: performance.now() - start });
          else setTimeout(waitForBadges, 5);
        };
        waitForBadges();
      }
    });
    observer.observe(list, { attributes: true, attributeOldValue: true, subtree: true, attributeFilter: [mark] });
    list.append(template.content.cloneNode(true));
    // The floor reads the same live cards synchronously, before the content script's observer gets its turn
    // (mutation callbacks run after this task): same DOM, same document, no extension work in between.
    const floorMs = floorRead(list, size);
    const start = performance.now();
  });
}

/** Runs in the page: append 100 batches of 10, timing each until its cards are all marked. */
async function measureBatches({ batches, mark }: { batches: string[]; mark: string }): Promise<number[]> {
  const list = document.getElementById('order-list')!;
  const times: number[] = [];
  for (const html of batches) {
    const template = document.createElement('template');
    template.innerHTML = html;
    times.push(
      await new Promise<number>((resolve) => {
        const start = performance.now();
        let marked = 0;
        const observer = new MutationObserver((records) => {
          for (const record of records) if (record.oldValue === null) marked++;
          if (marked >= 10) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(list, { attributes: true, attributeOldValue: true, subtree: true, attributeFilter: [mark] });
        list.append(template.content.cloneNode(true));
      }),
    );
  }
  return times;
}
