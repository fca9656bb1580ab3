/** The notification's own frame in French (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const FR = {
  order: 'Commande {orderId}',
  many: '{urgency} : délais AliExpress à vérifier ({count})',
  more: '…et {count} de plus dans OrderShield',
} satisfies Record<NotificationKey, string>;
