import { browser } from 'wxt/browser';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { dispatchMessage } from '@/utils/messages';
import { openOrderStore } from '@/utils/storage';

// Wires listeners only; the work lives in utils/. Listeners are registered synchronously at the top of main
// so that an event that wakes the service worker finds them.
export default defineBackground(() => {
  const store = openOrderStore();
  const handlers = createPageReportHandlers(store);

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own extension's contexts talk to us (content scripts included); pages cannot.
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatchMessage(message, sender, handlers);
  });
});
