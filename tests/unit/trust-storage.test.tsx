/**
 * Issue 12 §3: a full browser storage loses nothing and the popup says so; an import file cannot freeze the page,
 * overflow a message or win a merge with a date in the future.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { createUserActionHandlers } from '@/utils/background/user-actions';
import { dispatchMessage, MESSAGES } from '@/utils/messages';
import { openOrderStore, ORDER_KEY_PREFIX, readOrders, readStorageFull } from '@/utils/storage';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { exportJson } from '@/utils/transfer/export';
import { importChunks, IMPORT_CHUNK, MAX_IMPORT_BYTES, mergeImport, readImport } from '@/utils/transfer/import';
import { StorageNotice } from '@/components/popup/StorageNotice';
import { DataSection } from '@/components/options/DataSection';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const QUOTA = 'QUOTA_BYTES quota exceeded';

/** storage.local.set refuses any write of orders (either layout), as Chrome does once the 10 MB are used. */
function fillStorage() {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (Object.keys(items).some((key) => key === 'orders' || key.startsWith(ORDER_KEY_PREFIX))) throw new Error(QUOTA);
    return set(items);
  });
}

async function flush() {
  for (let i = 0; i < 20; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

describe('storage full', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ orders: { '8214398062177351': trackedOrder() } });
  });

  it('a refused write keeps every stored order, records the refusal, and the popup shows it', async () => {
    const before = await fakeBrowser.storage.local.get('orders');
    const full = fillStorage();
    const handlers = createPageReportHandlers(openOrderStore(), () => NOW);
    await expect(
      handlers.pageRead(
        {
          url: LIST_URL,
          pageKind: 'global-list',
          orders: [pageOrder({ orderId: '8212313961591322', status: 'completed', statusText: 'Completed' })],
        },
        {},
      ),
    ).rejects.toThrow(/quota/i);
    expect(await fakeBrowser.storage.local.get('orders')).toEqual(before);
    expect((await readOrders()).orders.map((o) => o.orderId)).toEqual(['8214398062177351']);
    expect(await readStorageFull()).toMatchObject({ reason: expect.stringMatching(/quota/i) });

    const host = document.createElement('div');
    document.body.append(host);
    render(<StorageNotice />, host);
    await flush();
    expect(host.querySelector('[data-testid="storage-full"]')?.textContent).toContain('Browser storage is full');

    // Room again: the next write clears the notice.
    full.mockRestore();
    await handlers.pageRead(
      { url: LIST_URL, pageKind: 'global-list', orders: [pageOrder({ orderId: '8212313961591322' })] },
      {},
    );
    expect(await readStorageFull()).toBeNull();
    await flush();
    expect(host.querySelector('[data-testid="storage-full"]')).toBeNull();
    render(null, host);
    host.remove();
  });
});

describe('import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a lastSeenAt in the future does not make the file’s facts win (clamped to now)', () => {
    const stored = trackedOrder({
      facts: pageOrder({ status: 'awaiting_delivery', statusText: 'Awaiting delivery' }),
      lastSeenAt: '2026-11-20T10:00:00.000Z',
    });
    const planted = trackedOrder({
      facts: pageOrder({ status: 'completed', statusText: 'Completed' }),
      lastSeenAt: '2099-01-01T00:00:00.000Z',
      firstSeenAt: '2099-01-01T00:00:00.000Z',
    });
    const file = exportJson([planted], DEFAULT_SETTINGS, new Date('2099-01-01T00:00:00.000Z'));
    const reading = readImport(file, NOW);
    expect(reading.orders[0]!.lastSeenAt <= NOW.toISOString()).toBe(true);
    const record = { [stored.orderId]: stored };
    mergeImport(record, [planted], NOW);
    // Both "seen" now or earlier: the stored reading (seen last, for real) keeps its facts.
    const merged = record[stored.orderId]!;
    expect(merged.lastSeenAt <= NOW.toISOString()).toBe(true);
    expect(merged.firstSeenAt <= NOW.toISOString()).toBe(true);
  });

  it('20,000+ orders go over in messages of at most IMPORT_CHUNK orders, each a valid importData message', () => {
    const orders = Array.from({ length: 20_001 }, (_, i) =>
      trackedOrder({
        orderId: String(8_200_000_000_000_000 + i),
        facts: pageOrder({ orderId: String(8_200_000_000_000_000 + i) }),
      }),
    );
    const chunks = importChunks(orders);
    expect(chunks.length).toBe(Math.ceil(20_001 / IMPORT_CHUNK));
    expect(chunks.flat()).toHaveLength(20_001);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(IMPORT_CHUNK);
      // A maximal order is ≤ 16 KB: a chunk stays far below a browser message's 64 MiB.
      expect(IMPORT_CHUNK * 16 * 1024).toBeLessThan((64 * 1024 * 1024) / 4);
    }
    expect(MESSAGES.importData.request.safeParse({ orders: chunks[0] }).success).toBe(true);
  });

  function renderDataSection() {
    const host = document.createElement('div');
    document.body.append(host);
    render(<DataSection />, host);
    const input = host.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const choose = async (file: { size: number; text(): Promise<string> }) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await flush();
    };
    return { host, choose, report: () => host.querySelector('[data-testid="import-report"]')?.textContent ?? '' };
  }

  it('a file over the size limit is refused with a clear message before it is read', async () => {
    const { host, choose, report } = renderDataSection();
    const text = vi.fn(async () => '{}');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await choose({ size: MAX_IMPORT_BYTES + 1, text });
    expect(report()).toContain('larger than');
    expect(text).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    render(null, host);
    host.remove();
  });

  it('a big file is merged in chunks; storage filling up midway says how many came in, no unhandled rejection', async () => {
    await fakeBrowser.storage.local.set({ orders: {} });
    const store = openOrderStore();
    const handlers = { ...createPageReportHandlers(store, () => NOW), ...createUserActionHandlers(store, () => NOW) };
    const sizes: number[] = [];
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const payload = (message as { payload: { orders: unknown[] } }).payload;
      sizes.push(payload.orders.length);
      if (++calls === 3) fillStorage();
      const answer = await dispatchMessage(message, { url: fakeBrowser.runtime.getURL('/options.html') }, handlers);
      if (answer === undefined) throw new Error('no answer');
      return answer;
    });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const orders = Array.from({ length: IMPORT_CHUNK * 3 + 10 }, (_, i) => {
      const orderId = String(8_200_000_000_000_000 + i);
      return trackedOrder({ orderId, facts: pageOrder({ orderId }) });
    });
    const file = exportJson(orders, DEFAULT_SETTINGS, NOW);
    const { host, choose, report } = renderDataSection();
    await choose({ size: file.length, text: async () => file });
    expect(sizes).toEqual([IMPORT_CHUNK, IMPORT_CHUNK, IMPORT_CHUNK]);
    expect(report()).toContain(`${IMPORT_CHUNK * 2} of ${orders.length} orders were imported`);
    expect((await readOrders()).orders).toHaveLength(IMPORT_CHUNK * 2);
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    render(null, host);
    host.remove();
  });
});
