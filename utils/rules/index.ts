/**
 * Deciding, in one place (style.md: "deciding is in rules/"): the deadlines of an order and the reminder
 * plan built on them. Everything here is pure; `now` is always a parameter.
 */
export { computeDeadlines } from './deadlines';
export { APPEAL_WITHIN_DAYS } from './appeal';
export {
  planReminders,
  dueNow,
  nextWakeUp,
  daysLeft,
  deadlineKey,
  reminderId,
  reminderIdDay,
  occurrenceDay,
  doneApplies,
  isDeadlineDone,
  sameDeadline,
  leadMoment,
  snoozeEnd,
  LAST_CALL_MS,
  SAME_DEADLINE_MS,
  REMINDER_HOUR,
  SOON_DAYS,
  OVERDUE_LOOKBACK_DAYS,
} from './reminders';
export * from './reminder-schemas';
export * from './reminder-state';
export { URGENCIES, URGENCY_RANK, SOON_WITHIN_DAYS, urgencyAt, type Urgency } from './urgency';
export {
  orderView,
  deadlineView,
  headlineDeadline,
  urgencyOf,
  actionFor,
  byUrgency,
  type OrderView,
  type DeadlineView,
  type Headline,
  type NextAction,
} from './order-view';
export { adviceFor, type Advice, type AdviceId, type AdviceSeverity, type AdviceSurface } from './advice';
