/**
 * Strings of the on-page UI (order-card badges, the "Confirm received" hint, the order-page panel), and the
 * time phrases they use. English complete; the other languages fall back to English key by key (core.ts).
 * Plural forms come from Intl (unit and relative-time formatting), never from hand-made "s" endings.
 *
 * Why all 8 languages ship in the content script (unlike the popup, which loads only its own: popup/index.ts): they
 * cost 8.5 kB gzip (32.6 kB minified) over English alone, measured on the Chrome build. Loading one would need
 * either `web_accessible_resources` — a file at a fixed `chrome-extension://<id>/…` address that any web page can
 * fetch to learn the buyer runs OrderShield (Firefox has no `use_dynamic_url`) — or a round trip to the background
 * before the first badge is drawn, which would show English first or nothing until it answers. Neither is worth
 * 8.5 kB; the content script carries only these page texts (popup and notification texts are not imported here).
 */
import { relativeTimeFormat, translator, unitFormat, type UiLanguage } from '@/utils/i18n/core';
import { lastDayText } from '@/utils/i18n/labels';
import type { Deadline } from '@/utils/model';
import { daysLeft } from '@/utils/rules';
import type { AdviceId } from '@/utils/rules/advice';

import { EN, type PageKey } from './en';
import { RU } from './ru';
import { IT } from './it';
import { ES } from './es';
import { PT } from './pt';
import { FR } from './fr';
import { DE } from './de';
import { PL } from './pl';

export type { PageKey };

const OTHERS: Partial<Record<UiLanguage, Partial<Record<PageKey, string>>>> = {
  ru: RU,
  it: IT,
  es: ES,
  pt: PT,
  fr: FR,
  de: DE,
  pl: PL,
};

export const t = translator<PageKey>(EN, OTHERS);

/** The English strings, for tests that check every language covers every key. */
export const PAGE_KEYS = Object.keys(EN) as PageKey[];
export const PAGE_TRANSLATIONS = OTHERS;

/** The words of one piece of advice; `date` is already formatted for the language. */
export function adviceText(
  id: AdviceId,
  lang: UiLanguage,
  params: { days?: number; date?: string; since?: string } = {},
): string {
  return t(id, lang, { days: params.days ?? '', date: params.date ?? '', since: params.since ?? '' });
}

/**
 * A deadline's date inside an advice sentence ("Ship the return by {date}"): its last day (rules/last-day.ts), and
 * for an estimate "(estimated)" after it, so no advice states an estimate as fact.
 */
export function adviceDateText(deadline: Deadline, lang: UiLanguage): string {
  const date = lastDayText(deadline.at, lang);
  if (date === null) return '';
  return deadline.confidence === 'estimated' ? `${date} (${t('estimated', lang)})` : date;
}

/** "3 days", "1 день", "5 dni": a count with the language's plural form of the unit (Intl unit formatting). */
export function amountText(count: number, unit: 'day' | 'hour', lang: UiLanguage): string {
  return unitFormat(lang, unit).format(count);
}

export interface TimeLeft {
  /** "3 days left", "5 hours left" (last day), "3 days ago" / "today" when passed. */
  text: string;
  overdue: boolean;
  /** Whole days left (calendar days; negative when passed), for tests and sorting. */
  days: number;
}

/**
 * How long is left until `at`: calendar days, hours on the last day (rules/`daysLeft`); when passed, how long
 * ago ("3 days ago", "today"). Null for an unreadable instant.
 */
export function timeLeft(at: string, now: Date, lang: UiLanguage): TimeLeft | null {
  const left = daysLeft(at, now);
  if (!left) return null;
  if (left.overdue) {
    // "today" for the same day; otherwise always the number ("2 days ago", not "the day before yesterday").
    const relative = relativeTimeFormat(lang, left.days === 0 ? 'auto' : 'always').format(left.days, 'day');
    return { text: relative, overdue: true, days: left.days };
  }
  const amount =
    left.hours !== null ? amountText(Math.max(left.hours, 1), 'hour', lang) : amountText(left.days, 'day', lang);
  return { text: t('left', lang, { amount }), overdue: false, days: left.days };
}
