/**
 * Feature `order-panel`: on an order's own page, a panel with where the order stands, what to do now (with
 * "don't cancel the dispute…" in dispute stages), every deadline with its confidence, and three tools:
 * the evidence checklist, a custom reminder (stored by the background), a dispute message to copy.
 */
import { OWN_ELEMENT_PREFIX } from '@/utils/markers';
import { h, render } from 'preact';
import dayjs from 'dayjs';
import type { PageOrder } from '@/utils/model';
import { sendMessage } from '@/utils/message-client';
import { formatInstant } from '@/utils/rules/dates';
import { REMINDER_HOUR } from '@/utils/rules';
import { OrderPanel } from '@/components/page/OrderPanel';
import { createShadowHost } from '@/components/page/shadow';
import type { FeatureContext, PageFeature } from '@/utils/content/feature-manager';
import { orderToShow } from '@/utils/content/order-data';

export const PANEL_TAG = `${OWN_ELEMENT_PREFIX}panel`;
/** On the panel's root element: the order it belongs to (prefixed like every OrderShield marker). */
const PANEL_MARK = 'data-ordershield-panel';

/**
 * Where the panel goes on each order page (first match wins), right after the block: under the status block
 * with the page's own buttons, where the buyer decides what to do.
 */
const PANEL_ANCHORS = [
  '.order-status', // global V2 detail: status block with the status title and buttons (pages.md §2.2)
  '.order-block-title', // global V2 detail, if the wrapper class changes: the status title itself
  '[class*="RedOrderDetailsStatus_Status__root__"]', // aliexpress.ru detail: status card (reconstruction)
  '[class*="RedOrderDetailsHeader_Header__root__"]', // aliexpress.ru detail: the header with the order number
];

/** A custom reminder on `day` at the reminder hour, local time (the same convention as the rules' dates). */
function customReminderInstant(day: string): string | null {
  const parsed = dayjs(`${day}T00:00:00`);
  if (!parsed.isValid()) return null;
  return formatInstant(parsed.hour(REMINDER_HOUR).valueOf());
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export const orderPanel: PageFeature = {
  id: 'order-panel',
  start(ctx: FeatureContext, signal: AbortSignal) {
    let current: { host: HTMLElement; container: HTMLElement; read: PageOrder } | null = null;

    const draw = () => {
      if (!current) return;
      const order = orderToShow(ctx, current.read);
      const orderId = order.orderId;
      render(
        h(OrderPanel, {
          order,
          settings: ctx.settings(),
          now: ctx.now(),
          lang: ctx.lang(),
          copy: copyText,
          async addReminder(day: string, label: string) {
            const at = customReminderInstant(day);
            if (!at) return false;
            try {
              const answer = await sendMessage('setUserDeadline', {
                orderId,
                deadline: { kind: 'custom', at, confidence: 'exact', source: 'user', label: label.slice(0, 200) },
              });
              return answer.ok;
            } catch (error) {
              console.warn('[OrderShield] could not save the reminder', error);
              return false;
            }
          },
        }),
        current.container,
      );
    };
    const clear = () => {
      if (!current) return;
      render(null, current.container);
      current.host.remove();
      current = null;
    };
    signal.addEventListener('abort', clear, { once: true });

    return {
      orderPageRead(order) {
        if (current && (!current.host.isConnected || current.read.orderId !== order.orderId)) clear();
        if (!current) {
          for (const stale of Array.from(ctx.doc.querySelectorAll(PANEL_TAG))) stale.remove();
          const { host, container } = createShadowHost(ctx.doc, PANEL_TAG);
          host.setAttribute(PANEL_MARK, order.orderId);
          const anchor = PANEL_ANCHORS.map((selector) => ctx.doc.querySelector(selector)).find(
            (el) => el?.parentElement,
          );
          if (anchor) anchor.after(host);
          else (ctx.doc.body ?? ctx.doc.documentElement).prepend(host);
          current = { host, container, read: order };
        }
        current.read = order;
        draw();
      },
      dataChanged: draw,
      pageChanged: clear,
    };
  },
};
