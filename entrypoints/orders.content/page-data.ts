/**
 * What the on-page features read: the stored orders and settings (read-only: the background is the only
 * writer), kept fresh through `watchStore`, and the UI language (the setting, else the browser's language).
 */
import { DEFAULT_SETTINGS, type Settings, type TrackedOrder } from '@/utils/model';
import { readOrders, readSettings, watchStore } from '@/utils/storage';
import { resolveLanguage } from '@/utils/i18n/core';
import type { FeatureContext } from '@/utils/content/features/manager';

export function createPageData(doc: Document, now: () => Date) {
  let orders = new Map<string, TrackedOrder>();
  let settings: Settings = DEFAULT_SETTINGS;

  const context: FeatureContext = {
    doc,
    now,
    storedOrder: (orderId) => orders.get(orderId),
    settings: () => settings,
    lang: () => resolveLanguage(settings.language, navigator.language),
  };

  async function load(): Promise<void> {
    const [stored, storedSettings] = await Promise.all([readOrders(), readSettings()]);
    orders = new Map(stored.orders.map((order) => [order.orderId, order]));
    settings = storedSettings;
  }

  return {
    context,
    /** Loads now and on every stored change; `changed` runs after each load. Returns the unwatch. */
    watch(changed: () => void): () => void {
      let stopped = false;
      const refresh = () =>
        load()
          .then(() => !stopped && changed())
          .catch((error: unknown) => console.warn('[OrderShield] could not read the stored orders', error));
      void refresh();
      const unwatch = watchStore(() => void refresh());
      return () => {
        stopped = true;
        unwatch();
      };
    },
  };
}
