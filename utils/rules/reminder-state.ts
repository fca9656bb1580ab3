/**
 * Pure updates of the stored reminder state, one per thing the background or the buyer does. Each returns
 * a new state and leaves the given one untouched (storage writes the result).
 */
import type { OrderId, Settings, TrackedOrder } from '@/utils/model';
import { computeDeadlines } from './deadlines';
import { deadlineKey, doneApplies, occurrenceDay, reminderIdDay } from './reminders';
import type { DeadlineKey, PlannedReminder, ReminderId, ReminderState } from './reminder-schemas';

/**
 * The reminders were shown at `now`: they will not be planned again (unless snoozed). The deadline instant they
 * were made for is remembered with their day: later readings of the same date keep that day (reminders.ts).
 */
export function recordSent(state: ReminderState, shown: readonly PlannedReminder[], now: Date): ReminderState {
  const sentAt = now.toISOString();
  const deadlines = { ...state.deadlines };
  for (const reminder of shown) {
    const previous = deadlines[reminder.deadlineKey];
    const sameDate = previous?.at !== undefined && previous.day === reminder.day;
    deadlines[reminder.deadlineKey] = {
      ...previous,
      sent: { ...previous?.sent, [reminder.id]: sentAt },
      ...(sameDate ? {} : { at: reminder.deadline.at, day: reminder.day }),
    };
  }
  return { ...state, deadlines };
}

/** One deadline date to snooze: its key, the deadline instant it is about, and until when. */
export interface SnoozeTarget {
  deadlineKey: DeadlineKey;
  /** The deadline's instant: the snooze holds for this date only (a new date has its reminders again). */
  at: string;
  until: Date;
}

/** "Remind me later": each deadline date's reminders wait until its `until`, then one of each comes back. */
export function snoozeDeadlines(state: ReminderState, targets: readonly SnoozeTarget[]): ReminderState {
  const deadlines = { ...state.deadlines };
  for (const { deadlineKey: key, at, until } of targets) {
    deadlines[key] = {
      ...deadlines[key],
      sent: deadlines[key]?.sent ?? {},
      snoozedUntil: until.toISOString(),
      snoozedFor: at,
    };
  }
  return { ...state, deadlines };
}

/**
 * "Done" on a notification: these reminders are handled and never come back (not even after a snooze); the
 * later, more pressing reminders of the same dates still come (asked the seller to extend ≠ got the parcel).
 */
export function markRemindersHandled(
  state: ReminderState,
  reminders: ReadonlyArray<{ deadlineKey: DeadlineKey; id: ReminderId }>,
  now: Date,
): ReminderState {
  const at = now.toISOString();
  const deadlines = { ...state.deadlines };
  for (const { deadlineKey: key, id } of reminders) {
    const previous = deadlines[key];
    deadlines[key] = { ...previous, sent: previous?.sent ?? {}, handled: { ...previous?.handled, [id]: at } };
  }
  return { ...state, deadlines };
}

export function setOrderMuted(state: ReminderState, orderId: OrderId, muted: boolean, now: Date): ReminderState {
  const { [orderId]: _wasMuted, ...others } = state.mutedOrders;
  return { ...state, mutedOrders: muted ? { ...others, [orderId]: now.toISOString() } : others };
}

/**
 * The buyer did what the deadline asked (the popup's Done): no more reminders for this deadline DATE; a new
 * date (the seller extended protection) is reminded again. `date` false undoes it.
 */
export function setDeadlineDone(
  state: ReminderState,
  key: DeadlineKey,
  date: { at: string; day: string } | false,
  now: Date,
): ReminderState {
  const { [key]: _wasDone, ...others } = state.done;
  return {
    ...state,
    done: date ? { ...others, [key]: { markedAt: now.toISOString(), day: date.day, at: date.at } } : others,
  };
}

/**
 * Done records of earlier versions hold only when they were marked: each is pinned to the date it covers
 * (reminders.ts `doneApplies`: the date of the latest reminder shown before it, else the date current now), so
 * that a date the seller extends later has its reminders again. Records whose deadline is gone are kept as they
 * are. Returns the same object when there is nothing to pin.
 */
export function pinLegacyDone(
  state: ReminderState,
  orders: readonly TrackedOrder[],
  settings: Settings,
  now: Date,
): ReminderState {
  const legacy = Object.entries(state.done).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (legacy.length === 0) return state;
  const wanted = new Set(legacy.map(([key]) => key.slice(0, key.indexOf(':'))));
  const done = { ...state.done };
  for (const order of orders) {
    if (!wanted.has(order.orderId)) continue;
    for (const deadline of computeDeadlines(order, settings, now)) {
      const key = deadlineKey(order.orderId, deadline);
      const markedAt = done[key];
      if (typeof markedAt !== 'string') continue;
      const remembered = state.deadlines[key];
      const day = occurrenceDay(deadline, remembered);
      if (day === null) continue;
      if (doneApplies(markedAt, day, Date.parse(deadline.at), remembered)) {
        done[key] = { markedAt, day, at: deadline.at };
        continue;
      }
      // It covered an earlier date: the day of the latest reminder shown before it was marked.
      const before = Object.entries(remembered?.sent ?? {})
        .filter(([, sentAt]) => Date.parse(sentAt) <= Date.parse(markedAt))
        .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))
        .at(-1);
      const earlierDay = before ? reminderIdDay(before[0]) : null;
      if (earlierDay !== null) done[key] = { markedAt, day: earlierDay };
    }
  }
  return { ...state, done };
}
