/** Labels and shared wording in German (shape: `Labels`, ./en.ts). */
import type { Labels } from './en';

export const DE = {
  stages: {
    awaiting_payment: 'Zahlung ausstehend',
    awaiting_shipment: 'Versand ausstehend',
    awaiting_delivery: 'Lieferung ausstehend',
    completed: 'Abgeschlossen',
    dispute_open: 'Streitfall offen',
    dispute_escalated: 'Streitfall eskaliert',
    return_required: 'Rücksendung erforderlich',
    refund_pending: 'Erstattung ausstehend',
    dispute_lost: 'Streitfall verloren',
    closed: 'Geschlossen',
    unknown: 'Status nicht erkannt',
  },
  deadlines: {
    protection_end: 'Käuferschutz endet',
    extension_request_by: 'Verlängerung des Käuferschutzes anfragen bis',
    dispute_window_end: 'Frist für einen Streitfall endet',
    return_window_end: 'Rückgabefrist endet',
    seller_response_due: 'Verkäufer muss antworten bis',
    escalation_available: 'Eskalation möglich ab',
    auto_escalation: 'Automatische Eskalation',
    decision_expected: 'Entscheidung erwartet bis',
    return_ship_by: 'Rücksendung abschicken bis',
    refund_due: 'Erstattung fällig bis',
    appeal_follow_up: 'Einspruch nachverfolgen',
    late_dispute_window_end: 'Später Streitfall (nicht erhalten) möglich bis',
    ship_by: 'Der Verkäufer muss versenden bis',
    custom: 'Erinnerung',
  },
  actions: {
    protection_end:
      'Prüfen Sie die Sendungsverfolgung. Noch nicht erhalten und das Datum rückt näher? Bitten Sie den Verkäufer um Verlängerung des Käuferschutzes oder eröffnen Sie einen Streitfall.',
    extension_request_by:
      'Bitten Sie den Verkäufer heute um Verlängerung des Käuferschutzes: die Antwort kann 48 Stunden dauern.',
    dispute_window_end: 'Defekt oder nicht wie beschrieben? Eröffnen Sie einen Streitfall, bevor die Frist endet.',
    return_window_end:
      'Prüfen Sie den Artikel jetzt: nach diesem Datum sind Rückgabe und Erstattung nicht mehr möglich.',
    seller_response_due:
      'Die Antwort des Verkäufers ist fällig. Prüfen Sie den Streitfall: schweigt der Verkäufer, wird automatisch erstattet.',
    escalation_available: 'Sie können den Streitfall jetzt an AliExpress eskalieren.',
    auto_escalation: 'Der Streitfall sollte etwa jetzt an AliExpress eskaliert werden. Prüfen Sie ihn.',
    decision_expected:
      'Die Entscheidung von AliExpress ist fällig. Prüfen Sie den Streitfall; keine Antwort? Fragen Sie den Support.',
    return_ship_by: 'Senden Sie die Rücksendung ab und bewahren Sie die Sendungsnummer auf.',
    refund_due:
      'Ihre Erstattung ist überfällig: wenden Sie sich an den Support (prüfen Sie auch Ihr Alipay-Guthaben). Schließen Sie den Streitfall nicht.',
    appeal_follow_up:
      'Gehen Sie mit Ihrer Einspruchsnummer zurück in den Support-Chat und fragen Sie nach dem Ergebnis.',
    late_dispute_window_end:
      'Der Käuferschutz ist abgelaufen und das Paket fehlt? Eröffnen Sie jetzt einen Streitfall: AliExpress erlaubt das meist bis zu diesem Datum.',
    ship_by:
      'Der Verkäufer muss die Bestellung bis zu diesem Datum versenden. Nicht versandt? Sie können die Stornierung mit voller Erstattung beantragen.',
    custom: 'Ihre Erinnerung.',
  },
  lastDay: 'Letzter Tag: {date}',
  yourDate: '{date} (Ihr Datum)',
  left: 'noch {amount}',
  estimated: 'geschätzt',
  urgency: { overdue: 'Abgelaufen', today: 'Heute', soon: 'Bald', later: 'Erinnerung' },
  buyerLater:
    'Die Seite nennt {page}; Sie haben {yours} eingetragen. OrderShield hält sich an das Datum der Seite, bis sie die Verlängerung zeigt.',
  countedFrom: {
    firstSeen: '{days} Tage ab {date}, als OrderShield diesen Schritt zuerst sah',
    printed: '{days} Tage ab {date}, laut Bestellseite',
  },
  guideReminders: {
    next_day: 'Mit der Einspruchsnummer zurück in den Support-Chat',
    review_day: 'Beim Support nach dem Ergebnis des Einspruchs fragen',
    chargeback: 'Rückbuchung über die Bank: letzter Tag etwa {date} (geschätzt)',
    paypal: 'PayPal-Konflikt: letzter Tag etwa {date} (geschätzt)',
  },
  guideReminderActions: {
    next_day:
      'Öffnen Sie den Support-Chat, nennen Sie die Einspruchsnummer und lassen Sie prüfen, ob Text und Dateien angehängt sind.',
    review_day:
      'Fragen Sie den Support nach dem Ergebnis Ihres Einspruchs. Noch nicht geprüft? Fragen Sie nach dem neuen Termin und stellen Sie eine Erinnerung.',
    chargeback:
      'Bitten Sie diese Woche Ihre Bank um eine Rückbuchung (Chargeback), mit Bestellung, Streitfall und Einspruch. Ihre Bank kann weniger Zeit lassen.',
    paypal:
      'Eröffnen Sie diese Woche einen PayPal-Konfliktfall mit der Bestellung und Ihren Belegen. Bei „erheblich abweichend“ kann die Frist früher enden.',
  },
} satisfies Labels;
