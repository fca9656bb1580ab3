/**
 * The appeal playbook after a lost dispute (`shared/domain.md` §4, seeds 000, 001, 004). Each step is an id
 * (words in `utils/i18n/popup.ts`, key `pb.<id>`); the steps with a date can schedule their own reminder,
 * stored as the buyer's `custom` deadline named by its step (`guideReminder`; the background's `setUserDeadline`).
 */
import type { Deadline } from '@/utils/model';
import { endOfDayAfter, formatInstant, localDayOf, parseIsoDay } from '@/utils/rules/dates';

/**
 * How a step's reminder date is found: `days` after today (step 6: "next day"), or a date the buyer types
 * (step 7: the review date the operator gave), or none.
 */
export type StepReminder = { kind: 'days'; days: number } | { kind: 'date' };

export const PLAYBOOK_STEPS = [
  { id: 'calm' },
  { id: 'survey' },
  // Seed 000: "необходимые доказательства. Их лучше приготовить заранее" — the operator asks for them in the chat.
  { id: 'prepare_evidence' },
  { id: 'chat' },
  { id: 'other_operator' },
  { id: 'file_appeal' },
  { id: 'next_day', reminder: { kind: 'days', days: 1 } },
  { id: 'review_day', reminder: { kind: 'date' } },
  // Issue #13 (review against the buyer guides): reviews are slower around 11.11 and New Year. No seed gives a
  // figure, so the step names no number of days.
  { id: 'peak_season' },
  { id: 'partial_again' },
  // Seed 004: "Можно попробовать повторно подать жалобу, указав дополнительные доказательства".
  { id: 'appeal_again' },
  // domain.md §4 step 9; the estimated last days are `utils/guide/after-appeal.ts`.
  { id: 'chargeback' },
] as const satisfies readonly { id: string; reminder?: StepReminder }[];

export type PlaybookStepId = (typeof PLAYBOOK_STEPS)[number]['id'];

/**
 * The reminder a step schedules: a `custom` deadline at the end of the chosen local day (so the
 * planner's 09:00 reminder falls on that day, `utils/rules/reminders.ts`), named by its step on every surface
 * (`label` keeps the words it was made with).
 * `null` when the step has no reminder, or the typed date isn't a day, or it lies in the past.
 */
export function playbookReminder(
  step: (typeof PLAYBOOK_STEPS)[number],
  label: string,
  now: Date,
  typedDay?: string,
): (Deadline & { source: 'user' }) | null {
  if (!('reminder' in step)) return null;
  const today = localDayOf(now.getTime());
  let day: number | null;
  if (step.reminder.kind === 'days') day = endOfDayAfter(today, step.reminder.days);
  else {
    const typed = parseIsoDay(typedDay);
    day = typed === null || typed < today ? null : endOfDayAfter(typed, 0);
  }
  const at = day === null ? null : formatInstant(day);
  if (at === null) return null;
  return {
    kind: 'custom',
    at,
    confidence: 'exact',
    source: 'user',
    label: label.slice(0, 200),
    guideReminder: step.id,
  };
}
