import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/model';
import { readQuarantine, readSettings, watchStore, type Quarantined } from '@/utils/storage';
import { resolveLanguage } from '@/utils/i18n';
import { loadPopupLanguage, t } from '@/utils/i18n/popup';
import { t as welcomeText } from '@/utils/i18n/welcome';
import { LangContext } from '@/components/shared/LangContext';
import { SettingsForm } from '@/components/options/SettingsForm';
import { DataSection } from '@/components/options/DataSection';
import { QuarantineList } from '@/components/options/QuarantineList';

/** The options page: settings, data (export/import/calendar/clear), entries kept aside, privacy. Reads only. */
export function App() {
  const [data, setData] = useState<{ settings: Settings; quarantine: Quarantined[] } | null>(null);
  useEffect(() => {
    const load = async () => {
      const [settings, quarantine] = await Promise.all([readSettings(), readQuarantine()]);
      // The texts of the language in use come first (their own chunk), also when the buyer switches language here.
      await loadPopupLanguage(resolveLanguage(settings.language, navigator.language));
      setData({ settings, quarantine });
    };
    void load();
    return watchStore(() => void load());
  }, []);
  const lang = resolveLanguage(data?.settings.language ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle', lang);
  }, [lang]);
  if (!data) return <main class="options" aria-busy="true" />;
  return (
    <LangContext.Provider value={lang}>
      <main class="options">
        <header class="options-header">
          <img src="/icons/48.png" alt="" width={32} height={32} />
          <h1>{t('optionsTitle', lang)}</h1>
        </header>
        <SettingsForm settings={data.settings} />
        <DataSection />
        <QuarantineList entries={data.quarantine} />
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t('privacyTitle', lang)}</h2>
          <p data-testid="privacy">{t('privacyBody', lang)}</p>
          <a href="/welcome.html" data-testid="show-welcome">
            {welcomeText('showWelcome', lang)}
          </a>
        </section>
      </main>
    </LangContext.Provider>
  );
}
