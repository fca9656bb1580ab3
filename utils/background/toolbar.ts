/**
 * The toolbar icon at a glance (issue #15 §1): the badge counts the orders that need action this week, in the
 * colour of the most pressing, empty when none; the tooltip says it in words, in the buyer's language. Decided by
 * `toolbarState` over the same per-order views the popup lists (utils/rules/toolbar.ts).
 *
 * Counted after every stored change of orders or settings (debounced: a page read comes as a burst of writes), and
 * at a wake-up of the worker (its start, every reminder reconcile, which the reminder alarm wakes at each reminder's
 * time: the 7-, 3- and 1-day leads) once the last count may be out of date: an order moving into "this week" with
 * the calendar is counted then. A count reads every order, so a wake-up before then reads none: the last count's
 * "holds until" (`toolbarStateHoldsUntil`: the next local midnight or deadline, at most 6 hours) is kept in session
 * storage, which outlives the worker but not the browser or an update of the extension. No alarm of its own: the
 * one alarm stays the reminders' (tests/e2e/reminders.e2e.ts). `action.setBadgeText` needs no permission.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { resolveLanguage } from '@/utils/i18n/core';
import { toolbarTitle } from '@/utils/i18n/toolbar';
import { orderView } from '@/utils/rules/order-view';
import {
  TOOLBAR_BADGE_COLORS,
  toolbarBadgeText,
  toolbarState,
  toolbarStateHoldsUntil,
  type ToolbarState,
} from '@/utils/rules/toolbar';
import { readOrders, readSettings, type ValidationCache } from '@/utils/storage';

/** The part of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) the toolbar uses. */
export interface ToolbarAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** A burst of writes (a page read, then the reminder bookkeeping) is counted once. */
const SETTLE_MS = 300;

/**
 * Session storage (in memory: emptied when the browser restarts or the extension is updated; derived, never the
 * buyer's data, never exported): until when the last count holds.
 */
const COUNT_HOLDS_KEY = 'toolbarCountHolds';
const CountHoldsSchema = z.object({ untilMs: z.number() });

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

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
  // A stored change seen and not yet counted: the next count must happen, whatever the last one said.
  let changed = false;

  async function refresh(): Promise<ToolbarState> {
    const now = clock();
    const [{ orders }, settings] = await Promise.all([readOrders(validated), readSettings()]);
    const views = orders.map((order) => orderView(order, settings, now));
    const state = toolbarState(views);
    const lang = resolveLanguage(settings.language, browserLanguage());
    const api = action();
    await api.setBadgeText({ text: toolbarBadgeText(state) });
    if (state.urgency) await api.setBadgeBackgroundColor({ color: TOOLBAR_BADGE_COLORS[state.urgency] });
    await api.setTitle({ title: toolbarTitle(state, lang) });
    // Only a count no change came after may say how long it holds (a burst still arriving while it read is counted
    // again by its own schedule). Without session storage every wake-up counts, as before.
    if (!changed)
      await sessionArea()
        ?.set({ [COUNT_HOLDS_KEY]: { untilMs: toolbarStateHoldsUntil(views, now) } })
        .catch(() => undefined);
    return state;
  }

  /** Whether the last count may be out of date: none this browser session, or its moment has passed. */
  async function due(): Promise<boolean> {
    try {
      const stored = await sessionArea()?.get(COUNT_HOLDS_KEY);
      const holds = CountHoldsSchema.safeParse(stored?.[COUNT_HOLDS_KEY]);
      return !holds.success || clock().getTime() >= holds.data.untilMs;
    } catch {
      return true;
    }
  }

  /** Counts now if the last count may be out of date; true when it counted. */
  async function refreshIfDue(): Promise<boolean> {
    if (!(await due())) return false;
    await refresh();
    return true;
  }

  function settle(run: () => Promise<unknown>): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const forced = changed;
      changed = false;
      (forced ? refresh() : run()).catch((error: unknown) =>
        console.warn('[OrderShield] could not update the toolbar icon', error),
      );
    }, SETTLE_MS);
  }

  return {
    refresh,
    refreshIfDue,
    /**
     * Orders or settings were stored: counts again once the burst has settled. The last count's "holds until" goes
     * at once, so a worker stopped before the count leaves no count that claims to hold.
     */
    changed(): void {
      if (!changed)
        sessionArea()
          ?.remove(COUNT_HOLDS_KEY)
          .catch(() => undefined);
      changed = true;
      settle(refresh);
    },
    /** A wake-up of the worker: counts once the moment has settled, if the last count may be out of date. */
    schedule(): void {
      settle(refreshIfDue);
    },
  };
}
