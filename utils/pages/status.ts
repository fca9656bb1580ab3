/**
 * Status label → normalized order stage (domain.md §1, pages.md §4), in en, ru, it, es, pt, fr, de, pl.
 *
 * maxwellmezadre `src/domain/status.ts` (pages.md §4) warns that the status text is translated, so signals that
 * don't depend on the language come first when they are decisive: the actions the page offers, the list's active
 * tab, the numeric status code. The text then only refines them (a dispute on an order in transit) or breaks a
 * tie the signal leaves open. A text we don't know, with no decisive signal, is `unknown` — never a guess.
 *
 * Text matching works on folded text (`foldPageText`: lower case, accents folded, spaces collapsed): first the
 * whole label against exact phrases, then an ordered contains-list where the more specific states (dispute,
 * refund, return) come before the general ones, so "Completed — dispute in progress" is a dispute.
 */
import type { DeadlineKind, OrderAction, OrderStage } from '@/utils/model';
import { foldPageText } from '@/utils/pages/dates';
import { memoizeText } from '@/utils/pages/memo';
import { containsWords } from '@/utils/pages/words';

type Stage = Exclude<OrderStage, 'unknown'>;

/** Stages of an order with an open or decided dispute: what a "dispute" signal allows the text to refine to. */
const DISPUTE_STAGES: readonly Stage[] = [
  'dispute_open',
  'dispute_escalated',
  'return_required',
  'refund_pending',
  'dispute_lost',
];

// ---------------------------------------------------------------------------------------------------------
// Text tables (written as the page prints them; folded when the module loads)
// ---------------------------------------------------------------------------------------------------------

/**
 * Whole labels. A label may name several stages when the page itself is ambiguous; then a signal decides, or
 * the result is `unknown`.
 */
