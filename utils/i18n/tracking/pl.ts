/** Polish texts of the tracking warnings and facts (keys and placeholders: `en.ts`). */
import type { TrackingKey } from './en';

export const PL = {
  stuck: 'Przesyłka stoi w miejscu od {duration}: napisz do sprzedawcy i otwórz spór najpóźniej {date}.',
  stuckNoDate: 'Przesyłka stoi w miejscu od {duration}: napisz do sprzedawcy i otwórz spór przed końcem ochrony.',
  delivered: 'Według śledzenia doręczono {date}. Nie dotarło? Otwórz spór teraz.',
  deliveredNoDate: 'Według śledzenia doręczono. Nie dotarło? Otwórz spór teraz.',
  deliveredProtection:
    'Ochrona może się skończyć wkrótce po skanie doręczenia: według poradników dla kupujących AliExpress sam potwierdza zamówienie po około 7 dniach.',
  checkedOn: 'Śledzenie sprawdzono ostatnio {date}: otwórz stronę śledzenia, aby zobaczyć nowsze zdarzenia.',
  trackingNumber: 'Numer przesyłki: {number}',
  lastEvent: 'Ostatnie zdarzenie śledzenia, {date}: {event}',
  lastEventNoDate: 'Ostatnie zdarzenie śledzenia: {event}',
  noEventsYet: 'Brak zdarzeń śledzenia.',
} satisfies Record<TrackingKey, string>;
