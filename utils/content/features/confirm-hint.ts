/**
 * Feature `confirm-hint`: beside the page's own "Confirm received" button, "check the item first — after
 * confirming you have N days for a return" (domain.md §1: confirming early shortens protection to the return
 * window; N is `settings.rules.returnWindowDays`). On list cards and on the order page.
 */
import { OWN_ELEMENT_PREFIX } from '@/utils/markers';
import { h, render } from 'preact';
import type { PageOrder } from '@/utils/model';
import { actionFromControl } from '@/utils/pages/actions';
import { ConfirmHint } from '@/components/page/ConfirmHint';
import { createShadowHost } from '@/components/page/shadow';
import type { FeatureContext, PageFeature } from '@/utils/content/feature-manager';

export const HINT_TAG = `${OWN_ELEMENT_PREFIX}confirm-hint`;

/** The page's "Confirm received" control in `scope`: found the way the readers find actions (label or URL). */
function confirmControl(scope: ParentNode): Element | null {
  for (const control of Array.from(scope.querySelectorAll('button, a[href], [role="button"]'))) {
    if (control.closest(HINT_TAG)) continue;
    const label = (control.textContent ?? '').trim() || control.getAttribute('aria-label') || '';
    if (actionFromControl(label, control.getAttribute('href')) === 'confirm_received') return control;
  }
  return null;
}

/**
 * Where the hint goes: after the control, or — when the control sits in a row of flex/grid items (a button
 * row, a footer with the price) — after that whole row, so the page's own items are never squeezed or
 * stretched by ours (no layout shift beyond the hint's own box).
 */
function outsideFlexRows(control: Element, scope: ParentNode): Element {
  let el = control;
  for (let parent = el.parentElement; parent && parent !== scope; parent = el.parentElement) {
    const style = parent.ownerDocument.defaultView?.getComputedStyle(parent);
    const row = style && /flex|grid/.test(style.display) && !style.flexDirection.startsWith('column');
    if (!row) break;
    el = parent;
  }
  return el;
}

interface Mounted {
  host: HTMLElement;
  container: HTMLElement;
}

export const confirmHint: PageFeature = {
  id: 'confirm-hint',
  start(ctx: FeatureContext, signal: AbortSignal) {
    const mounted = new Map<Element, Mounted>();
    const draw = (entry: Mounted) =>
      render(h(ConfirmHint, { days: ctx.settings().rules.returnWindowDays, lang: ctx.lang() }), entry.container);

    // Placing a hint reads the layout (outsideFlexRows) and inserting it writes: done card by card, each read
    // after the previous write forced a style recalculation of the page, which made a 1,000-card list take
    // seconds. So the cards read in one go are placed together, right after: all reads first, then all writes.
    // The control is looked for then too, not in the card-read event itself: the cards' badges are on the page
    // first (1,000 cards: ~20 ms of finding controls under a CPU profile, scripts/bench/list-reading.ts), and the
    // hints still come before the next paint.
    let pending: Array<{ scope: ParentNode }> = [];
    const placePending = () => {
      const batch = pending;
      pending = [];
      const found = batch.flatMap(({ scope }) => {
        const control = confirmControl(scope);
        if (!control) return [];
        const existing = mounted.get(control);
        if (existing?.host.isConnected) {
          draw(existing);
          return [];
        }
        return [{ scope, control }];
      });
      const placements = found
        .filter(({ control }) => control.isConnected && !mounted.get(control)?.host.isConnected)
        .map(({ control, scope }) => ({ control, group: outsideFlexRows(control, scope) }));
      for (const { control, group } of placements) {
        if (mounted.get(control)?.host.isConnected) continue;
        if (group.nextElementSibling?.localName === HINT_TAG) group.nextElementSibling.remove();
        const { host, container } = createShadowHost(ctx.doc, HINT_TAG, 'os-hint-root');
        const entry = { host, container };
        mounted.set(control, entry);
        group.after(host);
        draw(entry);
      }
    };

    const annotate = (scope: ParentNode, order: PageOrder) => {
      if (!order.actions.includes('confirm_received')) return;
      if (pending.length === 0) queueMicrotask(placePending);
      pending.push({ scope });
    };
    const clear = () => {
      for (const entry of mounted.values()) {
        render(null, entry.container);
        entry.host.remove();
      }
      mounted.clear();
      pending = [];
    };
    signal.addEventListener('abort', clear, { once: true });

    return {
      cardRead: (card, order) => annotate(card, order),
      orderPageRead: (order) => annotate(ctx.doc.body ?? ctx.doc.documentElement, order),
      dataChanged() {
        for (const [control, entry] of [...mounted]) {
          if (control.isConnected) draw(entry);
          else {
            entry.host.remove();
            mounted.delete(control);
          }
        }
      },
      pageChanged: clear,
    };
  },
};