const EXACT_LABELS: ReadonlyArray<readonly [Stage | readonly Stage[], readonly string[]]> = [
  [
    'awaiting_payment',
    [
      // en: V1 "Awaiting Payment", V2 tab "To pay" (pages.md §4)
      'Awaiting payment',
      'To pay',
      'Unpaid',
      'Pending payment',
      'Payment pending',
      'Unconfirmed payment',
      'Your payment is being verified', // V1 look-alike filter labels (pages.md §4 †)
      // ru
      'Ожидает оплаты',
      'Ожидание оплаты',
      'Не оплачен',
      'Не оплачено',
      'К оплате',
      // it
      'In attesa di pagamento',
      'Da pagare',
      'Pagamento in sospeso',
      // es
      'Pendiente de pago',
      'Esperando el pago',
      'Esperando pago',
      'Por pagar',
      'Pago pendiente',
      // pt: pt_BR "A ser pago"/"Aguardando pagamento" (maxwellmezadre table, pages.md §4)
      'Aguardando pagamento',
      'A ser pago',
      'A pagar',
      'Pagamento pendente',
      // fr
      'En attente de paiement',
      'À payer',
      'Paiement en attente',
      // de
      'Warten auf Zahlung',
      'Zahlung ausstehend',
      'Zu bezahlen',
      'Nicht bezahlt',
      'Wartet auf Zahlung',
      // pl
      'Oczekuje na płatność',
      'Oczekiwanie na płatność',
      'Do zapłaty',
      'Nieopłacone',
    ],
  ],
  [
    'awaiting_shipment',
    [
      // en: tab "Processing"/"To ship", statuses "Awaiting shipment"/"Ready to ship" (pages.md §2.1, §4);
      // "Awaiting cancellation": the buyer asked to cancel, the seller has 48 h, the order is still unshipped
      // (domain.md §1); "Partial shipment" (V1 filter label, pages.md §4 †): part of it is still to ship.
      'Awaiting shipment',
      'Ready to ship',
      'To ship',
      'Processing',
      'Awaiting cancellation',
      'Not shipped',
      'Order not shipped',
      'Partial shipment',
      'Awaiting dispatch',
      'Pending shipment',
      // ru: V1 "Заказ не отправлен" (pages.md §2.4)
      'Ожидает отправки',
      'Заказ не отправлен',
      'Не отправлен',
      'Ожидает отмены',
      'В обработке',
      'Обрабатывается',
      'Готов к отправке',
      'Готовится к отправке',
      'Собирается',
      'Частично отправлен',
      // it
      'In attesa di spedizione',
      'Da spedire',
      'In elaborazione',
      'Pronto per la spedizione',
      'In attesa di annullamento',
      // es
      'Esperando el envío',
      'Pendiente de envío',
      'Por enviar',
      'En proceso',
      'Procesando',
      'Listo para enviar',
      'Esperando la cancelación',
      // es without the article, like 'Esperando pago': a browser's translation of aliexpress.ru's "Ожидает отправки"
      'Esperando envío',
      // pt
      'Aguardando envio',
      'Aguardando o envio',
      'A enviar',
      'Processando',
      'Em processamento',
      'Pronto para envio',
      'Aguardando cancelamento',
      // fr
      "En attente d'expédition",
      'À expédier',
      'En cours de traitement',
      'En traitement',
      'Prêt à expédier',
      "En attente d'annulation",
      // de
      'Warten auf Versand',
      'Versand ausstehend',
      'Zu versenden',
      'In Bearbeitung',
      'Versandbereit',
      'Wartet auf Versand',
      'Warten auf Stornierung',
      // pl
      'Oczekuje na wysyłkę',
      'Oczekiwanie na wysyłkę',
      'Do wysłania',
      'W trakcie realizacji',
      'Przetwarzanie',
      'Gotowe do wysyłki',
      'Oczekuje na anulowanie',
    ],
  ],
  [
    'awaiting_delivery',
    [
      // en: "Awaiting delivery" (V2), tab "Shipped", V1 "Goods awaiting acceptance"/"Awaiting receipt".
      // "Delivered" is still this stage: until the buyer confirms (or it auto-confirms) protection runs on.
      'Awaiting delivery',
      'Shipped',
      'Awaiting receipt',
      'Goods awaiting acceptance',
      'In transit',
      'On the way',
      'Delivered',
      'Out for delivery',
      'To receive',
      'Awaiting confirmation of receipt',
      // ru: mock-up labels "Отправлено", "Доставлено" (pages.md §4, unverified)
      'Отправлен',
      'Отправлено',
      'Заказ отправлен',
      'В пути',
      'Ожидает получения',
      'Ожидает доставки',
      'Доставлено',
      'Доставлен',
      'Заказ доставлен',
      'Ожидает подтверждения получения',
      'Передан в доставку',
      // it
      'In attesa di consegna',
      'Spedito',
      'In transito',
      'In attesa di ricezione',
      'Consegnato',
      // es
      'Esperando la entrega',
      'Pendiente de entrega',
      'Enviado',
      'En camino',
      'En tránsito',
      'Entregado',
      'Pendiente de recibir',
      'Esperando recepción',
      // pt: pt_BR "Aguardando a entrega" (pages.md §4)
      'Aguardando a entrega',
      'Aguardando entrega',
      'Enviado',
      'Em trânsito',
      'A caminho',
      'Entregue',
      'Aguardando recebimento',
      // fr
      'En attente de livraison',
      'Expédié',
      'En transit',
      'En cours de livraison',
      'Livré',
      'En attente de réception',
      // fr, agreeing with "la commande" (feminine), as a French status line reads: "Expédiée", "Livrée"
      'Expédiée',
      'Livrée',
      'Commande expédiée',
      'Commande livrée',
      // de
      'Warten auf Lieferung',
      'Versandt',
      'Verschickt',
      'Unterwegs',
      'Zugestellt',
      'Geliefert',
      'Warten auf Empfang',
      'Wartet auf Lieferung',
      // pl
      'Oczekuje na dostawę',
      'Oczekiwanie na dostawę',
      'Wysłane',
      'W drodze',
      'W transporcie',
      'Dostarczone',
      'Oczekuje na odbiór',
    ],
  ],
  [
    'completed',
    [
      // en: "Completed", "Order completed", older "Finished", "Awaiting feedback" (pages.md §2.1, §4)
      'Completed',
      'Order completed',
      'Order complete',
      'Finished',
      'Awaiting feedback',
      'Confirmed',
      'Receipt confirmed',
      'To review',
      // ru: V1 "Завершён", "Получено подтверждение"; "С отделкой" is a bad machine translation of "Finished"
      // (greasyfork 454191, pages.md §2.1)
      'Завершён',
      'Заказ завершён',
      'Выполнен',
      'Заказ выполнен',
      'Получено подтверждение',
      'С отделкой',
      'Получение подтверждено',
      'Ожидает отзыва',
      'Завершено',
      // it
      'Completato',
      'Ordine completato',
      'Concluso',
      'Terminato',
      'In attesa di feedback',
      // es: "Finalizado" (pages.md §4)
      'Finalizado',
      'Completado',
      'Pedido completado',
      'Pedido finalizado',
      'Esperando valoración',
      // pt: pt_BR "Concluído " with its trailing space (pages.md §4; trimmed by folding)
      'Concluído',
      'Pedido concluído',
      'Finalizado',
      'Aguardando avaliação',
      // fr
      'Terminé',
      'Commande terminée',
      'Complété',
      'Finalisé',
      "En attente d'évaluation",
      // fr, feminine (la commande)
      'Terminée',
      'Complétée',
      'Finalisée',
      // de
      'Abgeschlossen',
      'Bestellung abgeschlossen',
      'Beendet',
      'Erledigt',
      'Warten auf Bewertung',
      // pl
      'Zakończone',
      'Zamówienie zakończone',
      'Ukończone',
      'Zrealizowane',
      'Oczekuje na opinię',
    ],
  ],
  [
    // "Processed" is the V2 list's label of the `shipped` tab (pages.md §3), but Kagee's scraper notes
    // "Aliexpress has changed Completed orders to Processed orders" (pages.md §1): as a status it is either.
    ['awaiting_delivery', 'completed'],
    [
      'Processed',
      'Обработан',
      'Обработано',
      'Elaborato',
      'Procesado',
      'Processado',
      'Traité',
      'Bearbeitet',
      'Przetworzone',
    ],
  ],
  [
    'closed',
    [
      // en: "Closed", "Canceled"/"Cancelled", "Expired" (pages.md §2.1, §4)
      'Closed',
      'Cancelled',
      'Canceled',
      'Expired',
      'Order closed',
      'Order cancelled',
      'Order canceled',
      'Frozen orders',
      // ru: V1 "Заказ отменён" (pages.md §2.4)
      'Закрыт',
      'Заказ закрыт',
      'Заказ отменён',
      'Отменён',
      'Отменено',
      'Истёк',
      'Срок истёк',
      'Закрыто',
      // it
      'Chiuso',
      'Annullato',
      'Scaduto',
      'Ordine annullato',
      'Ordine chiuso',
      // es
      'Cerrado',
      'Cancelado',
      'Caducado',
      'Vencido',
      'Expirado',
      'Pedido cancelado',
      // pt
      'Fechado',
      'Cancelado',
      'Expirado',
      'Encerrado',
      'Pedido cancelado',
      // fr
      'Fermé',
      'Clôturé',
      'Annulé',
      'Expiré',
      'Commande annulée',
      // fr, feminine (la commande)
      'Fermée',
      'Clôturée',
      'Annulée',
      'Expirée',
      'Commande expirée',
      'Commande fermée',
      'Commande clôturée',
      // de
      'Geschlossen',
      'Storniert',
      'Abgebrochen',
      'Abgelaufen',
      'Bestellung storniert',
      // pl
      'Zamknięte',
      'Anulowane',
      'Wygasło',
      'Wygasłe',
      'Zamówienie anulowane',
    ],
  ],
];

