/**
 * Benchmark (figures, not a pass/fail test), issue 16: the cost of storing what a page shows, as the history grows,
 * in real Chromium with the built test extension (`wxt build --mode e2e`: the same code plus the reconcile record,
 * entrypoints/background.ts). For 0, 1,000 and 5,000 orders already tracked:
 * - 10 new orders stored: from opening a My Orders page with 10 new cards until storage holds all 10 (median of 5);
 * - the stored bytes (`getBytesInUse`) and the bytes per order;
 * - the reconcile that follows a 10-order read: how many orders it planned, and how long it took;
 * - a cold-worker reconcile: the browser started again on that profile, its new worker's first reconcile timed
 *   (median of 5).
 * And one page of 5,000 cards (200 in quick mode) read and stored: from their insertion into a loaded My Orders page
 * until the index lists them all, and from opening a page that holds them in its HTML.
 * Orders are the frozen v1 example's two real orders (a list reading and an order-page reading) under fresh ids.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_E2E_BUILD_DIR, launchWithExtension, type ExtensionSession } from '../../tests/harness/chromium';
import { loadFixture } from '../../tests/harness/fixtures';
import { rebaseDates } from '../../tests/harness/rebase-dates';
import type { TrackedOrder } from '../../utils/model';
import { encodeIndex } from '../../utils/order-index';
import type { ReconcileRecord } from '../../entrypoints/background';

type Chrome = typeof import('wxt/browser').browser;
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const TEMPLATE_ID = '8214398062177351';

export interface StorageBenchRow {
  tracked: number;
  tenNewMs: number;
  storedBytes: number;
  bytesPerOrder: number;
  plannedAfterRead: number;
  reconcileAfterReadMs: number;
  coldReconcileMs: number;
  coldPlanned: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The real fixture's page up to its list, and its first card ("Awaiting delivery"). */
function fixtureParts(today: Date): { head: string; card: string } {
  const page = loadFixture('global-list-en-mixed.html', today);
  const listStart = page.indexOf('<div class="comet-checkbox-group" id="order-list">');
  const firstCard = page.indexOf('<div class="order-item"', listStart);
  const secondCard = page.indexOf('<div class="order-item"', firstCard + 1);
  return { head: page.slice(0, firstCard), card: page.slice(firstCard, secondCard) };
}

/** The fixture's card under each id. */
function cardsHtml(ids: string[], today: Date): string {
  const { card } = fixtureParts(today);
  return ids.map((id) => card.replaceAll(TEMPLATE_ID, id)).join('');
}

/** A My Orders page of `ids.length` cards. */
function listPage(ids: string[], today: Date): string {
  return `${fixtureParts(today).head}${cardsHtml(ids, today)}</div></div></div></body></html>`;
}

/** `count` tracked orders: the two real v1 example orders (rebased to today) repeated under fresh ids. */
function history(count: number, today: Date): Record<string, TrackedOrder> {
  const frozen = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/storage/v1-orders.json'), 'utf8'));
  const examples = Object.values(rebaseDates(frozen as Record<string, TrackedOrder>, '2026-11-21', today));
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const example = examples[i % examples.length]!;
      const orderId = String(8310000000000000 + i);
      return [orderId, { ...example, orderId, facts: { ...example.facts, orderId } }];
    }),
  );
}

const reconciles = (session: ExtensionSession) =>
  session.inWorker(
    () => (globalThis as unknown as { __ordershieldReconciles?: ReconcileRecord[] }).__ordershieldReconciles ?? [],
    undefined,
  );

