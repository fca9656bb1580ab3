/**
 * The content script's side of the page-data hook (`mtop-hook.ts`): takes the responses the page's world
 * passed on, validates them, reads them (`utils/pages/mtop.ts`) and completes the DOM readings with them.
 * The DOM is read first and stays first; the data only fills what the DOM left unknown, and where the two
 * disagree the disagreement is logged.
 */
import { z } from 'zod';
import type { PageOrder } from '@/utils/model';
import { completeWithData, disagreements, MTOP_APIS, readMtopResponse, type DataFacts } from '@/utils/pages/mtop';
import { MTOP_MESSAGE_KEY } from '@/utils/content/mtop-hook';

const MessageSchema = z.object({
  [MTOP_MESSAGE_KEY]: z.literal(1),
  api: z.enum(MTOP_APIS),
  text: z.string().max(2_000_000),
});

export function createDataFeed(win: Window, now: () => Date, onNewData: (orderIds: string[]) => void) {
  const facts = new Map<string, DataFacts>();

  const onMessage = (event: MessageEvent) => {
    // Only the page's own window may post these; anything else (frames, other extensions) is ignored.
    if (event.source !== win) return;
    const message = MessageSchema.safeParse(event.data);
    if (!message.success) return;
    let body: unknown;
    try {
      body = JSON.parse(message.data.text);
    } catch {
      return;
    }
    const read = readMtopResponse(message.data.api, body, now());
    for (const order of read) facts.set(order.orderId, order);
    if (read.length > 0) onNewData(read.map((order) => order.orderId));
  };
  win.addEventListener('message', onMessage);

  return {
    /** A DOM reading completed with the page's data for that order, if any came by. */
    complete(order: PageOrder): PageOrder {
      const data = facts.get(order.orderId);
      if (!data) return order;
      const differences = disagreements(order, data);
      if (differences.length > 0) {
        console.warn(`[OrderShield] order ${order.orderId}: the page and its data disagree —`, differences.join('; '));
      }
      return completeWithData(order, data);
    },
    stop() {
      win.removeEventListener('message', onMessage);
    },
  };
}
