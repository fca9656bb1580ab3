/**
 * Reader of aliexpress.ru's own order list (V3): aliexpress.ru/order-list (`?filterName=active|archive`), pages.md §2.6.
 *
 * Its classes are CSS modules with a build hash ("RedOrderList_OrderItem__number__1tjf5"), so every selector matches
 * the stable prefix (selectors/ru.ts) and nothing depends on a suffix. The id comes from the printed number or the
 * card's /order-list/<id> link, the stage from the status tag refined by the buttons and the list's tab, then by the
 * dispute's result and the dispute step the card prints.
 *
 * What a V3 card does not show (no source shows an order date or a store on it) is not looked for and so not
 * listed in `unread`: the order page (ru-detail.ts) supplies both.
 */
import { type OrderItem, type PageOrder } from '@/utils/model';
import { readActions } from '@/utils/pages/actions';
import { absoluteUrl, all, first, orderIdFromHref, orderIdFromText, textOf } from '@/utils/pages/dom';
import { readPrintedDeadlines, type PrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { RU_LIST as S } from '@/utils/pages/selectors/ru';
import { normalizeStatus, refineClosedDispute, refineOpenDispute } from '@/utils/pages/status';
import type { ListReader, ReadContext, ReadResult } from '@/utils/pages/types';
import { optional, withoutMootDeadlines } from '@/utils/pages/read-result';

/**
 * The printed number ("8214 3980 6217 7351", spaces removed) or the link's /order-list/<id>. When both are there
 * they must agree: a card whose link points at another order is not read (we'd file facts under the wrong order).
 */
function readOrderId(card: Element): { id?: string; conflict?: string } {
  const fromNumber = orderIdFromText(textOf(first(card, S.number)));
  const fromLink = orderIdFromHref(first(card, S.detailLink)?.getAttribute('href'));
  if (fromNumber && fromLink && fromNumber !== fromLink) {
    return { conflict: `the card shows ${fromNumber} but links to ${fromLink}` };
  }
  return { ...optional('id', fromNumber ?? fromLink) };
}

/** The card's thumbnails: the only product facts a V3 card shows (title from alt text when it has one). */
function readItems(card: Element, base: URL): OrderItem[] {
  return all(card, S.thumbnails).flatMap((img) => {
    const imageUrl = absoluteUrl(img.getAttribute('src'), base);
    const title = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    if (!imageUrl && !title) return [];
    return [{ ...optional('title', title || undefined), ...optional('imageUrl', imageUrl) }];
  });
}

/** Tags that continue a line of text: a browser translation's <font> wrappers, emphasis, a date in its own <span>. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'EM',
  'FONT',
  'I',
  'LABEL',
  'MARK',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
]);
/** Tags whose text is never a printed date: buttons ("Продлить защиту"), images, code. */
const SKIPPED_TAGS = new Set([
  'BUTTON',
  'IMG',
  'NOSCRIPT',
  'PICTURE',
  'SCRIPT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
]);

/**
 * The card's text outside the parts read by structure, one line per block (a block's lines are separate sentences,
 * so one block's words never label another's date). Only lines with a digit: a date or a countdown has one.
 */
function otherTextLines(card: Element, readByStructure: ReadonlySet<Element>): string[] {
  const lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (/\d/.test(text)) lines.push(text);
    line = '';
  };
  const visit = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        line += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || readByStructure.has(el)) {
        endLine();
        continue;
      }
      const inline = INLINE_TAGS.has(tag);
      if (!inline) endLine();
      visit(el);
      if (!inline) endLine();
    }
  };
  visit(card);
  endLine();
  return lines;
}

/** Both readings of a card, the structural one first: its events win, deadlines are kept once. */
function mergePrinted(
  first: Pick<PrintedDeadlines, 'deadlines' | 'events'>,
  second: Pick<PrintedDeadlines, 'deadlines' | 'events'>,
): Pick<PrintedDeadlines, 'deadlines' | 'events'> {
  const deadlines = [...first.deadlines];
  for (const d of second.deadlines) {
    if (!deadlines.some((kept) => kept.kind === d.kind && kept.at === d.at)) deadlines.push(d);
  }
  return { deadlines, events: { ...second.events, ...first.events } };
}

