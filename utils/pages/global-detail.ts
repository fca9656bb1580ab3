/**
 * Reader of the global order page (V2): www.aliexpress.com/p/order/detail.html?orderId=…, its language subdomains
 * and aliexpress.us (pages.md §2.2). The page renders client-side, so `isRendered` tells the content script when to
 * read; a half-rendered page still yields what is there, with the rest listed in `unread`.
 *
 * Language independence first: the id comes from the URL, the tracking number from a data attribute, the stage
 * from the actions offered as well as the title, and info rows are told apart by their values. Label text is only
 * a fallback, and its tables below tolerate the drift seen in the wild ("Order ID" → "Ref. Number", pages.md §2.1).
 */
import { type OrderEvents, type OrderItem, type OrderStage, type PageOrder } from '@/utils/model';
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
import { GLOBAL_DETAIL as S } from '@/utils/pages/selectors/global-detail';
import { normalizeStatus, refineClosedDispute } from '@/utils/pages/status';
import type { DetailReader, ReadContext, ReadResult } from '@/utils/pages/types';
import { optional, withoutMootDeadlines } from '@/utils/pages/read-result';

/** Stages in which the page should show a dispute of its own (domain.md §1). */
const DISPUTE_STAGES: ReadonlySet<OrderStage> = new Set([
  'dispute_open',
  'dispute_escalated',
  'return_required',
  'refund_pending',
  'dispute_lost',
]);

interface InfoRows {
  orderIdOnPage?: string;
  orderedAt?: string;
  events: Partial<OrderEvents>;
}

/**
 * The info rows, told apart by their values, not their labels: the id row is the one carrying a 10–22 digit
 * number; a dated row is an event when `readPrintedDeadlines` knows its label ("Paid on", "Shipment completed
 * on", "Order completed on" in any of its languages); the first other dated row is the order date, because the
 * page lists the placement date first (detail_simple_order_info_component: orderCreatTime, payTime,
 * orderShipTime, orderEndTime, pages.md §3), whatever its label says ("Order date", "Order placed on", "Date").
 */
function readInfoRows(root: ParentNode, now: Date): InfoRows {
  const result: InfoRows = { events: {} };
  for (const row of all(root, S.infoRows)) {
    const text = textOf(row);
    if (!text) continue;
    const day = parsePageDate(text, { now, preferPast: true });
    if (!day) {
      // Digits but no date: the id row ("Order ID: 8212313961591322 Copy", "Ref. Number: …", "Номер заказа: …").
      result.orderIdOnPage ??= orderIdFromText(text);
      continue;
    }
    const { events } = readPrintedDeadlines(text, { now });
    if (Object.keys(events).length > 0) result.events = { ...events, ...result.events };
    else result.orderedAt ??= day;
  }
  return result;
}

/**
 * The text of a block with its parts kept apart: a container (an element with no text of its own) is read child
 * by child, one line each, so the parts of a client-rendered page (no white space between elements) don't run
 * into one another ("CompletedOrder complete.…Track statusAdd to cart"). An element with text of its own is
 * read whole, so a date in a <span> stays in its sentence.
 */
function blockText(el: Element | null, depth = 0): string {
  if (!el) return '';
  const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.textContent ?? ''));
  if (ownText || el.children.length === 0 || depth >= 8) return textOf(el);
  return Array.from(el.children)
    .map((child) => blockText(child, depth + 1))
    .filter(Boolean)
    .join('\n');
}

function readItems(root: ParentNode, base: URL, unread: string[]): OrderItem[] {
  const items: OrderItem[] = [];
  for (const block of all(root, S.item)) {
    const title = textOf(first(block, S.itemTitle));
    if (!title) {
      // An item without its title is not worth keeping (the title is how the buyer recognizes it).
      if (!unread.includes('item title')) unread.push('item title');
      continue;
    }
    items.push({
      title,
      ...optional('imageUrl', backgroundImageUrl(first(block, S.itemImage), base)),
      ...optional('quantity', quantityFromText(textOf(first(block, S.itemQuantity)))),
      ...optional('price', textOf(first(block, S.itemPrice)) || undefined),
      ...optional('url', absoluteUrl(first(block, S.itemLink)?.getAttribute('href'), base)),
    });
  }
  return items;
}

