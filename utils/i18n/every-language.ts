/**
 * Every language's shared texts at once (./languages.ts), for the background: it speaks whichever language the
 * buyer picks (reminders, the toolbar), and it hands an order page the texts of the language in use
 * (`readPageData`, utils/background/page-data.ts), so the content script carries English alone. The popup and
 * options page load only the language in use, as a chunk of their own (./popup/index.ts).
 */
import type { UiLanguage } from './core';
import { registerLanguage, type OtherLanguage, type SharedTexts } from './languages';
import { RU } from './languages/ru';
import { IT } from './languages/it';
import { ES } from './languages/es';
import { PT } from './languages/pt';
import { FR } from './languages/fr';
import { DE } from './languages/de';
import { PL } from './languages/pl';

const EVERY_LANGUAGE: Record<OtherLanguage, SharedTexts> = { ru: RU, it: IT, es: ES, pt: PT, fr: FR, de: DE, pl: PL };

/** Registers every language (once is enough; again changes nothing). */
export function registerEveryLanguage(): void {
  for (const [lang, texts] of Object.entries(EVERY_LANGUAGE)) registerLanguage(lang as OtherLanguage, texts);
}

/** One language's shared texts, to hand to a content script; null for English, which every bundle has built in. */
export function sharedTextsOf(lang: UiLanguage): { lang: OtherLanguage; texts: SharedTexts } | null {
  return lang === 'en' ? null : { lang, texts: EVERY_LANGUAGE[lang] };
}
