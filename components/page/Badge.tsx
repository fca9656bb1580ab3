import { useState } from 'preact/hooks';
import type { Settings, TrackedOrder } from '@/utils/model';
import { computeDeadlines } from '@/utils/rules';
import { adviceFor, headlineDeadline } from '@/utils/rules/advice';
import { stageLabel, type UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/page';
import { UrgencyIcon } from '@/components/shared/UrgencyIcon';
import { HeadlineLine } from '@/components/page/Headline';
import { AdviceList } from '@/components/page/AdviceList';
import { BuyerDateWarning } from '@/components/page/BuyerDateWarning';
import { Timeline } from '@/components/page/Timeline';

export interface BadgeProps {
  order: TrackedOrder;
  settings: Settings;
  now: Date;
  lang: UiLanguage;
}

/**
 * The badge on one order card: the nearest deadline that still matters and what to do about it; the button
 * expands the order's whole timeline. The "check the item first" advice is left to the hint beside the
 * page's own "Confirm received" button (feature `confirm-hint`), where it is needed.
 */
export function Badge({ order, settings, now, lang }: BadgeProps) {
  const [expanded, setExpanded] = useState(false);
  const deadlines = computeDeadlines(order, settings, now);
  const headline = headlineDeadline(deadlines, now, order.facts.status);
  const advice = adviceFor(order, deadlines, settings, now, 'card').filter((a) => a.id !== 'check_before_confirm');
  const timelineId = `os-timeline-${order.orderId}`;
  const urgency = headline?.urgency ?? 'none';
  return (
    <div
      class={`os-badge u-${urgency}`}
      role="group"
      aria-label={t('badgeRegion', lang, { orderId: order.orderId })}
      data-urgency={urgency}
    >
      <div class="os-head">
        {headline ? (
          <HeadlineLine headline={headline} now={now} lang={lang} />
        ) : (
          <>
            <span class="os-urgency">
              <UrgencyIcon urgency="none" />
            </span>
            <span class="os-label" data-testid="deadline-label">
              {/* Unknown stays unknown (domain.md rule 3): an order in transit has a protection end, we just can't see it. */}
              {order.facts.status === 'awaiting_delivery' ? t('protectionUnknown', lang) : t('noDeadline', lang)}
            </span>
            <span class="os-muted">· {stageLabel(order.facts.status, lang)}</span>
          </>
        )}
        <span class="os-spacer" />
        <button
          type="button"
          class="os-btn"
          aria-expanded={expanded}
          aria-controls={timelineId}
          onClick={() => setExpanded(!expanded)}
          data-testid="expand"
        >
          {expanded ? t('hideDates', lang) : t('showDates', lang)}{' '}
          <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
        </button>
      </div>
      <AdviceList advice={advice} lang={lang} />
      <BuyerDateWarning deadlines={deadlines} lang={lang} />
      {expanded && <Timeline id={timelineId} deadlines={deadlines} now={now} lang={lang} />}
    </div>
  );
}
