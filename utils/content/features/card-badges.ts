/**
 * Feature `card-badges`: exactly one badge per recognized order card, on every list layout, refreshed when
 * the stored data or the language changes.
 *
 * No loop with the card watcher: the badge lives in a shadow root, so the card's `textContent` (the watcher's
 * change signature) is the same with or without it; re-renders happen inside the shadow root, which the
 * page-level MutationObserver does not see.
 */
import { h, render } from 'preact';
import type { PageOrder } from '@/utils/model';
import { ORDER_MARK, OWN_ELEMENT_PREFIX } from '@/utils/markers';
import { Badge } from '@/components/page/Badge';
import { createShadowHost } from '@/components/page/shadow';
import type { FeatureContext, PageFeature } from '@/utils/content/feature-manager';
import { orderToShow } from '@/utils/content/order-data';
import { createRenderQueue } from '@/utils/content/render-queue';

export const BADGE_TAG = `${OWN_ELEMENT_PREFIX}badge`;

/**
 * Where a card's badge goes, by layout (first match wins). `after-card`: next to the card, for cards that are
 * themselves a link (a button inside a link is invalid and would follow the link); `after`: inside the card,
 * right after the first element matching `anchor` (else first in the card).
 */
const PLACEMENTS: ReadonlyArray<
  { card: string; where: 'after-card' } | { card: string; where: 'after'; anchor: string }
> = [
  // Global V2 mobile: <a class="order-item order-item-mobile"> (pages.md §2.1).
  { card: 'a.order-item-mobile', where: 'after-card' },
  // Global V2 desktop: under the header with the status, order date and id (pages.md §2.1).
  { card: '.order-item', where: 'after', anchor: '.order-item-header' },
  // aliexpress.ru V3: under the header with the status tag and the number (pages.md §2.6).
  {
    card: '[class*="RedOrderList_OrderList__item__"]',
    where: 'after',
    anchor: '[class*="RedOrderList_OrderItem__header__"]',
  },
];

type Placement = (typeof PLACEMENTS)[number];

function place(card: Element, rule: Placement | undefined, host: HTMLElement): void {
  if (rule?.where === 'after-card') {
    card.after(host);
    return;
  }
  const anchor = rule ? (card.querySelector(`:scope > ${rule.anchor}`) ?? card.querySelector(rule.anchor)) : null;
  if (anchor?.parentElement) anchor.after(host);
  else card.prepend(host);
}

/**
 * Badges already next to or inside this card (normally none: a feature restart or an earlier copy of the script
 * left them). `getElementsByTagName` answers "none" from the engine's cached collection, where `querySelectorAll`
 * walked every card again (1,000 cards: ~60 ms of mounting under a CPU profile, scripts/bench/list-reading.ts).
 */
function existingBadges(card: Element): Element[] {
  const inside = card.getElementsByTagName(BADGE_TAG);
  const next = card.nextElementSibling;
  const found = inside.length > 0 ? Array.from(inside) : [];
  return next?.localName === BADGE_TAG ? [...found, next] : found;
}

interface Mounted {
  card: Element;
  host: HTMLElement;
  container: HTMLElement;
  read: PageOrder;
}

export const cardBadges: PageFeature = {
  id: 'card-badges',
  start(ctx: FeatureContext, signal: AbortSignal) {
    const mounted = new Map<Element, Mounted>();
    // The host is mounted at once (one badge per card, never two); its content is drawn in slices.
    const queue = createRenderQueue();

    const draw = (entry: Mounted) => {
      queue.add(entry, () => {
        if (!entry.host.isConnected) return;
        const order = orderToShow(ctx, entry.read);
        render(h(Badge, { order, settings: ctx.settings(), now: ctx.now(), lang: ctx.lang() }), entry.container);
      });
    };

    const unmount = (entry: Mounted) => {
      queue.cancel(entry);
      render(null, entry.container);
      entry.host.remove();
      mounted.delete(entry.card);
    };

    const unmountAll = () => {
      for (const entry of [...mounted.values()]) unmount(entry);
    };
    signal.addEventListener('abort', unmountAll, { once: true });

    return {
      cardRead(card, order) {
        let entry = mounted.get(card);
        if (!entry || !entry.host.isConnected) {
          // Whatever is left from an earlier mount (or a feature restart) goes: one badge per card.
          for (const stale of existingBadges(card)) stale.remove();
          const rule = PLACEMENTS.find((p) => card.matches(p.card));
          // A badge beside the card is drawn attached to the card's bottom edge, so it reads as part of it.
          const variant = rule?.where === 'after-card' ? 'os-after-card' : '';
          const { host, container } = createShadowHost(ctx.doc, BADGE_TAG, variant);
          entry = { card, host, container, read: order };
          mounted.set(card, entry);
          place(card, rule, host);
        }
        entry.read = order;
        entry.host.setAttribute(ORDER_MARK, order.orderId);
        draw(entry);
      },
      dataChanged(change) {
        for (const entry of [...mounted.values()]) {
          if (!entry.card.isConnected) unmount(entry);
          else if (change.all || change.orderIds.has(entry.read.orderId)) draw(entry);
        }
      },
      pageChanged: unmountAll,
    };
  },
};
