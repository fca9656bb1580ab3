/**
 * The content script's side of the page-data hook (`mtop-hook.ts`): takes the responses the page's world
 * passed on, validates them (utils/pages/shape.ts), reads them (`utils/pages/mtop.ts`) and completes the DOM readings with them.
 *
 * Trust: the channel is the page's own window, so ANY script on the page can post here. The data is therefore
 * only a hint that never goes beyond what the buyer sees of that order: it completes only orders read from the
 * page's DOM in this tab (their card or order page still on screen), a date from it counts only when the same
 * day is printed in that order's visible text, and a stage only fills `unknown` before delivery
 * (`completeWithData`). The DOM is read first and stays first; where the two disagree the disagreement is logged.
 * Firefox has no page-world script, so there this channel is never listened to (entrypoints/orders.content).
 */
import type { PageOrder } from '@/utils/model';
import {
  completeWithData,
  disagreements,
  MTOP_APIS,
  readMtopResponse,
  visibleDays,
  type DataFacts,
} from '@/utils/pages/mtop';
import { MTOP_MESSAGE_KEY } from '@/utils/content/mtop-hook';
import { literal, looseObject, oneOf, safeParse, text } from '@/utils/pages/shape';

// The small shape checks of utils/pages/shape.ts (as in utils/pages/mtop.ts), not zod: this runs on every order page.
const MessageShape = looseObject({
  [MTOP_MESSAGE_KEY]: literal(1),
  api: oneOf(MTOP_APIS),
  text: text(2_000_000),
});

/** Messages are handled in bursts: a flood of posts costs one completion pass, not one per post. */
const BURST_MS = 100;
/** At most this many orders' data is kept (a list page shows a few dozen; a flood of ids is not stored). */
const MAX_FACTS = 2000;

export function createDataFeed(win: Window, now: () => Date, onNewData: (orderIds: string[]) => void) {
  const facts = new Map<string, DataFacts>();
  const pendingIds = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Visible days per order, kept while its text is unchanged (a flood re-completes the same cards). */
  const daysCache = new Map<string, { text: string; days: ReadonlySet<string> }>();

  const flush = () => {
    timer = undefined;
    const ids = [...pendingIds];
    pendingIds.clear();
    if (ids.length > 0) onNewData(ids);
  };

  const onMessage = (event: MessageEvent) => {
    // Only the page's own window may post these; anything else (frames, other extensions) is ignored.
    if (event.source !== win) return;
    const message = safeParse(MessageShape, event.data);
    if (!message.success) return;
    let body: unknown;
    try {
      body = JSON.parse(message.data.text);
    } catch {
      return;
    }
    const read = readMtopResponse(message.data.api, body, now());
    for (const order of read) {
      if (!facts.has(order.orderId) && facts.size >= MAX_FACTS) continue;
      facts.set(order.orderId, order);
      pendingIds.add(order.orderId);
    }
    if (pendingIds.size > 0 && timer === undefined) timer = setTimeout(flush, BURST_MS);
  };
  win.addEventListener('message', onMessage);

  const daysOf = (orderId: string, text: string): ReadonlySet<string> => {
    const cached = daysCache.get(orderId);
    if (cached && cached.text === text) return cached.days;
    const days = visibleDays(text, now());
    daysCache.set(orderId, { text, days });
    return days;
  };

  return {
    /**
     * A DOM reading completed with the page's data for that order, if any came by. `visibleText` is the text the
     * buyer sees of that order now (its card, or the order page); null when it is no longer on screen.
     */
    complete(order: PageOrder, visibleText: string | null): PageOrder {
      const data = facts.get(order.orderId);
      if (!data || visibleText === null) return order;
      const differences = disagreements(order, data);
      if (differences.length > 0) {
        console.warn(`[OrderShield] order ${order.orderId}: the page and its data disagree —`, differences.join('; '));
      }
      return completeWithData(order, data, daysOf(order.orderId, visibleText));
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      win.removeEventListener('message', onMessage);
    },
  };
}
