/**
 * What the toolbar icon says (issue #15 §1): how many orders need action soon, and how pressing the most pressing
 * one is. Decided from the same per-order views every other surface shows (rules/order-view.ts), so the count is the
 * popup's "needs action" rows: overdue, due today, or due within the week.
 */
import type { OrderView } from './order-view';
import { instantMs } from './dates';
import { URGENCY_RANK, type Urgency } from './urgency';

export type PressingUrgency = Extract<Urgency, 'overdue' | 'today' | 'soon'>;

const PRESSING: ReadonlySet<Urgency> = new Set<Urgency>(['overdue', 'today', 'soon']);

export interface ToolbarState {
  /** Orders whose next deadline is overdue, today or within the week (archived orders never count). */
  count: number;
  /** Of those, the overdue ones. */
  overdue: number;
  /** The most pressing urgency among them (the badge's colour), or null when none needs action. */
  urgency: PressingUrgency | null;
}

/**
 * The badge's background per urgency: the on-page badge's own text colours (components/page/styles.ts), which
 * hold white text at more than 4.5:1 (WCAG AA).
 */
export const TOOLBAR_BADGE_COLORS: Record<PressingUrgency, string> = {
  overdue: '#b42318',
  today: '#b42318',
  soon: '#93370d',
};

export function toolbarState(views: Iterable<Pick<OrderView, 'urgency'>>): ToolbarState {
  let count = 0;
  let overdue = 0;
  let urgency: PressingUrgency | null = null;
  for (const view of views) {
    if (!PRESSING.has(view.urgency)) continue;
    count += 1;
    if (view.urgency === 'overdue') overdue += 1;
    if (urgency === null || URGENCY_RANK[view.urgency] < URGENCY_RANK[urgency])
      urgency = view.urgency as PressingUrgency;
  }
  return { count, overdue, urgency };
}

/** The badge text: the count, empty when nothing needs action (an empty badge is no badge). */
export function toolbarBadgeText(state: ToolbarState): string {
  if (state.count === 0) return '';
  return state.count > 99 ? '99+' : String(state.count);
}

/**
 * At most this long between two counts, whatever the views say: a change this module does not foresee (the computer's
 * clock or time zone moved, a rule that turns with the hour) is caught within it.
 */
export const RECOUNT_AT_LEAST_EVERY_MS = 6 * 3_600_000;

/**
 * Until when `toolbarState` of these views stays what it is, so a wake-up of the worker before then need not read every
 * order again. Urgency is counted in local calendar days to a deadline's last day and turns "overdue" at the
 * deadline itself (rules/urgency.ts), and an order's headline moves on when one of its deadlines passes: the state
 * holds until the next local midnight or the next deadline's moment, whichever comes first, and never longer than
 * `RECOUNT_AT_LEAST_EVERY_MS`. A stored change of orders or settings is not foreseen here: it recounts at once
 * (utils/background/toolbar.ts).
 */
export function toolbarStateHoldsUntil(views: Iterable<Pick<OrderView, 'deadlines'>>, now: Date): number {
  const nowMs = now.getTime();
  const midnight = new Date(nowMs);
  midnight.setHours(24, 0, 0, 0);
  let until = Math.min(midnight.getTime(), nowMs + RECOUNT_AT_LEAST_EVERY_MS);
  for (const view of views) {
    for (const { deadline } of view.deadlines) {
      const ms = instantMs(deadline.at);
      if (ms !== null && ms > nowMs && ms < until) until = ms;
    }
  }
  return until;
}
