import { notSeenSince } from '@/utils/rules/coverage';
import type { OrderView } from '@/utils/rules/order-view';
import { UrgencyIcon } from '@/components/shared/UrgencyIcon';
import { useTr } from '@/components/shared/LangContext';
import { deadlineName, deadlineWhen, estimatedWord, formatDate, stageLabel, timeLeftText } from '@/utils/i18n';
import { trackingAdviceLines } from '@/utils/i18n/tracking';

/**
 * One tracked order: what it is, where it stands, and the next date that matters, as its view (rules/order-view.ts)
 * says. The whole row is one button (opens the order view), so keyboard users tab row by row; its content is
 * phrasing content only.
 */
export function OrderRow({ view, onOpen }: { view: OrderView; onOpen?: (orderId: string) => void }) {
  const { lang, tr } = useTr();
  const { order, next, urgency } = view;
  const facts = order.facts;
  const firstItem = facts.items[0];
  const title = firstItem?.title ?? tr('unknownItem');
  // A stuck or delivered parcel (rules/tracking.ts via the view's advice): its call to action, as the badge says it.
  const tracking = view.cardAdvice.find((advice) => advice.tracking !== undefined);
  // Its deadline runs but no page has shown it lately: its status may have moved on unseen (rules/coverage.ts).
  const unseen = notSeenSince(view);
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
          {next && next.left !== null ? (
            <span
              class="deadline"
              data-testid="deadline"
              data-at={next.deadline.at}
              data-kind={next.deadline.kind}
              data-confidence={next.deadline.confidence}
            >
              <UrgencyIcon urgency={urgency} /> <span>{deadlineName(next.deadline, lang)} </span>
              <strong>
                {next.estimated ? '≈ ' : ''}
                {deadlineWhen(next.deadline, lang)}
              </strong>
              <span class="days" data-testid="time-left">
                {' '}
                · {timeLeftText(next.left, lang)}
              </span>
              {next.estimated && (
                <span class="hint" title={tr('estimatedHint')} data-testid="estimated">
                  {' '}
                  ({estimatedWord(lang)})
                </span>
              )}
            </span>
          ) : (
            <span class="deadline deadline-none" data-testid="deadline" title={tr('noDeadlineHint')}>
              {tr('noDeadline')}
            </span>
          )}
          {unseen && (
            <span class="row-unseen" data-testid="not-seen-since">
              {tr('notSeenSince', { date: formatDate(unseen, lang) })}
            </span>
          )}
          {tracking?.tracking && (
            <span
              class={`row-advice sev-${tracking.severity}`}
              data-testid="row-advice"
              data-advice={tracking.id}
              data-severity={tracking.severity}
            >
              {trackingAdviceLines(tracking.tracking, lang)[0]}
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
