/** The notification's own frame in German (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const DE = {
  order: 'Bestellung {orderId}',
  many: '{urgency}: AliExpress-Fristen brauchen Sie ({count})',
  more: '…und {count} weitere in OrderShield',
} satisfies Record<NotificationKey, string>;
