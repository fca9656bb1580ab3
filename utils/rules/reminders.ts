/**
 * The reminder plan: which reminder fires when, for every deadline of every tracked order. Pure — the
 * background calls it on each alarm with the stored state and `now`, shows `dueNow`, records them as sent,
 * and sets ONE alarm at `nextWakeUp`. Cadence defaults: domain.md §6 (`settings.leadDays`).
 *
 * Firing rules:
 * - a lead of N days fires at 09:00 local on the deadline's day minus N (the buyer's morning), or at the
 *   deadline itself when that is earlier (a deadline at 07:00 gets its "on the day" reminder at 07:00);
 * - after a gap (the browser was closed), of the leads whose moment has passed only the LATEST fires:
 *   one catch-up, never a burst of stale "7 days left" + "3 days left";
 * - a deadline already past with nothing ever shown for it gets ONE `overdue` reminder instead of one per
 *   lead — unless it passed more than `OVERDUE_LOOKBACK_DAYS` ago: that is history (an old order's return
 *   window), not news;
 * - a kind with no lead days is silent, muted orders and deadlines marked done are skipped;
 * - a snooze holds every reminder of that deadline until `snoozedUntil`, then one reminder fires (the one
 *   due by then, or `overdue`), even if it was shown before the snooze: the buyer asked to see it again.
 * `settings.notificationsEnabled` is not looked at: the plan is also what the popup lists, so the
 * background decides whether to show anything.
 */
import type { Deadline, DeadlineKind, OrderId, Settings, TrackedOrder } from '@/utils/model';
import { computeDeadlines } from './deadlines';
import { calendarDaysBetween, instantMs, lastDayMs, localHourDaysBefore } from './dates';
import type {
  DaysLeft,
  DeadlineKey,
  DeadlineReminderState,
  PlannedReminder,
  ReminderGroup,
  ReminderId,
  ReminderState,
  Urgency,
} from './reminder-schemas';

/** Reminders fire at 09:00 local: in the morning, while there is still a working day to act. */
export const REMINDER_HOUR = 9;
/** `soon` = at most this many calendar days left: the "open a dispute now" reminder (domain.md §6). */
export const SOON_DAYS = 3;
/** A deadline that passed longer ago than this, unannounced, gets no `overdue` reminder (see above). */
export const OVERDUE_LOOKBACK_DAYS = 30;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const URGENCY_RANK: Record<Urgency, number> = { overdue: 0, today: 1, soon: 2, later: 3 };

/** One order and kind; custom deadlines (several per order) are told apart by their instant. */
export function deadlineKey(orderId: OrderId, deadline: Deadline): DeadlineKey {
  return deadline.kind === 'custom' ? `${orderId}:custom:${deadline.at}` : `${orderId}:${deadline.kind}`;
}

/** `leadDays` null = the overdue reminder. The deadline's own day is in the id (reminder-schemas.ts). */
export function reminderId(key: DeadlineKey, deadline: Deadline, leadDays: number | null): ReminderId {
  return `${reminderIdPrefix(key, deadline)}${leadDays === null ? 'overdue' : `${leadDays}d`}`;
}

function reminderIdPrefix(key: DeadlineKey, deadline: Deadline): string {
  // The first ten characters of an ISO instant are its calendar day as written: rule dates are written in
  // local time, so the day survives a recomputation (even in another zone: it is still "Sep 4").
  return `${key}@${deadline.at.slice(0, 10)}:`;
}

export function planReminders(
  orders: readonly TrackedOrder[],
  settings: Settings,
  state: ReminderState,
  now: Date,
): PlannedReminder[] {
  const nowMs = now.getTime();
  const leadsByKind = new Map<DeadlineKind, number[]>();
  const planned: Planned[] = [];
  for (const order of orders) {
    if (order.archived || state.mutedOrders[order.orderId] !== undefined) continue;
    for (const deadline of computeDeadlines(order, settings, now)) {
      const key = deadlineKey(order.orderId, deadline);
      if (state.done[key] !== undefined) continue;
      let leads = leadsByKind.get(deadline.kind);
      if (!leads) {
        // Each lead once, the longest first: that is also the order of their moments, earliest first.
        leads = [...new Set(settings.leadDays[deadline.kind] ?? [])].sort((a, b) => b - a);
        leadsByKind.set(deadline.kind, leads);
      }
      if (leads.length > 0) planDeadline(order.orderId, deadline, key, leads, state.deadlines[key], nowMs, planned);
    }
  }
  // A stable sort: equal moments keep the order of `orders`, so the same input always gives the same plan.
  return planned.sort((a, b) => a.fireMs - b.fireMs).map(({ reminder }) => reminder);
}

