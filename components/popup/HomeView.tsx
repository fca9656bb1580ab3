import { useState } from 'preact/hooks';
import type { OrderSummary, Urgency } from '@/utils/order-summary';
import { useTr } from '@/components/shared/LangContext';
import { OrderRow } from '@/components/popup/OrderRow';
import type { PopupKey } from '@/utils/i18n/popup';

export type HomeFilter = 'needs_action' | 'all' | 'archived';

const BUCKETS: { urgency: Urgency; key: PopupKey }[] = [
  { urgency: 'overdue', key: 'bucketOverdue' },
  { urgency: 'today', key: 'bucketToday' },
  { urgency: 'week', key: 'bucketWeek' },
  { urgency: 'later', key: 'bucketLater' },
  { urgency: 'none', key: 'bucketNone' },
];

/** "Needs action": a deadline passed (within the last month), today, or within the week; archived orders never. */
export function needsAction(summary: OrderSummary): boolean {
  return (
    !summary.order.archived &&
    (summary.urgency === 'overdue' || summary.urgency === 'today' || summary.urgency === 'week')
  );
}

/** Case-insensitive match on the order id, the store name and every item title. */
export function matchesSearch(summary: OrderSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const { order } = summary;
  const haystack = [order.orderId, order.facts.store?.name ?? '', ...order.facts.items.map((i) => i.title ?? '')];
  return haystack.some((text) => text.toLowerCase().includes(q));
}

export function filterSummaries(summaries: readonly OrderSummary[], filter: HomeFilter, query: string): OrderSummary[] {
  return summaries.filter((s) => {
    const inFilter = filter === 'archived' ? s.order.archived : filter === 'all' ? !s.order.archived : needsAction(s);
    return inFilter && matchesSearch(s, query);
  });
}

/** The urgency list: filter, search, and the orders grouped overdue / today / this week / later / no deadline. */
export function HomeView({ summaries, onOpen }: { summaries: OrderSummary[]; onOpen: (orderId: string) => void }) {
  const { tr } = useTr();
  const [filter, setFilter] = useState<HomeFilter>('all');
  const [query, setQuery] = useState('');
  const shown = filterSummaries(summaries, filter, query);
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
                  {inBucket.map((summary) => (
                    <OrderRow key={summary.order.orderId} summary={summary} onOpen={onOpen} />
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
