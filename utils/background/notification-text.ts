/**
 * The words of a reminder: what is due, exactly how long is left, the last day, whether it is estimated, and what to
 * do now. All of it comes from the order's view (rules/order-view.ts) and the words every surface shares
 * (utils/i18n/labels.ts, the advice of utils/i18n/page): a notification says what the badge and the panel say.
 * Only the notification's own frame (its title, "…and N more") lives here, with the background. Pure.
 */
import { DEFAULT_SETTINGS, type Settings, type TrackedOrder } from '@/utils/model';
import type { PlannedReminder, ReminderGroup } from '@/utils/rules/reminder-schemas';
import { actionFor, deadlineView, orderView, type OrderView } from '@/utils/rules/order-view';
import { orderPageUrl } from '@/utils/order-url';
import {
  deadlineName,
  deadlineWhen,
  estimatedWord,
  timeLeftText,
  translator,
  urgencyWord,
  type UiLanguage,
} from '@/utils/i18n';
import { nextActionText } from '@/utils/i18n/page';
import { EN, type NotificationKey } from '@/utils/i18n/notification/en';
import { RU } from '@/utils/i18n/notification/ru';
import { IT } from '@/utils/i18n/notification/it';
import { ES } from '@/utils/i18n/notification/es';
import { PT } from '@/utils/i18n/notification/pt';
import { FR } from '@/utils/i18n/notification/fr';
import { DE } from '@/utils/i18n/notification/de';
import { PL } from '@/utils/i18n/notification/pl';

export interface ReminderText {
  title: string;
  message: string;
  /** The order page the notification opens. */
  url: string;
}

const t = translator<NotificationKey>(EN, { ru: RU, it: IT, es: ES, pt: PT, fr: FR, de: DE, pl: PL });

function who(order: TrackedOrder | undefined, lang: UiLanguage): string {
  return (
    order?.facts.store?.name ||
    order?.facts.items[0]?.title?.slice(0, 40) ||
    t('order', lang, { orderId: order?.orderId ?? '' }).trim()
  );
}

/** "Store: Buyer protection ends · 3 days left (Last day: Sep 3, 2026, estimated)". */
function line(reminder: PlannedReminder, order: TrackedOrder | undefined, now: Date, lang: UiLanguage): string {
  const view = deadlineView(reminder.deadline, now);
  const estimated = view.estimated ? `, ${estimatedWord(lang)}` : '';
  const when = `${timeLeftText(view.left, lang)} (${deadlineWhen(reminder.deadline, lang) ?? ''}${estimated})`;
  return `${who(order, lang)}: ${deadlineName(reminder.deadline, lang)} · ${when}`;
}

/** What to do now about the reminder's deadline: the order's advice about it, else the kind's own action. */
export function reminderAction(reminder: PlannedReminder, view: OrderView | undefined, lang: UiLanguage): string {
  return nextActionText(actionFor(view, reminder.deadline), lang);
}

export function reminderText(
  group: ReminderGroup,
  orders: Record<string, TrackedOrder>,
  now: Date,
  lang: UiLanguage = 'en',
  settings: Settings = DEFAULT_SETTINGS,
): ReminderText {
  const [first] = group.reminders;
  if (!first) throw new Error('empty reminder group');
  const order = orders[first.orderId];
  const url = orderPageUrl(order?.facts.site, first.orderId);
  if (group.reminders.length === 1) {
    const view = order ? orderView(order, settings, now) : undefined;
    return {
      title: `${urgencyWord(first.urgency, lang)}: ${who(order, lang)}`,
      message: `${line(first, order, now, lang)}\n${reminderAction(first, view, lang)}`,
      url,
    };
  }
  // Several due at once: one notification listing them, most pressing first (never a burst).
  const shown = group.reminders.slice(0, 4).map((r) => line(r, orders[r.orderId], now, lang));
  const more = group.reminders.length - shown.length;
  return {
    title: t('many', lang, { urgency: urgencyWord(group.urgency, lang), count: group.reminders.length }),
    message: [...shown, ...(more > 0 ? [t('more', lang, { count: more })] : [])].join('\n'),
    url,
  };
}
