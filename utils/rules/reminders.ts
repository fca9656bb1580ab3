/**
 * The reminder plan: which reminder fires when, for every deadline of every tracked order. Pure — the
 * background calls it on each alarm with the stored state and `now`, shows `dueNow`, records them as sent,
 * and sets ONE alarm at `nextWakeUp`. Cadence defaults: domain.md §6 (`settings.leadDays`).
 *
 * Firing rules:
 * - moments count from the deadline's LAST day (`lastDayMs`: "before Sep 4" ends Sep 4 00:00, its last day is
 *   Sep 3): a lead of N days fires at 09:00 local on the last day minus N (the buyer's morning);
 * - the on-the-day reminder (lead 0) fires at 09:00 on the last day, or `LAST_CALL_MS` (3 hours) before the
 *   deadline when that is earlier (a deadline at 07:00 gets it at 04:00): never at or after the deadline;
 * - after a gap (the browser was closed), of the leads whose moment has passed only the LATEST fires:
 *   one catch-up, never a burst of stale "7 days left" + "3 days left";
 * - a deadline already past with nothing ever shown for it gets ONE `overdue` reminder instead of one per
 *   lead — unless it passed more than `OVERDUE_LOOKBACK_DAYS` ago: that is history (an old order's return
 *   window), not news;
 * - a kind with no lead days is silent, muted orders are skipped; a deadline DATE marked done (the popup) is
 *   skipped, a reminder marked done (its notification) is not shown again, but the later, more pressing
 *   leads of that date still come;
 * - a snooze holds every reminder of that deadline date until `snoozedUntil`, then one reminder fires (the one
 *   due by then, or `overdue`), even if it was shown before the snooze: the buyer asked to see it again.
 * - done and snooze belong to one OCCURRENCE of a deadline (`occurrenceDay`): readings less than
 *   `SAME_DEADLINE_MS` apart are the same date, so a zone change or DST never repeats a reminder, while a date
 *   the seller really extended starts its reminders again.
 * `settings.notificationsEnabled` is not looked at: the plan is also what the popup lists, so the
 * background decides whether to show anything.
 */
import type { Deadline, DeadlineKind, OrderId, Settings, TrackedOrder } from '@/utils/model';
import { computeDeadlines } from './deadlines';
import { stillSince, stuckAfterDays } from './tracking';
import { fnv1a } from '@/utils/hash';
import { calendarDaysBetween, instantMs, lastDayMs, localHourDaysBefore, localIsoDay } from './dates';
import { URGENCY_RANK, urgencyAt } from './urgency';
import type {
  DaysLeft,
  DeadlineDone,
  DeadlineKey,
  DeadlineReminderState,
  PlannedReminder,
  ReminderGroup,
  ReminderId,
  ReminderState,
} from './reminder-schemas';

/** Reminders fire at 09:00 local: in the morning, while there is still a working day to act. */
export const REMINDER_HOUR = 9;
/** At most this many calendar days left: "open a dispute now" (domain.md §6; rules/advice.ts). */
export const SOON_DAYS = 3;
/** A deadline that passed longer ago than this, unannounced, gets no `overdue` reminder (see above). */
export const OVERDUE_LOOKBACK_DAYS = 30;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The on-the-day reminder of a deadline before noon comes at least this long before it (see above). */
export const LAST_CALL_MS = 3 * HOUR_MS;
/**
 * Two readings of a deadline closer than this are the same date: a zone change or DST moves a recomputed instant
 * by hours, "23:59:59.999" and "00:00 next day" are 1 ms apart; a seller's extension moves it by whole days.
 */
export const SAME_DEADLINE_MS = 20 * HOUR_MS;

/** One order and kind; custom deadlines (several per order) are told apart by their instant. */
export function deadlineKey(orderId: OrderId, deadline: Deadline): DeadlineKey {
  return deadline.kind === 'custom' ? `${orderId}:custom:${deadline.at}` : `${orderId}:${deadline.kind}`;
}

/** `leadDays` null = the overdue reminder; `day` is the deadline's occurrence day (`occurrenceDay`). */
export function reminderId(key: DeadlineKey, day: string, leadDays: number | null): ReminderId {
  return `${reminderIdPrefix(key, day)}${leadDays === null ? 'overdue' : `${leadDays}d`}`;
}

