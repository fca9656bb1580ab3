/** The notification's own frame in Portuguese (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const PT = {
  order: 'Pedido {orderId}',
  urgency_overdue: 'Vencido',
  urgency_today: 'Hoje',
  urgency_soon: 'Em breve',
  urgency_later: 'Lembrete',
  many: '{urgency}: prazos do AliExpress para conferir ({count})',
  more: '…e mais {count} no OrderShield',
} satisfies Record<NotificationKey, string>;
