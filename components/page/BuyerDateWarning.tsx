import type { Deadline } from '@/utils/model';
import { buyerLaterText, type UiLanguage } from '@/utils/i18n';
import { SeverityIcon } from '@/components/shared/SeverityIcon';

/**
 * "The page says Sep 3; you set Sep 20": shown wherever the buyer's own date is later than the page's (the view's
 * `buyerLater`). The page's date keeps counting (rules/deadlines.ts): "the seller extended it, just wait" is the
 * guides' stalling red flag.
 */
export function BuyerDateWarning({ deadlines, lang }: { deadlines: readonly Deadline[]; lang: UiLanguage }) {
  const texts = deadlines
    .map((deadline) => buyerLaterText(deadline, lang))
    .filter((text): text is string => text !== null);
  if (texts.length === 0) return null;
  return (
    <ul class="os-advice" data-testid="buyer-date-warning">
      {texts.map((text) => (
        <li key={text} class="sev-warning" data-severity="warning">
          <SeverityIcon severity="warning" />
          <span>{text}</span>
        </li>
      ))}
    </ul>
  );
}
