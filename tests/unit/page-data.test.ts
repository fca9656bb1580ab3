/**
 * The content script's stored data comes from the background (`readPageData`), which validates it: an invalid
 * stored order never reaches the page and is never lost, invalid settings read as the defaults, and the page
 * sees a change made after it loaded. The zod-free checks the content script uses agree with the schemas.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageDataHandlers } from '@/utils/background/page-data';
import { dispatchMessage } from '@/utils/messages';
import { DEFAULT_SETTINGS, IsoInstantSchema, isIsoInstant, type Settings } from '@/utils/model';
import { ORDER_KEY_PREFIX, STORAGE_KEYS } from '@/utils/storage';
import { changedOrders, createPageData, PAGE_DATA_KEYS } from '@/entrypoints/orders.content/page-data';
import type { DataChange } from '@/utils/content/feature-manager';
import { trackedOrder } from './support/factories';
import type { SharedTexts } from '@/utils/i18n/languages';
import { DE } from '@/utils/i18n/languages/de';
import { registerEveryLanguage } from '@/utils/i18n/every-language';
import { t } from '@/utils/i18n/page';
import type { UiLanguage } from '@/utils/i18n/core';

const contentScript = { url: 'https://www.aliexpress.com/p/order/index.html', tab: { id: 7 } };

/** The background answering the content script's messages, as in entrypoints/background.ts. */
function answerFromBackground() {
  const handlers = createPageDataHandlers();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answer = await dispatchMessage(message, contentScript, handlers);
    if (answer === undefined) throw new Error('no answer');
    return answer;
  });
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition()).toBe(true);
}

