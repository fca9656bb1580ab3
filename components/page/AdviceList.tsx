import type { Advice } from '@/utils/content/features/advice';
import { formatDate, type UiLanguage } from '@/utils/i18n';
import { adviceText } from '@/utils/i18n/page';
import { SeverityIcon } from '@/components/page/icons';

/** What to do now, most pressing first; each line says its severity by icon, weight and words. */
export function AdviceList({ advice, lang }: { advice: readonly Advice[]; lang: UiLanguage }) {
  if (advice.length === 0) return null;
  return (
    <ul class="os-advice" data-testid="advice">
      {advice.map((item) => (
        <li key={item.id} class={`sev-${item.severity}`} data-advice={item.id} data-severity={item.severity}>
          <SeverityIcon severity={item.severity} />
          <span>{adviceText(item.id, lang, { days: item.days, date: item.deadline ? formatDate(item.deadline.at, lang) : undefined })}</span>
        </li>
      ))}
    </ul>
  );
}
