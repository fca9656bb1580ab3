/**
 * Reader of the global My Orders list (V2): www.aliexpress.com/p/order/index.html, its language subdomains and
 * aliexpress.us, desktop cards (div.order-item) and the mobile variant (a.order-item.order-item-mobile).
 *
 * Language independence first (pages.md §2.1): the id comes from hrefs, the stage from the actions a card offers
 * and the active tab before its label text; label text ("Order date:", "Order ID:") is never keyed on.
 */
import { type OrderItem, type PageOrder } from '@/utils/model';
import { readActions } from '@/utils/pages/actions';
import { parsePageDate } from '@/utils/pages/dates';
import {
  absoluteUrl,
  afterLabel,
  all,
  backgroundImageUrl,
  first,
  orderIdFromHref,
  orderIdFromText,
  quantityFromText,
  textOf,
} from '@/utils/pages/dom';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { GLOBAL_LIST as S } from '@/utils/pages/selectors/global-list';
import { normalizeStatus } from '@/utils/pages/status';
import type { ListReader, ReadContext, ReadResult } from '@/utils/pages/types';
import { optional } from '@/utils/pages/read-result';

/**
 * The list's status tabs in page order (pc_om_list_header.statusTabList, pages.md §3): all, unpaid, processing,
 * shipped, completed. Only trusted when the page shows exactly these five, so a redesign can't mislabel a tab.
 */
const TAB_IDS = ['all', 'unpaid', 'processing', 'shipped', 'completed'] as const;

function activeTabId(doc: Document): string | undefined {
  const active = first(doc, S.activeTab);
  if (!active) return undefined;
  const own = active.getAttribute('data-tab') ?? active.getAttribute('data-status-tab');
  if (own) return own;
  const tabs = Array.from(active.parentElement?.children ?? []);
  return tabs.length === TAB_IDS.length ? TAB_IDS[tabs.indexOf(active)] : undefined;
}

function readOrderId(card: Element): string | undefined {
  if (card.matches(S.mobileCard)) {
    const own = orderIdFromHref(card.getAttribute('href'));
    if (own) return own;
  }
  const fromLink = orderIdFromHref(first(card, S.detailLink)?.getAttribute('href'));
  if (fromLink) return fromLink;
  const fromTrack = orderIdFromHref(first(card, S.trackLink)?.getAttribute('href'));
  if (fromTrack) return fromTrack;
  // Last resort: the 2nd header line, "Order ID: 3048963030691559 Copy" (its label drifts, the digits don't).
  const info = first(card, S.headerInfo);
  const idLine = info?.children[1];
  return idLine ? orderIdFromText(textOf(idLine)) : undefined;
}

/**
 * A thumbnail's picture: desktop cards paint it as an inline CSS background (pages.md §2.1); the compact mobile card
 * (our reconstruction, global-list-mobile-*.html) uses an <img>, so its `src` is read too.
 */
function thumbnailUrl(el: Element | null, base: URL): string | undefined {
  if (el?.tagName === 'IMG') return absoluteUrl(el.getAttribute('src'), base);
  return backgroundImageUrl(el, base);
}

/**
 * The product link a thumbnail sits in. Only a link inside the card: the mobile card is itself a link (to the order
 * page, not to a product), and an ancestor link outside the card belongs to something else.
 */
function thumbnailLink(thumb: Element, card: Element, base: URL): string | undefined {
  const link = thumb.closest('a');
  if (!link || link === card || !card.contains(link)) return undefined;
  return absoluteUrl(link.getAttribute('href'), base);
}

/*
 * The list is the hot path (1,000 cards in one burst, scripts/bench/list-reading.ts): its objects are built by
 * assignment, field by field, rather than from spreads of `optional(…)` pieces, which cost a temporary object
 * with a computed key and a copy for every field of every item.
 */
function readItems(card: Element, base: URL): OrderItem[] {
  const bodies = all(card, S.itemBody);
  if (bodies.length > 0) {
    return bodies.map((body) => {
      const item: OrderItem = {};
      const titleEl = first(body, S.itemTitle);
      const title = titleEl?.getAttribute('title')?.trim() || textOf(titleEl);
      if (title) item.title = title;
      const imageUrl = thumbnailUrl(first(body, S.itemImage), base);
      if (imageUrl !== undefined) item.imageUrl = imageUrl;
      const quantity = quantityFromText(textOf(first(body, S.itemQuantity)));
      if (quantity !== undefined) item.quantity = quantity;
      const price = textOf(first(body, S.itemPrice));
      if (price) item.price = price;
      const url = absoluteUrl(first(body, S.itemLink)?.getAttribute('href'), base);
      if (url !== undefined) item.url = url;
      return item;
    });
  }
  // Multi-item orders may show only a strip of thumbnails: one item per thumbnail, titles unknown.
  return all(card, S.itemThumbs).map((thumb) => ({
    ...optional('imageUrl', thumbnailUrl(thumb, base)),
    ...optional('url', thumbnailLink(thumb, card, base)),
  }));
}

function readCard(card: Element, ctx: ReadContext): ReadResult {
  const orderId = readOrderId(card);
  if (!orderId) return { ok: false, reason: 'no order id on the card' };

  const unread: string[] = [];
  const statusText = textOf(first(card, S.status));
  if (!statusText) unread.push('status');

  const actions = readActions(all(card, S.controls));
  const tab = ctx.activeTab;
  const { stage } = normalizeStatus(statusText, { actions, ...(tab && tab !== 'all' ? { tab } : {}) });

  // "Order date: Sep 1, 2026": the 1st header line; the label is ignored, only the date is read.
  const info = first(card, S.headerInfo);
  const dateLine = info?.children[0];
  const orderedAt = dateLine ? parsePageDate(textOf(dateLine), { now: ctx.now, preferPast: true }) : null;
  if (!orderedAt) unread.push('order date');

  const storeName = textOf(first(card, S.storeName));
  const storeUrl = absoluteUrl(first(card, S.storeLink)?.getAttribute('href'), ctx.url);
  if (!storeName) unread.push('store');

  const items = readItems(card, ctx.url);
  if (items.length === 0) unread.push('items');

  const totalText = afterLabel(textOf(first(card, S.total)));
  if (!totalText) unread.push('total');

  // Deadlines printed anywhere in the card's notes or status area ("Refund if no delivery before …").
  const printedText = [textOf(first(card, S.notes)), statusText].filter(Boolean).join(' · ');
  const printed = printedText
    ? readPrintedDeadlines(printedText, { now: ctx.now, ...(orderedAt ? { orderedAt } : {}) })
    : { deadlines: [], events: {} };

  const order: PageOrder = {
    orderId,
    site: ctx.url.hostname,
    pageKind: 'global-list',
    status: stage,
    statusText,
    items,
    actions,
    events: printed.events,
    deadlines: printed.deadlines,
    unread,
  };
  if (orderedAt) order.orderedAt = orderedAt;
  if (storeName) order.store = storeUrl ? { name: storeName, url: storeUrl } : { name: storeName };
  if (totalText) order.total = totalText;
  return { ok: true, order };
}

export const globalListReader: ListReader = {
  kind: 'global-list',
  layout: 'global-list-v2',
  findCards: (root) => all(root, S.card),
  activeTab: activeTabId,
  readCard: (card, ctx) => {
    try {
      return readCard(card, ctx);
    } catch (error) {
      // A reader must never throw out of the content script; an unexpected DOM shape is a "couldn't read".
      return { ok: false, reason: `unexpected card shape: ${String(error).slice(0, 120)}` };
    }
  },
};
