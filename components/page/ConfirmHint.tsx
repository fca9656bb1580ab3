import type { UiLanguage } from '@/utils/i18n';
import { adviceText, t } from '@/utils/i18n/page';
import { SeverityIcon } from '@/components/shared/SeverityIcon';

/**
 * Beside the page's "Confirm received": confirming starts the short return window (domain.md §1), and the unboxing
 * is filmed before that — the buyer guides' proof for anything missing, broken or not as described (seed 000: a dim
 * unboxing video loses the case; seeds 003, 004: photos of the item and its packaging on arrival).
 */
export function ConfirmHint({ days, lang }: { days: number; lang: UiLanguage }) {
  return (
    <div class="os-hint" role="note" data-testid="confirm-hint">
      <SeverityIcon severity="info" />
      <span>
        {adviceText('check_before_confirm', lang, { days })}{' '}
        <span data-testid="film-unboxing">{t('filmUnboxing', lang)}</span>
      </span>
    </div>
  );
}
