/** The notification's own frame in Spanish (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const ES = {
  order: 'Pedido {orderId}',
  many: '{urgency}: plazos de AliExpress por revisar ({count})',
  more: '…y {count} más en OrderShield',
} satisfies Record<NotificationKey, string>;
