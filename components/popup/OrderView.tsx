import { useEffect, useState } from 'preact/hooks';
import type { DisputeType, GuideState, Settings, TrackedOrder } from '@/utils/model';
import type { ReminderState } from '@/utils/rules';
import { useTr } from '@/components/shared/LangContext';
import { PopupTimeline } from '@/components/popup/PopupTimeline';
import { NextAction } from '@/components/shared/NextAction';
import { t as pageText } from '@/utils/i18n/page';
import { OrderControls } from '@/components/popup/OrderControls';
import { DeadlineForm } from '@/components/popup/DeadlineForm';
import { EvidenceChecklist } from '@/components/popup/EvidenceChecklist';
import { DisputeComposer } from '@/components/popup/DisputeComposer';
import { AppealPlaybook } from '@/components/popup/AppealPlaybook';
import { RedFlags } from '@/components/popup/RedFlags';
import { orderView } from '@/utils/rules/order-view';
import { orderPageUrl } from '@/utils/order-url';
import { DISPUTE_TYPES, suggestedDisputeType } from '@/utils/guide/checklists';
import { PLAYBOOK_STEPS } from '@/utils/guide/playbook';
import { formatDate, stageLabel } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { parseIsoDay } from '@/utils/rules/dates';
import { trackingFactLines } from '@/utils/i18n/tracking';

/** One order: what it is, its timeline and controls, and the dispute guide (checklist, composer, playbook, red flags). */
export function OrderView({
  order,
  settings,
  reminders,
  now,
  onBack,
}: {
  order: TrackedOrder;
  settings: Settings;
  reminders: ReminderState;
  now: Date;
  onBack: () => void;
}) {
  const { lang, tr } = useTr();
  // Ticks show at once; the background's write comes back through the storage watch.
  const [guide, setGuide] = useState<GuideState>(order.guide ?? {});
  useEffect(() => setGuide(order.guide ?? {}), [order.orderId, JSON.stringify(order.guide ?? {})]);
  const changeGuide = (next: GuideState) => {
    setGuide(next);
    void sendMessage('setGuide', { orderId: order.orderId, guide: next });
  };
  const type: DisputeType | null = guide.disputeType ?? suggestedDisputeType(order);
  const view = orderView(order, settings, now);
  const item = order.facts.items[0];
  const orderedDay = parseIsoDay(order.facts.orderedAt);
  const lost = order.facts.status === 'dispute_lost';
  const playbookDone = (guide.playbook ?? []).length;
  return (
    <section
      class="order-view"
      aria-labelledby="order-view-title"
      data-testid="order-view"
      data-order-id={order.orderId}
    >
      <div class="view-bar">
        <button type="button" class="link-button" onClick={onBack} data-testid="back">
          ← {tr('back')}
        </button>
      </div>
      <header class="order-head">
        {/* No remote product photo: extension pages make no network request (see OrderRow). */}
        <span class="thumb thumb-empty" aria-hidden="true" />
        <div class="order-main">
          <h2 id="order-view-title" tabIndex={-1}>
            {tr('orderTitle', { id: order.orderId })}
          </h2>
          <p class="order-title-full">{item?.title ?? tr('unknownItem')}</p>
          <p class="muted small">
            {[
              order.facts.store?.name,
              stageLabel(order.facts.status, lang),
              order.facts.total ? `${tr('total')} ${order.facts.total}` : null,
              orderedDay !== null ? `${tr('orderedOn')} ${formatDate(new Date(orderedDay).toISOString(), lang)}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {order.tracking && (
            // What the tracking page showed (issue 15 §4): the number and the newest event, as page text.
            <ul class="tracking-facts muted small" data-testid="tracking-facts">
              {trackingFactLines(order.tracking, lang).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
          <a
            href={orderPageUrl(order.facts.site, order.orderId)}
            target="_blank"
            rel="noreferrer noopener"
            class="small"
          >
            {tr('openOnSite')}
          </a>
        </div>
      </header>

      <section aria-labelledby="next-action-title" class="block" data-testid="next-action">
        <h3 id="next-action-title">{pageText('nextAction', lang)}</h3>
        <NextAction view={view} lang={lang} />
      </section>

      <section aria-labelledby="timeline-title" class="block">
        <h3 id="timeline-title">{tr('timeline')}</h3>
        <PopupTimeline order={order} rows={view.deadlines} reminders={reminders} />
      </section>

      <section aria-labelledby="controls-title" class="block">
        <h3 id="controls-title">{tr('controls')}</h3>
        <OrderControls order={order} reminders={reminders} now={now} />
      </section>

      <details class="block" data-testid="override">
        <summary>{tr('overrideTitle')}</summary>
        <DeadlineForm order={order} />
      </details>

      <details class="block" data-testid="dispute" open={order.facts.status.startsWith('dispute') || undefined}>
        <summary>{tr('disputeTitle')}</summary>
        <label for={`type-${order.orderId}`}>{tr('disputeType')}</label>
        <select
          id={`type-${order.orderId}`}
          data-testid="dispute-type"
          value={type ?? ''}
          onChange={(e) => changeGuide({ ...guide, disputeType: e.currentTarget.value as DisputeType })}
        >
          {type === null && <option value="">{tr('chooseType')}</option>}
          {DISPUTE_TYPES.map((value) => (
            <option key={value} value={value}>
              {tr(`type.${value}`)}
            </option>
          ))}
        </select>
        {type && (
          <>
            <h3>{tr('evidenceTitle')}</h3>
            <EvidenceChecklist type={type} guide={guide} onChange={changeGuide} />
            <h3>{tr('composerTitle')}</h3>
            <DisputeComposer
              key={type}
              order={order}
              type={type}
              evidence={guide.evidence ?? []}
              protection={view.deadlines.find((row) => row.deadline.kind === 'protection_end')?.deadline}
              now={now}
            />
          </>
        )}
      </details>

      <details class="block" data-testid="appeal" open={lost || undefined}>
        <summary>
          {tr('playbookTitle')}{' '}
          <span class="muted small">
            ({tr('playbookProgress', { done: playbookDone, total: PLAYBOOK_STEPS.length })})
          </span>
        </summary>
        <AppealPlaybook order={order} guide={guide} onChange={changeGuide} now={now} />
      </details>

      <details class="block" open>
        <summary>{tr('redFlagsTitle')}</summary>
        <RedFlags stage={order.facts.status} />
      </details>
    </section>
  );
}
