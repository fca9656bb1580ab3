import type { OrderView } from '@/utils/rules/order-view';
import { deadlineAction, type UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/page';
import { AdviceList } from '@/components/shared/AdviceList';

/**
 * "What to do now" for an order, on its page's panel and in the popup's order view alike: the order's advice, or with
 * none the next deadline's own action (what its reminder says), or that nothing needs doing.
 */
export function NextAction({ view, lang }: { view: OrderView; lang: UiLanguage }) {
  if (view.advice.length > 0) return <AdviceList advice={view.advice} lang={lang} />;
  return (
    <p class="os-muted muted" data-testid="fallback-action">
      {view.fallbackAction ? deadlineAction(view.fallbackAction, lang) : t('nothingToDo', lang)}
    </p>
  );
}
