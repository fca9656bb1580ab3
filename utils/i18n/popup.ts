/** Strings of the popup and the options page (see `core.ts` for how translation works). */
import { translator, type UiLanguage } from '@/utils/i18n/core';

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

export type PopupKey = keyof typeof EN;

const OTHERS: Partial<Record<UiLanguage, Partial<Record<PopupKey, string>>>> = {};

export const t = translator<PopupKey>(EN, OTHERS);

