import { useState } from 'preact/hooks';
import type { OrderView } from '@/utils/rules/order-view';
import type { Urgency } from '@/utils/rules/urgency';
import { useTr } from '@/components/shared/LangContext';
import { OrderRow } from '@/components/popup/OrderRow';
import type { PopupKey } from '@/utils/i18n/popup';

export type HomeFilter = 'needs_action' | 'all' | 'archived';

const BUCKETS: { urgency: Urgency; key: PopupKey }[] = [
  { urgency: 'overdue', key: 'bucketOverdue' },
  { urgency: 'today', key: 'bucketToday' },
  { urgency: 'soon', key: 'bucketWeek' },
  { urgency: 'later', key: 'bucketLater' },
  { urgency: 'none', key: 'bucketNone' },
];

/** "Needs action": a deadline passed (within the last month), today, or within the week; archived orders never. */
export function needsAction(view: OrderView): boolean {
  return !view.order.archived && (view.urgency === 'overdue' || view.urgency === 'today' || view.urgency === 'soon');
}

/** Case-insensitive match on the order id, the store name and every item title. */
export function matchesSearch(view: OrderView, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const { order } = view;
  const haystack = [order.orderId, order.facts.store?.name ?? '', ...order.facts.items.map((i) => i.title ?? '')];
  return haystack.some((text) => text.toLowerCase().includes(q));
}

export function filterViews(views: readonly OrderView[], filter: HomeFilter, query: string): OrderView[] {
  return views.filter((s) => {
    const inFilter = filter === 'archived' ? s.order.archived : filter === 'all' ? !s.order.archived : needsAction(s);
    return inFilter && matchesSearch(s, query);
  });
}

/** The urgency list: filter, search, and the orders grouped overdue / today / this week / later / no deadline. */
export function HomeView({ views, onOpen }: { views: OrderView[]; onOpen: (orderId: string) => void }) {
  const { tr } = useTr();
  const [filter, setFilter] = useState<HomeFilter>('all');
  const [query, setQuery] = useState('');
  const shown = filterViews(views, filter, query);
  const filters: { value: HomeFilter; key: PopupKey }[] = [
    { value: 'needs_action', key: 'filterNeedsAction' },
    { value: 'all', key: 'filterAll' },
    { value: 'archived', key: 'filterArchived' },
  ];
  const emptyText = query
    ? tr('noMatches')
    : filter === 'needs_action'
      ? tr('nothingNeedsAction')
      : filter === 'archived'
        ? tr('noArchived')
        : tr('noMatches');
  return (
    <div class="home">
      <div class="toolbar">
        <div role="group" aria-label={tr('filterLabel')} class="segmented">
          {filters.map(({ value, key }) => (
            <button
              key={value}
              type="button"
              aria-pressed={filter === value}
              data-filter={value}
              onClick={() => setFilter(value)}
            >
              {tr(key)}
            </button>
          ))}
        </div>
        <label class="search">
          <span class="visually-hidden">{tr('search')}</span>
          <input
            type="search"
            placeholder={tr('searchPlaceholder')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            data-testid="search"
          />
        </label>
      </div>
      {shown.length === 0 ? (
        <p class="muted empty-filter" role="status">
          {emptyText}
        </p>
      ) : (
        <div aria-label={tr('listLabel')} role="region">
          {BUCKETS.map(({ urgency, key }) => {
            const inBucket = shown.filter((s) => s.urgency === urgency);
            if (inBucket.length === 0) return null;
            return (
              <section
                key={urgency}
                class={`bucket bucket-${urgency}`}
                aria-labelledby={`bucket-${urgency}`}
                data-bucket={urgency}
              >
                <h2 id={`bucket-${urgency}`} class="bucket-title">
                  {tr(key)} <span class="muted">({inBucket.length})</span>
                </h2>
                <ul class="order-list">
                  {inBucket.map((view) => (
                    <OrderRow key={view.order.orderId} view={view} onOpen={onOpen} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
