import { useTr } from '@/components/shared/LangContext';

/** First run: tells a new buyer the one thing to do. */
export function EmptyState({ onOpen }: { onOpen: () => void }) {
  const { tr } = useTr();
  return (
    <section class="empty" data-testid="empty">
      <h2>{tr('emptyTitle')}</h2>
      <p>{tr('emptyBody')}</p>
      <button type="button" class="primary" onClick={onOpen}>
        {tr('openMyOrders')}
      </button>
    </section>
  );
}
