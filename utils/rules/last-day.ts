/**
 * Which day a deadline is shown as, decided once for every surface (badge, panel, popup, notification, calendar,
 * dispute message). A page's "Refund if no delivery before Sep 4" is stored as Sep 4 00:00: its last day is Sep 3,
 * and a buyer told "ends Sep 4" on Sep 3 at 23:00 would believe a day is left. Rule dates end at 23:59:59.999 of
 * their own day. `lastDayMs` covers both.
 */
import type { DeadlineKind } from '@/utils/model';
import { instantMs, lastDayMs } from './dates';

/**
 * Kinds whose label names a window that closes ("Buyer protection ends"): they are shown as "Last day: Sep 3".
 * The other labels already carry their preposition ("Ship the return by", "You can escalate from").
 */
export const SAYS_LAST_DAY: ReadonlySet<DeadlineKind> = new Set<DeadlineKind>([
  'protection_end',
  'dispute_window_end',
  'return_window_end',
  'late_dispute_window_end',
]);

/** The local day (its midnight, epoch ms) on which the deadline can last be met; null for an unreadable instant. */
export function lastDayOf(at: string): number | null {
  const ms = instantMs(at);
  return ms === null ? null : lastDayMs(ms);
}
