/**
 * Strings of the welcome page (entrypoints/welcome), shown once on first install and again from the options page.
 * Every UI language is complete (`satisfies` the English keys); see `core.ts` for how translation works.
 */
import { translator, type UiLanguage } from '@/utils/i18n/core';
import { EN, type WelcomeKey } from './en';
import { RU } from './ru';
import { IT } from './it';
import { ES } from './es';
import { PT } from './pt';
import { FR } from './fr';
import { DE } from './de';
import { PL } from './pl';

export type { WelcomeKey };

const OTHERS = { ru: RU, it: IT, es: ES, pt: PT, fr: FR, de: DE, pl: PL } satisfies Record<
  Exclude<UiLanguage, 'en'>,
  Record<WelcomeKey, string>
>;

export const t = translator<WelcomeKey>(EN, OTHERS);

/** For the tests: every language's dictionary, English first. */
export const WELCOME_TRANSLATIONS = { en: EN, ...OTHERS };