function reminderIdPrefix(key: DeadlineKey, day: string): string {
  return `${key}@${day}:`;
}

/** The occurrence day of a reminder id, or null for an id of another shape. */
export function reminderIdDay(id: ReminderId): string | null {
  return /@(\d{4}-\d{2}-\d{2}):(?:\d+d|overdue|stuck-\d{4}-\d{2}-\d{2})$/.exec(id)?.[1] ?? null;
}

/** Whether two instants are readings of the same deadline date (`SAME_DEADLINE_MS`). */
export function sameDeadline(at: string | undefined, dueMs: number): boolean {
  const ms = parseMs(at);
  return ms !== null && Math.abs(ms - dueMs) < SAME_DEADLINE_MS;
}

/**
 * The day that names this occurrence of a deadline in reminder ids and in done/snooze records: the remembered
 * day while the deadline stays within `SAME_DEADLINE_MS` of the instant it was remembered for; the day the
 * instant was written with when the state predates remembered occurrences and has ids of that day (so an update
 * repeats nothing); otherwise its last day, local (`lastDayMs`).
 */
export function occurrenceDay(deadline: Deadline, remembered: DeadlineReminderState | undefined): string | null {
  const dueMs = Date.parse(deadline.at);
  if (Number.isNaN(dueMs)) return null;
  if (remembered?.at !== undefined && remembered.day !== undefined) {
    if (sameDeadline(remembered.at, dueMs)) return remembered.day;
  } else if (remembered) {
    const written = deadline.at.slice(0, 10);
    if (Object.keys(remembered.sent).some((id) => reminderIdDay(id) === written)) return written;
  }
  return localIsoDay(lastDayMs(dueMs));
}

/**
 * Whether a done record covers this occurrence of the deadline. A record by an earlier version is only the time
 * it was marked: it covers the date of the latest reminder shown before then (the one the buyer answered), or,
 * with none shown, whatever date is current (the background pins that on its next run, `pinLegacyDone`).
 */
export function doneApplies(
  entry: DeadlineDone | string | undefined,
  day: string,
  dueMs: number,
  remembered: DeadlineReminderState | undefined,
): boolean {
  if (entry === undefined) return false;
  if (typeof entry !== 'string') return entry.at !== undefined ? sameDeadline(entry.at, dueMs) : entry.day === day;
  const markedMs = parseMs(entry) ?? Infinity;
  let latest: { ms: number; day: string | null } | null = null;
  for (const [id, sentAt] of Object.entries(remembered?.sent ?? {})) {
    const ms = parseMs(sentAt);
    if (ms !== null && ms <= markedMs && (latest === null || ms > latest.ms)) latest = { ms, day: reminderIdDay(id) };
  }
  return latest === null || latest.day === day;
}

/** Whether the buyer marked this deadline's current date done (the popup's Done; see `doneApplies`). */
export function isDeadlineDone(state: ReminderState, orderId: OrderId, deadline: Deadline): boolean {
  const key = deadlineKey(orderId, deadline);
  const remembered = state.deadlines[key];
  const day = occurrenceDay(deadline, remembered);
  return day !== null && doneApplies(state.done[key], day, Date.parse(deadline.at), remembered);
}

/** Whether the remembered snooze holds for this deadline date (a snooze of an earlier version holds as it is). */
function snoozeApplies(remembered: DeadlineReminderState | undefined, dueMs: number): boolean {
  if (remembered?.snoozedUntil === undefined) return false;
  return remembered.snoozedFor === undefined || sameDeadline(remembered.snoozedFor, dueMs);
}

/**
 * When a lead fires: 09:00 local on the last day minus `leadDays`; the on-the-day one never later than
 * `LAST_CALL_MS` before the deadline (a deadline at 07:00 gets it at 04:00).
 */
