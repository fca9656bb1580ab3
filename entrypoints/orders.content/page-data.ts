/**
 * What the on-page features read: the stored orders and settings (read-only: the background is the only
 * writer), kept fresh after every burst of stored changes, and the UI language (the setting, else the browser's
 * language) with its words: the content script is built with English alone, and the background hands over the
 * texts of the language in use with its first answer, or with the first answer after the buyer picks another.
 *
 * The content script does not read storage itself: it asks the background (`readPageData`), which reads through
 * the validating readers of utils/storage.ts (an invalid stored order is left out and stays stored for the
 * writer's quarantine; invalid settings read as the defaults). So no zod and no storage library run on the
 * order page; only the change events come straight from `browser.storage`.
 */
import { browser } from 'wxt/browser';
import type { Settings, TrackedOrder } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/model-constants';
import { sendMessage } from '@/utils/message-client';
import { resolveLanguage, type UiLanguage } from '@/utils/i18n/core';
import { registerLanguage } from '@/utils/i18n/languages';
import type { DataChange, FeatureContext } from '@/utils/content/feature-manager';

/** Storage writes come in bursts (a page read, then the reminder reconcile): one reload per burst. */
const RELOAD_DELAY_MS = 120;
/** The most orders one ask names (the message takes 5,000; a page shows far fewer). */
const MAX_ASKED = 5000;

/**
 * The `storage.local` keys the features follow, as utils/storage.ts writes them (not imported: that module brings
 * zod; tests/unit/page-data.test.ts checks they agree). One key per order (`order:<id>`): a change there reloads
 * that order only. The settings, the layout marker and a v1 one-record `orders` (before the move to per-order keys)
 * reload everything.
 */
export const PAGE_DATA_KEYS = { orderPrefix: 'order:', everything: ['settings', 'orders', 'orders$'] } as const;

/** Which orders a burst of storage changes touched: their ids, or 'all'. Null when none the features show. */
export function changedOrders(keys: readonly string[]): Set<string> | 'all' | null {
  const ids = new Set<string>();
  for (const key of keys) {
    if ((PAGE_DATA_KEYS.everything as readonly string[]).includes(key)) return 'all';
    if (key.startsWith(PAGE_DATA_KEYS.orderPrefix)) ids.add(key.slice(PAGE_DATA_KEYS.orderPrefix.length));
  }
  return ids.size > 0 ? ids : null;
}

export function createPageData(doc: Document, now: () => Date) {
  let orders = new Map<string, TrackedOrder>();
  let settings: Settings = DEFAULT_SETTINGS;
  // Each answer is a fresh copy: an unchanged order keeps its previous object (same text, same object), so
  // identity still tells the features which orders changed.
  const previousText = new Map<string, string>();
  /** The languages whose words this page holds (English is built in). */
  const held = new Set<UiLanguage>(['en']);
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const context: FeatureContext = {
    doc,
    now,
    storedOrder: (orderId) => orders.get(orderId),
    settings: () => settings,
    lang: () => resolveLanguage(settings.language, navigator.language),
  };

  /** Keeps the previous object of an order whose text did not change; says whether it changed. */
  function keep(order: TrackedOrder): boolean {
    const text = JSON.stringify(order);
    const kept = orders.get(order.orderId);
    const same = kept !== undefined && previousText.get(order.orderId) === text;
    if (!same) orders.set(order.orderId, order);
    previousText.set(order.orderId, text);
    return !same;
  }

  /**
   * The orders this page shows (its cards, or the order page): only these are asked for. Asking for every stored
   * order made each order page's start cost grow with the history: 5,000 tracked orders were ~5 MB validated by
   * the background and copied into the page, which also held up the page's own report in the background.
   */
  const shown = new Set<string>();

  /** Asks the background for the settings and the changed orders this page shows (one key each), or all it shows. */
  async function load(changed: Set<string> | 'all'): Promise<DataChange> {
    const asked = changed === 'all' ? [...shown] : [...changed].filter((id) => shown.has(id));
    const answer = await sendMessage('readPageData', {
      orderIds: asked.slice(0, MAX_ASKED),
      texts: { browser: navigator.language, held: [...held] },
    });
    if (answer.texts) {
      registerLanguage(answer.texts.lang, answer.texts.texts);
      held.add(answer.texts.lang);
    }
    // New settings or new words: everything on the page is drawn again.
    const redrawAll = JSON.stringify(answer.settings) !== JSON.stringify(settings) || !!answer.texts;
    settings = answer.settings;
    const orderIds = new Set<string>();
    const present = new Set<string>();
    orders = new Map(orders);
    for (const order of answer.orders) {
      present.add(order.orderId);
      if (keep(order)) orderIds.add(order.orderId);
    }
    // Gone from storage (removed, or quarantined by the writer): among the asked ones.
    for (const id of asked) {
      if (present.has(id) || !orders.has(id)) continue;
      orders.delete(id);
      previousText.delete(id);
      orderIds.add(id);
    }
    return redrawAll ? { all: true } : { all: false, orderIds };
  }

  let onShown: ((ids: string[]) => void) | null = null;

  return {
    context,
    /**
     * Settles once the first answer is in (or failed): from then on the settings are the buyer's and the words of
     * the language in use are held, so what the features draw is what they will keep showing.
     */
    ready,
    /** These orders are on the page (a card, the order page): their stored data is loaded and kept fresh. */
    showing(orderIds: Iterable<string>): void {
      const fresh: string[] = [];
      for (const id of orderIds)
        if (!shown.has(id)) {
          shown.add(id);
          fresh.push(id);
        }
      if (fresh.length > 0) onShown?.(fresh);
    },
    /**
     * Loads now and after every burst of changes to the orders or the settings (not the reminder bookkeeping);
     * `changed` runs after each load with what changed. Returns the unwatch.
     */
    watch(changed: (change: DataChange) => void): () => void {
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let first = true;
      let pending: Set<string> | 'all' = 'all';
      const later = (delay: number) => {
        if (timer === undefined) timer = setTimeout(refresh, delay);
      };
      // Orders that came on screen: their stored data is asked for at once (one ask per burst of cards).
      onShown = (ids) => {
        if (pending !== 'all') for (const id of ids) pending.add(id);
        later(0);
      };
      const refresh = () => {
        timer = undefined;
        const asked = pending;
        pending = new Set();
        load(asked)
          .then((change) => {
            if (stopped) return;
            const all = first || change.all;
            first = false;
            if (all || change.orderIds.size > 0) changed(all ? { all: true } : change);
          })
          .catch((error: unknown) => console.warn('[OrderShield] could not read the stored orders', error))
          .finally(markReady);
      };
      refresh();
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local') return;
        const ids = changedOrders(Object.keys(changes));
        if (ids === null) return;
        if (ids === 'all' || pending === 'all') pending = 'all';
        else {
          let any = false;
          for (const id of ids)
            if (shown.has(id)) {
              pending.add(id);
              any = true;
            }
          if (!any) return; // orders another tab shows
        }
        later(RELOAD_DELAY_MS);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => {
        stopped = true;
        onShown = null;
        if (timer !== undefined) clearTimeout(timer);
        browser.storage.onChanged.removeListener(onChanged);
      };
    },
  };
}
