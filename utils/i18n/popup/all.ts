/**
 * Every language's popup and options strings at once, for the tests that check each is complete
 * (tests/unit/i18n-complete.test.ts, guide-checklists.test.ts). The extension's pages never import this file:
 * they load the one language in use (`index.ts`).
 */
import { EN } from './en';
import { RU } from './ru';
import { IT } from './it';
import { ES } from './es';
import { PT } from './pt';
import { FR } from './fr';
import { DE } from './de';
import { PL } from './pl';
import type { PopupDictionary } from './index';

export const POPUP_TRANSLATIONS = { en: EN, ru: RU, it: IT, es: ES, pt: PT, fr: FR, de: DE, pl: PL } satisfies Record<
  string,
  PopupDictionary
>;