export function leadMoment(dueMs: number, leadDays: number, lastDay: number = lastDayMs(dueMs)): number {
  const morning = localHourDaysBefore(lastDay, leadDays, REMINDER_HOUR);
  return leadDays === 0 ? Math.min(morning, dueMs - LAST_CALL_MS) : morning;
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
    const deadlines = computeDeadlines(order, settings, now);
    for (const deadline of deadlines) {
      const key = deadlineKey(order.orderId, deadline);
      let leads = leadsByKind.get(deadline.kind);
      if (!leads) {
        // Each lead once, the longest first: that is also the order of their moments, earliest first.
        leads = [...new Set(settings.leadDays[deadline.kind] ?? [])].sort((a, b) => b - a);
        leadsByKind.set(deadline.kind, leads);
      }
      if (leads.length > 0) planDeadline(order.orderId, deadline, key, leads, state, nowMs, planned);
    }
    // Silenced with the protection end's own reminders (no lead days for it): the stuck one is about that date.
    if ((settings.leadDays.protection_end ?? []).length > 0)
      planStuckParcel(order, deadlines, stuckAfterDays(settings), state, nowMs, planned);
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
  state: ReminderState,
  nowMs: number,
  out: Planned[],
): void {
  // computeDeadlines only returns readable instants; Date.parse is the cheap read of one.
  const dueMs = Date.parse(deadline.at);
  if (Number.isNaN(dueMs)) return;
  const remembered = state.deadlines[key];
  const day = occurrenceDay(deadline, remembered);
  if (day === null || doneApplies(state.done[key], day, dueMs, remembered)) return;
  const snoozeMs = snoozeApplies(remembered, dueMs) ? parseMs(remembered?.snoozedUntil) : null;
  // From when on the plan decides: now, or the end of a snooze still running.
  const horizonMs = snoozeMs === null ? nowMs : Math.max(nowMs, snoozeMs);
  // After a snooze only what was shown since counts as shown: the buyer asked to see it again. What the buyer
  // marked done from its notification stays done.
  const countsFromMs = snoozeMs ?? -Infinity;
  const sent = remembered?.sent ?? {};
  const handled = remembered?.handled ?? {};
  const settled = (id: ReminderId): boolean => handled[id] !== undefined || wasShown(sent, id, countsFromMs);
  const prefix = reminderIdPrefix(key, day);
  // The last day once per deadline: every lead's moment and urgency count from it (about 15 % off planning 5,000
  // orders in Node, measured against working it out per lead).
  const lastDay = lastDayMs(dueMs);
  const base: ReminderBase = { orderId, deadlineKey: key, kind: deadline.kind, deadline, day, dueMs, lastDay, nowMs };
  const ofThisDate = [...Object.keys(sent), ...Object.keys(handled)].filter((id) => id.startsWith(prefix));

  if (dueMs <= horizonMs) {
    // A passed "ask the seller to extend by" is no news of its own: protection_end's reminders say what to do.
    if (NO_OVERDUE_REMINDER.has(deadline.kind)) return;
    // Past (or past by the end of the snooze): at most one overdue reminder, and only if nothing of this
    // deadline's date was shown (since the snooze) and it is recent enough to still be news.
    if (snoozeMs === null && dueMs < nowMs - OVERDUE_LOOKBACK_DAYS * DAY_MS) return;
    if (!ofThisDate.some(settled))
      out.push(reminder(base, `${prefix}overdue`, null, Math.max(dueMs, snoozeMs ?? dueMs)));
    return;
  }

  // A lead less pressing than one already shown is stale news: after a clock set back or a time-zone change,
  // "ask the seller to extend" (7 days) must not follow "open a dispute now" (3 days), already shown.
  let mostPressingShown = Infinity;
  for (const id of ofThisDate) {
    const lead = settled(id) ? /:(\d+)d$/.exec(id)?.[1] : undefined;
    if (lead !== undefined) mostPressingShown = Math.min(mostPressingShown, Number(lead));
  }

  let catchUp: { leadDays: number; fireMs: number } | null = null;
  for (const leadDays of leads) {
    if (leadDays > mostPressingShown) continue;
    const fireMs = leadMoment(dueMs, leadDays, lastDay);
    if (fireMs <= horizonMs) {
      catchUp = { leadDays, fireMs }; // moments come earliest first: this keeps the latest passed one
      continue;
    }
    const id = `${prefix}${leadDays}d`;
    if (!settled(id)) out.push(reminder(base, id, leadDays, fireMs));
  }
  if (catchUp) {
    const id = `${prefix}${catchUp.leadDays}d`;
    const fireMs = snoozeMs === null ? catchUp.fireMs : Math.max(catchUp.fireMs, snoozeMs);
    if (!settled(id)) out.push(reminder(base, id, catchUp.leadDays, fireMs));
  }
}

