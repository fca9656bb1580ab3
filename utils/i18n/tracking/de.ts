/** German texts of the tracking warnings and facts (keys and placeholders: `en.ts`). */
import type { TrackingKey } from './en';

export const DE = {
  stuck:
    'Keine Bewegung in der Sendungsverfolgung, {duration} lang: Schreiben Sie dem Verkäufer und eröffnen Sie bis zum {date} einen Streitfall.',
  stuckNoDate:
    'Keine Bewegung in der Sendungsverfolgung, {duration} lang: Schreiben Sie dem Verkäufer und eröffnen Sie vor Ende des Käuferschutzes einen Streitfall.',
  delivered: 'Laut Sendungsverfolgung am {date} zugestellt. Nicht erhalten? Eröffnen Sie jetzt einen Streitfall.',
  deliveredNoDate: 'Laut Sendungsverfolgung zugestellt. Nicht erhalten? Eröffnen Sie jetzt einen Streitfall.',
  deliveredProtection:
    'Der Käuferschutz kann kurz nach einem Zustell-Scan enden: Laut Käuferratgebern bestätigt AliExpress die Bestellung etwa 7 Tage später von selbst.',
  checkedOn:
    'Sendungsverfolgung zuletzt am {date} geprüft: Öffnen Sie die Sendungsverfolgung, um neuere Ereignisse zu sehen.',
  trackingNumber: 'Sendungsnummer: {number}',
  lastEvent: 'Letztes Sendungsereignis, {date}: {event}',
  lastEventNoDate: 'Letztes Sendungsereignis: {event}',
  noEventsYet: 'Noch kein Sendungsereignis.',
} satisfies Record<TrackingKey, string>;
