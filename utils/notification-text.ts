/**
 * The words of a reminder: what is due, exactly how long is left (with the language's plural forms), the
 * absolute date, and what to do now (domain.md §1, §6). Pure; the background turns it into a notification.
 */
import type { DeadlineKind, TrackedOrder } from '@/utils/model';
import type { PlannedReminder, ReminderGroup } from '@/utils/rules/reminder-schemas';
import { daysLeft } from '@/utils/rules';
import { deadlineLabel, formatDate, type UiLanguage } from '@/utils/i18n';

export interface ReminderText {
  title: string;
  message: string;
  /** The order page the notification opens. */
  url: string;
}

/** The page where the buyer acts on an order: the order page on the site it was read on. */
export function orderPageUrl(order: TrackedOrder | undefined, orderId: string): string {
  const site = order?.facts.site ?? 'www.aliexpress.com';
  return site.endsWith('aliexpress.ru')
    ? `https://aliexpress.ru/order-list/${orderId}`
    : `https://${site}/p/order/detail.html?orderId=${orderId}`;
}

/** What to do now, by deadline kind and how close it is (domain.md §1, §6). */
export function actionFor(kind: DeadlineKind, leadDays: number | null, overdue: boolean): string {
  switch (kind) {
    case 'protection_end':
      if (overdue) return 'Protection has ended. Not received? Contact AliExpress support with your order number.';
      if (leadDays !== null && leadDays >= 5) return 'Ask the seller to extend buyer protection, and check the tracking.';
      if (leadDays !== null && leadDays >= 2) return 'Not received yet? Open a dispute now.';
      if (leadDays === 1) return 'Last chance: open a dispute today if the parcel has not arrived.';
      return 'Protection ends today: open a dispute now if you do not have the parcel.';
    case 'extension_request_by':
      return 'Ask the seller to extend protection today: they may take 48 hours to answer.';
    case 'return_window_end':
      return 'Check the item now: after this date you can no longer ask for a return or refund.';
    case 'dispute_window_end':
      return 'Defective or not as described? Open a dispute before the window closes.';
    case 'seller_response_due':
      return 'The seller’s answer is due. Check the dispute: a silent seller means an automatic refund.';
    case 'escalation_available':
      return 'You can escalate the dispute to AliExpress now.';
    case 'auto_escalation':
      return 'The dispute should be escalated to AliExpress about now. Check it.';
    case 'decision_expected':
      return 'AliExpress’s decision is due. Check the dispute; no answer yet? Ask support.';
    case 'return_ship_by':
      return 'Ship the return and keep the tracking number.';
    case 'refund_due':
      return 'Your refund is overdue: contact support (check your Alipay balance too). Do not cancel the dispute.';
    case 'appeal_follow_up':
      return 'Go back to the support chat with your appeal number and ask for the result.';
    case 'custom':
      return 'Your reminder.';
  }
}

/** "in 3 days", "in 5 hours", "today", "2 days ago": Intl picks the plural form of each language. */
export function timeLeftPhrase(at: string, now: Date, lang: UiLanguage): string {
  const left = daysLeft(at, now);
  if (!left) return '';
  const always = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  if (!left.overdue && left.hours !== null) return always.format(Math.max(left.hours, 1), 'hour');
  if (left.days === 0) return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(0, 'day');
  return always.format(left.days, 'day');
}

function who(order: TrackedOrder | undefined): string {
  return order?.facts.store?.name || order?.facts.items[0]?.title?.slice(0, 40) || `Order ${order?.orderId ?? ''}`.trim();
}

function line(reminder: PlannedReminder, order: TrackedOrder | undefined, now: Date, lang: UiLanguage): string {
  const when = `${timeLeftPhrase(reminder.deadline.at, now, lang)} (${formatDate(reminder.deadline.at, lang)}${reminder.deadline.confidence === 'estimated' ? ', estimated' : ''})`;
  const label = reminder.kind === 'custom' && reminder.deadline.label ? reminder.deadline.label : deadlineLabel(reminder.kind);
  return `${who(order)}: ${label} ${when}`;
}

const URGENCY_WORD = { overdue: 'Passed', today: 'Today', soon: 'Soon', later: 'Reminder' } as const;

export function reminderText(group: ReminderGroup, orders: Record<string, TrackedOrder>, now: Date, lang: UiLanguage = 'en'): ReminderText {
  const [first] = group.reminders;
  if (!first) throw new Error('empty reminder group');
  const order = orders[first.orderId];
  const url = orderPageUrl(order, first.orderId);
  if (group.reminders.length === 1) {
    const overdue = first.urgency === 'overdue';
    return {
      title: `${URGENCY_WORD[first.urgency]}: ${who(order)}`,
      message: `${line(first, order, now, lang)}\n${actionFor(first.kind, first.leadDays, overdue)}`,
      url,
    };
  }
  // Several due at once: one notification listing them, most pressing first (never a burst).
  const shown = group.reminders.slice(0, 4).map((r) => line(r, orders[r.orderId], now, lang));
  const more = group.reminders.length - shown.length;
  return {
    title: `${URGENCY_WORD[group.urgency]}: ${group.reminders.length} AliExpress deadlines need you`,
    message: [...shown, ...(more > 0 ? [`…and ${more} more in OrderShield`] : [])].join('\n'),
    url,
  };
}
