import { useState } from 'preact/hooks';
import type { Settings, TrackedOrder } from '@/utils/model';
import { orderView } from '@/utils/rules/order-view';
import { stageLabel, type UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/page';
import { UrgencyIcon } from '@/components/shared/UrgencyIcon';
import { HeadlineLine } from '@/components/page/Headline';
import { AdviceList } from '@/components/shared/AdviceList';
import { BuyerDateWarning } from '@/components/page/BuyerDateWarning';
import { PageTimeline } from '@/components/page/PageTimeline';

export interface BadgeProps {
  order: TrackedOrder;
  settings: Settings;
  now: Date;
  lang: UiLanguage;
}

/**
 * The badge on one order card: the nearest deadline that still matters and what to do about it; the button
 * expands the order's whole timeline. Everything it says comes from the order's view (rules/order-view.ts); the
 * "check the item first" advice is left to the hint beside the page's own "Confirm received" button.
 */
export function Badge({ order, settings, now, lang }: BadgeProps) {
  const [expanded, setExpanded] = useState(false);
  const view = orderView(order, settings, now);
  const timelineId = `os-timeline-${order.orderId}`;
  const urgency = view.headlineUrgency;
  return (
    <div
      class={`os-badge u-${urgency}`}
      role="group"
      aria-label={t('badgeRegion', lang, { orderId: order.orderId })}
      data-urgency={urgency}
    >
      <div class="os-head">
        {view.next ? (
          <HeadlineLine next={view.next} urgency={urgency} lang={lang} />
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
      <AdviceList advice={view.cardAdvice} lang={lang} />
      <BuyerDateWarning deadlines={view.buyerLater} lang={lang} />
      {expanded && <PageTimeline id={timelineId} rows={view.deadlines} lang={lang} />}
    </div>
  );
}