/** Every control of every action area, in page order (a union, unlike `all`, which stops at the first match). */
function actionControls(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(S.controls.join(', ')));
}

function readOrder(doc: Document, ctx: ReadContext): ReadResult {
  const root = first(doc, S.root);
  if (!root) return { ok: false, reason: 'no order page block (.order-wrap): unknown layout or not rendered yet' };
  if (!first(root, S.renderedPart)) return { ok: false, reason: 'the order page block is empty: not rendered yet' };

  const unread: string[] = [];
  const info = readInfoRows(root, ctx.now);

  // The URL's orderId= first (language-independent); the info row only when the URL has none.
  const urlId = orderIdFromHref(ctx.url.href);
  const orderId = urlId ?? info.orderIdOnPage;
  if (!orderId) return { ok: false, reason: 'no order id in the URL or on the page' };
  // The SPA changes the URL before it re-renders: a page still showing another order must not be read as this one.
  if (urlId && info.orderIdOnPage && info.orderIdOnPage !== urlId) {
    return { ok: false, reason: `the page still shows order ${info.orderIdOnPage}, not ${urlId}` };
  }

  const statusText = textOf(first(root, S.statusTitle));
  if (!statusText) unread.push('status');
  const actions = readActions(actionControls(root));
  const { stage: labelStage } = normalizeStatus(statusText, { actions });

  if (!info.orderedAt) unread.push('order date');

  const storeName = textOf(first(root, S.storeName));
  const storeUrl = absoluteUrl(first(root, S.storeLink)?.getAttribute('href'), ctx.url);
  if (!storeName) unread.push('store');

  const items = readItems(root, ctx.url, unread);
  if (items.length === 0) unread.push('items');

  const total = afterLabel(textOf(first(root, S.total)));
  if (!total) unread.push('total');

  const trackingNumber = first(root, S.trackingNumber)?.getAttribute('data-clipboard-text')?.trim() || undefined;
  // A parcel is expected once the page offers tracking or says it's on its way; before shipment there is none.
  if (!trackingNumber && (labelStage === 'awaiting_delivery' || actions.includes('track')))
    unread.push('tracking number');

  const disputeState = textOf(first(root, S.disputeState)) || undefined;
  // "Dispute closed" doesn't say who won; the dispute's own result ("no refund") tells a lost dispute apart.
  const stage = refineClosedDispute(labelStage, [disputeState ?? '', blockText(first(root, S.statusBlock))]);
  if (!disputeState && DISPUTE_STAGES.has(stage)) unread.push('dispute state');

  // Printed deadlines live in the status reminder, the service commitments and the notices (pages.md §3).
  const printedText = [S.statusBlock, S.services, S.notices]
    .map((selectors) => blockText(first(root, selectors)))
    .filter(Boolean)
    .join('\n');
  const completedAt = info.events.completedAt;
  const printed = printedText
    ? readPrintedDeadlines(printedText, {
        now: ctx.now,
        ...optional('orderedAt', info.orderedAt),
        ...optional('completedAt', completedAt),
      })
    : { deadlines: [], events: {} };
  const deadlines = withoutMootDeadlines(stage, printed.deadlines);

  const order: PageOrder = {
    orderId,
    site: ctx.url.hostname,
    pageKind: 'global-detail',
    status: stage,
    statusText,
    ...optional('orderedAt', info.orderedAt),
    ...(storeName ? { store: { name: storeName, ...optional('url', storeUrl) } } : {}),
    items,
    ...optional('total', total || undefined),
    actions,
    ...optional('trackingNumber', trackingNumber),
    ...optional('disputeState', disputeState),
    // Info rows are the page's own record of what happened; the reminder's sentences only fill gaps.
    events: { ...printed.events, ...info.events },
    deadlines,
    unread,
  };
  return { ok: true, order };
}

export const globalDetailReader: DetailReader = {
  kind: 'global-detail',
  layout: 'global-detail-v2',
  isRendered: (doc) => {
    const root = first(doc, S.root);
    return root !== null && first(root, S.renderedPart) !== null;
  },
  read: (doc, ctx) => {
    try {
      return readOrder(doc, ctx);
    } catch (error) {
      // A reader must never throw out of the content script; an unexpected DOM shape is a "couldn't read".
      return { ok: false, reason: `unexpected page shape: ${String(error).slice(0, 120)}` };
    }
  },
};
