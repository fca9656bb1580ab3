import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings, TrackedOrder, UnreadablePage } from '@/utils/model';
import type { ReminderState } from '@/utils/rules';
import { readOrders, readReminderState, readSettings, readUnreadablePages, watchStore } from '@/utils/storage';
import { byUrgency, orderView } from '@/utils/rules/order-view';
import { coverageOf } from '@/utils/rules/coverage';
import { myOrdersUrl } from '@/utils/order-url';
import { formatDate, resolveLanguage } from '@/utils/i18n';
import { loadPopupLanguage, t } from '@/utils/i18n/popup';
import { LangContext } from '@/components/shared/LangContext';
import { HomeView } from '@/components/popup/HomeView';
import { OrderView } from '@/components/popup/OrderView';
import { AddOrderForm } from '@/components/popup/AddOrderForm';
import { UnreadableNotice } from '@/components/popup/UnreadableNotice';
import { StorageNotice } from '@/components/popup/StorageNotice';
import { EmptyState } from '@/components/popup/EmptyState';

interface PopupData {
  orders: TrackedOrder[];
  unreadable: UnreadablePage[];
  settings: Settings;
  reminders: ReminderState;
}

type View = { name: 'home' } | { name: 'order'; orderId: string } | { name: 'add' };

/** The view to start in: `popup.html#order=<id>` opens an order directly (links from notifications, tests). */
function initialView(): View {
  const match = /order=(\d{10,22})/.exec(location.hash);
  return match?.[1] ? { name: 'order', orderId: match[1] } : { name: 'home' };
}

export function App() {
  const [data, setData] = useState<PopupData | null>(null);
  const [view, setView] = useState<View>(initialView);

  useEffect(() => {
    const load = async () => {
      const [{ orders }, unreadable, settings, reminders] = await Promise.all([
        readOrders(),
        readUnreadablePages(),
        readSettings(),
        readReminderState(),
      ]);
      // The texts of the language in use come first (their own chunk): the popup never shows English meanwhile.
      await loadPopupLanguage(resolveLanguage(settings.language, navigator.language));
      setData({ orders, unreadable, settings, reminders });
    };
    void load();
    const onHash = () => setView(initialView());
    window.addEventListener('hashchange', onHash);
    // The background writes; the popup only reads and follows changes live.
    const unwatch = watchStore(() => void load());
    return () => {
      unwatch();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const lang = resolveLanguage(data?.settings.language ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    // Keep the place across a reload (and let tests open an order by URL).
    const hash = view.name === 'order' ? `#order=${view.orderId}` : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname);
    // Focus moves to the new view's heading, so screen readers announce it.
    if (view.name !== 'home') document.querySelector<HTMLElement>('main h2[tabindex]')?.focus();
  }, [view, data === null]);

  if (!data) return <main class="popup" aria-busy="true" />;
  const now = new Date();
  const views = data.orders.map((o) => orderView(o, data.settings, now)).sort(byUrgency);
  const coverage = coverageOf(views);
  const openMyOrders = () => void browser.tabs.create({ url: myOrdersUrl(coverage.site ?? undefined) });
  const current = view.name === 'order' ? data.orders.find((o) => o.orderId === view.orderId) : undefined;

  return (
    <LangContext.Provider value={lang}>
      <main class="popup">
        <header class="popup-header">
          <img src="/icons/48.png" alt="" width={28} height={28} />
          <div>
            <h1>{t('appName', lang)}</h1>
            <p class="muted">{t('tagline', lang)}</p>
          </div>
          <div class="header-actions">
            <button
              type="button"
              class="icon-button"
              data-testid="add-order-button"
              onClick={() => setView({ name: 'add' })}
              title={t('addOrder', lang)}
            >
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <path d="M7 1v12M1 7h12" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
              <span class="visually-hidden">{t('addOrder', lang)}</span>
            </button>
            <button
              type="button"
              class="icon-button"
              onClick={() => void browser.runtime.openOptionsPage()}
              title={t('settings', lang)}
            >
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <path
                  d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zm6 3.3V7.2l-1.7-.4-.4-1 .9-1.5-1.1-1.1-1.5.9-1-.4L8.8 2H7.2l-.4 1.7-1 .4-1.5-.9-1.1 1.1.9 1.5-.4 1L2 7.2v1.6l1.7.4.4 1-.9 1.5 1.1 1.1 1.5-.9 1 .4.4 1.7h1.6l.4-1.7 1-.4 1.5.9 1.1-1.1-.9-1.5.4-1z"
                  fill="currentColor"
                />
              </svg>
              <span class="visually-hidden">{t('settings', lang)}</span>
            </button>
          </div>
        </header>
        <StorageNotice />
        {view.name === 'add' ? (
          <AddOrderForm
            onAdded={(orderId) => setView({ name: 'order', orderId })}
            onCancel={() => setView({ name: 'home' })}
          />
        ) : view.name === 'order' && current ? (
          <OrderView
            order={current}
            settings={data.settings}
            reminders={data.reminders}
            now={now}
            onBack={() => setView({ name: 'home' })}
          />
        ) : (
          <>
            {data.unreadable.map((page) => (
              <UnreadableNotice key={page.url} page={page} />
            ))}
            {views.length === 0 ? (
              <EmptyState onOpen={openMyOrders} />
            ) : (
              <>
                <div class="coverage" data-testid="coverage">
                  <p>
                    {coverage.lastReadAt
                      ? t('coverageLine', lang, {
                          count: coverage.count,
                          date: formatDate(coverage.lastReadAt, lang),
                        })
                      : t('trackedCount', lang, { count: coverage.count })}{' '}
                    <button type="button" class="link-button" data-testid="open-my-orders" onClick={openMyOrders}>
                      {t('openMyOrders', lang)}
                    </button>
                  </p>
                  <p class="muted small">{t('coverageHint', lang)}</p>
                  {coverage.notSeenLately > 0 && (
                    <p class="warn small" data-testid="not-seen-lately">
                      {t('notSeenLately', lang, { count: coverage.notSeenLately })}
                    </p>
                  )}
                </div>
                <HomeView views={views} onOpen={(orderId) => setView({ name: 'order', orderId })} />
              </>
            )}
          </>
        )}
      </main>
    </LangContext.Provider>
  );
}
