/** The notification's own frame in Polish (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const PL = {
  order: 'Zamówienie {orderId}',
  many: '{urgency}: terminy AliExpress wymagają uwagi ({count})',
  more: '…i jeszcze {count} w OrderShield',
} satisfies Record<NotificationKey, string>;
