import type { Deadline, TrackedOrder } from '@/utils/model';
import type { DeadlineView } from '@/utils/rules/order-view';
import { isDeadlineDone, type ReminderState } from '@/utils/rules';
import { useTr } from '@/components/shared/LangContext';
import { Timeline } from '@/components/shared/Timeline';
import { buyerLaterText, countedFromText } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';

/**
 * The order's timeline in the popup (components/shared/Timeline.tsx), with what only the popup offers: where each
 * date came from by rule name, the buyer's-date warning, Done per date and Remove for the buyer's own.
 */
export function PopupTimeline({
  order,
  rows,
  reminders,
}: {
  order: TrackedOrder;
  rows: readonly DeadlineView[];
  reminders: ReminderState;
}) {
  const { lang, tr } = useTr();
  const source = (deadline: Deadline): string => {
    const quote = deadline.pageText ? ` · “${deadline.pageText}”` : '';
    if (deadline.source === 'user') return tr('sourceUser');
    if (deadline.source.startsWith('rule:')) {
      const rule = tr('sourceRule');
      const from = countedFromText(deadline, lang);
      return (from ? `${rule} · ${from}` : rule) + quote;
    }
    return tr('sourcePage') + quote;
  };
  // Done covers one date: a date the seller extended since shows (and reminds) as not done.
  const done = (deadline: Deadline) => deadline.kind !== 'custom' && isDeadlineDone(reminders, order.orderId, deadline);
  return (
    <Timeline
      rows={rows}
      lang={lang}
      source={source}
      estimatedHint={tr('estimatedHint')}
      emptyText={tr('timelineEmpty')}
      rowClass={(row) => (done(row.deadline) ? 'done' : '')}
      extra={({ deadline }) => {
        const buyerLater = buyerLaterText(deadline, lang);
        const isDone = done(deadline);
        return (
          <>
            {buyerLater && (
              <p class="warning small" role="note" data-testid="buyer-date-warning">
                {buyerLater}
              </p>
            )}
            <div class="row-actions">
              {deadline.kind !== 'custom' && (
                <button
                  type="button"
                  class="small-button"
                  aria-pressed={isDone}
                  onClick={() =>
                    void sendMessage('updateReminders', {
                      action: isDone ? 'undone' : 'done',
                      orderId: order.orderId,
                      kind: deadline.kind,
                      at: deadline.at,
                    })
                  }
                >
                  {isDone ? tr('markedDone') : tr('markDone')}
                </button>
              )}
              {deadline.source === 'user' && (
                <button
                  type="button"
                  class="small-button"
                  onClick={() =>
                    void sendMessage('removeUserDeadline', {
                      orderId: order.orderId,
                      kind: deadline.kind,
                      at: deadline.at,
                    })
                  }
                >
                  {tr('remove')}
                </button>
              )}
            </div>
          </>
        );
      }}
    />
  );
}
