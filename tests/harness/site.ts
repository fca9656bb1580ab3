/**
 * Serves the fixture pages at the real AliExpress URLs, so the extension's content script matches and runs on
 * them exactly as on the live site. Nothing leaves the machine: every other request is answered locally
 * (product thumbnails with a generated placeholder) or refused.
 */
import { loadFixture } from './fixtures';

/** Real URL → fixture file. Order pages are keyed by their order id. */
export interface SiteMap {
  lists: Record<string, string>;
  details: Record<string, string>;
  /** Tracking pages (/p/tracking/index.html?tradeOrderId=…, any AliExpress host), keyed by the order id. */
  tracking?: Record<string, string>;
}

export const DEMO_SITE: SiteMap = {
  lists: {
    'https://www.aliexpress.com/p/order/index.html': 'global-list-en-mixed.html',
    'https://aliexpress.ru/order-list': 'ru-list-ru-mixed.html',
  },
  // Order pages whose stage agrees with the list above, plus dispute-stage orders seen only on their own page.
  details: {
    '8214398062177351': 'global-detail-en-awaiting_delivery.html',
    '8212313961591322': 'global-detail-en-completed.html',
    '8211781299384136': 'global-detail-en-dispute_escalated.html',
    '8212611134562621': 'global-detail-en-return_required.html',
    '8212268452148012': 'global-detail-en-refund_pending.html',
  },
};

export const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const BLANK_PATH = '/ordershield-test-blank.html';
export const BLANK_URL = `https://www.aliexpress.com${BLANK_PATH}`;

export interface Served {
  status: number;
  contentType: string;
  body: string;
}

/** What the fake AliExpress answers for a URL; `null` means "refuse" (the request is aborted). */
export function serve(rawUrl: string, site: SiteMap = DEMO_SITE, today: Date = new Date()): Served | null {
  const url = new URL(rawUrl);
  const pageKey = `${url.origin}${url.pathname}`;
  const list = site.lists[pageKey] ?? site.lists[pageKey.replace(/\/$/, '')];
  if (list) return html(loadFixture(list, today));
  const trackedId = url.pathname === '/p/tracking/index.html' ? url.searchParams.get('tradeOrderId') : null;
  const tracking = trackedId ? site.tracking?.[trackedId] : undefined;
  if (tracking) return html(loadFixture(tracking, today));
  const orderId = url.searchParams.get('orderId') ?? /\/order-list\/(\d+)/.exec(url.pathname)?.[1];
  const detail = orderId ? site.details[orderId] : undefined;
  if (detail) return html(loadFixture(detail, today));
  if (
    /\.(jpe?g|png|webp|gif|avif)(_\d+x\d+\.\w+)?$/i.test(url.pathname) ||
    /alicdn|aliexpress-media/.test(url.hostname)
  ) {
    return { status: 200, contentType: 'image/svg+xml', body: placeholderImage(url.pathname) };
  }
  if (url.pathname === '/favicon.ico') return { status: 204, contentType: 'text/plain', body: '' };
  // A blank page on the site, for tests that need a page of the origin and nothing else.
  if (url.pathname === BLANK_PATH) return html('<!doctype html><html><body></body></html>');
  return null;
}

function html(body: string): Served {
  // charset: the fixtures carry Russian and other non-ASCII text.
  return { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/** A soft-coloured square standing in for a product photo (deterministic per URL). */
function placeholderImage(key: string): string {
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="220"><rect width="220" height="220" fill="hsl(${hue} 55% 82%)"/><rect x="60" y="60" width="100" height="100" rx="16" fill="hsl(${hue} 45% 62%)"/></svg>`;
}
