/** The notification's own frame in French (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const FR = {
  order: 'Commande {orderId}',
  urgency_overdue: 'Dépassé',
  urgency_today: 'Aujourd’hui',
  urgency_soon: 'Bientôt',
  urgency_later: 'Rappel',
  many: '{urgency} : délais AliExpress à vérifier ({count})',
  more: '…et {count} de plus dans OrderShield',
} satisfies Record<NotificationKey, string>;
