import { defineContentScript } from '#imports';
import { installMtopHook } from '@/utils/content/mtop-hook';

// The page's own order data responses, read in the page's world and passed to the main content script
// (utils/content/mtop-hook.ts). Chrome and Edge only: Firefox's MV2 content scripts have no MAIN world, so
// there OrderShield reads the DOM alone (which it always does first anyway).
export default defineContentScript({
  matches: ['*://*.aliexpress.com/p/order/*', '*://*.aliexpress.us/p/order/*'],
  world: 'MAIN',
  runAt: 'document_start',
  include: ['chrome', 'edge'],
  main() {
    installMtopHook(window);
  },
});
