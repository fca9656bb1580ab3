/**
 * Every language's shared texts at once (./languages.ts), for the content script and the background: they speak
 * whichever language the buyer picks, with no wait (utils/i18n/page/index.ts says why the content script carries
 * them all). The popup and options page load only the language in use instead.
 */
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
