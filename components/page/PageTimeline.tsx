import type { Deadline } from '@/utils/model';
import type { DeadlineView } from '@/utils/rules/order-view';
import { countedFromText, type UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/page';
import { Timeline } from '@/components/shared/Timeline';

/** Where a date comes from, on the page: the order page, the buyer, or what a rule's clock counts from. */
function sourceText(deadline: Deadline, lang: UiLanguage): string {
  // The date itself says "(your date)" (deadlineWhen).
  if (deadline.source === 'user') return '';
  if (deadline.confidence === 'exact') return t('exact', lang);
  return countedFromText(deadline, lang) ?? '';
}

/** The order's whole timeline on the page (badge, panel), under its heading. */
export function PageTimeline({
  rows,
  lang,
  id,
  heading = 'h3',
}: {
  rows: readonly DeadlineView[];
  lang: UiLanguage;
  id?: string;
  heading?: 'h2' | 'h3';
}) {
  const Heading = heading;
  return (
    <div class="os-timeline" id={id}>
      <Heading>{t('timelineTitle', lang)}</Heading>
      <Timeline
        rows={rows}
        lang={lang}
        source={(deadline) => sourceText(deadline, lang)}
        estimatedHint={t('estimatedHint', lang)}
        emptyText={t('timelineEmpty', lang)}
      />
    </div>
  );
}
