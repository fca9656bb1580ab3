/**
 * OrderShield's own translations (not `browser.i18n`: the buyer can pick the UI language in the options, which
 * browser.i18n cannot do). Each part of the UI keeps its strings in its own files, one per language
 * (`popup/<lang>.ts`, `page/<lang>.ts`; `labels.ts`), English complete, other languages falling back to English key
 * by key. The popup and options load only the language in use (`popup/index.ts`); the content script carries
 * English and gets the language in use from the background (`page/index.ts`), which holds every language.
 * Numbers of days use Intl (plural rules per language), dates use Intl date formatting of the UI language.
 */
import type { LanguageSetting } from '@/utils/model';

export type UiLanguage = Exclude<LanguageSetting, 'auto'>;
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl'];

/** The UI language: the setting, else the browser's language when supported, else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  const base = browserLanguage.toLowerCase().split('-')[0] as UiLanguage;
  return UI_LANGUAGES.includes(base) ? base : 'en';
}

/** A `t(key, lang, params)` for one dictionary: `{name}` placeholders are filled from params. */
export function translator<K extends string>(
  english: Record<K, string>,
  others: Partial<Record<UiLanguage, Partial<Record<K, string>>>>,
) {
  return (key: K, lang: UiLanguage = 'en', params?: Record<string, string | number>): string => {
    const template = others[lang]?.[key] ?? english[key];
    return params
      ? template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all))
      : template;
  };
}

/**
 * Intl formatters, made once per language and options: building one costs far more than using it, and a list
 * of a thousand badges formats several dates and counts each.
 */
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function relativeTimeFormat(lang: string, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  return cached(`rtf:${lang}:${numeric}`, () => new Intl.RelativeTimeFormat(lang, { numeric }));
}

export function unitFormat(lang: string, unit: string): Intl.NumberFormat {
  return cached(
    `unit:${lang}:${unit}`,
    () => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }),
  );
}

/** A calendar date in the UI language, e.g. "Sep 4, 2026" / "4 сент. 2026 г.". */
export function formatDate(iso: string, lang: UiLanguage = 'en'): string {
  return dateFormat(lang).format(new Date(iso));
}

/** A local day (its midnight, epoch ms) in the UI language, as `formatDate` writes it. */
export function formatLocalDay(dayMs: number, lang: UiLanguage = 'en'): string {
  return dateFormat(lang).format(new Date(dayMs));
}

function dateFormat(lang: UiLanguage): Intl.DateTimeFormat {
  return cached(
    `date:${lang}`,
    () => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }),
  );
}
