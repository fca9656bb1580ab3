/** The notification's own frame in Portuguese (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const PT = {
  order: 'Pedido {orderId}',
  many: '{urgency}: prazos do AliExpress para conferir ({count})',
  more: '…e mais {count} no OrderShield',
} satisfies Record<NotificationKey, string>;
