/**
 * The "My Orders" page of each AliExpress site (pages.md §2.1 and §2.6; aliexpress.us serves the global layout
 * under the same path), the one the buyer most likely uses first: the welcome page cannot know yet which site they
 * buy on, so the browser's language decides the order, and all three are offered.
 */
import type { WelcomeKey } from '@/utils/i18n/welcome';

export interface MyOrdersSite {
  host: string;
  url: string;
  /** Where the site sells, in the buyer's words. */
  region: WelcomeKey;
}

export const MY_ORDERS_SITES: readonly MyOrdersSite[] = [
  { host: 'aliexpress.com', url: 'https://www.aliexpress.com/p/order/index.html', region: 'siteCom' },
  { host: 'aliexpress.us', url: 'https://www.aliexpress.us/p/order/index.html', region: 'siteUs' },
  { host: 'aliexpress.ru', url: 'https://aliexpress.ru/order-list', region: 'siteRu' },
];

/** The sites, the likeliest first: Russian-speaking buyers → .ru, a US English browser → .us, else .com. */
export function sitesByLikelihood(browserLanguage: string): MyOrdersSite[] {
  const tag = browserLanguage.toLowerCase();
  const first = tag.split('-')[0] === 'ru' ? 'aliexpress.ru' : tag === 'en-us' ? 'aliexpress.us' : 'aliexpress.com';
  return [...MY_ORDERS_SITES].sort((a, b) => Number(b.host === first) - Number(a.host === first));
}
