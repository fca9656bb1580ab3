/** The on-page UI's strings in German. */
import type { PageKey } from './en';

export const DE = {
  estimatedHint:
    'Nach den AliExpress-Regeln geschätzt, nicht auf Ihrer Bestellseite angegeben: prüfen Sie die Bestellseite.',
  exact: 'von Ihrer Bestellseite',
  noDeadline: 'Keine Frist zu beobachten',
  protectionUnknown: 'Ende des Käuferschutzes unbekannt: öffnen Sie die Bestellseite, damit OrderShield es lesen kann.',
  showDates: 'Alle Fristen zeigen',
  hideDates: 'Fristen ausblenden',
  quietMarker: 'OrderShield: nichts zu beobachten',
  quietHint:
    'Für diese Bestellung gibt es gerade keine Frist und nichts zu tun. Diese Markierungen lassen sich in den Optionen von OrderShield ausblenden.',
  timelineTitle: 'Fristen dieser Bestellung',
  timelineEmpty: 'Noch keine Daten bekannt. Öffnen Sie die Bestellseite, damit OrderShield sie lesen kann.',
  badgeRegion: 'OrderShield für Bestellung {orderId}',
  panelTitle: 'OrderShield: was jetzt bei dieser Bestellung zu tun ist',
  nextAction: 'Jetzt zu tun',
  nothingToDo: 'Gerade nichts zu tun: OrderShield behält die Fristen im Blick.',
  evidence: 'Beweis-Checkliste',
  evidenceTitle: 'Diese Beweise aufbewahren',
  addReminder: 'Erinnerung hinzufügen',
  reminderDate: 'Datum',
  reminderText: 'Notiz',
  reminderDefault: 'Bestellung {orderId} prüfen',
  save: 'Speichern',
  reminderSaved: 'Erinnerung für den {date} gespeichert.',
  reminderFailed:
    'Die Erinnerung konnte nicht gespeichert werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  copyMessage: 'Streitfall-Nachricht kopieren',
  copied: 'Kopiert. Passen Sie sie an und fügen Sie sie in das Streitfall-Formular ein.',
  copyManually: 'Markieren Sie den Text und kopieren Sie ihn.',
  messageLabel: 'Streitfall-Nachricht (auf Englisch: der Verkäufer liest Englisch)',
  checkBeforeConfirmShort: 'Erst den Artikel prüfen',
  open_dispute_now: 'Noch nicht erhalten? Eröffnen Sie jetzt einen Streitfall.',
  extend_protection: 'Bitten Sie den Verkäufer, den Käuferschutz zu verlängern: die Antwort kann 48 Stunden dauern.',
  late_dispute_now:
    'Der Käuferschutz ist abgelaufen ({since}). Immer noch nicht erhalten? Eröffnen Sie jetzt einen Streitfall: AliExpress erlaubt das meist noch bis zu {days} Tage nach diesem Datum, also etwa bis {date}.',
  protection_ended:
    'Der Käuferschutz und die üblichen {days} Tage danach sind vorbei. Nicht erhalten? Wenden Sie sich an den AliExpress-Support.',
  check_before_confirm: 'Erst den Artikel prüfen: nach der Bestätigung haben Sie {days} Tage für eine Rücksendung.',
  can_escalate: 'Sie können den Streitfall jetzt an AliExpress eskalieren.',
  seller_answer_overdue: 'Die Antwort des Verkäufers ist überfällig: eskalieren Sie den Streitfall.',
  ship_return_by: 'Senden Sie die Rücksendung bis {date} ab und bewahren Sie die Sendungsnummer auf.',
  refund_overdue:
    'Ihre Erstattung ist überfällig: wenden Sie sich an den Support (prüfen Sie auch Ihr Alipay-Guthaben).',
  decision_overdue: 'Die Entscheidung von AliExpress ist überfällig: fragen Sie den Support im Chat.',
  dont_cancel_dispute:
    'Schließen Sie den Streitfall nicht, bevor das Geld zurück ist, egal was der Verkäufer verspricht.',
  ev_quality: 'Scharf, gut beleuchtet, ein Mangel pro Foto; das Formular nimmt wenige Dateien: Collagen machen',
  // #13 dispute guidance
  filmUnboxing:
    'Filmen Sie das Auspacken ab dem verschlossenen Paket, Etikett sichtbar: ohne das ist ein fehlender oder kaputter Artikel schwer zu beweisen.',
  disputeRules:
    'Ein Streitfall pro Bestellung; geschlossen lässt er sich nicht wieder öffnen, und ändern lässt er sich nur wenige Male.',
  // Ship-by limit (domain.md §1 awaiting_shipment)
  seller_must_ship_by: 'Der Verkäufer muss die Bestellung bis {date} versenden.',
  seller_ship_overdue:
    'Der Verkäufer hat nicht rechtzeitig versandt: Sie können die Stornierung der Bestellung mit voller Erstattung beantragen (der Verkäufer hat 48 Stunden Zeit zu antworten, danach wird sie automatisch storniert).',
  // Report this page
  reportTitle: 'OrderShield konnte diese Seite nicht lesen',
  reportBody:
    'AliExpress hat den Aufbau dieser Seite vielleicht geändert. Ein Bericht über die Seite hilft den Entwicklern, das zu beheben: Kopieren Sie ihn und hängen Sie ihn an eine Fehlermeldung an die OrderShield-Entwickler an.',
  reportKeeps: 'Der Bericht behält den Aufbau der Seite, Klassennamen und Beschriftungen.',
  reportDrops: 'Namen, Adressen, Bestellnummern, Preise und Sendungsnummern lässt er weg.',
  reportButton: 'Bericht für die Entwickler kopieren',
  reportDismiss: 'Ausblenden',
  reportCopied: 'Kopiert. Fügen Sie ihn in eine Fehlermeldung an die OrderShield-Entwickler ein.',
  reportDownloaded:
    'Kopieren war nicht erlaubt, daher wurde der Bericht als Datei gespeichert. Hängen Sie die Datei an eine Fehlermeldung an die OrderShield-Entwickler an.',
} satisfies Partial<Record<PageKey, string>>;
