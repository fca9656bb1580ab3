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
 *
 * Only the language in use is loaded: each one is its own chunk (a dynamic `import()`, split by Vite) holding the
 * popup's texts and the shared ones (utils/i18n/languages.ts), English is always there as the fallback, and a page
 * renders only after `loadPopupLanguage` resolved for its language (the popup and options `App`), so no screen
 * flashes English first. `all.ts` holds every language at once, for tests.
 */
import { translator, type UiLanguage } from '@/utils/i18n/core';
import { registerLanguage, type SharedTexts } from '@/utils/i18n/languages';
import { EN, type PopupKey } from './en';

export type { PopupKey };
export type PopupDictionary = Record<PopupKey, string>;

/**
 * One loader per language: its popup texts and its shared texts (utils/i18n/languages.ts: on-page words, stage and
 * deadline names, evidence, tracking) in one chunk. `satisfies` keeps the list complete and each dictionary complete.
 */
export const POPUP_LANGUAGE_LOADERS = {
  ru: () => import('../ui-languages/ru'),
  it: () => import('../ui-languages/it'),
  es: () => import('../ui-languages/es'),
  pt: () => import('../ui-languages/pt'),
  fr: () => import('../ui-languages/fr'),
  de: () => import('../ui-languages/de'),
  pl: () => import('../ui-languages/pl'),
} satisfies Record<Exclude<UiLanguage, 'en'>, () => Promise<{ POPUP: PopupDictionary; SHARED: SharedTexts }>>;

/** The dictionaries loaded so far (the translator reads this object, so a loaded language is used at once). */
const loaded: Partial<Record<UiLanguage, PopupDictionary>> = {};
const loading = new Map<UiLanguage, Promise<void>>();

/**
 * Loads a language's strings (once; English is built in). A failed load (a chunk the browser could not read) is
 * logged and leaves English, rather than a blank page; the next call tries again.
 */
export function loadPopupLanguage(lang: UiLanguage): Promise<void> {
  if (lang === 'en' || loaded[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = POPUP_LANGUAGE_LOADERS[lang]()
      .then(({ POPUP, SHARED }) => {
        registerLanguage(lang, SHARED);
        loaded[lang] = POPUP;
      })
      .catch((error: unknown) => {
        loading.delete(lang);
        console.warn(`[OrderShield] could not load the ${lang} texts; English is shown`, error);
      });
    loading.set(lang, pending);
  }
  return pending;
}

/** Whether `t` speaks `lang` now (English always). */
export function isPopupLanguageLoaded(lang: UiLanguage): boolean {
  return lang === 'en' || loaded[lang] !== undefined;
}

export const t = translator<PopupKey>(EN, loaded);
