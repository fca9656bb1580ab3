/**
 * Pure updates of the stored reminder state, one per thing the background or the buyer does. Each returns
 * a new state and leaves the given one untouched (storage writes the result).
 */
import type { OrderId, TrackedOrder } from '@/utils/model';
import type { DeadlineKey, PlannedReminder, ReminderState } from './reminder-schemas';

/** The reminders were shown at `now`: they will not be planned again (unless snoozed). */
export function recordSent(state: ReminderState, shown: readonly PlannedReminder[], now: Date): ReminderState {
  const sentAt = now.toISOString();
  const deadlines = { ...state.deadlines };
  for (const reminder of shown) {
    const previous = deadlines[reminder.deadlineKey];
    deadlines[reminder.deadlineKey] = { ...previous, sent: { ...previous?.sent, [reminder.id]: sentAt } };
  }
  return { ...state, deadlines };
}

/** "Remind me later": the deadlines' reminders wait until `until`, then one of each comes back. */
export function snoozeDeadlines(state: ReminderState, keys: readonly DeadlineKey[], until: Date): ReminderState {
  const snoozedUntil = until.toISOString();
  const deadlines = { ...state.deadlines };
  for (const key of keys) deadlines[key] = { sent: deadlines[key]?.sent ?? {}, snoozedUntil };
  return { ...state, deadlines };
}

export function setOrderMuted(state: ReminderState, orderId: OrderId, muted: boolean, now: Date): ReminderState {
  const { [orderId]: _wasMuted, ...others } = state.mutedOrders;
  return { ...state, mutedOrders: muted ? { ...others, [orderId]: now.toISOString() } : others };
}

/** The buyer did what the deadline asked (or undoes that): no more reminders for this order and kind. */
export function setDeadlineDone(state: ReminderState, key: DeadlineKey, done: boolean, now: Date): ReminderState {
  const { [key]: _wasDone, ...others } = state.done;
  return { ...state, done: done ? { ...others, [key]: now.toISOString() } : others };
}

/** Forgets orders that are no longer tracked, so the state does not grow forever. */
export function pruneReminderState(state: ReminderState, tracked: readonly TrackedOrder[]): ReminderState {
  const ids = new Set(tracked.map((order) => order.orderId));
  // Keys start with the order id and a colon (reminders.ts `deadlineKey`).
  const kept = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([key]) => ids.has(key.slice(0, key.indexOf(':')))));
  return {
    deadlines: kept(state.deadlines),
    mutedOrders: Object.fromEntries(Object.entries(state.mutedOrders).filter(([orderId]) => ids.has(orderId))),
    done: kept(state.done),
  };
}
