/** The notification's own frame in Russian (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const RU = {
  order: 'Заказ {orderId}',
  urgency_overdue: 'Срок прошёл',
  urgency_today: 'Сегодня',
  urgency_soon: 'Скоро',
  urgency_later: 'Напоминание',
  many: '{urgency}: сроки AliExpress требуют внимания ({count})',
  more: '…и ещё {count} в OrderShield',
} satisfies Record<NotificationKey, string>;
