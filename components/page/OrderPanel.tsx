import { useState } from 'preact/hooks';
import type { Settings, TrackedOrder } from '@/utils/model';
import { CAPS } from '@/utils/model-constants';
import { orderView } from '@/utils/rules/order-view';
import { localIsoDay } from '@/utils/rules/dates';
import { disputeMessage } from '@/utils/guide/composer';
import { evidenceForOrder } from '@/utils/guide/checklists';
import { evidenceText } from '@/utils/i18n/evidence';
import { formatDate, stageLabel, type UiLanguage } from '@/utils/i18n';
import { t } from '@/utils/i18n/page';
import { HeadlineLine } from '@/components/page/Headline';
import { NextAction } from '@/components/shared/NextAction';
import { BuyerDateWarning } from '@/components/page/BuyerDateWarning';
import { PageTimeline } from '@/components/page/PageTimeline';

export interface OrderPanelProps {
  order: TrackedOrder;
  settings: Settings;
  now: Date;
  lang: UiLanguage;
  /** Stores a custom reminder for the order (the background writes it); resolves to success. */
  addReminder(dayIso: string, label: string): Promise<boolean>;
  /** Puts the text on the clipboard; resolves to success (the text stays selectable either way). */
  copy(text: string): Promise<boolean>;
}

type Open = 'none' | 'evidence' | 'reminder' | 'message';

/**
 * The panel on an order's own page: where it stands, what to do now, every deadline with its confidence,
 * and three tools: the evidence to keep, a custom reminder, a dispute message to copy.
 */
export function OrderPanel({ order, settings, now, lang, addReminder, copy }: OrderPanelProps) {
  const [open, setOpen] = useState<Open>('none');
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const [reminderDay, setReminderDay] = useState(() => localIsoDay(new Date(now).setDate(now.getDate() + 1)));
  const [reminderLabel, setReminderLabel] = useState('');
  // What it says about the order is the order's view (rules/order-view.ts), the same the badge and reminders use.
  const view = orderView(order, settings, now);
  const deadlines = view.deadlines.map((row) => row.deadline);
  const message = open === 'message' ? disputeMessage(order, deadlines, now) : '';
  const toggle = (which: Open) => {
    setStatus(null);
    setOpen(open === which ? 'none' : which);
  };
  const ids = {
    evidence: `os-evidence-${order.orderId}`,
    reminder: `os-reminder-${order.orderId}`,
    message: `os-message-${order.orderId}`,
  };

  return (
    <section class="os-panel" aria-labelledby={`os-panel-title-${order.orderId}`} data-testid="order-panel">
      <h2 id={`os-panel-title-${order.orderId}`}>{t('panelTitle', lang)}</h2>
      <div class="os-head">
        <span class="os-muted">{stageLabel(order.facts.status, lang)} ·</span>
        {view.next ? (
          <HeadlineLine next={view.next} urgency={view.headlineUrgency} lang={lang} />
        ) : (
          <span>{t('noDeadline', lang)}</span>
        )}
      </div>
      <section aria-label={t('nextAction', lang)} data-testid="next-action">
        <h3>{t('nextAction', lang)}</h3>
        <NextAction view={view} lang={lang} />
        <BuyerDateWarning deadlines={view.buyerLater} lang={lang} />
      </section>
      <PageTimeline rows={view.deadlines} lang={lang} />
      <div class="os-actions">
        <button
          type="button"
          class="os-btn"
          aria-expanded={open === 'evidence'}
          aria-controls={ids.evidence}
          onClick={() => toggle('evidence')}
          data-testid="evidence-button"
        >
          {t('evidence', lang)}
        </button>
        <button
          type="button"
          class="os-btn"
          aria-expanded={open === 'reminder'}
          aria-controls={ids.reminder}
          onClick={() => toggle('reminder')}
          data-testid="reminder-button"
        >
          {t('addReminder', lang)}
        </button>
        <button
          type="button"
          class="os-btn"
          aria-expanded={open === 'message'}
          aria-controls={ids.message}
          data-testid="copy-button"
          onClick={() => {
            const text = disputeMessage(order, deadlines, now);
            setOpen('message');
            void copy(text).then((ok) => setStatus({ text: ok ? t('copied', lang) : t('copyManually', lang), ok }));
          }}
        >
          {t('copyMessage', lang)}
        </button>
      </div>
      {open === 'evidence' && (
        <section id={ids.evidence} aria-label={t('evidenceTitle', lang)} data-testid="evidence">
          <h3>{t('evidenceTitle', lang)}</h3>
          <ul class="os-checklist">
            {evidenceForOrder(order).map((id) => (
              <li key={id}>{evidenceText(id, lang)}</li>
            ))}
          </ul>
          <p class="os-muted">{t('ev_quality', lang)}</p>
        </section>
      )}
      {open === 'reminder' && (
        <form
          id={ids.reminder}
          class="os-form"
          data-testid="reminder-form"
          onSubmit={(event) => {
            event.preventDefault();
            const label = reminderLabel.trim() || t('reminderDefault', lang, { orderId: order.orderId });
            void addReminder(reminderDay, label).then((ok) =>
              setStatus({
                text: ok
                  ? t('reminderSaved', lang, { date: formatDate(`${reminderDay}T12:00:00`, lang) })
                  : t('reminderFailed', lang),
                ok,
              }),
            );
          }}
        >
          <label>
            {t('reminderDate', lang)}
            <input
              class="os-input"
              type="date"
              required
              value={reminderDay}
              min={localIsoDay(now)}
              onInput={(e) => setReminderDay(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('reminderText', lang)}
            <input
              class="os-input"
              type="text"
              maxLength={CAPS.label}
              value={reminderLabel}
              placeholder={t('reminderDefault', lang, { orderId: order.orderId })}
              onInput={(e) => setReminderLabel(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="os-btn os-btn-primary">
            {t('save', lang)}
          </button>
        </form>
      )}
      {open === 'message' && (
        <div id={ids.message}>
          <label class="os-form" data-testid="message">
            {t('messageLabel', lang)}
            <textarea class="os-input os-message" readOnly value={message} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p class="os-muted" data-testid="dispute-rules">
            {t('disputeRules', lang)}
          </p>
        </div>
      )}
      {/* Always present, so screen readers announce the text when it appears. */}
      <p class={`os-status${status && !status.ok ? ' bad' : ''}`} role="status" data-testid="panel-status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
