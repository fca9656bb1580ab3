/** Italian texts of the tracking warnings and facts (keys and placeholders: `en.ts`). */
import type { TrackingKey } from './en';

export const IT = {
  stuck: 'Il tracciamento è fermo da {duration}: scrivi al venditore e apri una controversia entro il {date}.',
  stuckNoDate:
    'Il tracciamento è fermo da {duration}: scrivi al venditore e apri una controversia prima che finisca la protezione.',
  delivered: 'Il tracciamento dice consegnato il {date}. Non l’hai ricevuto? Apri subito una controversia.',
  deliveredNoDate: 'Il tracciamento dice consegnato. Non l’hai ricevuto? Apri subito una controversia.',
  deliveredProtection:
    'La protezione può finire poco dopo una scansione di consegna: secondo le guide per acquirenti AliExpress conferma l’ordine da sé circa 7 giorni dopo.',
  checkedOn:
    'Tracciamento controllato l’ultima volta il {date}: apri la pagina di tracciamento per vedere eventi più recenti.',
  trackingNumber: 'Numero di tracciamento: {number}',
  lastEvent: 'Ultimo evento di tracciamento, {date}: {event}',
  lastEventNoDate: 'Ultimo evento di tracciamento: {event}',
  noEventsYet: 'Ancora nessun evento di tracciamento.',
} satisfies Record<TrackingKey, string>;