describe('the order page reads stored data through the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('shows the valid orders and the buyer’s settings; an invalid stored order is left out and kept in storage', async () => {
    const good = trackedOrder({ orderId: '8215002231409876' });
    const broken = { ...trackedOrder({ orderId: '8215002231409877' }), firstSeenAt: 'yesterday' };
    const settings = { ...DEFAULT_SETTINGS, language: 'ru' as const };
    await fakeBrowser.storage.local.set({ orders: { [good.orderId]: good, [broken.orderId]: broken }, settings });
    answerFromBackground();

    const data = createPageData(document, () => new Date());
    const changes: DataChange[] = [];
    const unwatch = data.watch((change) => changes.push(change));
    data.showing([good.orderId, broken.orderId]);
    await until(() => data.context.storedOrder(good.orderId) !== undefined);
    expect(data.context.storedOrder(good.orderId)).toEqual(good);
    expect(data.context.storedOrder(broken.orderId)).toBeUndefined();
    expect(data.context.lang()).toBe('ru');
    // Read-only: nothing was removed from what the buyer has stored.
    const { orders } = (await fakeBrowser.storage.local.get('orders')) as { orders: Record<string, unknown> };
    expect(Object.keys(orders).sort()).toEqual([good.orderId, broken.orderId]);
    unwatch();
  });

  it('invalid stored settings read as the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'klingon' } });
    answerFromBackground();
    const data = createPageData(document, () => new Date());
    const changes: DataChange[] = [];
    const unwatch = data.watch((change) => changes.push(change));
    await until(() => changes.length > 0);
    expect(data.context.settings()).toEqual(DEFAULT_SETTINGS);
    unwatch();
  });

  it('a later change to one order reaches the page as a change of that order only', async () => {
    const first = trackedOrder({ orderId: '8215002231409876' });
    const second = trackedOrder({ orderId: '8215002231409878' });
    await fakeBrowser.storage.local.set({ orders: { [first.orderId]: first, [second.orderId]: second } });
    answerFromBackground();
    const data = createPageData(document, () => new Date());
    const changes: DataChange[] = [];
    const unwatch = data.watch((change) => changes.push(change));
    await until(() => changes.length === 1);
    data.showing([first.orderId, second.orderId]);
    await until(() => changes.length === 2);
    expect(changes[1]).toEqual({ all: false, orderIds: new Set([first.orderId, second.orderId]) });
    const unchanged = data.context.storedOrder(second.orderId);

    const archived = { ...first, archived: true };
    await fakeBrowser.storage.local.set({ orders: { [first.orderId]: archived, [second.orderId]: second } });
    await until(() => changes.length === 3);
    expect(changes[2]).toEqual({ all: false, orderIds: new Set([first.orderId]) });
    expect(data.context.storedOrder(first.orderId)?.archived).toBe(true);
    // The unchanged order keeps its object: the features redraw only what changed.
    expect(data.context.storedOrder(second.orderId)).toBe(unchanged);
    unwatch();
  });

  it('a page asks only for the orders it shows, however many are stored; a change to another tab’s order asks nothing', async () => {
    const stored = Array.from({ length: 300 }, (_, i) => trackedOrder({ orderId: String(8215002231400000 + i) }));
    await fakeBrowser.storage.local.set({ orders$: { v: 2 } });
    await fakeBrowser.storage.local.set(Object.fromEntries(stored.map((o) => [`${ORDER_KEY_PREFIX}${o.orderId}`, o])));
    const asks: unknown[] = [];
    const handlers = createPageDataHandlers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      asks.push((message as { payload: unknown }).payload);
      return dispatchMessage(message, contentScript, handlers);
    });
    const data = createPageData(document, () => new Date());
    const changes: DataChange[] = [];
    const unwatch = data.watch((change) => changes.push(change));
    const onPage = stored.slice(0, 10).map((o) => o.orderId);
    data.showing(onPage);
    await until(() => onPage.every((id) => data.context.storedOrder(id) !== undefined));
    expect(data.context.storedOrder(stored[10]!.orderId)).toBeUndefined();
    expect(asks.every((payload) => ((payload as { orderIds?: string[] }).orderIds?.length ?? Infinity) <= 10)).toBe(
      true,
    );
    const asked = asks.length;
    // Another tab's order changed: nothing to ask. One of this page's: that one only.
    const other = stored[200]!;
    await fakeBrowser.storage.local.set({ [`${ORDER_KEY_PREFIX}${other.orderId}`]: { ...other, archived: true } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asks).toHaveLength(asked);
    const mine = stored[3]!;
    await fakeBrowser.storage.local.set({ [`${ORDER_KEY_PREFIX}${mine.orderId}`]: { ...mine, archived: true } });
    await until(() => data.context.storedOrder(mine.orderId)?.archived === true);
    expect(asks.at(-1)).toMatchObject({ orderIds: [mine.orderId] });
    unwatch();
  });

  it('the words of the language in use come with the first answer, once, and again when the buyer picks another', async () => {
    const order = trackedOrder({ orderId: '8215002231409876' });
    await fakeBrowser.storage.local.set({
      [`${ORDER_KEY_PREFIX}${order.orderId}`]: order,
      orders$: { v: 2 },
      settings: { ...DEFAULT_SETTINGS, language: 'de' },
    });
    const handlers = createPageDataHandlers();
    const answers: Array<{ texts?: { lang: string; texts: SharedTexts } }> = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const answer = (await dispatchMessage(message, contentScript, handlers)) as (typeof answers)[number];
      // The page must speak what the answer hands over: a marked copy shows it was registered from there.
      if (answer.texts)
        answer.texts = {
          ...answer.texts,
          texts: { ...answer.texts.texts, page: { ...answer.texts.texts.page, extend_protection: 'FROM THE ANSWER' } },
        };
      answers.push(answer);
      return answer;
    });
    try {
      const data = createPageData(document, () => new Date());
      const changes: DataChange[] = [];
      const unwatch = data.watch((change) => changes.push(change));
      await data.ready;
      expect(answers[0]!.texts?.lang).toBe('de');
      expect(answers[0]!.texts?.texts.labels).toEqual(DE.labels);
      expect(data.context.lang()).toBe('de');
      expect(t('extend_protection', 'de')).toBe('FROM THE ANSWER');
      expect(changes).toEqual([{ all: true }]);

      // Later answers (a card shown, an order changed) do not carry them again.
      data.showing([order.orderId]);
      await until(() => data.context.storedOrder(order.orderId) !== undefined);
      await fakeBrowser.storage.local.set({ [`${ORDER_KEY_PREFIX}${order.orderId}`]: { ...order, archived: true } });
      await until(() => data.context.storedOrder(order.orderId)?.archived === true);
      expect(answers.length).toBeGreaterThanOrEqual(3);
      expect(answers.slice(1).every((answer) => answer.texts === undefined)).toBe(true);

      // The buyer picks Italian in the options: its words come with the next answer, and everything is redrawn.
      changes.length = 0;
      await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'it' } });
      await until(() => data.context.lang() === 'it');
      expect(answers.at(-1)!.texts?.lang).toBe('it');
      expect(changes).toContainEqual({ all: true });
      unwatch();
    } finally {
      registerEveryLanguage();
    }
  });

  it('a background that refuses the message still lets the page draw: ready settles, with the default settings', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = createPageData(document, () => new Date());
    const changes: DataChange[] = [];
    const unwatch = data.watch((change) => changes.push(change));
    let settled = false;
    void data.ready.then(() => (settled = true));
    await until(() => settled);
    expect(changes).toEqual([]);
    expect(data.context.settings()).toEqual(DEFAULT_SETTINGS);
    unwatch();
  });

  it('the background hands over the language the page will speak: the setting, else the browser’s; never English', async () => {
    const handlers = createPageDataHandlers();
    const ask = async (language: Settings['language'], browser: string, held: UiLanguage[] = ['en']) => {
      await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language } });
      const answer = (await dispatchMessage(
        { ordershield: 1, type: 'readPageData', payload: { orderIds: [], texts: { browser, held } } },
        contentScript,
        handlers,
      )) as { texts?: { lang: string } };
      return answer.texts?.lang ?? null;
    };
    expect(await ask('auto', 'pl-PL')).toBe('pl');
    expect(await ask('auto', 'pt-BR')).toBe('pt');
    expect(await ask('auto', 'ja-JP')).toBeNull();
    expect(await ask('auto', 'en-GB')).toBeNull();
    expect(await ask('en', 'ru-RU')).toBeNull();
    expect(await ask('ru', 'en-US')).toBe('ru');
    expect(await ask('ru', 'en-US', ['en', 'ru'])).toBeNull();
    // A hostile page's made-up language is refused by the schema, not looked up.
    await expect(
      dispatchMessage(
        { ordershield: 1, type: 'readPageData', payload: { texts: { browser: 'x'.repeat(99), held: [] } } },
        contentScript,
        handlers,
      ),
    ).resolves.toBeUndefined();
  });

  it('watches the same storage keys the background writes', () => {
    expect(PAGE_DATA_KEYS.orderPrefix).toBe(ORDER_KEY_PREFIX);
    expect([...PAGE_DATA_KEYS.everything].sort()).toEqual(
      [STORAGE_KEYS.settings, STORAGE_KEYS.legacyOrders, `${STORAGE_KEYS.legacyOrders}$`]
        .map((key) => key.replace(/^local:/, ''))
        .sort(),
    );
    // An order's own key reloads that order; the reminder bookkeeping and the index reload nothing.
    expect(changedOrders(['order:8214398062177351', 'orderIndex'])).toEqual(new Set(['8214398062177351']));
    expect(changedOrders([STORAGE_KEYS.reminders.replace(/^local:/, ''), 'orderIndex'])).toBeNull();
    expect(changedOrders(['settings', 'order:1'])).toBe('all');
  });
});

describe('the zod-free instant check agrees with the schema', () => {
  const agrees = (text: string) => {
    expect(isIsoInstant(text), text).toBe(IsoInstantSchema.safeParse(text).success);
  };

  it('on real, edge and broken instants', () => {
    for (const text of [
      '2026-09-04T00:00:00.000+02:00',
      '2026-09-04T23:59:59Z',
      '2028-02-29T10:00:00Z',
      '2026-02-29T10:00:00Z',
      '2026-02-30T10:00:00Z',
      '2026-09-04T24:00:00Z',
      '2026-09-04T10:00Z',
      '2026-09-04',
      '2026-09-04T10:00:00',
      '2026-09-04T10:00:00+0200',
      ' 2026-09-04T10:00:00Z',
      'tomorrow',
    ])
      agrees(text);
  });

  it('on any date the browser writes, and on arbitrary text', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(Date.UTC(9999, 11, 31)) }), (date) =>
        agrees(date.toISOString()),
      ),
    );
    fc.assert(fc.property(fc.string(), agrees));
  });
});
