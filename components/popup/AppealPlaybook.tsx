import { useState } from 'preact/hooks';
import type { Deadline, GuideState, TrackedOrder } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import { PLAYBOOK_STEPS, playbookReminder } from '@/utils/guide/playbook';
import { afterAppealEstimate, afterAppealReminder } from '@/utils/guide/after-appeal';
import { toggleTick } from '@/utils/guide/checklists';
import { formatDate } from '@/utils/i18n';
import { deadlineName, guideReminderName } from '@/utils/i18n/labels';
import { lastDayOf } from '@/utils/rules/last-day';
import { sendMessage } from '@/utils/messages';
import type { PopupKey } from '@/utils/i18n/popup';

/**
 * The appeal playbook (domain.md §4): ticks saved per order; steps 6 and 7 and the estimates after it schedule
 * their own reminder as a custom deadline named by the guide (`guideReminder`), shown back once set.
 */
export function AppealPlaybook({
  order,
  guide,
  onChange,
  now,
}: {
  order: TrackedOrder;
  guide: GuideState;
  onChange: (guide: GuideState) => void;
  now: Date;
}) {
  const { lang, tr } = useTr();
  const [reviewDay, setReviewDay] = useState('');
  const ticked = guide.playbook ?? [];
  const after = afterAppealEstimate(order);
  // A reminder is this step's when it is named as the step names one now: a guide reminder is named in the current
  // language (and an estimate's with its day), so a language change keeps it found; one stored by a version before
  // `guideReminder` is found by its label, in the language it was made in.
  const scheduled = (name: string): Deadline | undefined =>
    order.userDeadlines
      .filter((d) => d.kind === 'custom' && deadlineName(d, lang) === name)
      .sort((a, b) => a.at.localeCompare(b.at))
      .at(-1);
  return (
    <ol class="playbook" data-testid="playbook">
      {PLAYBOOK_STEPS.map((step) => {
        const label = 'reminder' in step ? (guideReminderName(step.id, lang) ?? '') : '';
        const existing = label ? scheduled(label) : undefined;
        const schedule = (typed?: string) => {
          const deadline = playbookReminder(step, label, now, typed);
          if (deadline) void sendMessage('setUserDeadline', { orderId: order.orderId, deadline });
        };
        return (
          <li key={step.id} data-step={step.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={ticked.includes(step.id)}
                onChange={(e) => onChange({ ...guide, playbook: toggleTick(ticked, step.id, e.currentTarget.checked) })}
              />
              <span>{tr(`pb.${step.id}` as PopupKey)}</span>
            </label>
            {step.id === 'chargeback' && (
              // Estimates from the payment date, each saying whose rule it is (utils/guide/after-appeal.ts).
              <ul class="tips step-reminder" data-testid="after-appeal">
                {after ? (
                  <>
                    {(
                      [
                        ['chargeback', after.chargebackBy, 'afterAppealChargeback'],
                        ['paypal', after.paypalBy, 'afterAppealPaypal'],
                      ] as const
                    ).map(([which, at, textKey]) => {
                      const date = formatDate(at, lang);
                      const label = guideReminderName(which, lang, lastDayOf(at)) ?? '';
                      const reminder = afterAppealReminder(at, which, label, now);
                      const existing = scheduled(label);
                      return (
                        <li key={which} data-estimate={which}>
                          {tr(textKey, { date })}{' '}
                          {existing ? (
                            <span class="muted small">
                              {tr('reminderSet', { date: formatDate(existing.at, lang) })}
                            </span>
                          ) : reminder ? (
                            <button
                              type="button"
                              class="small-button"
                              onClick={() =>
                                void sendMessage('setUserDeadline', { orderId: order.orderId, deadline: reminder })
                              }
                            >
                              {tr('remindWeekBefore')}
                            </button>
                          ) : null}
                        </li>
                      );
                    })}
                    {after.fromOrderDate && <li class="muted">{tr('afterAppealFromOrder')}</li>}
                  </>
                ) : (
                  <li class="muted">{tr('afterAppealUnknown')}</li>
                )}
              </ul>
            )}
            {'reminder' in step && (
              <div class="row-actions wrap step-reminder">
                {step.reminder.kind === 'days' ? (
                  <button type="button" class="small-button" onClick={() => schedule()}>
                    {tr('remindTomorrow')}
                  </button>
                ) : (
                  <>
                    <label for={`review-${order.orderId}`} class="small">
                      {tr('reviewDate')}
                    </label>
                    <input
                      id={`review-${order.orderId}`}
                      type="date"
                      value={reviewDay}
                      onInput={(e) => setReviewDay(e.currentTarget.value)}
                    />
                    <button
                      type="button"
                      class="small-button"
                      disabled={!reviewDay}
                      onClick={() => schedule(reviewDay)}
                    >
                      {tr('remindOn')}
                    </button>
                  </>
                )}
                {existing ? (
                  <span class="muted small" data-testid="step-reminder">
                    {tr('reminderSet', { date: formatDate(existing.at, lang) })}
                  </span>
                ) : null}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
