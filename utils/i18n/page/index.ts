/**
 * Strings of the on-page UI (order-card badges, the "Confirm received" hint, the order-page panel) and the words of
 * advice, which reminders say too. English complete; the other languages fall back to English key by key (core.ts).
 * Time left is worded once for every surface: `timeLeftText` (utils/i18n/labels.ts).
 *
 * Only English is built in everywhere. The content script gets the language in use from the background with its
 * first answer (`readPageData`: utils/background/page-data.ts) and draws nothing before it, so no badge shows
 * English first; it does not load a file of its own per language, which would take `web_accessible_resources`.
 * The popup and options page load only the language in use (utils/i18n/popup/index.ts); the background holds
 * every language (utils/i18n/every-language.ts). Popup and notification texts are not imported here.
 */
import { translator, type UiLanguage } from '@/utils/i18n/core';
import { deadlineAction, estimatedWord, lastDayText } from '@/utils/i18n/labels';
import type { Deadline } from '@/utils/model';
import type { Advice, AdviceId } from '@/utils/rules/advice';
import type { NextAction } from '@/utils/rules/order-view';
import { trackingAdviceLines } from '@/utils/i18n/tracking';

import { EN, type PageKey } from './en';

export type { PageKey };

/**
 * The other languages' texts, as registered (utils/i18n/languages.ts): all of them in the background, only the
 * language in use in the content script, the popup and the options page.
 */
const OTHERS: Partial<Record<UiLanguage, Partial<Record<PageKey, string>>>> = {};

export const t = translator<PageKey>(EN, OTHERS);

/** The English strings, for tests that check every language covers every key. */
export const PAGE_KEYS = Object.keys(EN) as PageKey[];
/** The registry the translator reads (utils/i18n/languages.ts fills it). */
export const PAGE_TRANSLATIONS = OTHERS;

/** The words of one piece of advice; `date` is already formatted for the language. */
export function adviceText(
  id: Exclude<AdviceId, 'tracking_stuck' | 'tracking_delivered'>,
  lang: UiLanguage,
  params: { days?: number; date?: string; since?: string } = {},
): string {
  return t(id, lang, { days: params.days ?? '', date: params.date ?? '', since: params.since ?? '' });
}

/** What to do, in words: the advice, else the deadline's own action (a reminder's second line, a calendar entry). */
export function nextActionText(action: NextAction, lang: UiLanguage): string {
  return 'advice' in action ? adviceLine(action.advice, lang) : deadlineAction(action.deadline, lang);
}

/** One piece of advice in words, with its dates (the words the badge, the panel and a reminder all say). */
export function adviceLine(advice: Advice, lang: UiLanguage): string {
  // The tracking warnings are worded by their own texts (utils/i18n/tracking): the call to action first, then what
  // goes with it (protection can end soon after a delivered scan; when the page was last checked).
  if (advice.id === 'tracking_stuck' || advice.id === 'tracking_delivered')
    return advice.tracking ? trackingAdviceLines(advice.tracking, lang).join(' ') : '';
  return adviceText(advice.id, lang, {
    days: advice.days,
    date: advice.deadline ? adviceDateText(advice.deadline, lang) : undefined,
    since: advice.since ? adviceDateText(advice.since, lang) : undefined,
  });
}

/**
 * A deadline's date inside an advice sentence ("Ship the return by {date}"): its last day (rules/last-day.ts), and
 * for an estimate "(estimated)" after it, so no advice states an estimate as fact.
 */
export function adviceDateText(deadline: Deadline, lang: UiLanguage): string {
  const date = lastDayText(deadline.at, lang);
  if (date === null) return '';
  return deadline.confidence === 'estimated' ? `${date} (${estimatedWord(lang)})` : date;
}
