/** The notification's own frame in Russian (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const RU = {
  order: 'Заказ {orderId}',
  many: '{urgency}: сроки AliExpress требуют внимания ({count})',
  more: '…и ещё {count} в OrderShield',
} satisfies Record<NotificationKey, string>;
