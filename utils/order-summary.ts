/**
 * What the popup (and later the badges) show for one order: its deadlines, the nearest one that still
 * matters, days left and an urgency bucket. Pure; "now" is a parameter.
 */
import dayjs from 'dayjs';
import { DEFAULT_SETTINGS, type Deadline, type Settings, type TrackedOrder } from '@/utils/model';
import { computeDeadlines } from '@/utils/rules';

export type Urgency = 'overdue' | 'today' | 'week' | 'later' | 'none';

export interface OrderSummary {
  order: TrackedOrder;
  deadlines: Deadline[];
  next: Deadline | null;
  /** Whole calendar days from today to the next deadline's day (negative when passed). */
  daysLeft: number | null;
  urgency: Urgency;
}

export function calendarDaysBetween(now: Date, at: string): number {
  return dayjs(at).startOf('day').diff(dayjs(now).startOf('day'), 'day');
}

/** A deadline that passed more than this many days ago no longer drives the order's urgency. */
const STALE_AFTER_DAYS = 30;

/** The order's deadlines (page-printed, the buyer's own, rule estimates: `computeDeadlines`) and the one to show. */
export function summarize(order: TrackedOrder, now: Date, settings: Settings = DEFAULT_SETTINGS): OrderSummary {
  const deadlines = computeDeadlines(order, settings, now);
  const nowIso = now.toISOString();
  const upcoming = deadlines.filter((d) => dayjs(d.at).valueOf() >= now.valueOf());
  const recentlyPassed = deadlines.filter((d) => d.at < nowIso && calendarDaysBetween(now, d.at) >= -STALE_AFTER_DAYS);
  const next = upcoming[0] ?? recentlyPassed.at(-1) ?? null;
  if (!next || order.archived) return { order, deadlines, next, daysLeft: next ? calendarDaysBetween(now, next.at) : null, urgency: 'none' };
  const daysLeft = calendarDaysBetween(now, next.at);
  const passed = dayjs(next.at).valueOf() < now.valueOf();
  const urgency: Urgency = passed ? 'overdue' : daysLeft <= 0 ? 'today' : daysLeft <= 7 ? 'week' : 'later';
  return { order, deadlines, next, daysLeft, urgency };
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, today: 1, week: 2, later: 3, none: 4 };

/** Most urgent first; within a bucket the nearest deadline first, then the newest order. */
export function byUrgency(a: OrderSummary, b: OrderSummary): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    (a.next?.at ?? '').localeCompare(b.next?.at ?? '') ||
    (b.order.facts.orderedAt ?? '').localeCompare(a.order.facts.orderedAt ?? '')
  );
}
