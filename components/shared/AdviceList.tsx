import type { Advice } from '@/utils/rules/advice';
import { countedFromText, type UiLanguage } from '@/utils/i18n';
import { adviceLine } from '@/utils/i18n/page';
import { SeverityIcon } from '@/components/shared/SeverityIcon';

/**
 * What to do now, most pressing first; each line says its severity by icon, weight and words. A date in the advice is
 * the deadline's last day, marked when estimated, with what a stage clock counts from.
 */
export function AdviceList({ advice, lang }: { advice: readonly Advice[]; lang: UiLanguage }) {
  if (advice.length === 0) return null;
  return (
    <ul class="os-advice" data-testid="advice">
      {advice.map((item) => {
        const countedFrom = item.deadline ? countedFromText(item.deadline, lang) : null;
        return (
          <li key={item.id} class={`sev-${item.severity}`} data-advice={item.id} data-severity={item.severity}>
            <SeverityIcon severity={item.severity} />
            <span>
              {adviceLine(item, lang)}
              {countedFrom && (
                <span class="os-muted" data-testid="counted-from">
                  {' '}
                  ({countedFrom})
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
