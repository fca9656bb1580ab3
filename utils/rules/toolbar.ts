/**
 * What the toolbar icon says (issue #15 §1): how many orders need action soon, and how pressing the most pressing
 * one is. Decided from the same per-order views every other surface shows (rules/order-view.ts), so the count is the
 * popup's "needs action" rows: overdue, due today, or due within the week.
 */
import type { OrderView } from './order-view';
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