/** Kinds whose passing needs no "passed" reminder: another deadline's reminders already cover the moment. */
const NO_OVERDUE_REMINDER = new Set<DeadlineKind>(['extension_request_by']);

interface Planned {
  reminder: PlannedReminder;
  fireMs: number;
}

/** The reminders of one deadline (see the firing rules at the top); `leads` are distinct, longest first. */
function planDeadline(
  orderId: OrderId,
  deadline: Deadline,
  key: DeadlineKey,
  leads: readonly number[],
  remembered: DeadlineReminderState | undefined,
  nowMs: number,
  out: Planned[],
): void {
  // computeDeadlines only returns readable instants; Date.parse is the cheap read of one.
  const dueMs = Date.parse(deadline.at);
  if (Number.isNaN(dueMs)) return;
  const snoozeMs = parseMs(remembered?.snoozedUntil);
  // From when on the plan decides: now, or the end of a snooze still running.
  const horizonMs = snoozeMs === null ? nowMs : Math.max(nowMs, snoozeMs);
  // After a snooze only what was shown since counts as shown: the buyer asked to see it again.
  const countsFromMs = snoozeMs ?? -Infinity;
  const sent = remembered?.sent ?? {};
  const prefix = reminderIdPrefix(key, deadline);
  const base: ReminderBase = { orderId, deadlineKey: key, kind: deadline.kind, deadline, dueMs, nowMs };

  if (dueMs <= horizonMs) {
    // A passed "ask the seller to extend by" is no news of its own: protection_end's reminders say what to do.
    if (NO_OVERDUE_REMINDER.has(deadline.kind)) return;
    // Past (or past by the end of the snooze): at most one overdue reminder, and only if nothing of this
    // deadline's day was shown (since the snooze) and it is recent enough to still be news.
    if (snoozeMs === null && dueMs < nowMs - OVERDUE_LOOKBACK_DAYS * DAY_MS) return;
    const anyShown = Object.keys(sent).some((id) => id.startsWith(prefix) && wasShown(sent, id, countsFromMs));
    if (!anyShown) out.push(reminder(base, `${prefix}overdue`, null, Math.max(dueMs, snoozeMs ?? dueMs)));
    return;
  }

  // A lead less pressing than one already shown is stale news: after a clock set back or a time-zone change,
  // "ask the seller to extend" (7 days) must not follow "open a dispute now" (3 days), already shown.
  let mostPressingShown = Infinity;
  for (const id of Object.keys(sent)) {
    const lead = id.startsWith(prefix) && wasShown(sent, id, countsFromMs) ? /:(\d+)d$/.exec(id)?.[1] : undefined;
    if (lead !== undefined) mostPressingShown = Math.min(mostPressingShown, Number(lead));
  }

  let catchUp: { leadDays: number; fireMs: number } | null = null;
  for (const leadDays of leads) {
    if (leadDays > mostPressingShown) continue;
    const fireMs = Math.min(localHourDaysBefore(dueMs, leadDays, REMINDER_HOUR), dueMs);
    if (fireMs <= horizonMs) {
      catchUp = { leadDays, fireMs }; // moments come earliest first: this keeps the latest passed one
      continue;
    }
    const id = `${prefix}${leadDays}d`;
    if (!wasShown(sent, id, countsFromMs)) out.push(reminder(base, id, leadDays, fireMs));
  }
  if (catchUp) {
    const id = `${prefix}${catchUp.leadDays}d`;
    const fireMs = snoozeMs === null ? catchUp.fireMs : Math.max(catchUp.fireMs, snoozeMs);
    if (!wasShown(sent, id, countsFromMs)) out.push(reminder(base, id, catchUp.leadDays, fireMs));
  }
}

function wasShown(sent: Record<ReminderId, string>, id: ReminderId, countsFromMs: number): boolean {
  const sentMs = parseMs(sent[id]);
  return sentMs !== null && sentMs >= countsFromMs;
}

