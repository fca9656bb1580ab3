/**
 * The toolbar icon at a glance (issue #15 §1): the badge counts the orders that need action this week, in the
 * colour of the most pressing, empty when none; the tooltip says it in words, in the buyer's language. Decided by
 * `toolbarState` over the same per-order views the popup lists (utils/rules/toolbar.ts).
 *
 * Counted after every stored change of orders or settings (debounced: a page read comes as a burst of writes), at
 * every worker start and after every reminder reconcile, which the reminder alarm wakes at each reminder's time (the
 * 7-, 3- and 1-day leads): an order moving into "this week" with the calendar is counted then. No alarm of its own:
 * the one alarm stays the reminders' (tests/e2e/reminders.e2e.ts). `action.setBadgeText` needs no permission.
 */
import { browser } from 'wxt/browser';
import { resolveLanguage } from '@/utils/i18n/core';
import { toolbarTitle } from '@/utils/i18n/toolbar';
import { orderView } from '@/utils/rules/order-view';
import { TOOLBAR_BADGE_COLORS, toolbarBadgeText, toolbarState, type ToolbarState } from '@/utils/rules/toolbar';
import { readOrders, readSettings, type ValidationCache } from '@/utils/storage';

/** The part of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) the toolbar uses. */
export interface ToolbarAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** A burst of writes (a page read, then the reminder bookkeeping) is counted once. */
const SETTLE_MS = 300;

function defaultAction(): ToolbarAction {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  return (api.action ?? api.browserAction)!;
}

export function createToolbar(
  options: { clock?: () => Date; action?: () => ToolbarAction; browserLanguage?: () => string } = {},
) {
  const clock = options.clock ?? (() => new Date());
  const action = options.action ?? defaultAction;
  const browserLanguage = options.browserLanguage ?? (() => navigator.language);
  // Unchanged orders skip zod on the next count (utils/storage.ts ValidationCache).
  const validated: ValidationCache = new Map();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function refresh(): Promise<ToolbarState> {
    const now = clock();
    const [{ orders }, settings] = await Promise.all([readOrders(validated), readSettings()]);
    const state = toolbarState(orders.map((order) => orderView(order, settings, now)));
    const lang = resolveLanguage(settings.language, browserLanguage());
    const api = action();
    await api.setBadgeText({ text: toolbarBadgeText(state) });
    if (state.urgency) await api.setBadgeBackgroundColor({ color: TOOLBAR_BADGE_COLORS[state.urgency] });
    await api.setTitle({ title: toolbarTitle(state, lang) });
    return state;
  }

  return {
    refresh,
    /** Counts again once the current burst of writes has settled. */
    schedule(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        refresh().catch((error: unknown) => console.warn('[OrderShield] could not update the toolbar icon', error));
      }, SETTLE_MS);
    },
  };
}
