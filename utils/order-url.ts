import { detectPage } from '@/utils/pages/detect';

/**
 * The order's own page, where the buyer acts on it, on the site it was read from (pages.md: the global detail URL,
 * the aliexpress.ru order URL). The popup's "open on the site" link and a notification's click both go here.
 */
export function orderPageUrl(site: string | undefined, orderId: string): string {
  const host = site ?? 'www.aliexpress.com';
  return host.endsWith('aliexpress.ru')
    ? `https://aliexpress.ru/order-list/${orderId}`
    : `https://${host}/p/order/detail.html?orderId=${orderId}`;
}

/**
 * The My Orders list on the site the buyer uses (pages.md §2.1, §2.6): aliexpress.ru's own list, else the global
 * list on the same host (a language subdomain such as es.aliexpress.com, or aliexpress.us). Anything that is not an
 * AliExpress host (a hand-edited site) goes to www.aliexpress.com.
 */
export function myOrdersUrl(site: string | undefined): string {
  const host = site ?? '';
  if (host === 'aliexpress.ru' || host.endsWith('.aliexpress.ru')) return 'https://aliexpress.ru/order-list';
  if (/^([a-z]{2,3}\.|www\.)?aliexpress\.(com|us)$/.test(host)) return `https://${host}/p/order/index.html`;
  return 'https://www.aliexpress.com/p/order/index.html';
}

/**
 * Whether a URL may be opened as "the order page": https, no credentials or port, an AliExpress host and one of
 * the order-page shapes `detectPage` knows (the list or an order page). Checked again before a notification
 * click opens its stored target: what is in storage is re-validated, never trusted as a place to send the buyer.
 */
export function isAliExpressOrderUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 1000) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  return detectPage(parsed.href) !== null;
}
