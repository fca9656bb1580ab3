import type { Deadline, TrackedOrder } from '@/utils/model';
import { isDeadlineDone, type ReminderState } from '@/utils/rules';
import { useTr } from '@/components/shared/LangContext';
import { buyerLaterText, countedFromText, deadlineLabel, deadlineWhen, timeLeftPhrase } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';

/** Where a date came from, in words: the page, the buyer, or a named rule setting (domain.md rules 1–2). */
function useSourceText() {
  const { lang, tr } = useTr();
  return (deadline: Deadline): string => {
    if (deadline.source === 'user') return tr('sourceUser');
    if (deadline.source.startsWith('rule:')) {
      const rule = tr('sourceRule', { rule: deadline.source.slice(5).split(' ')[0] ?? '' });
      const from = countedFromText(deadline, lang);
      return from ? `${rule} · ${from}` : rule;
    }
    return tr('sourcePage');
  };
}

/** Every deadline of the order, soonest first, each with its confidence and source; done toggles; the buyer's own removable. */
export function Timeline({
  order,
  deadlines,
  reminders,
  now,
}: {
  order: TrackedOrder;
  deadlines: Deadline[];
  reminders: ReminderState;
  now: Date;
}) {
  const { lang, tr } = useTr();
  const sourceText = useSourceText();
  if (deadlines.length === 0)
    return (
      <p class="muted" data-testid="timeline-empty">
        {tr('timelineEmpty')}
      </p>
    );
  return (
    <ol class="timeline" data-testid="timeline">
      {deadlines.map((deadline) => {
        const buyerLater = buyerLaterText(deadline, lang);
        const passed = Date.parse(deadline.at) < now.getTime();
        // Done covers one date: a date the seller extended since shows (and reminds) as not done.
        const done = deadline.kind !== 'custom' && isDeadlineDone(reminders, order.orderId, deadline);
        const own = deadline.source === 'user';
        return (
          <li
            key={`${deadline.kind}|${deadline.at}|${deadline.label ?? ''}`}
            class={`timeline-item${passed ? ' passed' : ''}${done ? ' done' : ''}`}
            data-kind={deadline.kind}
            data-confidence={deadline.confidence}
            data-source={deadline.source}
            data-at={deadline.at}
          >
            <div class="timeline-what">
              {deadline.kind === 'custom' && deadline.label ? deadline.label : deadlineLabel(deadline.kind, lang)}
            </div>
            <div>
              <strong>
                {deadline.confidence === 'estimated' ? '≈ ' : ''}
                {deadlineWhen(deadline, lang)}
              </strong>
              <span class="days"> · {timeLeftPhrase(deadline.at, now, lang)}</span>
            </div>
            {buyerLater && (
              <p class="warning small" role="note" data-testid="buyer-date-warning">
                {buyerLater}
              </p>
            )}
            <div class="muted small">
              {deadline.confidence === 'estimated' ? (
                <span title={tr('estimatedHint')}>{tr('estimated')} · </span>
              ) : null}
              {sourceText(deadline)}
              {deadline.pageText ? <span> · “{deadline.pageText}”</span> : null}
            </div>
            <div class="row-actions">
              {deadline.kind !== 'custom' && (
                <button
                  type="button"
                  class="small-button"
                  aria-pressed={done}
                  onClick={() =>
                    void sendMessage('updateReminders', {
                      action: done ? 'undone' : 'done',
                      orderId: order.orderId,
                      kind: deadline.kind,
                      at: deadline.at,
                    })
                  }
                >
                  {done ? tr('markedDone') : tr('markDone')}
                </button>
              )}
              {own && (
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
          </li>
        );
      })}
    </ol>
  );
}
