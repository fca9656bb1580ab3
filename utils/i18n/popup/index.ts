/**
 * Strings of the popup and the options page (see `core.ts` for how translation works). Every UI language is
 * complete: each dictionary is typed `Record<PopupKey, string>`, so a key added to English fails the typecheck
 * until it is translated everywhere (a silent English fallback in the middle of a Polish screen reads as a bug),
 * and `tests/unit/i18n-complete.test.ts` checks the placeholders. Quotes and spacing follow each language's
 * typography: „…” in Polish, „…“ in German, «…» in Russian and Spanish, “…” in Italian and Portuguese, and in
 * French « … » with no-break spaces before : ; ? ! (written as U+00A0 / U+202F, so a line never starts with them).
 *
 * The guide's words (evidence `ev.*`, quality rules `quality.*`, problems `pr.*`, outcomes, playbook `pb.*`,
 * red flags `rf.*`) follow `shared/domain.md` §2–§5; the ids are those of `utils/guide/`. The dispute text the
 * composer writes is English on purpose (domain.md §3) and is not here.
 */
import { translator, type UiLanguage } from '@/utils/i18n/core';
import { EN, type PopupKey as BaseKey } from './en';
import { RU } from './ru';
import { IT } from './it';
import { ES } from './es';
import { PT } from './pt';
import { FR } from './fr';
import { DE } from './de';
import { PL } from './pl';
import { TRACKING_OPTION_TRANSLATIONS as TRACKING, type TrackingOptionKey } from '@/utils/i18n/tracking';

/** The popup's keys and the tracking setting's (kept in utils/i18n/tracking/: the options form names rules by key). */
export type PopupKey = BaseKey | TrackingOptionKey;

const OTHERS = {
  ru: { ...RU, ...TRACKING.ru },
  it: { ...IT, ...TRACKING.it },
  es: { ...ES, ...TRACKING.es },
  pt: { ...PT, ...TRACKING.pt },
  fr: { ...FR, ...TRACKING.fr },
  de: { ...DE, ...TRACKING.de },
  pl: { ...PL, ...TRACKING.pl },
} satisfies Record<Exclude<UiLanguage, 'en'>, Record<PopupKey, string>>;
const EN_ALL = { ...EN, ...TRACKING.en };

export const t = translator<PopupKey>(EN_ALL, OTHERS);

/** For the tests: every language's dictionary, English first. */
export const POPUP_TRANSLATIONS = { en: EN_ALL, ...OTHERS };
