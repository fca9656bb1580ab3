/**
 * Names of order stages and deadline kinds, and the wording every surface shares for a deadline: what is due, its
 * last day, the time left, "estimated", the buyer's later date, what a stage clock counts from, and what to do when
 * no advice names it. One place, so the badge, the panel, the popup, a notification and the calendar say the same.
 * The texts live per language in ./labels/<lang>.ts.
 */
import type { Deadline, DeadlineKind, GuideReminder, OrderStage } from '@/utils/model';
import { lastDayWarnedOf } from '@/utils/guide/after-appeal';
import { lastDayOf, SAYS_LAST_DAY } from '@/utils/rules/last-day';
import { parseIsoDay } from '@/utils/rules/dates';
import { formatLocalDay, relativeTimeFormat, unitFormat, type UiLanguage } from '@/utils/i18n/core';
import type { DaysLeft } from '@/utils/rules/reminder-schemas';
import type { Urgency } from '@/utils/rules/urgency';
import { EN, type Labels } from './labels/en';

/** English, and the other languages as registered (utils/i18n/languages.ts); a language not registered reads English. */
export const LABEL_TRANSLATIONS: Partial<Record<UiLanguage, Labels>> = { en: EN };
const labelsOf = (lang: UiLanguage): Labels => LABEL_TRANSLATIONS[lang] ?? EN;

/** The languages with their own labels registered now (the rest reads English): for tests that check completeness. */
export function labelLanguages(): UiLanguage[] {
  return (Object.keys(LABEL_TRANSLATIONS) as UiLanguage[]).filter((lang) => lang !== 'en');
}

export function stageLabel(stage: OrderStage, lang: UiLanguage = 'en'): string {
  return labelsOf(lang).stages[stage];
}

export function deadlineLabel(kind: DeadlineKind, lang: UiLanguage = 'en'): string {
  return labelsOf(lang).deadlines[kind];
}

/**
 * What is due, in words: for a reminder the guide scheduled, its name in `lang` (so a language change renames it
 * everywhere); for one the buyer wrote, their label; else the kind's name.
 */
export function deadlineName(deadline: Deadline, lang: UiLanguage): string {
  if (deadline.kind !== 'custom') return deadlineLabel(deadline.kind, lang);
  const guided = deadline.guideReminder
    ? guideReminderName(deadline.guideReminder, lang, lastDayWarnedOf(deadline.at))
    : null;
  return guided ?? (deadline.label || deadlineLabel('custom', lang));
}

/**
 * The name of a reminder the guide schedules, in `lang`. The words say whether it names a day: an estimate's names
 * the estimated last day it warns of (`lastDay`, a local midnight in epoch ms), and is null without one.
 */
export function guideReminderName(
  which: GuideReminder,
  lang: UiLanguage,
  lastDay: number | null = null,
): string | null {
  const words = labelsOf(lang).guideReminders[which];
  if (!words.includes('{date}')) return words;
  return lastDay === null ? null : words.replace('{date}', formatLocalDay(lastDay, lang));
}

/**
 * What to do about a deadline when no advice (rules/advice.ts) names it: the order panel's "what to do now", a
 * reminder's second line and the calendar entry. A reminder the guide scheduled says its playbook step; any other
 * deadline its kind's action. Advice, where there is one, is said instead, on every surface alike.
 */
export function deadlineAction(deadline: Pick<Deadline, 'kind' | 'guideReminder'>, lang: UiLanguage): string {
  const labels = labelsOf(lang);
  return deadline.guideReminder ? labels.guideReminderActions[deadline.guideReminder] : labels.actions[deadline.kind];
}

/** A deadline's last day (rules/last-day.ts) as a date in the UI language ("Sep 3, 2026"); null when unreadable. */
export function lastDayText(at: string, lang: UiLanguage): string | null {
  const dayMs = lastDayOf(at);
  return dayMs === null ? null : formatLocalDay(dayMs, lang);
}

/**
 * The date a deadline is shown with, on every surface: its last day, as "Last day: Sep 3" for the kinds whose label
 * names a closing window, bare for the kinds whose label already carries "by"/"from"; a date the buyer set is marked
 * "(your date)". Null for an unreadable instant.
 */
export function deadlineWhen(deadline: Deadline, lang: UiLanguage): string | null {
  const day = lastDayText(deadline.at, lang);
  if (day === null) return null;
  // A date the buyer set says so: an earlier date of theirs beside the page's must not read as the page's own.
  // (A custom reminder is theirs by its name.)
  const date =
    deadline.source === 'user' && deadline.kind !== 'custom' ? labelsOf(lang).yourDate.replace('{date}', day) : day;
  return SAYS_LAST_DAY.has(deadline.kind) ? labelsOf(lang).lastDay.replace('{date}', date) : date;
}

/** The buyer's later date beside the page's (`Deadline.buyerLaterAt`), in words; null when there is none. */
export function buyerLaterText(deadline: Deadline, lang: UiLanguage): string | null {
  if (!deadline.buyerLaterAt) return null;
  const page = lastDayText(deadline.at, lang);
  const yours = lastDayText(deadline.buyerLaterAt, lang);
  if (page === null || yours === null) return null;
  return labelsOf(lang).buyerLater.replace('{page}', page).replace('{yours}', yours);
}

/** What an estimate counts from (`Deadline.countedFrom`), in words; null for printed dates. */
export function countedFromText(deadline: Deadline, lang: UiLanguage): string | null {
  const from = deadline.countedFrom;
  const dayMs = from ? parseIsoDay(from.day) : null;
  if (!from || dayMs === null) return null;
  const template = from.firstSeen ? labelsOf(lang).countedFrom.firstSeen : labelsOf(lang).countedFrom.printed;
  return template.replace('{days}', String(from.days)).replace('{date}', formatLocalDay(dayMs, lang));
}

/**
 * Time left to a deadline's last day (rules `daysLeft`), in the one wording every surface uses: "3 days left",
 * "5 hours left" on the last day; once passed, how long ago ("2 days ago", not "the day before yesterday") or
 * "today". Empty for an unreadable instant.
 */
export function timeLeftText(left: DaysLeft | null, lang: UiLanguage): string {
  if (!left) return '';
  if (left.overdue) return relativeTimeFormat(lang, left.days === 0 ? 'auto' : 'always').format(left.days, 'day');
  const amount =
    left.hours !== null
      ? unitFormat(lang, 'hour').format(Math.max(left.hours, 1))
      : unitFormat(lang, 'day').format(left.days);
  return labelsOf(lang).left.replace('{amount}', amount);
}

/** The word for an urgency (icon captions, a notification's title); empty for `none`. */
export function urgencyWord(urgency: Urgency, lang: UiLanguage): string {
  return urgency === 'none' ? '' : labelsOf(lang).urgency[urgency];
}

/** "estimated": the word every surface puts beside a date computed from a rule (calendar, notification, page). */
export function estimatedWord(lang: UiLanguage): string {
  return labelsOf(lang).estimated;
}
