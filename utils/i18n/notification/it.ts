/** The notification's own frame in Italian (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const IT = {
  order: 'Ordine {orderId}',
  many: '{urgency}: scadenze AliExpress da controllare ({count})',
  more: '…e altre {count} in OrderShield',
} satisfies Record<NotificationKey, string>;
