import { t } from '@/utils/i18n/popup';

/** First run: tells a new buyer the one thing to do. */
export function EmptyState({ onOpen }: { onOpen: () => void }) {
  return (
    <section class="empty" data-testid="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <button type="button" class="primary" onClick={onOpen}>
        {t('openMyOrders')}
      </button>
    </section>
  );
}