/**
 * Phrases looked for inside a longer label, in this order: the first that occurs decides. Specific dispute
 * states first, then "dispute closed" before "dispute" (a closed dispute is not an open one), then refund and
 * return, then the plain stages. `unknown` stops the search: the label names a state the stage can't be read from.
 */
const CONTAINS_RULES: ReadonlyArray<readonly [OrderStage, readonly string[]]> = [
  // A dispute the buyer withdrew: the order returns to its earlier stage, which the label doesn't say.
  [
    'unknown',
    [
      'dispute cancelled',
      'dispute canceled',
      'dispute withdrawn',
      'спор отменён',
      'controversia annullata',
      'disputa cancelada',
      'litige annulé',
      'streitfall storniert',
      'spór anulowany',
    ],
  ],
  [
    'dispute_escalated',
    [
      // en "Dispute escalated" (domain.md §1), a claim handled by AliExpress
      'dispute escalated',
      'escalated',
      'claim in progress',
      'under review by aliexpress',
      'спор передан',
      'эскалирован',
      'рассматривается aliexpress',
      'controversia inoltrata',
      'escalation',
      'disputa escalada',
      'reclamación en curso',
      'disputa em análise',
      'litige escaladé',
      'réclamation en cours',
      'streitfall eskaliert',
      'spór eskalowany',
    ],
  ],
  [
    // A dispute that ended. Whether money came back is not in the label (the dispute page says it);
    // pages.md §2.4 lists V1 "Спор закрыт" among the final states of an order.
    'closed',
    [
      'dispute closed',
      'dispute finished',
      'dispute ended',
      'спор закрыт',
      'спор завершён',
      'controversia chiusa',
      'disputa chiusa',
      'disputa cerrada',
      'disputa finalizada',
      'disputa encerrada',
      'disputa fechada',
      'litige clos',
      'litige fermé',
      'litige terminé',
      'streitfall geschlossen',
      'streitfall abgeschlossen',
      'spór zamknięty',
      'spór zakończony',
    ],
  ],
  [
    // "Return goods and refund" decision: the buyer must ship the item back (domain.md §1).
    'return_required',
    [
      'return goods',
      'return required',
      'return the item',
      'awaiting return',
      'send the item back',
      'верните товар',
      'требуется возврат',
      'возврат товара',
      'ожидает возврата товара',
      "restituisci l'articolo",
      'reso richiesto',
      'restituire la merce',
      'devolver el artículo',
      'devolución requerida',
      'devolver el producto',
      'devolver o produto',
      'devolução necessária',
      "retourner l'article",
      'retour requis',
      'ware zurücksenden',
      'rücksendung erforderlich',
      'zwróć towar',
      'wymagany zwrot',
      'odeślij towar',
      // "Awaiting return" as a status title: it "In attesa di reso", es "Pendiente de devolución"
      'in attesa di reso',
      'in attesa del reso',
      'pendiente de devolución',
      'esperando la devolución',
    ],
  ],
  [
    'refund_pending',
    [
      'refund in progress',
      'refunding',
      'refund pending',
      'refund processing',
      'awaiting refund',
      'возврат средств',
      'возврат денег',
      'ожидает возврата средств',
      'идёт возврат',
      'rimborso in corso',
      'in attesa di rimborso',
      'reembolso en curso',
      'reembolsando',
      'reembolso en proceso',
      'reembolso pendiente',
      'reembolso em andamento',
      'reembolso pendente',
      'aguardando reembolso',
      'remboursement en cours',
      'en attente de remboursement',
      'rückerstattung läuft',
      'rückerstattung in bearbeitung',
      'erstattung läuft',
      'zwrot pieniędzy w toku',
      'trwa zwrot',
      'oczekuje na zwrot',
    ],
  ],
  [
    // en V1 "Dispute Order(s)" (pages.md §4), "Dispute in progress" (domain.md §1)
    'dispute_open',
    [
      'dispute in progress',
      'dispute order',
      'dispute open',
      'dispute opened',
      'in dispute',
      'dispute',
      'спор открыт',
      'открыт спор',
      'идёт спор',
      'спор',
      'controversia in corso',
      'controversia aperta',
      'controversia',
      'disputa in corso',
      'disputa en curso',
      'disputa abierta',
      'disputa em andamento',
      'disputa aberta',
      'disputa',
      'litige en cours',
      'litige ouvert',
      'litige',
      'streitfall läuft',
      'streitfall offen',
      'streitfall',
      'spór w toku',
      'spór otwarty',
      'trwa spór',
      'spór',
    ],
  ],
  [
    'closed',
    [
      'cancelled',
      'canceled',
      'expired',
      'отменён',
      'отменен',
      'annullato',
      'cancelado',
      'annulé',
      'annulée',
      'expirée',
      'storniert',
      'anulowane',
    ],
  ],
  [
    'awaiting_payment',
    [
      'awaiting payment',
      'ожидает оплаты',
      'in attesa di pagamento',
      'pendiente de pago',
      'aguardando pagamento',
      'en attente de paiement',
      'warten auf zahlung',
      'oczekuje na płatność',
    ],
  ],
  [
    'awaiting_shipment',
    [
      'awaiting shipment',
      'ready to ship',
      'ожидает отправки',
      'не отправлен',
      'in attesa di spedizione',
      'pendiente de envío',
      'aguardando envio',
      "en attente d'expédition",
      'warten auf versand',
      'oczekuje na wysyłkę',
    ],
  ],
  [
    'awaiting_delivery',
    [
      'awaiting delivery',
      'awaiting receipt',
      'ожидает получения',
      'ожидает доставки',
      'в пути',
      'in attesa di consegna',
      'esperando la entrega',
      'aguardando a entrega',
      'aguardando entrega',
      'en attente de livraison',
      'warten auf lieferung',
      'oczekuje na dostawę',
    ],
  ],
  [
    'completed',
    [
      'order completed',
      'completed',
      'finished',
      'завершён',
      'завершен',
      'completato',
      'finalizado',
      'completado',
      'concluído',
      'terminé',
      'terminée',
      'abgeschlossen',
      'zakończone',
    ],
  ],
];

