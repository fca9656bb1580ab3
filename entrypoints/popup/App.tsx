import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings, TrackedOrder, UnreadablePage } from '@/utils/model';
import { readOrders, readSettings, readUnreadablePages, watchStore } from '@/utils/storage';
import { byUrgency, summarize } from '@/utils/order-summary';
import { t } from '@/utils/i18n/popup';
import { OrderRow } from '@/components/OrderRow';
import { UnreadableNotice } from '@/components/UnreadableNotice';
import { EmptyState } from '@/components/EmptyState';

interface PopupData {
  orders: TrackedOrder[];
  unreadable: UnreadablePage[];
  settings: Settings;
}

export function App() {
  const [data, setData] = useState<PopupData | null>(null);

  useEffect(() => {
    const load = async () => {
      const [{ orders }, unreadable, settings] = await Promise.all([readOrders(), readUnreadablePages(), readSettings()]);
      setData({ orders, unreadable, settings });
    };
    void load();
    // The background writes; the popup only reads and follows changes live.
    return watchStore(() => void load());
  }, []);

  if (!data) return <main class="popup" aria-busy="true" />;
  const now = new Date();
  const summaries = data.orders.filter((o) => !o.archived).map((o) => summarize(o, now, data.settings)).sort(byUrgency);

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icons/48.png" alt="" width={28} height={28} />
        <div>
          <h1>{t('appName')}</h1>
          <p class="muted">{t('tagline')}</p>
        </div>
        {summaries.length > 0 && (
          <span class="count" data-testid="tracked-count">
            {summaries.length} {t('trackedCount')}
          </span>
        )}
      </header>
      {data.unreadable.map((page) => (
        <UnreadableNotice key={page.url} page={page} />
      ))}
      {summaries.length === 0 ? (
        <EmptyState onOpen={() => void browser.tabs.create({ url: 'https://www.aliexpress.com/p/order/index.html' })} />
      ) : (
        <ul class="order-list" aria-label="Tracked orders, most urgent first">
          {summaries.map((summary) => (
            <OrderRow key={summary.order.orderId} summary={summary} />
          ))}
        </ul>
      )}
    </main>
  );
}
