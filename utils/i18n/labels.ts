/** Names of order stages and deadline kinds, per UI language (complete in all eight UI languages). */
import type { Deadline, DeadlineKind, OrderStage } from '@/utils/model';
import { lastDayOf, SAYS_LAST_DAY } from '@/utils/rules/last-day';
import { parseIsoDay } from '@/utils/rules/dates';
import { formatLocalDay, relativeTimeFormat, unitFormat, type UiLanguage } from '@/utils/i18n/core';
import type { DaysLeft } from '@/utils/rules/reminder-schemas';

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

/** "{amount} left": the amount is "3 days" / "5 hours" with the language's plural form (Intl unit formatting). */
const LEFT: Record<UiLanguage, string> = {
  en: '{amount} left',
  ru: 'осталось: {amount}',
  it: 'tempo rimasto: {amount}',
  es: 'tiempo restante: {amount}',
  pt: 'tempo restante: {amount}',
  fr: 'temps restant : {amount}',
  de: 'noch {amount}',
  pl: 'pozostało: {amount}',
};

/**
 * Time left to a deadline's last day (rules `daysLeft`), in the one wording every surface uses: "3 days left",
 * "5 hours left" on the last day; once passed, how long ago ("2 days ago", not "the day before yesterday") or
 * "today". Empty for an unreadable instant.
 */
export function timeLeftText(left: DaysLeft | null, lang: UiLanguage): string {
  if (!left) return '';
  if (left.overdue) return relativeTimeFormat(lang, left.days === 0 ? 'auto' : 'always').format(left.days, 'day');
  const amount =
    left.hours !== null
      ? unitFormat(lang, 'hour').format(Math.max(left.hours, 1))
      : unitFormat(lang, 'day').format(left.days);
  return LEFT[lang].replace('{amount}', amount);
}