/** Folded whole label → its possible stages. */
const EXACT_BY_FOLDED: ReadonlyMap<string, readonly Stage[]> = (() => {
  const map = new Map<string, Stage[]>();
  for (const [stages, labels] of EXACT_LABELS) {
    const list: readonly Stage[] = typeof stages === 'string' ? [stages] : stages;
    for (const label of labels) {
      const key = foldLabel(label);
      const known = map.get(key) ?? [];
      map.set(key, [...new Set([...known, ...list])]);
    }
  }
  return map;
})();

/** The contains-rules, folded, each as a whole-word matcher. */
const CONTAINS_FOLDED: ReadonlyArray<{ stage: OrderStage; phrases: readonly string[] }> = CONTAINS_RULES.map(
  ([stage, phrases]) => ({ stage, phrases: phrases.map(foldLabel) }),
);

/** Folded label without decoration: counts "(3)", trailing punctuation, dashes and bullets. */
function foldLabel(text: string): string {
  return foldPageText(text)
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/[\s.:;!·•—–-]+$/u, '')
    .replace(/^[\s·•—–-]+/u, '')
    .replace(/ +/g, ' ')
    .trim();
}

/** Stages the text may mean: one for a known label, several for an ambiguous one, none for unknown text. */
/** The stages a status text names (memoized: a page repeats the same few statuses on every card). */
const stagesFromText = memoizeText(readStagesFromText);

