/** French texts of the tracking warnings and facts (keys and placeholders: `en.ts`); no-break spaces before : ; ? ! */
import type { TrackingKey } from './en';

export const FR = {
  stuck: 'Le suivi n’a pas bougé depuis {duration} : écrivez au vendeur et ouvrez un litige au plus tard le {date}.',
  stuckNoDate:
    'Le suivi n’a pas bougé depuis {duration} : écrivez au vendeur et ouvrez un litige avant la fin de la protection.',
  delivered: 'Le suivi indique « livré » le {date}. Pas reçu ? Ouvrez un litige maintenant.',
  deliveredNoDate: 'Le suivi indique « livré ». Pas reçu ? Ouvrez un litige maintenant.',
  deliveredProtection:
    'La protection peut se terminer peu après un scan de livraison : selon des guides d’acheteurs, AliExpress confirme la commande de lui-même environ 7 jours plus tard.',
  checkedOn:
    'Suivi consulté pour la dernière fois le {date} : ouvrez la page de suivi pour voir les événements plus récents.',
  trackingNumber: 'Numéro de suivi : {number}',
  lastEvent: 'Dernier événement de suivi, {date} : {event}',
  lastEventNoDate: 'Dernier événement de suivi : {event}',
  noEventsYet: 'Aucun événement de suivi pour l’instant.',
} satisfies Record<TrackingKey, string>;