function readCard(card: Element, ctx: ReadContext): ReadResult {
  const { id: orderId, conflict } = readOrderId(card);
  if (conflict) return { ok: false, reason: conflict };
  if (!orderId) return { ok: false, reason: 'no order number or /order-list/<id> link on the card' };

  const unread: string[] = [];
  const statusText = textOf(first(card, S.status));
  if (!statusText) unread.push('status');

  const actions = readActions(all(card, S.controls));
  // aliexpress.ru's filterName is the list's tab: `dispute` names the stage, `active`/`archive` don't (status.ts).
  const tab = ctx.url.searchParams.get('filterName') ?? undefined;
  const { stage: labelStage, by: stageDecidedBy } = normalizeStatus(statusText, { actions, ...optional('tab', tab) });

  const items = readItems(card, ctx.url);
  if (items.length === 0) unread.push('items');

  const total = textOf(first(card, S.total));
  if (!total) unread.push('total');

  // The delivery line and the description carry the printed dates: "Защита покупателя до 12 дек.",
  // a countdown, "Получен 5 сентября 2026", "Спор открыт 1 сентября" (pages.md §2.6; wording reconstructed).
  const deliveryLineEl = first(card, S.deliveryLine);
  const descriptionEl = first(card, S.description);
  const deliveryLine = textOf(deliveryLineEl);
  const description = textOf(descriptionEl);
  const printedText = [deliveryLine, description].filter(Boolean).join(' · ');
  // As on the order page (ru-detail.ts): a dispute's own result ("без возврата") tells a lost one apart, also when only
  // the dispute button gave the stage (a label no table knows, e.g. on a browser-translated page).
  const disputeStage = refineClosedDispute(labelStage, [deliveryLine, description], {
    stageFromDisputeLinkOnly: stageDecidedBy === 'actions',
  });
  const bySlot = printedText
    ? readPrintedDeadlines(printedText, {
        now: ctx.now,
        // A bare countdown on a card in transit counts down buyer protection (the only countdown V3 cards show).
        ...(disputeStage === 'awaiting_delivery' ? { countdownKind: 'protection_end' as const } : {}),
      })
    : { deadlines: [], events: {} };
  // A build may print a date elsewhere on the card (the header, the footer, a block of its own): the rest of the card
  // is read too, line by line, by its words only. A bare countdown there says nothing about what it counts.
  const readByStructure = new Set<Element>(
    [deliveryLineEl, descriptionEl, ...all(card, S.number), ...all(card, S.total)].filter(
      (el): el is Element => el !== null,
    ),
  );
  const otherLines = otherTextLines(card, readByStructure);
  const printed = otherLines.length
    ? mergePrinted(bySlot, readPrintedDeadlines(otherLines.join('\n'), { now: ctx.now }))
    : bySlot;
  // A dispute read as merely open whose card prints a later step ("decision by …") is at that step's stage.
  const stage = refineOpenDispute(
    disputeStage,
    printed.deadlines.map((d) => d.kind),
  );
  const deadlines = withoutMootDeadlines(stage, printed.deadlines);

  const order: PageOrder = {
    orderId,
    site: ctx.url.hostname,
    pageKind: 'ru-list',
    status: stage,
    statusText,
    items,
    ...optional('total', total || undefined),
    actions,
    events: printed.events,
    deadlines,
    unread,
  };
  return { ok: true, order };
}

export const ruListReader: ListReader = {
  kind: 'ru-list',
  layout: 'ru-list-v3',
  findCards: (root) => all(root, S.card),
  readCard: (card, ctx) => {
    try {
      return readCard(card, ctx);
    } catch (error) {
      // A reader must never throw out of the content script; an unexpected DOM shape is a "couldn't read".
      return { ok: false, reason: `unexpected card shape: ${String(error).slice(0, 120)}` };
    }
  },
};