/** Resolves when every `ids` order is stored (polled inside the worker); returns `Date.now()` then. */
function storedAll(session: ExtensionSession, ids: string[]): Promise<number> {
  return session.inWorker(
    async (keys) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (;;) {
        const got = await chrome.storage.local.get(keys);
        if (Object.keys(got).length === keys.length) return Date.now();
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    ids.map((id) => `order:${id}`),
  );
}

/** Waits until the index holds `count` orders, all planned (no time 0), and the worker is idle. */
async function settled(session: ExtensionSession, count: number): Promise<void> {
  await session.inWorker(async (count) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    for (;;) {
      // The index's entries are one string, `<id>:<base-36 time>` joined by commas (utils/order-index.ts); 0: to plan.
      const { orderIndex } = (await chrome.storage.local.get('orderIndex')) as { orderIndex?: { next?: unknown } };
      const entries = typeof orderIndex?.next === 'string' && orderIndex.next ? orderIndex.next.split(',') : [];
      if (entries.length === count && entries.every((entry) => !entry.endsWith(':0'))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, count);
  await new Promise((r) => setTimeout(r, 500));
}

async function withSession<T>(
  work: (session: ExtensionSession, pages: Map<string, string>) => Promise<T>,
  userDataDir?: string,
): Promise<T> {
  const session = await launchWithExtension({
    extensionDir: CHROME_E2E_BUILD_DIR,
    ...(userDataDir ? { userDataDir } : {}),
  });
  const pages = new Map<string, string>();
  await session.context.route(
    (url) => url.href.startsWith(LIST_URL) && url.searchParams.has('bench'),
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: pages.get(new URL(route.request().url()).searchParams.get('bench')!) ?? '',
      }),
  );
  try {
    return await work(session, pages);
  } finally {
    await session.close();
  }
}

export async function benchStorage(
  options: { tracked?: number[]; rounds?: number; bigPage?: number; build?: boolean } = {},
): Promise<{ rows: StorageBenchRow[]; bigPage: { cards: number; insertedMs: number; openedMs: number } }> {
  const { tracked = [0, 1000, 5000], rounds = 5, bigPage = 5000, build = true } = options;
  if (build) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const today = new Date();
  const rows: StorageBenchRow[] = [];
  for (const count of tracked) {
    const profile = mkdtempSync(join(tmpdir(), 'ordershield-bench-'));
    rows.push(
      await withSession(async (session, pages): Promise<StorageBenchRow> => {
        // Stored as the background stores them (layout v2: a key per order, the index, the marker); planned first.
        const orders = history(count, today);
        const seed: Record<string, unknown> = { orders$: { v: 2 } };
        for (const [id, order] of Object.entries(orders)) seed[`order:${id}`] = order;
        seed.orderIndex = encodeIndex({
          next: Object.fromEntries(Object.keys(orders).map((id) => [id, 0])),
          plannedUnder: '',
          plannedAt: 0,
          stateStamp: '',
        });
        await session.inWorker(async (seed) => {
          await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(seed);
        }, seed);
        await settled(session, count);
        console.error(`[bench] ${count} tracked: stored and planned`);

        const times: number[] = [];
        const afterRead: ReconcileRecord[] = [];
        for (let round = 0; round < rounds; round++) {
          const ids = Array.from({ length: 10 }, (_, i) => String(8320000000000000 + round * 100 + i));
          pages.set(`r${round}`, listPage(ids, today));
          const page = await session.context.newPage();
          const before = (await reconciles(session)).length;
          const opened = Date.now();
          const found = storedAll(session, ids);
          await page.goto(`${LIST_URL}?bench=r${round}`, { waitUntil: 'commit' });
          times.push((await found) - opened);
          await settled(session, count + (round + 1) * 10);
          const records = (await reconciles(session)).slice(before);
          const planning = records.find((r) => r.planned > 0);
          if (planning) afterRead.push(planning);
          await page.close();
        }
        const storedBytes = await session.inWorker(
          () => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.getBytesInUse(null),
          undefined,
        );
        const total = count + rounds * 10;

        return {
          tracked: count,
          tenNewMs: median(times),
          storedBytes,
          bytesPerOrder: Math.round(storedBytes / Math.max(total, 1)),
          plannedAfterRead: median(afterRead.map((r) => r.planned)),
          reconcileAfterReadMs: median(afterRead.map((r) => r.doneMs - r.startedMs)),
          coldReconcileMs: Number.NaN,
          coldPlanned: Number.NaN,
        };
      }, profile),
    );
    // Cold: the browser started again on that profile, its worker's first reconcile (nothing cached, no JIT).
    const cold: ReconcileRecord[] = [];
    for (let round = 0; round < rounds; round++) {
      const record = await withSession(
        (session) =>
          session.inWorker(async () => {
            const holder = globalThis as unknown as { __ordershieldReconciles?: ReconcileRecord[] };
            for (let i = 0; i < 1500 && !(holder.__ordershieldReconciles?.length ?? 0); i++)
              await new Promise((r) => setTimeout(r, 20));
            return holder.__ordershieldReconciles?.[0];
          }, undefined),
        profile,
      ).catch(() => undefined);
      if (record) cold.push(record);
    }
    const row = rows.at(-1)!;
    row.coldReconcileMs = median(cold.map((r) => r.doneMs - r.startedMs));
    row.coldPlanned = median(cold.map((r) => r.planned));
    rmSync(profile, { recursive: true, force: true });
  }

  // One big page, two ways: its cards inserted into a loaded My Orders page (as the real list renders them, after
  // the page; the figure the target is about), and served in the page's HTML (then the browser's own loading of the
  // page, ~3 kB of markup and a thumbnail per card through the test's request routing, comes first).
  const ids = Array.from({ length: bigPage }, (_, i) => String(8330000000000000 + i));
  const untilIndexed = (session: ExtensionSession) =>
    session.inWorker(async (count) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (;;) {
        const { orderIndex } = (await chrome.storage.local.get('orderIndex')) as { orderIndex?: { next?: unknown } };
        const next = orderIndex?.next;
        if ((typeof next === 'string' && next ? next.split(',').length : 0) >= count) return Date.now();
        await new Promise((r) => setTimeout(r, 50));
      }
    }, bigPage);
  const insertedMs = await withSession(async (session, pages) => {
    pages.set('empty', listPage([], today));
    const page = await session.context.newPage();
    await page.goto(`${LIST_URL}?bench=empty`, { waitUntil: 'load' });
    await page.waitForTimeout(500); // the content script has started and settled
    const found = untilIndexed(session);
    const inserted = await page.evaluate(
      (html) => {
        const at = Date.now();
        document.getElementById('order-list')!.insertAdjacentHTML('beforeend', html);
        return at;
      },
      cardsHtml(ids, today),
    );
    const ms = (await found) - inserted;
    await page.close();
    return ms;
  });
  const openedMs = await withSession(async (session, pages) => {
    pages.set('big', listPage(ids, today));
    const page = await session.context.newPage();
    const opened = Date.now();
    const found = untilIndexed(session);
    await page.goto(`${LIST_URL}?bench=big`, { waitUntil: 'commit' });
    const ms = (await found) - opened;
    await page.close();
    return ms;
  });
  const big = { cards: bigPage, insertedMs, openedMs };
  return { rows, bigPage: big };
}

