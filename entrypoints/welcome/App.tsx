import { useEffect, useState } from 'preact/hooks';
import { readSettings } from '@/utils/storage';
import { resolveLanguage, type UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/welcome';
import { WelcomeView } from '@/components/welcome/WelcomeView';
import { sitesByLikelihood } from '@/components/welcome/my-orders-sites';

/** The welcome page: in the language the popup and options use (the setting, else the browser's). Reads only. */
export function App() {
  const [lang, setLang] = useState<UiLanguage | null>(null);
  useEffect(() => {
    void readSettings().then((settings) => setLang(resolveLanguage(settings.language, navigator.language)));
  }, []);
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = lang;
    document.title = t('welcomeTitle', lang);
  }, [lang]);
  if (!lang) return <main class="welcome" aria-busy="true" />;
  return <WelcomeView lang={lang} firefox={import.meta.env.FIREFOX} sites={sitesByLikelihood(navigator.language)} />;
}