/** What every reminder of one deadline shares. */
interface ReminderBase {
  orderId: OrderId;
  deadlineKey: DeadlineKey;
  kind: DeadlineKind;
  deadline: Deadline;
  dueMs: number;
  nowMs: number;
}

function reminder(
  base: ReminderBase,
  id: ReminderId,
  leadDays: number | null,
  fireMs: number,
): Planned {
  const { orderId, deadlineKey: key, kind, deadline, dueMs, nowMs } = base;
  return {
    fireMs,
    reminder: {
      id,
      orderId,
      deadlineKey: key,
      kind,
      leadDays,
      // Machine data for the alarm: UTC is the cheapest valid instant to write.
      fireAt: new Date(fireMs).toISOString(),
      deadline,
      urgency: leadDays === null ? 'overdue' : urgencyAt(dueMs, Math.max(fireMs, nowMs)),
    },
  };
}

/** How pressing a deadline at `dueMs` is, seen at `atMs`. A deadline exactly now is still "today". */
function urgencyAt(dueMs: number, atMs: number): Urgency {
  if (dueMs < atMs) return 'overdue';
  const days = calendarDaysBetween(atMs, dueMs);
  if (days <= 0) return 'today';
  return days <= SOON_DAYS ? 'soon' : 'later';
}

/** The reminders to show now, as one group (most pressing first), or null when nothing is due. */
export function dueNow(plan: readonly PlannedReminder[], now: Date): ReminderGroup | null {
  const nowMs = now.getTime();
  const due = plan.filter((reminder) => (parseMs(reminder.fireAt) ?? Infinity) <= nowMs);
  if (due.length === 0) return null;
  const ordered = due
    .map((reminder) => ({ reminder, dueMs: parseMs(reminder.deadline.at) ?? 0 }))
    .sort(
      (a, b) =>
        URGENCY_RANK[a.reminder.urgency] - URGENCY_RANK[b.reminder.urgency] ||
        a.dueMs - b.dueMs ||
        (a.reminder.id < b.reminder.id ? -1 : 1),
    )
    .map(({ reminder }) => reminder);
  const [mostPressing] = ordered;
  return {
    id: `due-${hashIds(ordered.map((reminder) => reminder.id).sort())}`,
    urgency: mostPressing?.urgency ?? 'later',
    reminders: ordered,
  };
}

/** The earliest reminder still to come (for the background's single alarm), or null. */
export function nextWakeUp(plan: readonly PlannedReminder[], now: Date): string | null {
  const nowMs = now.getTime();
  let earliest: { ms: number; at: string } | null = null;
  for (const reminder of plan) {
    const ms = parseMs(reminder.fireAt);
    if (ms !== null && ms > nowMs && (earliest === null || ms < earliest.ms)) earliest = { ms, at: reminder.fireAt };
  }
  return earliest?.at ?? null;
}

/**
 * Time left to `deadlineAt` as the buyer counts it: local calendar days to its LAST day (`lastDayMs`: "before
 * Sep 4" seen on Sep 3 at 23:00 is the last day, 0 days and 1 hour left; a rule date ending Sep 4 23:59 seen then is
 * 1 day), and whole hours on the last day. Null for a text that is not an instant.
 */
export function daysLeft(deadlineAt: string, now: Date): DaysLeft | null {
  const dueMs = instantMs(deadlineAt);
  if (dueMs === null) return null;
  const leftMs = dueMs - now.getTime();
  const overdue = leftMs <= 0;
  // Passed too, days count to the last day: "before Sep 4" seen on Sep 4 at noon had its last day yesterday (−1).
  const days = calendarDaysBetween(now.getTime(), lastDayMs(dueMs));
  return { days, hours: days === 0 && !overdue ? Math.floor(leftMs / HOUR_MS) : null, overdue };
}

function parseMs(instant: string | undefined): number | null {
  if (instant === undefined) return null;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : ms;
}

/** FNV-1a over the ids: a short, stable name for a set of reminders. */
function hashIds(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let index = 0; index < id.length; index++) {
      hash ^= id.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x7c; // separator, so ["ab","c"] and ["a","bc"] differ
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + ids.length.toString(36);
}
