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
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { RU_LIST as S } from '@/utils/pages/selectors/ru';
import { normalizeStatus, refineClosedDispute, refineOpenDispute } from '@/utils/pages/status';
import type { ListReader, ReadContext, ReadResult } from '@/utils/pages/types';
import { optional, validatedResult, withoutMootDeadlines } from '@/utils/pages/read-result';



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
  const deliveryLine = textOf(first(card, S.deliveryLine));
  const description = textOf(first(card, S.description));
  const printedText = [deliveryLine, description].filter(Boolean).join(' · ');
  // As on the order page (ru-detail.ts): a dispute's own result ("без возврата") tells a lost one apart, also when only
  // the dispute button gave the stage (a label no table knows, e.g. on a browser-translated page).
  const disputeStage = refineClosedDispute(labelStage, [deliveryLine, description], {
    stageFromDisputeLinkOnly: stageDecidedBy === 'actions',
  });
  const printed = printedText
    ? readPrintedDeadlines(printedText, {
        now: ctx.now,
        // A bare countdown on a card in transit counts down buyer protection (the only countdown V3 cards show).
        ...(disputeStage === 'awaiting_delivery' ? { countdownKind: 'protection_end' as const } : {}),
      })
    : { deadlines: [], events: {} };
  // A dispute read as merely open whose card prints a later step ("decision by …") is at that step's stage.
  const stage = refineOpenDispute(disputeStage, printed.deadlines.map((d) => d.kind));
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
  return validatedResult(order, 'card');
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
