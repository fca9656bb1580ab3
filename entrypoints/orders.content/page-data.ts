/**
 * What the on-page features read: the stored orders and settings (read-only: the background is the only
 * writer), kept fresh after every burst of stored changes, and the UI language (the setting, else the browser's
 * language).
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
import { resolveLanguage } from '@/utils/i18n/core';
import type { DataChange, FeatureContext } from '@/utils/content/feature-manager';

/** Storage writes come in bursts (a page read, then the reminder reconcile): one reload per burst. */
const RELOAD_DELAY_MS = 120;

/**
 * The `storage.local` keys the features show: `STORAGE_KEYS.orders` and `.settings` of utils/storage.ts without
 * their `local:` prefix (not imported: that module brings zod; tests/unit/page-data.test.ts checks they agree).
 */
export const PAGE_DATA_KEYS = ['orders', 'settings'] as const;

export function createPageData(doc: Document, now: () => Date) {
  let orders = new Map<string, TrackedOrder>();
  let settings: Settings = DEFAULT_SETTINGS;
  // Each answer is a fresh copy: an unchanged order keeps its previous object (same text, same object), so
  // identity still tells the features which orders changed.
  const previousText = new Map<string, string>();

  const context: FeatureContext = {
    doc,
    now,
    storedOrder: (orderId) => orders.get(orderId),
    settings: () => settings,
    lang: () => resolveLanguage(settings.language, navigator.language),
  };

  async function load(): Promise<DataChange> {
    const answer = await sendMessage('readPageData', {});
    const previous = orders;
    orders = new Map();
    const seen = new Set<string>();
    for (const order of answer.orders) {
      const text = JSON.stringify(order);
      const kept = previous.get(order.orderId);
      orders.set(order.orderId, kept && previousText.get(order.orderId) === text ? kept : order);
      previousText.set(order.orderId, text);
      seen.add(order.orderId);
    }
    for (const id of previousText.keys()) if (!seen.has(id)) previousText.delete(id);
    const settingsChanged = JSON.stringify(answer.settings) !== JSON.stringify(settings);
    settings = answer.settings;
    if (settingsChanged) return { all: true };
    const orderIds = new Set<string>();
    for (const [id, order] of orders) if (previous.get(id) !== order) orderIds.add(id);
    for (const id of previous.keys()) if (!orders.has(id)) orderIds.add(id);
    return { all: false, orderIds };
  }

  return {
    context,
    /**
     * Loads now and after every burst of changes to the orders or the settings (not the reminder bookkeeping);
     * `changed` runs after each load with what changed. Returns the unwatch.
     */
    watch(changed: (change: DataChange) => void): () => void {
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let first = true;
      const refresh = () => {
        timer = undefined;
        load()
          .then((change) => {
            if (stopped) return;
            const all = first || change.all;
            first = false;
            if (all || change.orderIds.size > 0) changed(all ? { all: true } : change);
          })
          .catch((error: unknown) => console.warn('[OrderShield] could not read the stored orders', error));
      };
      refresh();
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local' || !PAGE_DATA_KEYS.some((key) => key in changes)) return;
        if (timer === undefined) timer = setTimeout(refresh, RELOAD_DELAY_MS);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => {
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
        browser.storage.onChanged.removeListener(onChanged);
      };
    },
  };
}
