import type { Headline } from '@/utils/rules/advice';
import { UrgencyIcon } from '@/components/shared/UrgencyIcon';
import { deadlineLabel, deadlineWhen, type UiLanguage } from '@/utils/i18n';
import { t, timeLeft } from '@/utils/i18n/page';

/** The words that go with the urgency icon: colour is never the only signal. "Later" needs no word. */
// "Today", not "Last day": the date beside it already says "Last day: …" (rules/last-day.ts).
const URGENCY_WORD = { overdue: 'passed', today: 'today', week: 'soon' } as const;

/**
 * The one line that matters: urgency (icon and word), what is due, exactly how long is left (hours on the last day),
 * the last day ("Last day: Sep 3" for a page's "before Sep 4"), and "≈ … estimated" with an explanation when the
 * date comes from a rule rather than the page.
 */
export function HeadlineLine({ headline, now, lang }: { headline: Headline; now: Date; lang: UiLanguage }) {
  const { deadline, urgency } = headline;
  const left = timeLeft(deadline.at, now, lang);
  const word = urgency === 'later' || urgency === 'none' ? null : t(URGENCY_WORD[urgency], lang);
  const label = deadline.kind === 'custom' && deadline.label ? deadline.label : deadlineLabel(deadline.kind, lang);
  const estimated = deadline.confidence === 'estimated';
  return (
    <>
      <span class="os-urgency" data-testid="urgency" data-urgency={urgency}>
        <UrgencyIcon urgency={urgency} />
        {word && <span>{word}</span>}
      </span>
      <span class="os-label" data-testid="deadline-label" data-kind={deadline.kind}>
        {label}
      </span>
      {left && (
        <span class="os-left" data-testid="time-left" data-days={left.days} data-overdue={String(left.overdue)}>
          {left.text}
        </span>
      )}
      <span class="os-date" data-testid="deadline-date">
        {estimated ? '≈ ' : ''}
        {deadlineWhen(deadline, lang)}
      </span>
      {estimated && (
        <span class="os-est" title={t('estimatedHint', lang)} data-testid="estimated">
          ({t('estimated', lang)})<span class="os-sr"> {t('estimatedHint', lang)}</span>
        </span>
      )}
    </>
  );
}
