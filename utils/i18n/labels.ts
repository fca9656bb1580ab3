/** Names of order stages and deadline kinds, per UI language (complete in all eight UI languages). */
import type { Deadline, DeadlineKind, OrderStage } from '@/utils/model';
import { lastDayOf, SAYS_LAST_DAY } from '@/utils/rules/last-day';
import { parseIsoDay } from '@/utils/rules/dates';
import { formatLocalDay, relativeTimeFormat, type UiLanguage } from '@/utils/i18n/core';
import { daysLeft } from '@/utils/rules/reminders';

const STAGE_LABELS_EN: Record<OrderStage, string> = {
  awaiting_payment: 'Awaiting payment',
  awaiting_shipment: 'Awaiting shipment',
  awaiting_delivery: 'Awaiting delivery',
  completed: 'Completed',
  dispute_open: 'Dispute open',
  dispute_escalated: 'Dispute escalated',
  return_required: 'Return required',
  refund_pending: 'Refund pending',
  dispute_lost: 'Dispute lost',
  closed: 'Closed',
  unknown: 'Status not recognized',
};

const DEADLINE_LABELS_EN: Record<DeadlineKind, string> = {
  protection_end: 'Buyer protection ends',
  extension_request_by: 'Ask the seller to extend protection by',
  dispute_window_end: 'Dispute window closes',
  return_window_end: 'Return window closes',
  seller_response_due: 'Seller must answer by',
  escalation_available: 'You can escalate from',
  auto_escalation: 'Automatic escalation',
  decision_expected: 'Decision expected by',
  return_ship_by: 'Ship the return by',
  refund_due: 'Refund due by',
  appeal_follow_up: 'Appeal follow-up',
  late_dispute_window_end: 'Late dispute window closes (not received)',
  custom: 'Reminder',
};

