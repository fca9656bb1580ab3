/** The UI language of an extension page, resolved once from the settings (`resolveLanguage`), for every component. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiLanguage } from '@/utils/i18n';
import { t, type PopupKey } from '@/utils/i18n/popup';

export const LangContext = createContext<UiLanguage>('en');

/** `tr(key, params)` in the page's language, plus the language itself for dates and labels. */
export function useTr(): { lang: UiLanguage; tr: (key: PopupKey, params?: Record<string, string | number>) => string } {
  const lang = useContext(LangContext);
  return { lang, tr: (key, params) => t(key, lang, params) };
}
