/**
 * How pressing a deadline is, decided once for every surface: the card badge, the order panel, the popup's
 * buckets and the notification's title all use `urgencyAt`. Counted in local calendar days to the deadline's LAST
 * day (rules/last-day.ts), like the time left the buyer reads beside it.
 */
import type { DeadlineKind } from '@/utils/model';
import { calendarDaysBetween, lastDayMs } from './dates';

/** `none`: nothing pressing (no deadline, an archived order, or a passed date kept for information). */
export const URGENCIES = ['overdue', 'today', 'soon', 'later', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Most pressing first: the popup's bucket order and the order of a grouped notification. */
export const URGENCY_RANK: Record<Urgency, number> = { overdue: 0, today: 1, soon: 2, later: 3, none: 4 };

/** `soon`: at most this many calendar days to the last day (the popup's "This week" bucket). */
export const SOON_WITHIN_DAYS = 7;

/**
 * Kinds that are past a date the buyer should already have acted by: while they run they are never merely "later",
 * at least "soon" (the late dispute window comes after protection ended).
 */
const PRESSING_WHILE_RUNNING: ReadonlySet<DeadlineKind> = new Set<DeadlineKind>(['late_dispute_window_end']);

/** How pressing a deadline at `dueMs` is, seen at `atMs`. Exactly at the deadline it is still "today". */
export function urgencyAt(
  dueMs: number,
  kind: DeadlineKind,
  atMs: number,
  lastDay: number = lastDayMs(dueMs),
): Exclude<Urgency, 'none'> {
  if (dueMs < atMs) return 'overdue';
  const days = calendarDaysBetween(atMs, lastDay);
  if (days <= 0) return 'today';
  return days <= SOON_WITHIN_DAYS || PRESSING_WHILE_RUNNING.has(kind) ? 'soon' : 'later';
}