/**
 * The stuck-parcel reminder (issue 15 §4): once, at 09:00 on the day the tracking has not moved for
 * `stuckAfterDays` days (rules/tracking.ts `stillSince`), while protection runs. Its words are the badge's
 * `tracking_stuck` advice: ask the seller, and open a dispute by the protection's last day. It belongs to the
 * protection end it is about, so that date's Done, snooze and the order's mute apply to it; a parcel that moves
 * and stalls again is a new stall (the id names the day it last moved). Stuck only from the last day on, the
 * protection end's own last-day reminder already says "open a dispute now": no second one.
 */
function planStuckParcel(
  order: TrackedOrder,
  deadlines: readonly Deadline[],
  stuckAfter: number,
  state: ReminderState,
  nowMs: number,
  out: Planned[],
): void {
  const still = stillSince(order);
  const protection = deadlines.find((deadline) => deadline.kind === 'protection_end');
  if (!still || !protection) return;
  const dueMs = Date.parse(protection.at);
  if (Number.isNaN(dueMs) || dueMs <= nowMs) return;
  const lastDay = lastDayMs(dueMs);
  const stuckMs = localHourDaysBefore(still.sinceMs, -stuckAfter, REMINDER_HOUR);
  if (stuckMs >= lastDay) return;
  const key = deadlineKey(order.orderId, protection);
  const remembered = state.deadlines[key];
  const day = occurrenceDay(protection, remembered);
  if (day === null || doneApplies(state.done[key], day, dueMs, remembered)) return;
  const id = `${reminderIdPrefix(key, day)}stuck-${still.sinceDay}`;
  // Once per stall, snooze or not: the protection end's own reminders are what a snooze brings back.
  if (remembered?.sent[id] !== undefined || remembered?.handled?.[id] !== undefined) return;
  const snoozeMs = snoozeApplies(remembered, dueMs) ? parseMs(remembered?.snoozedUntil) : null;
  const fireMs = snoozeMs === null ? stuckMs : Math.max(stuckMs, snoozeMs);
  if (fireMs >= dueMs) return;
  const base: ReminderBase = {
    orderId: order.orderId,
    deadlineKey: key,
    kind: 'protection_end',
    deadline: protection,
    day,
    dueMs,
    lastDay,
    nowMs,
  };
  const daysLeft = Math.min(60, Math.max(0, calendarDaysBetween(Math.max(fireMs, nowMs), lastDay)));
  out.push(reminder(base, id, daysLeft, fireMs));
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
  day: string;
  dueMs: number;
  /** The deadline's last day (`lastDayMs`), worked out once. */
  lastDay: number;
  nowMs: number;
}

function reminder(base: ReminderBase, id: ReminderId, leadDays: number | null, fireMs: number): Planned {
  const { orderId, deadlineKey: key, kind, deadline, day, dueMs, lastDay, nowMs } = base;
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
      day,
      // The same urgency the badge and the popup show for this deadline at that moment (rules/urgency.ts).
      urgency: leadDays === null ? 'overdue' : urgencyAt(dueMs, kind, Math.max(fireMs, nowMs), lastDay),
    },
  };
}

/**
 * When "remind me later" (tomorrow, or `requestedMs`) brings a deadline back: the requested time while it is more
 * than `LAST_CALL_MS` before the deadline; otherwise the on-the-day moment (`leadMoment(dueMs, 0)`) if that is
 * still ahead; otherwise (the last day, past its morning) in a few hours — at most 3, at the latest an hour
 * before the deadline, halfway there when less than two hours are left. Never at or after the deadline. A deadline
 * already past keeps the requested time (its one overdue reminder then comes).
 */
export function snoozeEnd(dueMs: number, nowMs: number, requestedMs: number = nowMs + DAY_MS): number {
  if (requestedMs <= dueMs - LAST_CALL_MS || dueMs <= nowMs) return requestedMs;
  const lastCall = leadMoment(dueMs, 0);
  if (lastCall > nowMs) return Math.min(lastCall, requestedMs);
  const leftMs = dueMs - nowMs;
  return nowMs + Math.min(LAST_CALL_MS, Math.max(leftMs - HOUR_MS, leftMs / 2), requestedMs - nowMs);
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
  // Each id ends with a separator, so ["ab","c"] and ["a","bc"] differ.
  return fnv1a(ids.map((id) => `${id}|`).join('')).toString(36) + ids.length.toString(36);
}