// Complete for every supported language: a missing key would silently fall back to English.
const STAGE_LABELS: Partial<Record<UiLanguage, Record<OrderStage, string>>> = {
  ru: {
    awaiting_payment: 'Ожидает оплаты',
    awaiting_shipment: 'Ожидает отправки',
    awaiting_delivery: 'В пути',
    completed: 'Завершён',
    dispute_open: 'Открыт спор',
    dispute_escalated: 'Спор на рассмотрении AliExpress',
    return_required: 'Нужно вернуть товар',
    refund_pending: 'Ожидается возврат денег',
    dispute_lost: 'Спор проигран',
    closed: 'Закрыт',
    unknown: 'Статус не распознан',
  },
  it: {
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
  es: {
    awaiting_payment: 'Pendiente de pago',
    awaiting_shipment: 'Pendiente de envío',
    awaiting_delivery: 'Pendiente de entrega',
    completed: 'Completado',
    dispute_open: 'Disputa abierta',
    dispute_escalated: 'Disputa escalada',
    return_required: 'Devolución necesaria',
    refund_pending: 'Reembolso pendiente',
    dispute_lost: 'Disputa perdida',
    closed: 'Cerrado',
    unknown: 'Estado no reconocido',
  },
  pt: {
    awaiting_payment: 'Aguardando pagamento',
    awaiting_shipment: 'Aguardando envio',
    awaiting_delivery: 'Aguardando entrega',
    completed: 'Concluído',
    dispute_open: 'Disputa aberta',
    dispute_escalated: 'Disputa escalada',
    return_required: 'Devolução necessária',
    refund_pending: 'Reembolso pendente',
    dispute_lost: 'Disputa perdida',
    closed: 'Encerrado',
    unknown: 'Status não reconhecido',
  },
  fr: {
    awaiting_payment: 'En attente de paiement',
    awaiting_shipment: 'En attente d’expédition',
    awaiting_delivery: 'En attente de livraison',
    completed: 'Terminée',
    dispute_open: 'Litige ouvert',
    dispute_escalated: 'Litige transmis à AliExpress',
    return_required: 'Retour demandé',
    refund_pending: 'Remboursement en attente',
    dispute_lost: 'Litige perdu',
    closed: 'Fermée',
    unknown: 'Statut non reconnu',
  },
  de: {
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
  pl: {
    awaiting_payment: 'Oczekuje na płatność',
    awaiting_shipment: 'Oczekuje na wysyłkę',
    awaiting_delivery: 'Oczekuje na dostawę',
    completed: 'Zakończone',
    dispute_open: 'Spór otwarty',
    dispute_escalated: 'Spór przekazany do AliExpress',
    return_required: 'Wymagany zwrot',
    refund_pending: 'Oczekuje na zwrot pieniędzy',
    dispute_lost: 'Spór przegrany',
    closed: 'Zamknięte',
    unknown: 'Nierozpoznany status',
  },
};

const DEADLINE_LABELS: Partial<Record<UiLanguage, Record<DeadlineKind, string>>> = {
  ru: {
    protection_end: 'Защита покупателя заканчивается',
    extension_request_by: 'Попросить продлить защиту до',
    dispute_window_end: 'Срок открытия спора истекает',
    return_window_end: 'Срок возврата истекает',
    seller_response_due: 'Продавец должен ответить до',
    escalation_available: 'Спор можно передать AliExpress с',
    auto_escalation: 'Автоматическая передача спора',
    decision_expected: 'Решение ожидается до',
    return_ship_by: 'Отправить возврат до',
    refund_due: 'Деньги должны вернуться до',
    appeal_follow_up: 'Проверить апелляцию',
    late_dispute_window_end: 'Поздний срок спора о неполучении истекает',
    custom: 'Напоминание',
  },
  it: {
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
    custom: 'Promemoria',
  },
  es: {
    protection_end: 'La protección al comprador termina',
    extension_request_by: 'Pide ampliar la protección antes del',
    dispute_window_end: 'Se cierra el plazo para abrir una disputa',
    return_window_end: 'Se cierra el plazo de devolución',
    seller_response_due: 'El vendedor debe responder antes del',
    escalation_available: 'Puedes escalar la disputa desde el',
    auto_escalation: 'Escalado automático de la disputa',
    decision_expected: 'Decisión prevista antes del',
    return_ship_by: 'Envía la devolución antes del',
    refund_due: 'Reembolso previsto antes del',
    appeal_follow_up: 'Seguimiento de la apelación',
    late_dispute_window_end: 'Plazo tardío de disputa (no recibido) termina',
    custom: 'Recordatorio',
  },
  pt: {
    protection_end: 'A proteção ao comprador termina',
    extension_request_by: 'Peça para estender a proteção até',
    dispute_window_end: 'Fim do prazo para abrir disputa',
    return_window_end: 'Fim do prazo de devolução',
    seller_response_due: 'O vendedor deve responder até',
    escalation_available: 'Você pode escalar a disputa a partir de',
    auto_escalation: 'Escalada automática da disputa',
    decision_expected: 'Decisão prevista até',
    return_ship_by: 'Envie a devolução até',
    refund_due: 'Reembolso previsto até',
    appeal_follow_up: 'Acompanhar o recurso',
    late_dispute_window_end: 'Prazo tardio de disputa (não recebido) termina',
    custom: 'Lembrete',
  },
  fr: {
    protection_end: 'Fin de la protection acheteur',
    extension_request_by: 'Demander la prolongation de la protection avant le',
    dispute_window_end: 'Fin du délai pour ouvrir un litige',
    return_window_end: 'Fin du délai de retour',
    seller_response_due: 'Le vendeur doit répondre avant le',
    escalation_available: 'Litige transmissible à AliExpress à partir du',
    auto_escalation: 'Transmission automatique du litige',
    decision_expected: 'Décision attendue avant le',
    return_ship_by: 'Expédier le retour avant le',
    refund_due: 'Remboursement attendu avant le',
    appeal_follow_up: 'Suivi de l’appel',
    late_dispute_window_end: 'Délai tardif de litige (non reçu) se termine',
    custom: 'Rappel',
  },
  de: {
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
    custom: 'Erinnerung',
  },
  pl: {
    protection_end: 'Koniec ochrony kupującego',
    extension_request_by: 'Poproś o przedłużenie ochrony do',
    dispute_window_end: 'Koniec terminu na otwarcie sporu',
    return_window_end: 'Koniec terminu zwrotu',
    seller_response_due: 'Sprzedawca musi odpowiedzieć do',
    escalation_available: 'Spór można przekazać do AliExpress od',
    auto_escalation: 'Automatyczne przekazanie sporu',
    decision_expected: 'Decyzja spodziewana do',
    return_ship_by: 'Wyślij zwrot do',
    refund_due: 'Zwrot pieniędzy do',
    appeal_follow_up: 'Sprawdzenie odwołania',
    late_dispute_window_end: 'Późny termin sporu (nie dotarło) mija',
    custom: 'Przypomnienie',
  },
};

/** The languages with their own labels (the rest is English): for tests that check completeness. */
export const LABEL_LANGUAGES = Object.keys(STAGE_LABELS) as UiLanguage[];

export function stageLabel(stage: OrderStage, lang: UiLanguage = 'en'): string {
  return STAGE_LABELS[lang]?.[stage] ?? STAGE_LABELS_EN[stage];
}

export function deadlineLabel(kind: DeadlineKind, lang: UiLanguage = 'en'): string {
  return DEADLINE_LABELS[lang]?.[kind] ?? DEADLINE_LABELS_EN[kind];
}

/**
 * "Last day: Sep 3": the words for the day a deadline can last be met (rules/last-day.ts decides which day and for
 * which kinds). One translation for every surface: badge, panel, popup, notification and calendar.
 */
const LAST_DAY: Record<UiLanguage, string> = {
  en: 'Last day: {date}',
  ru: 'Последний день: {date}',
  it: 'Ultimo giorno: {date}',
  es: 'Último día: {date}',
  pt: 'Último dia: {date}',
  fr: 'Dernier jour : {date}',
  de: 'Letzter Tag: {date}',
  pl: 'Ostatni dzień: {date}',
};

/** "From Nov 3, when OrderShield first saw this step" / "from Nov 3 (on the order page)": what a stage clock counts from. */
const COUNTED_FROM: Record<UiLanguage, { firstSeen: string; printed: string }> = {
  en: {
    firstSeen: '{days} days from {date}, when OrderShield first saw this step',
    printed: '{days} days from {date}, as the order page shows',
  },
  ru: {
    firstSeen: '{days} дн. с {date}, когда OrderShield впервые увидел этот этап',
    printed: '{days} дн. с {date}, как указано на странице заказа',
  },
  it: {
    firstSeen: '{days} giorni dal {date}, quando OrderShield ha visto questa fase per la prima volta',
    printed: '{days} giorni dal {date}, come indica la pagina dell’ordine',
  },
  es: {
    firstSeen: '{days} días desde el {date}, cuando OrderShield vio este paso por primera vez',
    printed: '{days} días desde el {date}, según la página del pedido',
  },
  pt: {
    firstSeen: '{days} dias desde {date}, quando o OrderShield viu esta etapa pela primeira vez',
    printed: '{days} dias desde {date}, como mostra a página do pedido',
  },
  fr: {
    firstSeen: '{days} jours à partir du {date}, quand OrderShield a vu cette étape pour la première fois',
    printed: '{days} jours à partir du {date}, selon la page de la commande',
  },
  de: {
    firstSeen: '{days} Tage ab {date}, als OrderShield diesen Schritt zuerst sah',
    printed: '{days} Tage ab {date}, laut Bestellseite',
  },
  pl: {
    firstSeen: '{days} dni od {date}, gdy OrderShield pierwszy raz zobaczył ten etap',
    printed: '{days} dni od {date}, według strony zamówienia',
  },
};

/** "The page says Sep 3; you set Sep 20": the buyer's later date next to the page's, which still counts. */
const BUYER_LATER: Record<UiLanguage, string> = {
  en: 'The page says {page}; you set {yours}. OrderShield keeps to the page’s date until the page shows the extension.',
  ru: 'На странице указано {page}; вы указали {yours}. OrderShield держится даты со страницы, пока там не появится продление.',
  it: 'La pagina indica {page}; tu hai impostato {yours}. OrderShield segue la data della pagina finché la pagina non mostra l’estensione.',
  es: 'La página indica {page}; tú pusiste {yours}. OrderShield sigue la fecha de la página hasta que la página muestre la ampliación.',
  pt: 'A página diz {page}; você definiu {yours}. O OrderShield segue a data da página até a página mostrar a extensão.',
  fr: 'La page indique {page} ; vous avez mis {yours}. OrderShield garde la date de la page tant qu’elle n’affiche pas la prolongation.',
  de: 'Die Seite nennt {page}; Sie haben {yours} eingetragen. OrderShield hält sich an das Datum der Seite, bis sie die Verlängerung zeigt.',
  pl: 'Strona podaje {page}; ustawiono {yours}. OrderShield trzyma się daty ze strony, dopóki nie pokaże ona przedłużenia.',
};

/** A deadline's last day (rules/last-day.ts) as a date in the UI language ("Sep 3, 2026"); null when unreadable. */
export function lastDayText(at: string, lang: UiLanguage): string | null {
  const dayMs = lastDayOf(at);
  return dayMs === null ? null : formatLocalDay(dayMs, lang);
}

/**
 * The date a deadline is shown with, on every surface: its last day, as "Last day: Sep 3" for the kinds whose label
 * names a closing window, bare for the kinds whose label already carries "by"/"from". Null for an unreadable instant.
 */
export function deadlineWhen(deadline: Deadline, lang: UiLanguage): string | null {
  const date = lastDayText(deadline.at, lang);
  if (date === null) return null;
  return SAYS_LAST_DAY.has(deadline.kind) ? LAST_DAY[lang].replace('{date}', date) : date;
}

/** The buyer's later date beside the page's (`Deadline.buyerLaterAt`), in words; null when there is none. */
export function buyerLaterText(deadline: Deadline, lang: UiLanguage): string | null {
  if (!deadline.buyerLaterAt) return null;
  const page = lastDayText(deadline.at, lang);
  const yours = lastDayText(deadline.buyerLaterAt, lang);
  if (page === null || yours === null) return null;
  return BUYER_LATER[lang].replace('{page}', page).replace('{yours}', yours);
}

/** What an estimate counts from (`Deadline.countedFrom`), in words; null for printed dates. */
export function countedFromText(deadline: Deadline, lang: UiLanguage): string | null {
  const from = deadline.countedFrom;
  const dayMs = from ? parseIsoDay(from.day) : null;
  if (!from || dayMs === null) return null;
  const template = from.firstSeen ? COUNTED_FROM[lang].firstSeen : COUNTED_FROM[lang].printed;
  return template.replace('{days}', String(from.days)).replace('{date}', formatLocalDay(dayMs, lang));
}

/**
 * "in 3 days", "in 5 hours" (on the last day), "today", "2 days ago": time left to a deadline's last day
 * (rules `daysLeft`), Intl picking each language's plural form. Used by the popup and the notifications.
 */
export function timeLeftPhrase(at: string, now: Date, lang: UiLanguage): string {
  const left = daysLeft(at, now);
  if (!left) return '';
  const always = relativeTimeFormat(lang, 'always');
  if (!left.overdue && left.hours !== null) return always.format(Math.max(left.hours, 1), 'hour');
  if (left.days === 0) return relativeTimeFormat(lang, 'auto').format(0, 'day');
  return always.format(left.days, 'day');
}

/** "estimated": the word every surface puts beside a date computed from a rule (calendar, notification, page). */
const ESTIMATED: Record<UiLanguage, string> = {
  en: 'estimated',
  ru: 'примерно',
  it: 'stimata',
  es: 'estimada',
  pt: 'estimada',
  fr: 'estimée',
  de: 'geschätzt',
  pl: 'szacunkowo',
};

export function estimatedWord(lang: UiLanguage): string {
  return ESTIMATED[lang];
}
