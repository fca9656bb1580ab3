import { useState } from 'preact/hooks';
import type { TrackedOrder } from '@/utils/model';
import type { ReminderState } from '@/utils/rules';
import { useTr } from '@/components/shared/LangContext';
import { formatDate } from '@/utils/i18n';
import { sendMessage, type MessageRequest } from '@/utils/messages';
import { ReminderSaveNotice } from '@/components/popup/ReminderSaveNotice';

/**
 * Snooze, mute and archive for one order; what is in force is said in words next to the buttons, and a change
 * the browser's storage refused is said too (ReminderSaveNotice).
 */
export function OrderControls({ order, reminders, now }: { order: TrackedOrder; reminders: ReminderState; now: Date }) {
  const { lang, tr } = useTr();
  const muted = order.orderId in reminders.mutedOrders;
  const snoozedUntil = Object.entries(reminders.deadlines)
    .filter(([key]) => key.startsWith(`${order.orderId}:`))
    .map(([, state]) => state.snoozedUntil)
    .filter((until): until is string => until !== undefined && Date.parse(until) > now.getTime())
    .sort()
    .at(-1);
  const [saveFailed, setSaveFailed] = useState(false);
  const update = (request: MessageRequest<'updateReminders'>) =>
    void sendMessage('updateReminders', request).then(
      (answer) => setSaveFailed(answer.error === 'save-failed'),
      () => setSaveFailed(false),
    );
  const snooze = (days: number) =>
    update({
      action: 'snooze',
      orderId: order.orderId,
      until: new Date(now.getTime() + days * 86_400_000).toISOString(),
    });
  return (
    <div class="controls" data-testid="order-controls">
      <div class="row-actions wrap">
        <button type="button" class="small-button" onClick={() => snooze(1)}>
          {tr('snoozeDay')}
        </button>
        <button type="button" class="small-button" onClick={() => snooze(3)}>
          {tr('snoozeWeek')}
        </button>
        <button
          type="button"
          class="small-button"
          aria-pressed={muted}
          onClick={() => update({ action: muted ? 'unmute' : 'mute', orderId: order.orderId })}
        >
          {muted ? tr('unmute') : tr('mute')}
        </button>
        <button
          type="button"
          class="small-button"
          aria-pressed={order.archived}
          data-testid="archive"
          onClick={() => void sendMessage('setArchived', { orderId: order.orderId, archived: !order.archived })}
        >
          {order.archived ? tr('unarchive') : tr('archive')}
        </button>
      </div>
      <div role="status" class="muted small">
        {snoozedUntil ? <p>{tr('snoozed', { date: formatDate(snoozedUntil, lang) })}</p> : null}
        {muted ? <p>{tr('muted')}</p> : null}
        {order.archived ? <p>{tr('archivedNote')}</p> : null}
      </div>
      <ReminderSaveNotice failed={saveFailed} />
    </div>
  );
}
