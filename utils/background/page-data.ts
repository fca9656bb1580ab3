/**
 * What the content script shows on order pages comes from here (`readPageData`): the background reads storage
 * through the validating readers, so the content script carries neither zod nor the storage library. Read-only:
 * an invalid stored order is left out of the answer and stays in storage, where the writer quarantines it.
 *
 * The words of the language in use come with it: the content script is built with English alone (22.7 kB gzip of
 * the other 7 languages' texts stayed off every order page), and it draws nothing before this first answer, so a
 * buyer reading German never sees an English badge first (entrypoints/orders.content/index.ts).
 */
import type { MessageHandlers } from '@/utils/messages';
import { resolveLanguage } from '@/utils/i18n/core';
import { sharedTextsOf } from '@/utils/i18n/every-language';
import { readOrders, readOrdersById, readSettings, type ValidationCache } from '@/utils/storage';

export function createPageDataHandlers(): Pick<MessageHandlers, 'readPageData'> {
  // Unchanged orders skip zod (storage.ts `ValidationCache`): each tab asks again after every burst of writes.
  const validated: ValidationCache = new Map();
  return {
    async readPageData({ orderIds, texts: wanted }) {
      // After a page read only its orders' keys changed: the answer carries just those (one key each to read).
      const [orders, settings] = await Promise.all([
        orderIds
          ? orderIds.length === 0
            ? []
            : readOrdersById(orderIds, validated).then((byId) => Object.values(byId))
          : readOrders(validated).then((read) => read.orders),
        readSettings(),
      ]);
      // The language the page will speak, decided as the page decides it (`resolveLanguage` with the same setting
      // and the browser's language the page sent); its texts once per page (a few kB: not after every write).
      const texts = wanted ? sharedTextsOf(resolveLanguage(settings.language, wanted.browser)) : null;
      return texts && !wanted?.held.includes(texts.lang) ? { orders, settings, texts } : { orders, settings };
    },
  };
}
