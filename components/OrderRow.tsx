import type { OrderSummary } from '@/utils/order-summary';
import { UrgencyIcon } from '@/components/UrgencyIcon';
import { daysLeftText, deadlineLabel, formatDate, stageLabel } from '@/utils/i18n';
import { t } from '@/utils/i18n/popup';


/** One tracked order: what it is, where it stands, and the next date that matters. */
export function OrderRow({ summary }: { summary: OrderSummary }) {
  const { order, next, daysLeft, urgency } = summary;
  const facts = order.facts;
  const firstItem = facts.items[0];
  const title = firstItem?.title ?? t('unknownItem');
  return (
    <li class={`order-row urgency-${urgency}`} data-order-id={order.orderId}>
      {firstItem?.imageUrl ? (
        <img class="thumb" src={firstItem.imageUrl} alt="" width={44} height={44} loading="lazy" />
      ) : (
        <div class="thumb thumb-empty" aria-hidden="true" />
      )}
      <div class="order-main">
        <div class="order-title" title={title}>
          {title}
        </div>
        <div class="order-meta">
          <span class="store">{facts.store?.name ?? '—'}</span>
          <span class="status" data-testid="status">
            {stageLabel(facts.status)}
          </span>
        </div>
        {next && daysLeft !== null ? (
          <div class="deadline" data-testid="deadline" data-kind={next.kind} data-confidence={next.confidence}>
            <UrgencyIcon urgency={urgency} />{' '}
            <span>{deadlineLabel(next.kind)} </span>
            <strong>
              {next.confidence === 'estimated' ? '≈ ' : ''}
              {formatDate(next.at)}
            </strong>
            <span class="days"> · {daysLeftText(daysLeft)}</span>
            {next.confidence === 'estimated' && (
              <span class="hint" title={t('estimatedHint')}>
                {' '}
                ({t('estimated')})
              </span>
            )}
          </div>
        ) : (
          <div class="deadline deadline-none" data-testid="deadline" title={t('noDeadlineHint')}>
            {t('noDeadline')}
          </div>
        )}
        <div class="order-id muted">
          {t('orderId')} {order.orderId}
        </div>
      </div>
    </li>
  );
}
