/** Labels and shared wording in Italian (shape: `Labels`, ./en.ts). */
import type { Labels } from './en';

export const IT = {
  stages: {
    awaiting_payment: 'In attesa di pagamento',
    awaiting_shipment: 'In attesa di spedizione',
    awaiting_delivery: 'In attesa di consegna',
    completed: 'Completato',
    dispute_open: 'Controversia aperta',
    dispute_escalated: 'Controversia inoltrata ad AliExpress',
    return_required: 'Reso richiesto',
    refund_pending: 'Rimborso in attesa',
    dispute_lost: 'Controversia persa',
    closed: 'Chiuso',
    unknown: 'Stato non riconosciuto',
  },
  deadlines: {
    protection_end: 'La protezione acquirente scade',
    extension_request_by: 'Chiedi di estendere la protezione entro',
    dispute_window_end: 'Termine per aprire una controversia',
    return_window_end: 'Termine per il reso',
    seller_response_due: 'Il venditore deve rispondere entro',
    escalation_available: 'Puoi inoltrare la controversia dal',
    auto_escalation: 'Inoltro automatico della controversia',
    decision_expected: 'Decisione attesa entro',
    return_ship_by: 'Spedisci il reso entro',
    refund_due: 'Rimborso atteso entro',
    appeal_follow_up: 'Verifica del ricorso',
    late_dispute_window_end: 'Termine tardivo per la controversia (non ricevuto)',
    ship_by: 'Il venditore deve spedire entro',
    custom: 'Promemoria',
  },
  actions: {
    protection_end:
      'Controlla il tracciamento. Non ancora ricevuto e la data si avvicina? Chiedi al venditore di estendere la protezione o apri una controversia.',
    extension_request_by: 'Chiedi oggi al venditore di estendere la protezione: può impiegare 48 ore a rispondere.',
    dispute_window_end: 'Difettoso o non conforme? Apri una controversia prima della scadenza.',
    return_window_end: 'Controlla subito l’articolo: dopo questa data non puoi più chiedere reso o rimborso.',
    seller_response_due: 'Il venditore deve rispondere. Controlla la controversia: se tace, il rimborso è automatico.',
    escalation_available: 'Ora puoi inoltrare la controversia ad AliExpress.',
    auto_escalation: 'La controversia dovrebbe essere inoltrata ad AliExpress in questi giorni. Controlla.',
    decision_expected:
      'È attesa la decisione di AliExpress. Controlla la controversia; nessuna risposta? Chiedi all’assistenza.',
    return_ship_by: 'Spedisci il reso e conserva il numero di tracciamento.',
    refund_due:
      'Il rimborso è in ritardo: contatta l’assistenza (controlla anche il saldo Alipay). Non annullare la controversia.',
    appeal_follow_up: 'Torna nella chat dell’assistenza con il numero del ricorso e chiedi l’esito.',
    late_dispute_window_end:
      'La protezione è finita e il pacco non c’è? Apri subito una controversia: di solito AliExpress lo consente fino a questa data.',
    ship_by:
      'Il venditore deve spedire entro questa data. Non ha spedito? Puoi chiedere di annullare l’ordine con rimborso completo.',
    custom: 'Il tuo promemoria.',
  },
  lastDay: 'Ultimo giorno: {date}',
  yourDate: '{date} (la tua data)',
  left: 'tempo rimasto: {amount}',
  estimated: 'stimata',
  urgency: { overdue: 'Scaduto', today: 'Oggi', soon: 'Presto', later: 'Promemoria' },
  buyerLater:
    'La pagina indica {page}; tu hai impostato {yours}. OrderShield segue la data della pagina finché la pagina non mostra l’estensione.',
  countedFrom: {
    firstSeen: '{days} giorni dal {date}, quando OrderShield ha visto questa fase per la prima volta',
    printed: '{days} giorni dal {date}, come indica la pagina dell’ordine',
  },
  guideReminders: {
    next_day: 'Torna in chat con il numero del ricorso',
    review_day: 'Chiedi all’assistenza l’esito del ricorso',
    chargeback: 'Storno tramite la banca: ultimo giorno circa il {date} (stima)',
    paypal: 'Contestazione PayPal: ultimo giorno circa il {date} (stima)',
  },
  guideReminderActions: {
    next_day:
      'Apri la chat dell’assistenza, dai il numero del ricorso e chiedi di verificare che testo e file siano allegati.',
    review_day:
      'Chiedi all’assistenza l’esito del ricorso. Non è ancora esaminato? Chiedi la nuova data e imposta un promemoria.',
    chargeback:
      'Questa settimana chiedi alla tua banca lo storno (chargeback), con ordine, controversia e ricorso. La tua banca può concedere meno tempo.',
    paypal:
      'Questa settimana apri una contestazione PayPal con l’ordine e le tue prove. Per “non conforme alla descrizione” il limite può arrivare prima.',
  },
} satisfies Labels;
