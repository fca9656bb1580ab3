/**
 * Which order page a URL is, as a pure function of the URL. The content script asks this on load and on
 * every SPA navigation (the global site moves between list and order page without a reload, pages.md §5).
 */
import type { PageKind } from '@/utils/model';

/** aliexpress.com with any language subdomain (www., es., pt., ko., m. …) and aliexpress.us (pages.md intro). */
const GLOBAL_HOST = /^([a-z0-9-]+\.)*aliexpress\.(com|us)$/;
/** aliexpress.ru's own front end (V3); its legacy trade. host is V1 and not supported. */
const RU_HOST = /^(www\.|m\.)?aliexpress\.ru$/;

/** Each detector: the URL shapes of one page kind. Order matters only for readability; they are disjoint. */
const DETECTORS: Array<{ kind: PageKind; test: (url: URL) => boolean }> = [
  // V2 list: /p/order/index.html (pages.md §2.1)
  { kind: 'global-list', test: (u) => GLOBAL_HOST.test(u.hostname) && u.pathname === '/p/order/index.html' },
  // V2 order page: /p/order/detail.html?orderId=<digits> (pages.md §2.2); without an id it is not an order page
  {
    kind: 'global-detail',
    test: (u) =>
      GLOBAL_HOST.test(u.hostname) &&
      u.pathname === '/p/order/detail.html' &&
      /^\d{10,22}$/.test(u.searchParams.get('orderId') ?? ''),
  },
  // V2 tracking page: /p/tracking/index.html?tradeOrderId=<digits> (pages.md §2.3); without an id there is no order
  {
    kind: 'global-tracking',
    test: (u) =>
      GLOBAL_HOST.test(u.hostname) &&
      u.pathname === '/p/tracking/index.html' &&
      /^\d{10,22}$/.test(u.searchParams.get('tradeOrderId') ?? ''),
  },
  // V3 list: /order-list (optionally ?filterName=active|archive) (pages.md §2.6)
  { kind: 'ru-list', test: (u) => RU_HOST.test(u.hostname) && /^\/order-list\/?$/.test(u.pathname) },
  // V3 order page: /order-list/<orderId>
  { kind: 'ru-detail', test: (u) => RU_HOST.test(u.hostname) && /^\/order-list\/\d{10,22}\/?$/.test(u.pathname) },
];

export function detectPage(href: string): PageKind | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return DETECTORS.find((d) => d.test(url))?.kind ?? null;
}

/** For the detector table test: every detector on its own. */
export const PAGE_DETECTORS = DETECTORS;

/**
 * Content-script match patterns: only AliExpress order pages, never the rest of the site
 * (speed and privacy: the script doesn't run on product or search pages).
 */
// `*.` also matches the bare domain (aliexpress.com, aliexpress.ru).
export const ORDER_PAGE_MATCHES = [
  '*://*.aliexpress.com/p/order/*',
  '*://*.aliexpress.us/p/order/*',
  '*://*.aliexpress.ru/order-list*',
  // The tracking page only, not the rest of /p/ (pages.md §2.3): its last event and delivered scan (issue 15 §4).
  '*://*.aliexpress.com/p/tracking/index.html*',
  '*://*.aliexpress.us/p/tracking/index.html*',
];
