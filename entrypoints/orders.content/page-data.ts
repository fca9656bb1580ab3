/**
 * What the on-page features read: the stored orders and settings (read-only: the background is the only
 * writer), kept fresh through `watchStore`, and the UI language (the setting, else the browser's language).
 */
import { DEFAULT_SETTINGS, type Settings, type TrackedOrder } from '@/utils/model';
import { readOrders, readOrdersById, readSettings, watchOrders, type ValidationCache } from '@/utils/storage';
import { resolveLanguage } from '@/utils/i18n/core';
import type { DataChange, FeatureContext } from '@/utils/content/feature-manager';

/** Storage writes come in bursts (a page read, then the reminder reconcile): one reload per burst. */
const RELOAD_DELAY_MS = 120;

export function createPageData(doc: Document, now: () => Date) {
  let orders = new Map<string, TrackedOrder>();
  let settings: Settings = DEFAULT_SETTINGS;
  // Unchanged records keep their validated object (and skip zod): identity then tells what changed.
  const validated: ValidationCache = new Map();

  const context: FeatureContext = {
    doc,
    now,
    storedOrder: (orderId) => orders.get(orderId),
    settings: () => settings,
    lang: () => resolveLanguage(settings.language, navigator.language),
  };

  /** Reads only the orders that changed (one key each), or everything when the settings or the layout did. */
  async function load(changed: Set<string> | 'all'): Promise<DataChange> {
    if (changed !== 'all') {
      const fresh = await readOrdersById([...changed], validated);
      orders = new Map(orders);
      for (const id of changed) {
        const order = fresh[id];
        if (order) orders.set(id, order);
        else orders.delete(id);
      }
      return { all: false, orderIds: new Set(changed) };
    }
    const [stored, storedSettings] = await Promise.all([readOrders(validated), readSettings()]);
    const previous = orders;
    orders = new Map(stored.orders.map((order) => [order.orderId, order]));
    const settingsChanged = JSON.stringify(storedSettings) !== JSON.stringify(settings);
    settings = storedSettings;
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
      let pending: Set<string> | 'all' = 'all';
      const refresh = () => {
        timer = undefined;
        const ids = pending;
        pending = new Set();
        load(ids)
          .then((change) => {
            if (stopped) return;
            const all = first || change.all;
            first = false;
            if (all || change.orderIds.size > 0) changed(all ? { all: true } : change);
          })
          .catch((error: unknown) => console.warn('[OrderShield] could not read the stored orders', error));
      };
      refresh();
      const unwatch = watchOrders((ids) => {
        if (ids === 'all' || pending === 'all') pending = 'all';
        else for (const id of ids) pending.add(id);
        if (timer === undefined) timer = setTimeout(refresh, RELOAD_DELAY_MS);
      });
      return () => {
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
        unwatch();
      };
    },
  };
}