/** Prints the tables (shared by `npm run bench` and its quick CI version); returns the rows for the summary. */
export async function printStorageBench(quick: boolean): Promise<Awaited<ReturnType<typeof benchStorage>>['rows']> {
  const { rows, bigPage } = await benchStorage(
    quick ? { tracked: [0, 100], rounds: 1, bigPage: 200 } : { tracked: [0, 1000, 5000], rounds: 5, bigPage: 5000 },
  );
  const base = rows[0]?.tenNewMs ?? Number.NaN;
  console.log(
    '\nStoring what a page shows, Chromium (ms from opening the page until storage holds its orders; median):',
  );
  console.table(
    rows.map((r) => ({
      'already tracked': r.tracked,
      '10 new orders stored ms': r.tenNewMs,
      'vs 0 tracked (target ≤ 1.5×)': (r.tenNewMs / base).toFixed(2),
      'stored MB': (r.storedBytes / 1e6).toFixed(2),
      'bytes per order': r.bytesPerOrder,
      'reconcile after the read: orders planned': r.plannedAfterRead,
      'reconcile after the read ms': r.reconcileAfterReadMs.toFixed(1),
      'cold-worker reconcile ms (target < 100)': r.coldReconcileMs.toFixed(1),
      'cold: orders planned': r.coldPlanned,
    })),
  );
  console.log(
    `One page of ${bigPage.cards} cards read and stored: ${bigPage.insertedMs} ms from their insertion into a loaded ` +
      `My Orders page (target ≤ 10 s at 5,000); ${bigPage.openedMs} ms from opening a page that holds them in its HTML`,
  );
  return rows;
}
