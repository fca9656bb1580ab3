/**
 * Reader of aliexpress.ru's own order page (V3): aliexpress.ru/order-list/<orderId>, pages.md §2.6.
 *
 * `data-testid` attributes first (orderNumber, sellerInfoV2, product, productText, productBlock), then CSS-module
 * classes matched by their stable prefix, never by their build hash (selectors/ru.ts). The id comes from the URL and
 * is checked against the printed number; the order date is the date printed next to the number ("от 1 сентября",
 * often without a year); the stage comes from the status heading refined by the buttons offered, then by the
 * dispute's own result and the dispute step the page prints (what still tells the stage on a translated page).
 */
import { type OrderItem, type OrderStage, type PageOrder } from '@/utils/model';
import { readActions } from '@/utils/pages/actions';
import { parsePageDate } from '@/utils/pages/dates';
import {
  absoluteUrl,
  all,
  first,
  linesOf,
  orderIdFromHref,
  orderIdFromText,
  quantityFromText,
  textOf,
} from '@/utils/pages/dom';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { RU_DETAIL as S } from '@/utils/pages/selectors/ru';
import { normalizeStatus, refineClosedDispute, refineOpenDispute } from '@/utils/pages/status';
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

/**
 * The number's header ("Заказ № 8214 3980 6217 7351 от 1 сентября") is short. A longer "grandparent" means another
 * layout, where the first date after the number could be a protection date: then the order date stays unread.
 */
const MAX_HEADER_TEXT = 300;

/** A tracking number after its spaces are dropped: letters and digits only (saved-page parser keeps just those). */
const TRACKING_NUMBER = /^[A-Za-z0-9]{6,40}$/;

/**
 * The order date: the number's grandparent holds "от <date>" (Selenium aliexpress.ru exporter). The text after
 * the number is read first, so nothing before it (a heading, a badge) can be taken for the date; the label "от"
 * itself is not keyed on. A date without a year is an order date, so it takes the latest past year.
 */
function readOrderedAt(numberEl: Element | null, now: Date): string | undefined {
  const holder = numberEl?.parentElement?.parentElement;
  if (!numberEl || !holder) return undefined;
  const text = textOf(holder);
  if (text.length > MAX_HEADER_TEXT) return undefined;
  const numberText = textOf(numberEl);
  const at = numberText ? text.indexOf(numberText) : -1;
  const afterNumber = at >= 0 ? text.slice(at + numberText.length) : '';
  const opts = { now, preferPast: true };
  return parsePageDate(afterNumber, opts) ?? parsePageDate(text, opts) ?? undefined;
}

/**
 * Product blocks: by test id or class; when neither matches, each product link's grandparent (the Selenium
 * exporter's walk: productText → parent (title, variant) → parent (also the price column)).
 */
function productBlocks(doc: Document): Element[] {
  const blocks = all(doc, S.productBlock);
  if (blocks.length > 0) return blocks;
  return all(doc, S.productLink).flatMap((link) => {
    const block = link.parentElement?.parentElement;
    return block ? [block] : [];
  });
}

function readItems(doc: Document, base: URL, unread: string[]): OrderItem[] {
  const items: OrderItem[] = [];
  for (const block of productBlocks(doc)) {
    const link = first(block, S.productLink);
    const title = textOf(first(block, S.productTitle)) || textOf(link);
    if (!title) {
      // An item without its title is not worth keeping (the title is how the buyer recognizes it).
      if (!unread.includes('item title')) unread.push('item title');
      continue;
    }
    // Price column: the price is its 1st div, the quantity ("2 шт.") its 2nd (Ali-Manager, Selenium exporter).
    const priceColumn = first(block, S.productPriceColumn);
    const price = textOf(priceColumn?.children[0]) || undefined;
    const quantityEl = first(block, S.productQuantity) ?? priceColumn?.children[1];
    items.push({
      title,
      ...optional('imageUrl', absoluteUrl(first(block, S.productImage)?.getAttribute('src'), base)),
      ...optional('quantity', quantityFromText(textOf(quantityEl))),
      ...optional('price', price),
      ...optional('url', absoluteUrl(link?.getAttribute('href'), base)),
    });
  }
  return items;
}

/** The summary's total: the row's last span ("Итого" | "1 234,56 ₽"); else the row's text from its first digit. */
function readTotal(doc: Document): string | undefined {
  const row = first(doc, S.summaryTotal);
  if (!row) return undefined;
  const spans = row.querySelectorAll('span');
  const last = spans.length >= 2 ? textOf(spans[spans.length - 1]) : '';
  if (/\d/.test(last)) return last;
  const fromDigit = /\d.*$/.exec(textOf(row))?.[0];
  return fromDigit || undefined;
}

