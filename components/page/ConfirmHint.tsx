import type { UiLanguage } from '@/utils/i18n';
import { adviceText } from '@/utils/i18n/page';
import { SeverityIcon } from '@/components/shared/SeverityIcon';

/** Beside the page's "Confirm received": confirming starts the short return window (domain.md §1). */
export function ConfirmHint({ days, lang }: { days: number; lang: UiLanguage }) {
  return (
    <div class="os-hint" role="note" data-testid="confirm-hint">
      <SeverityIcon severity="info" />
      <span>{adviceText('check_before_confirm', lang, { days })}</span>
    </div>
  );
}
