/**
 * OrderShield's own UI strings. Not `browser.i18n`: the buyer can pick the language in the options, which
 * browser.i18n cannot do. English is complete; other languages fall back to it key by key.
 */
import type { DeadlineKind, LanguageSetting, OrderStage } from '@/utils/model';

const EN = {
  appName: 'OrderShield',
  tagline: 'Your AliExpress deadlines, watched',
  emptyTitle: 'No orders tracked yet',
  emptyBody: 'Open your AliExpress “My Orders” page: OrderShield reads your orders there and starts watching their deadlines.',
  openMyOrders: 'Open My Orders',
  unreadableTitle: 'Couldn’t read this page',
  unreadableBody: 'OrderShield recognized an order page but could not read it. Your stored orders are unchanged.',
  noDeadline: 'No deadline known yet',
  noDeadlineHint: 'Open the order page so OrderShield can read its dates.',
  estimated: 'estimated',
  estimatedHint: 'Estimated from AliExpress rules, not printed on your order page.',
  exact: 'from your order page',
  overdue: 'passed',
  orderId: 'Order',
  trackedCount: 'orders tracked',
  unknownItem: 'Item',
} as const;

export type MessageKey = keyof typeof EN;

const DICTIONARIES: Partial<Record<Exclude<LanguageSetting, 'auto'>, Partial<Record<MessageKey, string>>>> = {
  en: EN,
};

const STAGE_LABELS: Record<OrderStage, string> = {
  awaiting_payment: 'Awaiting payment',
  awaiting_shipment: 'Awaiting shipment',
  awaiting_delivery: 'Awaiting delivery',
  completed: 'Completed',
  dispute_open: 'Dispute open',
  dispute_escalated: 'Dispute escalated',
  return_required: 'Return required',
  refund_pending: 'Refund pending',
  dispute_lost: 'Dispute lost',
  closed: 'Closed',
  unknown: 'Status not recognized',
};

const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  protection_end: 'Buyer protection ends',
  extension_request_by: 'Ask the seller to extend protection by',
  dispute_window_end: 'Dispute window closes',
  return_window_end: 'Return window closes',
  seller_response_due: 'Seller must answer by',
  escalation_available: 'You can escalate from',
  auto_escalation: 'Automatic escalation',
  decision_expected: 'Decision expected by',
  return_ship_by: 'Ship the return by',
  refund_due: 'Refund due by',
  appeal_follow_up: 'Appeal follow-up',
  custom: 'Reminder',
};

export type UiLanguage = Exclude<LanguageSetting, 'auto'>;
const SUPPORTED: UiLanguage[] = ['en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl'];

/** The UI language: the setting, else the browser's language when supported, else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  const base = browserLanguage.toLowerCase().split('-')[0] as UiLanguage;
  return SUPPORTED.includes(base) ? base : 'en';
}

export function t(key: MessageKey, lang: UiLanguage = 'en'): string {
  return DICTIONARIES[lang]?.[key] ?? EN[key];
}

export function stageLabel(stage: OrderStage): string {
  return STAGE_LABELS[stage];
}

export function deadlineLabel(kind: DeadlineKind): string {
  return DEADLINE_LABELS[kind];
}

/** "in 1 day", "in 5 days", "today", "2 days ago" with the language's plural rules (Intl.PluralRules). */
export function daysLeftText(days: number, lang: UiLanguage = 'en'): string {
  if (days === 0) return lang === 'en' ? 'today' : new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(0, 'day');
  // Intl.RelativeTimeFormat picks the right plural form per language ("через 2 дня", "через 5 дней").
  return new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(days, 'day');
}

/** A calendar date in the UI language, e.g. "Sep 4, 2026" / "4 сент. 2026 г.". */
export function formatDate(iso: string, lang: UiLanguage = 'en'): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}
