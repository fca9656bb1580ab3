import type { DeadlineView } from '@/utils/rules/order-view';
import type { Urgency } from '@/utils/rules/urgency';
import { UrgencyIcon } from '@/components/shared/UrgencyIcon';
import { deadlineName, deadlineWhen, estimatedWord, timeLeftText, urgencyWord, type UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/page';

/**
 * The one line that matters: urgency (icon and word), what is due, exactly how long is left (hours on the last day),
 * the last day ("Last day: Sep 3" for a page's "before Sep 4"), and "≈ … estimated" with an explanation when the
 * date comes from a rule rather than the page. All decided by the order's view (rules/order-view.ts).
 */
export function HeadlineLine({
  next,
  urgency,
  lang,
  showTimeLeft = true,
}: {
  next: DeadlineView;
  urgency: Urgency;
  lang: UiLanguage;
  /** False where the page itself counts down to this deadline (OrderView `pageShowsCountdown`): no second count. */
  showTimeLeft?: boolean;
}) {
  const { deadline, left, estimated } = next;
  // The word goes with the icon, so colour is never the only signal; "later" needs none. "Today", not "Last day":
  // the date beside it already says "Last day: …" (rules/last-day.ts).
  const word = urgency === 'later' ? '' : urgencyWord(urgency, lang);
  return (
    <>
      <span class="os-urgency" data-testid="urgency" data-urgency={urgency}>
        <UrgencyIcon urgency={urgency} />
        {word && <span>{word}</span>}
      </span>
      <span class="os-label" data-testid="deadline-label" data-kind={deadline.kind}>
        {deadlineName(deadline, lang)}
      </span>
      {left && showTimeLeft && (
        <span class="os-left" data-testid="time-left" data-days={left.days} data-overdue={String(left.overdue)}>
          {timeLeftText(left, lang)}
        </span>
      )}
      <span class="os-date" data-testid="deadline-date">
        {estimated ? '≈ ' : ''}
        {deadlineWhen(deadline, lang)}
      </span>
      {estimated && (
        <span class="os-est" title={t('estimatedHint', lang)} data-testid="estimated">
          ({estimatedWord(lang)})<span class="os-sr"> {t('estimatedHint', lang)}</span>
        </span>
      )}
    </>
  );
}
