/**
 * The toolbar icon's tooltip (the badge says the count; the tooltip says it in words). Background only: the
 * content script and the popup never import it.
 */
import type { UiLanguage } from '@/utils/i18n/core';
import { EN, type PluralForms, type ToolbarTexts } from './en';
import { RU } from './ru';
import { IT } from './it';
import { ES } from './es';
import { PT } from './pt';
import { FR } from './fr';
import { DE } from './de';
import { PL } from './pl';

export const TOOLBAR_TRANSLATIONS = {
  en: EN,
  ru: RU,
  it: IT,
  es: ES,
  pt: PT,
  fr: FR,
  de: DE,
  pl: PL,
} satisfies Record<UiLanguage, ToolbarTexts>;

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

/** The sentence for `count` in the language's plural form. */
export function countSentence(forms: PluralForms, count: number, lang: UiLanguage): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const template = forms[rules.select(count)] ?? forms.other;
  return template.replace('{count}', String(count));
}

/** The tooltip: "2 orders need action this week · 1 order is overdue", or that nothing needs action. */
export function toolbarTitle(state: { count: number; overdue: number }, lang: UiLanguage): string {
  const texts = TOOLBAR_TRANSLATIONS[lang];
  if (state.count === 0) return texts.nothing;
  const need = countSentence(texts.needAction, state.count, lang);
  return state.overdue > 0 ? `${need} · ${countSentence(texts.overdue, state.overdue, lang)}` : need;
}
