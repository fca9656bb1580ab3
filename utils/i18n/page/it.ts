/** The on-page UI's strings in Italian. */
import type { PageKey } from './en';

export const IT = {
  estimatedHint:
    'Stimata dalle regole di AliExpress, non stampata sulla pagina dell’ordine: controlla la pagina dell’ordine.',
  exact: 'dalla pagina dell’ordine',
  noDeadline: 'Nessuna scadenza da seguire',
  protectionUnknown: 'Fine della protezione sconosciuta: apri la pagina dell’ordine perché OrderShield la legga.',
  showDates: 'Mostra tutte le date',
  hideDates: 'Nascondi le date',
  quietMarker: 'OrderShield: niente da seguire',
  quietHint:
    'Nessuna scadenza o azione per questo ordine ora. Puoi nascondere questi indicatori nelle opzioni di OrderShield.',
  timelineTitle: 'Scadenze di questo ordine',
  timelineEmpty: 'Nessuna data nota. Apri la pagina dell’ordine perché OrderShield possa leggerle.',
  badgeRegion: 'OrderShield per l’ordine {orderId}',
  panelTitle: 'OrderShield: cosa fare con questo ordine',
  nextAction: 'Cosa fare ora',
  nothingToDo: 'Niente da fare ora: OrderShield continua a controllare le date.',
  evidence: 'Elenco delle prove',
  evidenceTitle: 'Conserva queste prove',
  addReminder: 'Aggiungi un promemoria',
  reminderDate: 'Data',
  reminderText: 'Nota',
  reminderDefault: 'Controlla l’ordine {orderId}',
  save: 'Salva',
  reminderSaved: 'Promemoria salvato per il {date}.',
  reminderFailed: 'Impossibile salvare il promemoria. Ricarica la pagina e riprova.',
  copyMessage: 'Copia un messaggio per la controversia',
  copied: 'Copiato. Modificalo e incollalo nel modulo della controversia.',
  copyManually: 'Seleziona il testo e copialo.',
  messageLabel: 'Messaggio per la controversia (in inglese: il venditore legge l’inglese)',
  checkBeforeConfirmShort: 'Prima controlla l’articolo',
  open_dispute_now: 'Non ancora ricevuto? Apri subito una controversia.',
  extend_protection: 'Chiedi al venditore di estendere la protezione: può impiegare 48 ore a rispondere.',
  late_dispute_now:
    'La protezione è finita ({since}). Ancora non ricevuto? Apri subito una controversia: di solito AliExpress lo consente fino a {days} giorni dopo quella data, cioè fino a circa {date}.',
  protection_ended:
    'Sono passati la protezione e i {days} giorni abituali dopo di essa. Non ricevuto? Contatta l’assistenza AliExpress.',
  check_before_confirm: 'Prima controlla l’articolo: dopo la conferma hai {days} giorni per un reso.',
  can_escalate: 'Ora puoi inoltrare la controversia ad AliExpress.',
  seller_answer_overdue: 'La risposta del venditore è in ritardo: inoltra la controversia ad AliExpress.',
  ship_return_by: 'Spedisci il reso entro il {date} e conserva il numero di tracciamento.',
  refund_overdue: 'Il rimborso è in ritardo: contatta l’assistenza (controlla anche il saldo Alipay).',
  decision_overdue: 'La decisione di AliExpress è in ritardo: chiedi all’assistenza in chat.',
  dont_cancel_dispute:
    'Non annullare la controversia finché non hai riavuto i soldi, qualunque cosa prometta il venditore.',
  ev_quality: 'Nitide, ben illuminate, un difetto per foto; il modulo accetta pochi file: fai dei collage',
  // #13 dispute guidance
  filmUnboxing:
    'Filma l’apertura dal pacco sigillato, con l’etichetta visibile: senza, un articolo mancante o rotto è difficile da provare.',
  disputeRules:
    'Una sola controversia per ordine; una volta chiusa non si riapre, e si può modificare solo poche volte.',
  // Ship-by limit (domain.md §1 awaiting_shipment)
  seller_must_ship_by: 'Il venditore deve spedire entro il {date}.',
  seller_ship_overdue:
    'Il venditore non ha spedito in tempo: puoi chiedere di annullare l’ordine con rimborso completo (il venditore ha 48 ore per rispondere, poi l’ordine si annulla da solo).',
  // Report this page
  reportTitle: 'OrderShield non è riuscito a leggere questa pagina',
  reportBody:
    'AliExpress potrebbe aver cambiato la struttura di questa pagina. Un rapporto sulla pagina aiuta gli sviluppatori a correggerlo: copialo e allegalo a una segnalazione di errore per gli sviluppatori di OrderShield.',
  reportKeeps: 'Il rapporto conserva la struttura della pagina, i nomi delle classi e le etichette.',
  reportDrops: 'Esclude nomi, indirizzi, numeri d’ordine, prezzi e numeri di tracciamento.',
  reportButton: 'Copia un rapporto per gli sviluppatori',
  reportDismiss: 'Chiudi',
  reportCopied: 'Copiato. Incollalo in una segnalazione di errore per gli sviluppatori di OrderShield.',
  reportDownloaded:
    'La copia non è stata consentita, quindi il rapporto è stato salvato in un file. Allega il file a una segnalazione di errore per gli sviluppatori di OrderShield.',
} satisfies Partial<Record<PageKey, string>>;
