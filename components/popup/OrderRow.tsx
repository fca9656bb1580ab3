import type { OrderSummary } from '@/utils/order-summary';
import { UrgencyIcon } from '@/components/shared/UrgencyIcon';
import { useTr } from '@/components/shared/LangContext';
import { deadlineLabel, deadlineWhen, stageLabel, timeLeftPhrase } from '@/utils/i18n';

/**
 * One tracked order: what it is, where it stands, and the next date that matters. The whole row is one
 * button (opens the order view), so keyboard users tab row by row; its content is phrasing content only.
 */
export function OrderRow({ summary, onOpen }: { summary: OrderSummary; onOpen?: (orderId: string) => void }) {
  const { lang, tr } = useTr();
  const { order, next, daysLeft, urgency, now } = summary;
  const facts = order.facts;
  const firstItem = facts.items[0];
  const title = firstItem?.title ?? tr('unknownItem');
  const label = deadlineLabel(next?.kind ?? 'custom', lang);
  return (
    <li class={`order-row urgency-${urgency}`} data-order-id={order.orderId}>
      <button
        type="button"
        class="row-open"
        onClick={() => onOpen?.(order.orderId)}
        title={tr('openOrder', { id: order.orderId })}
      >
        {/* No product photo: it would be fetched from AliExpress's image servers (or wherever an imported file
            points), and the extension's pages make no network request at all (tests/e2e/no-network.e2e.ts). */}
        <span class="thumb thumb-empty" aria-hidden="true" />
        <span class="order-main">
          <span class="order-title" title={title}>
            {title}
          </span>
          <span class="order-meta">
            <span class="store">{facts.store?.name ?? '—'}</span>
            <span class="status" data-testid="status">
              {stageLabel(facts.status, lang)}
            </span>
            {order.manual && <span class="badge">{tr('manualBadge')}</span>}
          </span>
          {next && daysLeft !== null ? (
            <span
              class="deadline"
              data-testid="deadline"
              data-at={next.at}
              data-kind={next.kind}
              data-confidence={next.confidence}
            >
              <UrgencyIcon urgency={urgency} />{' '}
              <span>{next.kind === 'custom' && next.label ? next.label : label} </span>
              <strong>
                {next.confidence === 'estimated' ? '≈ ' : ''}
                {deadlineWhen(next, lang)}
              </strong>
              <span class="days" data-testid="time-left">
                {' '}
                · {timeLeftPhrase(next.at, now, lang)}
              </span>
              {next.confidence === 'estimated' && (
                <span class="hint" title={tr('estimatedHint')}>
                  {' '}
                  ({tr('estimated')})
                </span>
              )}
            </span>
          ) : (
            <span class="deadline deadline-none" data-testid="deadline" title={tr('noDeadlineHint')}>
              {tr('noDeadline')}
            </span>
          )}
          <span class="order-id muted">
            {tr('orderId')} {order.orderId}
          </span>
        </span>
      </button>
    </li>
  );
}