function readStagesFromText(text: string): readonly Stage[] {
  const folded = foldLabel(text.slice(0, 500));
  if (!folded) return [];
  const exact = EXACT_BY_FOLDED.get(folded);
  if (exact) return exact;
  for (const { stage, phrases } of CONTAINS_FOLDED) {
    if (phrases.some((p) => containsWords(folded, p))) return stage === 'unknown' ? [] : [stage];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------
// Language-independent signals
// ---------------------------------------------------------------------------------------------------------

/**
 * What a signal says: `decides` is the stage it settles on its own (absent: it only narrows); `allows` are the
 * stages a known text may refine it to (the decided stage included).
 */
interface SignalMeaning {
  decides?: Stage;
  allows: readonly Stage[];
}

/**
 * Actions, most telling first. "Pay" exists only for unpaid orders; "Confirm received" only once shipped (a
 * dispute on an order in transit keeps the button); a dispute link only when a dispute exists.
 */
const ACTION_MEANINGS: ReadonlyArray<readonly [OrderAction, SignalMeaning]> = [
  ['view_dispute', { decides: 'dispute_open', allows: [...DISPUTE_STAGES, 'closed'] }],
  ['pay', { decides: 'awaiting_payment', allows: ['awaiting_payment'] }],
  ['confirm_received', { decides: 'awaiting_delivery', allows: ['awaiting_delivery', ...DISPUTE_STAGES] }],
  ['extend_protection', { decides: 'awaiting_delivery', allows: ['awaiting_delivery', ...DISPUTE_STAGES] }],
  // Not decisive, but they rule stages out when the text is ambiguous.
  ['cancel', { allows: ['awaiting_payment', 'awaiting_shipment'] }],
  ['leave_feedback', { allows: ['completed', ...DISPUTE_STAGES] }],
];

/**
 * The list's active status tab (V2 `statusTab`, pages.md §3), and aliexpress.ru's `tabType` (`dispute`).
 * `all`, `recycle`, `active`, `archive` say nothing about one order.
 */
const TAB_MEANINGS: Readonly<Record<string, SignalMeaning>> = {
  unpaid: { decides: 'awaiting_payment', allows: ['awaiting_payment', 'closed'] },
  processing: { decides: 'awaiting_shipment', allows: ['awaiting_shipment', 'closed', ...DISPUTE_STAGES] },
  shipped: { decides: 'awaiting_delivery', allows: ['awaiting_delivery', ...DISPUTE_STAGES] },
  completed: { decides: 'completed', allows: ['completed', 'closed', ...DISPUTE_STAGES] },
  dispute: { decides: 'dispute_open', allows: [...DISPUTE_STAGES, 'closed'] },
};

/**
 * `utParams.args.orderStatus` / `global.orderStatus` (pages.md §4). Only values whose meaning is certain are
 * listed, and none is decisive today: 9 is printed on Completed and on Expired orders alike (tobixen fixture,
 * maxwellmezadre detail capture); 8 is "shipped" in one source and "completed" in another, so it's left out.
 */
const NUMERIC_MEANINGS: Readonly<Record<number, SignalMeaning>> = {
  9: { allows: ['completed', 'closed'] },
};

/** For tests: folded labels that name more than one stage (meant to be only the "Processed" family). */
export function ambiguousStatusLabels(): string[] {
  return [...EXACT_BY_FOLDED].filter(([, stages]) => stages.length > 1).map(([label]) => label);
}

/** For tests: the numeric codes this module understands. */
export const KNOWN_NUMERIC_STATUSES: readonly number[] = Object.keys(NUMERIC_MEANINGS).map(Number);

type Decider = 'actions' | 'tab' | 'numeric';

function signalMeanings(signals: {
  actions?: OrderAction[];
  tab?: string;
  numericStatus?: number;
}): Array<{ by: Decider; meaning: SignalMeaning }> {
  const out: Array<{ by: Decider; meaning: SignalMeaning }> = [];
  const actions = new Set(Array.isArray(signals.actions) ? signals.actions : []);
  // The most telling action decides; the non-decisive ones still narrow.
  const decisive = ACTION_MEANINGS.find(([action, meaning]) => meaning.decides && actions.has(action));
  if (decisive) out.push({ by: 'actions', meaning: decisive[1] });
  for (const [action, meaning] of ACTION_MEANINGS) {
    if (!meaning.decides && actions.has(action)) out.push({ by: 'actions', meaning });
  }
  const tab = typeof signals.tab === 'string' ? signals.tab.trim().toLowerCase() : '';
  const tabMeaning = Object.hasOwn(TAB_MEANINGS, tab) ? TAB_MEANINGS[tab] : undefined;
  if (tabMeaning) out.push({ by: 'tab', meaning: tabMeaning });
  const code = signals.numericStatus;
  const numericMeaning =
    typeof code === 'number' && Object.hasOwn(NUMERIC_MEANINGS, code) ? NUMERIC_MEANINGS[code] : undefined;
  if (numericMeaning) out.push({ by: 'numeric', meaning: numericMeaning });
  return out;
}

/**
 * Normalizes a status label to a stage (domain.md §1, pages.md §4) in en, ru, it, es, pt, fr, de, pl.
 * Decisive language-independent signals win over the text: `actions` ('pay' → awaiting_payment,
 * 'confirm_received' → awaiting_delivery, 'view_dispute' → dispute_open), `tab` (the list's active status tab
 * id when not 'all'), `numericStatus` (only where unambiguous). A known text that is a finer reading of the
 * signal's stage (e.g. "Dispute escalated" with a dispute link) is kept. Unknown text with no decisive signal →
 * 'unknown'. `by` says which signal decided.
 */
export function normalizeStatus(
  text: string,
  signals?: { actions?: OrderAction[]; tab?: string; numericStatus?: number },
): { stage: OrderStage; by: 'text' | 'actions' | 'tab' | 'numeric' | 'none' } {
  let candidates = typeof text === 'string' ? stagesFromText(text) : [];
  const textIsExact = candidates.length === 1;
  for (const { by, meaning } of signalMeanings(signals ?? {})) {
    const narrowed = candidates.filter((s) => meaning.allows.includes(s));
    if (narrowed.length === 1) return { stage: narrowed[0]!, by: textIsExact ? 'text' : by };
    if (meaning.decides) {
      // The text agrees but stays ambiguous, disagrees, or is unknown: the signal's own stage.
      return { stage: meaning.decides, by };
    }
    // A signal that only narrows: keep what it allows, unless it contradicts a known text (then ignore it).
    if (narrowed.length > 1) candidates = narrowed;
  }
  if (candidates.length === 1) return { stage: candidates[0]!, by: 'text' };
  return { stage: 'unknown', by: 'none' };
}

/**
 * How a closed dispute ended, from the dispute's own words ("Dispute closed: no refund", "closed without a
 * refund"). The status label alone ("Dispute closed") does not say who won, so a page reader that sees a
 * closed order with a dispute result uses this to tell `dispute_lost` (the appeal playbook, domain.md §4)
 * from an ordinary close. Only a clear "no refund"/"rejected" wording counts; anything else stays as it was.
 */
const LOST_DISPUTE_CUES = [
  'no refund',
  'without a refund',
  'without refund',
  'refund rejected',
  'refund was rejected',
  'claim rejected',
  'dispute rejected',
  'closed in the seller',
  "in the seller's favour",
  "in the seller's favor",
  'без возврата',
  'в пользу продавца',
  'отказано в возврате',
  'спор отклонен',
  'senza rimborso',
  'a favore del venditore',
  'sin reembolso',
  'a favor del vendedor',
  'sem reembolso',
  'a favor do vendedor',
  'sans remboursement',
  'en faveur du vendeur',
  'ohne erstattung',
  'zugunsten des verkäufers',
  'bez zwrotu',
  'na korzyść sprzedawcy',
  // de "Rückerstattung" is the everyday word for a refund (a browser's translation of "без возврата средств")
  'ohne rückerstattung',
].map(foldPageText);

/**
 * A `closed` or `unknown` stage becomes `dispute_lost` when the dispute's own words say it ended without a refund (the
 * cues above). So does a `dispute_open` with `stageFromDisputeLinkOnly`: the page's dispute link alone gave that stage
 * (`normalizeStatus(…).by === 'actions'`) because the label is one no table knows, as on a browser-translated page
 * ("Streit geschlossen"); the link is there for an open dispute and for one that ended alike. Otherwise the stage
 * stays as it was.
 */
export function refineClosedDispute(
  stage: OrderStage,
  disputeTexts: readonly string[],
  opts?: { stageFromDisputeLinkOnly?: boolean },
): OrderStage {
  const openOnlyByLink = stage === 'dispute_open' && opts?.stageFromDisputeLinkOnly === true;
  if (stage !== 'closed' && stage !== 'unknown' && !openOnlyByLink) return stage;
  const lost = disputeTexts.some((text) => {
    const folded = foldPageText(text);
    return LOST_DISPUTE_CUES.some((cue) => folded.includes(cue));
  });
  return lost ? 'dispute_lost' : stage;
}

/**
 * The next step a dispute page prints, by the deadline it was read as, and the stage that step belongs to
 * (domain.md §1: each later dispute stage has a deadline of its own).
 */
const STAGE_OF_DISPUTE_STEP: ReadonlyMap<DeadlineKind, Stage> = new Map<DeadlineKind, Stage>([
  ['decision_expected', 'dispute_escalated'],
  ['return_ship_by', 'return_required'],
  ['refund_due', 'refund_pending'],
]);

/**
 * A `dispute_open` whose page prints the step of a later stage is at that stage: "A decision will be made by …" is an
 * escalated dispute, "Send the item back by …" a return to ship, "Your refund … by …" a refund on its way. `dispute_open`
 * only says a dispute runs: it is what the dispute link gives when the label is one no table knows, or what the bare
 * word gives (a browser's "Disputa transferida a AliExpress"). It stays `dispute_open` while the seller's answer is
 * still awaited, and when the page prints steps of two later stages (it doesn't say which is current).
 */
export function refineOpenDispute(stage: OrderStage, printedKinds: readonly DeadlineKind[]): OrderStage {
  if (stage !== 'dispute_open' || printedKinds.includes('seller_response_due')) return stage;
  const named = new Set(printedKinds.flatMap((kind) => STAGE_OF_DISPUTE_STEP.get(kind) ?? []));
  return named.size === 1 ? [...named][0]! : stage;
}