function readTrackingNumber(doc: Document): string | undefined {
  const compact = textOf(first(doc, S.trackingNumber)).replace(/[\s-]+/g, '');
  return TRACKING_NUMBER.test(compact) ? compact : undefined;
}

function readOrder(doc: Document, ctx: ReadContext): ReadResult {
  if (!first(doc, S.renderedMarker))
    return { ok: false, reason: 'no product block yet: not rendered, or an unknown layout' };

  const numberEl = first(doc, S.orderNumber);
  const idOnPage = orderIdFromText(textOf(numberEl));
  const urlId = orderIdFromHref(ctx.url.pathname);
  const orderId = urlId ?? idOnPage;
  if (!orderId) return { ok: false, reason: 'no order id in the URL or on the page' };
  // The list opens orders without a reload: a page still showing another order must not be read as this one.
  if (urlId && idOnPage && urlId !== idOnPage) {
    return { ok: false, reason: `the page still shows order ${idOnPage}, not ${urlId}` };
  }

  const unread: string[] = [];
  const statusText = textOf(first(doc, S.status));
  if (!statusText) unread.push('status');
  const actions = readActions(all(doc, S.controls));
  const { stage: labelStage, by: stageDecidedBy } = normalizeStatus(statusText, { actions });

  const orderedAt = readOrderedAt(numberEl, ctx.now);
  if (!orderedAt) unread.push('order date');

  const storeLink = first(doc, S.storeLink);
  const storeName = textOf(storeLink);
  if (!storeName) unread.push('store');

  const items = readItems(doc, ctx.url, unread);
  if (items.length === 0) unread.push('items');

  const total = readTotal(doc);
  if (!total) unread.push('total');

  const trackingNumber = readTrackingNumber(doc);
  // A parcel is expected once the order is on its way; before shipment there is none.
  if (!trackingNumber && (labelStage === 'awaiting_delivery' || actions.includes('track')))
    unread.push('tracking number');

  const disputeState = textOf(first(doc, S.disputeTitle)) || undefined;
  // "Спор закрыт" doesn't say who won; the dispute's own result ("без возврата") tells a lost dispute apart. So does
  // it when only the dispute link gave the stage (a label no table knows, e.g. a browser's "Streit geschlossen").
  const disputeStage = refineClosedDispute(labelStage, [disputeState ?? ''], {
    stageFromDisputeLinkOnly: stageDecidedBy === 'actions',
  });

  // Printed dates live in the status text and the dispute block (protection end, "Получен …", "Спор открыт …").
  // The dispute block line by line: its title's words must not label the date printed under it.
  const printedText = [textOf(first(doc, S.statusNotes)), linesOf(first(doc, S.disputeBlock))]
    .filter(Boolean)
    .join('\n');
  const printed = printedText
    ? readPrintedDeadlines(printedText, {
        now: ctx.now,
        ...optional('orderedAt', orderedAt),
        ...(disputeStage === 'awaiting_delivery' ? { countdownKind: 'protection_end' as const } : {}),
        // The seller's processing limit is a deadline only while the order awaits shipment (domain.md §1).
        ...(disputeStage === 'awaiting_shipment' ? { awaitingShipment: true } : {}),
      })
    : { deadlines: [], events: {} };
  // A dispute read as merely open whose page prints a later stage's step ("a decision will be made by …") is at
  // that stage: a translated label may not say so, the step read from the page does.
  const stage = refineOpenDispute(
    disputeStage,
    printed.deadlines.map((d) => d.kind),
  );
  if (!disputeState && DISPUTE_STAGES.has(stage)) unread.push('dispute state');
  const deadlines = withoutMootDeadlines(stage, printed.deadlines);

  const order: PageOrder = {
    orderId,
    site: ctx.url.hostname,
    pageKind: 'ru-detail',
    status: stage,
    statusText,
    ...optional('orderedAt', orderedAt),
    ...(storeName
      ? { store: { name: storeName, ...optional('url', absoluteUrl(storeLink?.getAttribute('href'), ctx.url)) } }
      : {}),
    items,
    ...optional('total', total),
    actions,
    ...optional('trackingNumber', trackingNumber),
    ...optional('disputeState', disputeState),
    events: printed.events,
    deadlines,
    unread,
  };
  return { ok: true, order };
}

export const ruDetailReader: DetailReader = {
  kind: 'ru-detail',
  layout: 'ru-detail-v3',
  isRendered: (doc) => first(doc, S.renderedMarker) !== null,
  read: (doc, ctx) => {
    try {
      return readOrder(doc, ctx);
    } catch (error) {
      // A reader must never throw out of the content script; an unexpected DOM shape is a "couldn't read".
      return { ok: false, reason: `unexpected page shape: ${String(error).slice(0, 120)}` };
    }
  },
};
