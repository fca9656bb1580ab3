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
 * "check the item first" advice is left to the hint beside the page's own "Confirm received" button. A card with
 * nothing to watch gets a quiet marker instead (or nothing: `settings.showQuietMarkers`).
 */
export function Badge({ order, settings, now, lang }: BadgeProps) {
  const [expanded, setExpanded] = useState(false);
  const view = orderView(order, settings, now);
  const timelineId = `os-timeline-${order.orderId}`;
  const urgency = view.headlineUrgency;
  if (view.nothingToWatch) {
    // Nothing to watch (issue 15 §6): a quiet marker that says the order is read and has nothing pending, or nothing
    // at all when the buyer turned the markers off. Older dates stay one click away when there are any.
    if (settings.showQuietMarkers === false) return null;
    return (
      <div
        class="os-quiet"
        role="group"
        aria-label={t('badgeRegion', lang, { orderId: order.orderId })}
        data-testid="quiet-marker"
        title={t('quietHint', lang)}
      >
        <span class="os-quiet-line">
          <UrgencyIcon urgency="none" />
          <span>{t('quietMarker', lang)}</span>
          <span class="os-sr"> {t('quietHint', lang)}</span>
        </span>
        {view.deadlines.length > 0 && (
          <button
            type="button"
            class="os-link"
            aria-expanded={expanded}
            aria-controls={timelineId}
            onClick={() => setExpanded(!expanded)}
            data-testid="expand"
          >
            {expanded ? t('hideDates', lang) : t('showDates', lang)}
          </button>
        )}
        {expanded && <PageTimeline id={timelineId} rows={view.deadlines} lang={lang} />}
      </div>
    );
  }
  return (
    <div
      class={`os-badge u-${urgency}`}
      role="group"
      aria-label={t('badgeRegion', lang, { orderId: order.orderId })}
      data-urgency={urgency}
    >
      <div class="os-head">
        {view.next ? (
          // The card's own countdown ("17 дн. 6 ч.") says the time left: the badge gives the last day only.
          <HeadlineLine next={view.next} urgency={urgency} lang={lang} showTimeLeft={!view.pageShowsCountdown} />
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
