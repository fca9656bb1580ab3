/** The notification's own frame in Polish (keys: ./en.ts). */
import type { NotificationKey } from './en';

export const PL = {
  order: 'Zamówienie {orderId}',
  urgency_overdue: 'Termin minął',
  urgency_today: 'Dziś',
  urgency_soon: 'Wkrótce',
  urgency_later: 'Przypomnienie',
  many: '{urgency}: terminy AliExpress wymagają uwagi ({count})',
  more: '…i jeszcze {count} w OrderShield',
} satisfies Record<NotificationKey, string>;
