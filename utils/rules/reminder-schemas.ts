/**
 * Shapes of the reminder plan and of what the background remembers about reminders. zod schemas are the
 * single source of these types (style.md, read-frog): the stored state is validated when read back.
 *
 * Keys (built in reminders.ts, kept as plain strings so the state stays readable in storage):
 * - deadline key: `${orderId}:${kind}` — one per order and kind, because computeDeadlines keeps one deadline
 *   per kind; custom deadlines, which can be many, are `${orderId}:custom:${at}`.
 * - reminder id: `${deadlineKey}@${YYYY-MM-DD}:${lead}d`, `…:overdue`, or `…:stuck-${day it last moved}` (the
 *   stuck-parcel reminder of a protection end, reminders.ts `planStuckParcel`). The day names one OCCURRENCE of the
 *   deadline (reminders.ts `occurrenceOf`): a new reading within `SAME_DEADLINE_MS` of the instant the reminders
 *   were made for is the same occurrence and keeps its day, whatever zone, DST or 23:59:59.999-vs-00:00 form it
 *   comes in; a date moved further (the seller extended, a printed date replaced an estimate) is a new occurrence,
 *   named by its last day (`lastDayMs`), and its reminders are due again.
 */
import { z } from 'zod';
import { DeadlineKindSchema, DeadlineSchema, IsoDaySchema, IsoInstantSchema, OrderIdSchema } from '@/utils/model';
import { URGENCIES } from './urgency';

/** Room for an order id, a kind or a custom deadline's instant, a day and a lead tag. */
const KEY_MAX = 200;

export const DeadlineKeySchema = z.string().min(1).max(KEY_MAX);
export type DeadlineKey = z.infer<typeof DeadlineKeySchema>;

export const ReminderIdSchema = z
  .string()
  .min(1)
  .max(KEY_MAX + 40);
export type ReminderId = z.infer<typeof ReminderIdSchema>;

/**
 * How pressing a reminder is when it fires: the one urgency of every surface (rules/urgency.ts), seen at the moment
 * it fires. A reminder is never `none`.
 */
export const UrgencySchema = z.enum(URGENCIES).exclude(['none']);

/** What happened to one deadline's reminders. The optional fields are absent in state written by earlier versions. */
export const DeadlineReminderStateSchema = z.object({
  /** Reminder id → when it was shown. */
  sent: z.record(ReminderIdSchema, IsoInstantSchema),
  /** The deadline instant the latest reminders were made for, and the day their ids carry (its occurrence). */
  at: IsoInstantSchema.optional(),
  day: IsoDaySchema.optional(),
  /** "Remind me later": nothing of this deadline fires before this instant, then one reminder does. */
  snoozedUntil: IsoInstantSchema.optional(),
  /** The deadline instant the snooze was asked for: once the date moved (a new occurrence) it no longer holds. */
  snoozedFor: IsoInstantSchema.optional(),
  /** Reminders marked done from their notification: reminder id → when. A snooze never brings them back. */
  handled: z.record(ReminderIdSchema, IsoInstantSchema).optional(),
});
export type DeadlineReminderState = z.infer<typeof DeadlineReminderStateSchema>;

/**
 * A deadline DATE the buyer marked done (the popup's Done): no reminder of that occurrence fires; a new date
 * (the seller extended protection) has its reminders again. `at` is the deadline instant it was marked for (the
 * occurrence, see above); `day` its occurrence day, which alone decides when `at` is unknown.
 */
export const DeadlineDoneSchema = z.object({
  markedAt: IsoInstantSchema,
  day: IsoDaySchema,
  at: IsoInstantSchema.optional(),
});
export type DeadlineDone = z.infer<typeof DeadlineDoneSchema>;

export const ReminderStateSchema = z.object({
  /** Per deadline key. */
  deadlines: z.record(DeadlineKeySchema, DeadlineReminderStateSchema),
  /** Orders the buyer silenced: order id → when. No reminder of theirs is planned. */
  mutedOrders: z.record(OrderIdSchema, IsoInstantSchema),
  /**
   * Deadline dates marked done: deadline key → which date. A bare instant (state written by earlier versions) is only when
   * it was marked: it applies to the date current at that time (reminders.ts `doneApplies`), and the background
   * pins it to that date on its next run (`pinLegacyDone`).
   */
  done: z.record(DeadlineKeySchema, z.union([DeadlineDoneSchema, IsoInstantSchema])),
});
export type ReminderState = z.infer<typeof ReminderStateSchema>;

export const EMPTY_REMINDER_STATE: ReminderState = { deadlines: {}, mutedOrders: {}, done: {} };

/** One reminder OrderShield means to show. */
export const PlannedReminderSchema = z.object({
  id: ReminderIdSchema,
  orderId: OrderIdSchema,
  deadlineKey: DeadlineKeySchema,
  kind: DeadlineKindSchema,
  /** Days before the deadline (0 = on the day); `null` for the single reminder of a deadline already past. */
  leadDays: z.number().int().min(0).max(60).nullable(),
  fireAt: IsoInstantSchema,
  deadline: DeadlineSchema,
  /** The occurrence day in the id: what Done and snooze from its notification are recorded against. */
  day: IsoDaySchema,
  urgency: UrgencySchema,
});
export type PlannedReminder = z.infer<typeof PlannedReminderSchema>;

/** Everything due at one moment, shown together (one notification, not a burst). */
export const ReminderGroupSchema = z.object({
  /** Stable for the same set of reminders: a notification shown again replaces itself. */
  id: z.string().min(1).max(40),
  /** The most pressing urgency in the group. */
  urgency: UrgencySchema,
  /** Most pressing first, then by deadline. */
  reminders: z.array(PlannedReminderSchema).min(1),
});
export type ReminderGroup = z.infer<typeof ReminderGroupSchema>;

/** Time left to a deadline in the buyer's calendar. */
export const DaysLeftSchema = z.object({
  /** Local calendar days from today to the deadline's day: 0 = today, 1 = tomorrow, −2 = two days ago. */
  days: z.number().int(),
  /** Whole hours left, only on the last day and while it has not passed; otherwise null. */
  hours: z.number().int().min(0).nullable(),
  overdue: z.boolean(),
});
export type DaysLeft = z.infer<typeof DaysLeftSchema>;