/** What is due, in words: the buyer's own label for a reminder they wrote, else the kind's name. */
export function deadlineName(deadline: Deadline, lang: UiLanguage): string {
  return deadline.kind === 'custom' && deadline.label ? deadline.label : deadlineLabel(deadline.kind, lang);
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

/**
 * What to do about a deadline of this kind when no advice (rules/advice.ts) names it: the order panel's "what to do
 * now" and a reminder's second line. Advice, where there is one, is said instead, on every surface alike.
 */
const DEADLINE_ACTIONS: Record<UiLanguage, Record<DeadlineKind, string>> = {
  en: {
    protection_end:
      'Check the tracking. Not received as this date nears? Ask the seller to extend protection, or open a dispute.',
    extension_request_by: 'Ask the seller to extend protection today: they may take 48 hours to answer.',
    dispute_window_end: 'Defective or not as described? Open a dispute before the window closes.',
    return_window_end: 'Check the item now: after this date you can no longer ask for a return or refund.',
    seller_response_due: 'The seller’s answer is due. Check the dispute: a silent seller means an automatic refund.',
    escalation_available: 'You can escalate the dispute to AliExpress now.',
    auto_escalation: 'The dispute should be escalated to AliExpress about now. Check it.',
    decision_expected: 'AliExpress’s decision is due. Check the dispute; no answer yet? Ask support.',
    return_ship_by: 'Ship the return and keep the tracking number.',
    refund_due: 'Your refund is overdue: contact support (check your Alipay balance too). Do not cancel the dispute.',
    appeal_follow_up: 'Go back to the support chat with your appeal number and ask for the result.',
    late_dispute_window_end:
      'Protection has ended and the parcel is not here? Open a dispute now: AliExpress usually allows it until this date.',
    custom: 'Your reminder.',
  },
  ru: {
    protection_end: 'Проверьте трек. Посылки нет, а дата близко? Попросите продавца продлить защиту или откройте спор.',
    extension_request_by: 'Попросите продавца продлить защиту сегодня: ответ может занять 48 часов.',
    dispute_window_end: 'Брак или не соответствует описанию? Откройте спор, пока срок не истёк.',
    return_window_end: 'Проверьте товар сейчас: после этой даты вернуть его или деньги уже нельзя.',
    seller_response_due:
      'Продавец должен ответить. Проверьте спор: если продавец молчит, деньги вернутся автоматически.',
    escalation_available: 'Можно передать спор на рассмотрение AliExpress.',
    auto_escalation: 'Спор должен быть передан AliExpress примерно сейчас. Проверьте.',
    decision_expected: 'Ожидается решение AliExpress. Проверьте спор; ответа нет — спросите поддержку.',
    return_ship_by: 'Отправьте возврат и сохраните трек-номер.',
    refund_due: 'Деньги не вернулись вовремя: напишите в поддержку (проверьте и баланс Alipay). Не закрывайте спор.',
    appeal_follow_up: 'Вернитесь в чат поддержки с номером апелляции и спросите о результате.',
    late_dispute_window_end:
      'Защита закончилась, а посылки нет? Откройте спор сейчас: обычно AliExpress позволяет это до этой даты.',
    custom: 'Ваше напоминание.',
  },
  it: {
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
    custom: 'Il tuo promemoria.',
  },
  es: {
    protection_end:
      'Revisa el seguimiento. ¿No lo has recibido y se acerca la fecha? Pide al vendedor que amplíe la protección o abre una disputa.',
    extension_request_by: 'Pide hoy al vendedor que amplíe la protección: puede tardar 48 horas en responder.',
    dispute_window_end: '¿Defectuoso o no coincide con la descripción? Abre una disputa antes de que cierre el plazo.',
    return_window_end: 'Revisa el artículo ya: después de esta fecha no podrás pedir devolución ni reembolso.',
    seller_response_due: 'El vendedor debe responder. Revisa la disputa: si no contesta, el reembolso es automático.',
    escalation_available: 'Ya puedes escalar la disputa a AliExpress.',
    auto_escalation: 'La disputa debería escalarse a AliExpress por estas fechas. Revísala.',
    decision_expected: 'Se espera la decisión de AliExpress. Revisa la disputa; ¿sin respuesta? Pregunta al soporte.',
    return_ship_by: 'Envía la devolución y guarda el número de seguimiento.',
    refund_due:
      'Tu reembolso se ha retrasado: contacta con el soporte (revisa también tu saldo de Alipay). No canceles la disputa.',
    appeal_follow_up: 'Vuelve al chat de soporte con tu número de apelación y pregunta por el resultado.',
    late_dispute_window_end:
      'La protección terminó y el paquete no ha llegado? Abre una disputa ahora: AliExpress suele permitirlo hasta esta fecha.',
    custom: 'Tu recordatorio.',
  },
  pt: {
    protection_end:
      'Confira o rastreio. Não recebeu e a data está chegando? Peça ao vendedor para estender a proteção ou abra uma disputa.',
    extension_request_by: 'Peça hoje ao vendedor para estender a proteção: ele pode levar 48 horas para responder.',
    dispute_window_end: 'Com defeito ou diferente do anúncio? Abra uma disputa antes do prazo acabar.',
    return_window_end: 'Confira o item agora: depois desta data não dá mais para pedir devolução ou reembolso.',
    seller_response_due:
      'O vendedor deve responder. Confira a disputa: se ele não responder, o reembolso é automático.',
    escalation_available: 'Você já pode escalar a disputa para o AliExpress.',
    auto_escalation: 'A disputa deve ser escalada para o AliExpress por agora. Confira.',
    decision_expected: 'A decisão do AliExpress é esperada. Confira a disputa; sem resposta? Pergunte ao suporte.',
    return_ship_by: 'Envie a devolução e guarde o código de rastreio.',
    refund_due:
      'Seu reembolso está atrasado: fale com o suporte (confira também o saldo do Alipay). Não cancele a disputa.',
    appeal_follow_up: 'Volte ao chat do suporte com o número do recurso e pergunte o resultado.',
    late_dispute_window_end:
      'A proteção terminou e o pacote não chegou? Abra uma disputa agora: o AliExpress costuma permitir até esta data.',
    custom: 'Seu lembrete.',
  },
  fr: {
    protection_end:
      'Vérifiez le suivi. Pas encore reçu à l’approche de cette date ? Demandez au vendeur de prolonger la protection, ou ouvrez un litige.',
    extension_request_by:
      'Demandez aujourd’hui au vendeur de prolonger la protection : il peut mettre 48 heures à répondre.',
    dispute_window_end: 'Défectueux ou non conforme ? Ouvrez un litige avant la fin du délai.',
    return_window_end: 'Vérifiez l’article maintenant : après cette date, plus de retour ni de remboursement possible.',
    seller_response_due:
      'Le vendeur doit répondre. Vérifiez le litige : sans réponse du vendeur, le remboursement est automatique.',
    escalation_available: 'Vous pouvez maintenant transmettre le litige à AliExpress.',
    auto_escalation: 'Le litige devrait être transmis à AliExpress à peu près maintenant. Vérifiez-le.',
    decision_expected:
      'La décision d’AliExpress est attendue. Vérifiez le litige ; pas de réponse ? Demandez au service client.',
    return_ship_by: 'Expédiez le retour et gardez le numéro de suivi.',
    refund_due:
      'Votre remboursement est en retard : contactez le service client (vérifiez aussi votre solde Alipay). N’annulez pas le litige.',
    appeal_follow_up: 'Retournez dans le chat du service client avec votre numéro d’appel et demandez le résultat.',
    late_dispute_window_end:
      'La protection est terminée et le colis n’est pas là ? Ouvrez un litige maintenant : AliExpress le permet en général jusqu’à cette date.',
    custom: 'Votre rappel.',
  },
  de: {
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
    custom: 'Ihre Erinnerung.',
  },
  pl: {
    protection_end:
      'Sprawdź śledzenie przesyłki. Paczki nie ma, a data się zbliża? Poproś sprzedawcę o przedłużenie ochrony albo otwórz spór.',
    extension_request_by: 'Poproś dziś sprzedawcę o przedłużenie ochrony: odpowiedź może zająć 48 godzin.',
    dispute_window_end: 'Wadliwy lub niezgodny z opisem? Otwórz spór, zanim minie termin.',
    return_window_end: 'Sprawdź przedmiot teraz: po tej dacie nie poprosisz już o zwrot.',
    seller_response_due: 'Sprzedawca musi odpowiedzieć. Sprawdź spór: jeśli milczy, pieniądze wrócą automatycznie.',
    escalation_available: 'Możesz już przekazać spór do AliExpress.',
    auto_escalation: 'Spór powinien być mniej więcej teraz przekazany do AliExpress. Sprawdź go.',
    decision_expected: 'Oczekiwana jest decyzja AliExpress. Sprawdź spór; brak odpowiedzi? Zapytaj pomoc.',
    return_ship_by: 'Wyślij zwrot i zachowaj numer przesyłki.',
    refund_due: 'Zwrot pieniędzy się opóźnia: skontaktuj się z pomocą (sprawdź też saldo Alipay). Nie zamykaj sporu.',
    appeal_follow_up: 'Wróć na czat pomocy z numerem odwołania i zapytaj o wynik.',
    late_dispute_window_end:
      'Ochrona się skończyła, a paczki nie ma? Otwórz spór teraz: AliExpress zwykle pozwala na to do tej daty.',
    custom: 'Twoje przypomnienie.',
  },
};

export function deadlineAction(kind: DeadlineKind, lang: UiLanguage): string {
  return DEADLINE_ACTIONS[lang][kind];
}
