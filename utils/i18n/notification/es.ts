/** The notification's own frame in Spanish (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const ES = {
  order: 'Pedido {orderId}',
  urgency_overdue: 'Vencido',
  urgency_today: 'Hoy',
  urgency_soon: 'Pronto',
  urgency_later: 'Recordatorio',
  many: '{urgency}: plazos de AliExpress por revisar ({count})',
  more: '…y {count} más en OrderShield',
} satisfies Record<NotificationKey, string>;
