/**
 * Deadlines and event dates a page prints in a block of text (an order card, a notice, the status reminder),
 * in en, ru, it, es, pt, fr, de, pl. The page is the truth (domain.md rule 1): what is read here is `exact`,
 * with `source: 'page:<what>'` and the sentence kept as `pageText` so the buyer can check our reading.
 *
 * The English wordings are the real 2026 page texts (pages.md §3, reference/aliexpress-api order-detail capture):
 *   "Refund if no delivery before Sep 4, 2026"                                   → protection end
 *   "…apply for a return/refund within 7 days of confirming receipt."            → return window (from completion)
 *   "…open a dispute within 90 days after order was placed."                     → dispute window (from order)
 *   "Send it back within 15 days after delivery."                                → free-return window (from delivery)
 *   "Order placed on / Paid on / Shipment completed on / Order completed on <d>" → events
 *   "Apply for R$5,00 coupon code if delayed by Aug 3, 2026"                     → not a buyer deadline
 * The other languages follow the same shapes with the usual AliExpress wordings; they are matched on folded
 * text (`foldPageText`), so accents and case don't matter.
 */
import dayjs from 'dayjs';
import type { Deadline, OrderEvents } from '@/utils/model';
import { INSTANT_FORMAT, dayToInstant, findPageDatesBothWays, foldPageText } from '@/utils/pages/dates';

type DeadlineKind = Deadline['kind'];
type EventKey = keyof OrderEvents;
type RuleAnchor = 'confirmation' | 'order' | 'delivery';

/** What `readPrintedDeadlines` returns (its parts are the model's types). */
export interface PrintedDeadlines {
  deadlines: Deadline[];
  events: Partial<OrderEvents>;
  rulesSeen: Array<{ kind: DeadlineKind; days: number; from: RuleAnchor; pageText: string }>;
}

/** A date found in a sentence (findPageDates / findPastPageDates). */
type PageDate = ReturnType<typeof findPageDatesBothWays>['nearest'][number];

const DIGIT = /\d/;

/** A printed date further than this from now is a misreading (or an ancient order): rejected. */
const MAX_YEARS_FROM_NOW = 2;
/** `Deadline.pageText` is capped at 1000 characters by the schema. */
const MAX_PAGE_TEXT = 1000;
/** Blocks longer than this are cut: a card or a notice is far shorter, and it bounds the work. */
const MAX_TEXT = 50_000;
/** How far before a date its label may start ("Shipment completed on" + spaces). */
const LABEL_REACH = 60;

// ---------------------------------------------------------------------------------------------------------
// Phrase tables, written as pages print them and folded once. Matching is on word starts in folded text.
// ---------------------------------------------------------------------------------------------------------

/** Event labels printed right before the date (detail `*Tile`/`*Title` fields, pages.md §3). */
const EVENT_LABELS: ReadonlyArray<readonly [EventKey, readonly string[]]> = [
  [
    'paidAt',
    [
      'Paid on',
      'Payment time',
      'Payment date',
      'Paid at',
      'Payment completed on',
      'Оплачен',
      'Оплачено',
      'Дата оплаты',
      'Время оплаты',
      'Pagato il',
      'Data di pagamento',
      'Data del pagamento',
      'Pagado el',
      'Fecha de pago',
      'Pago el',
      'Pago em',
      'Data do pagamento',
      'Data de pagamento',
      'Payé le',
      'Date de paiement',
      'Bezahlt am',
      'Zahlungsdatum',
      'Zahlung am',
      'Zapłacono',
      'Data płatności',
      'Opłacono',
    ],
  ],
  [
    'shippedAt',
    [
      'Shipment completed on',
      'Shipped on',
      'Shipping date',
      'Dispatched on',
      'Отправлен',
      'Отправлено',
      'Дата отправки',
      'Spedito il',
      'Spedizione completata il',
      'Data di spedizione',
      'Enviado el',
      'Envío completado el',
      'Fecha de envío',
      'Enviado em',
      'Envio concluído em',
      'Data de envio',
      'Expédié le',
      "Date d'expédition",
      'Expédition effectuée le',
      'Versandt am',
      'Versand abgeschlossen am',
      'Versanddatum',
      'Wysłano',
      'Data wysyłki',
      'Wysyłka zakończona',
    ],
  ],
  [
    'deliveredAt',
    [
      'Delivered on',
      'Delivered at',
      'Delivery date',
      'Received on',
      'Received at',
      'Доставлен',
      'Доставлено',
      'Дата доставки',
      'Получен',
      'Consegnato il',
      'Data di consegna',
      'Entregado el',
      'Fecha de entrega',
      'Entregue em',
      'Data de entrega',
      'Livré le',
      'Date de livraison',
      'Zugestellt am',
      'Geliefert am',
      'Lieferdatum',
      'Dostarczono',
      'Data dostawy',
      // a browser's translation of aliexpress.ru's "Получен <date>" (the en "Received on"/"Received at")
      'Erhalten am',
      'Recibido el',
    ],
  ],
  [
    'completedAt',
    [
      'Order completed on',
      'Completed on',
      'Order complete on',
      'Finished on',
      'Заказ завершён',
      'Завершён',
      'Завершено',
      'Дата завершения',
      'Ordine completato il',
      'Completato il',
      'Pedido completado el',
      'Completado el',
      'Finalizado el',
      'Pedido concluído em',
      'Concluído em',
      'Finalizado em',
      'Commande terminée le',
      'Terminé le',
      'Bestellung abgeschlossen am',
      'Abgeschlossen am',
      'Zamówienie zakończone',
      'Zakończono',
    ],
  ],
  [
    'disputeOpenedAt',
    [
      'Dispute opened on',
      'Dispute opened',
      'Спор открыт',
      'Controversia aperta il',
      'Disputa abierta el',
      'Disputa aberta em',
      'Litige ouvert le',
      'Streitfall eröffnet am',
      'Spór otwarty',
      // a browser translates "Спор открыт" with the everyday "Streit", not AliExpress's own "Streitfall"
      'Streit eröffnet am',
    ],
  ],
];

/** Words that, between a label and its date, make it a limit rather than an event ("не доставлен до …"). */
const LIMIT_WORDS = [
  'before',
  'by',
  'until',
  'till',
  'до',
  'к',
  'prima',
  'entro',
  'fino',
  'antes',
  'hasta',
  'até',
  'avant',
  "jusqu'au",
  'jusqu',
  'vor',
  'bis',
  'przed',
  'do',
];

/** Negations right before an event label ("not delivered", "не доставлен"). */
const NEGATIONS = ['not', 'no', 'не', 'non', 'no se', 'não', 'nao', 'pas', 'nicht', 'kein', 'nie'];

/** An estimate right before an event label ("Estimated delivery date: …", "Ожидаемая дата доставки"): a promise, no event. */
const ESTIMATE_WORDS = [
  'estimated',
  'expected',
  'ожидаемая',
  'ожидаемое',
  'ориентировочная',
  'предполагаемая',
  'prevista',
  'stimata',
  'estimada',
  'prevista de',
  'estimée',
  'prévue',
  'voraussichtliches',
  'voraussichtliche',
  'erwartetes',
  'przewidywana',
  'szacowana',
];

/** "Refund if no delivery before …" and its translations: the date after it ends protection (domain.md §1). */
const NO_DELIVERY_CUES = [
  'no delivery',
  'not delivered',
  'not received',
  'is not delivered',
  "isn't delivered",
  'fails to arrive',
  'не доставим',
  'не доставлен',
  'не будет доставлен',
  'не получите',
  'не получен',
  'не придёт',
  'mancata consegna',
  'non consegnato',
  'non viene consegnato',
  'non ricevuto',
  'non arriva',
  'no se entrega',
  'sin entrega',
  'no entregado',
  'no recibido',
  'no llega',
  'no se recibe',
  'sem entrega',
  'não for entregue',
  'não entregue',
  'não recebido',
  'não chegar',
  'non livré',
  'pas livré',
  'non reçu',
  'aucune livraison',
  "n'est pas livré",
  // "Remboursement en cas de non-livraison avant le …": the noun form French uses for "no delivery"
  'non-livraison',
  'non livraison',
  'défaut de livraison',
  'keine lieferung',
  'keiner lieferung',
  'nicht geliefert',
  'nicht zugestellt',
  'nicht erhalten',
  'nicht ankommt',
  'brak dostawy',
  'nie dostarczono',
  'niedostarczenia',
  'nie otrzymano',
  'nie zostanie dostarczone',
  // Polish declines: "w przypadku braku dostawy do …" (genitive), "przesyłka nie zostanie dostarczona" (feminine);
  // cues match word starts, so the stem covers every gender.
  'braku dostawy',
  'nie zostanie dostarczon',
];

/**
 * German puts the participle after the date: "Rückerstattung, wenn nicht bis zum 4. Sept. geliefert". "nicht bis" before
 * a date is a non-delivery only with a delivery word after that date: alone it is any limit, e.g. a browser's
 * translation of aliexpress.ru's payment limit, "Wenn Sie nicht bis zum 16. Juli bezahlen, wird die Bestellung storniert".
 */
const NOT_BY_CUES = ['nicht bis', 'nicht vor dem'];
const DELIVERY_AFTER_DATE = [
  'geliefert',
  'zugestellt',
  'ankommt',
  'angekommen',
  'eintrifft',
  'eingetroffen',
  'erhalten',
];

/** Buyer protection named outright ("Buyer protection ends on …", "Защита покупателя до …"). */
const PROTECTION_CUES = [
  'protection',
  'защит',
  'protezione',
  'protección',
  'proteção',
  'schutz',
  'käuferschutz',
  'ochron',
];

/** Auto-confirmation of receipt: its countdown is the protection end on V1 pages (pages.md §2.4). */
const CONFIRM_RECEIPT_CUES = [
  'confirm receipt',
  'confirm delivery',
  'confirm received',
  'auto-confirm',
  'automatically confirm',
  'automatic confirmation',
  'подтвержд',
  'conferma',
  'confirmar',
  'confirmação',
  'confirmer',
  'confirmation',
  'bestätig',
  'potwierdz',
  'potwierdź',
];

/** Compensation offers ("coupon if delayed by …"): never a buyer deadline (pages.md §3). */
const COMPENSATION_CUES = [
  'coupon',
  'купон',
  'cupón',
  'cupon',
  'cupom',
  'buono',
  'gutschein',
  'kupon',
  'bon de réduction',
  'delayed',
  'delay',
  'задерж',
  'ritard',
  'retras',
  'atras',
  'retard',
  'verspät',
  'opóźni',
  // vouchers and promo codes ("Voucher expires in 3 days", "Промокод действует до …")
  'voucher',
  'promo code',
  'promocode',
  'промокод',
  'скидк',
  'discount',
  'sconto',
  'descuento',
  'desconto',
  'code promo',
  'réduction',
  'rabatt',
  'rabat',
  'zniżk',
  'bono',
];

/**
 * Delivery promises ("Доставка 10–20 дней", "Estimated delivery by Sep 4", "Consegna entro …", "Entrega prevista …",
 * "Livraison estimée …", "Voraussichtliche Lieferung …", "Przewidywana dostawa …"): an estimate, never the end of
 * protection. Word starts, folded. Inside a non-delivery cue ("no delivery", "mancata consegna", "keine Lieferung")
 * the same words are the protection's own wording: those occurrences are masked before these are looked for.
 */
const DELIVERY_PROMISE_CUES = [
  'delivery',
  'deliver',
  'estimated',
  'expected',
  'arriv',
  'ship by',
  'ships by',
  'ships in',
  'доставк',
  'доставим',
  'доставят',
  'ожидаем',
  'ориентировочн',
  'прибуд',
  'привез',
  'придет',
  'consegn',
  'previst',
  'stimat',
  'entrega',
  'llega',
  'estimad',
  'recibiras',
  'envio',
  'previsao',
  'chega',
  'recebera',
  'livraison',
  'livre d',
  'estime',
  'prevu',
  'liefer',
  'zustell',
  'voraussichtlich',
  'erwartet',
  'ankunft',
  'dostaw',
  'przewidywan',
  'szacowan',
  'dotrze',
];

/** Payment limits ("Pay before Sep 4", "Оплатите до …", "Осталось 2 дня на оплату"): never a protection end. */
const PAYMENT_CUES = [
  'pay',
  'paying',
  'payment',
  'оплат',
  'платеж',
  'pagar',
  'pague',
  'paga',
  'pagamento',
  'pago',
  'payer',
  'payez',
  'paiement',
  'bezahl',
  'zahlung',
  'zahlen',
  'zapłać',
  'zapłat',
  'płatnoś',
  'opłać',
  'opłacen',
];

/**
 * Words saying time is left ("Осталось 17 дн.", "17 days left", "Restano 17 giorni", "Quedan …", "Faltam …",
 * "Il reste …", "Noch …", "Pozostało …"), whole words: one number of days is a countdown only with one of them.
 * Two units ("17 дн. 6 ч.") are a countdown's form by themselves: no delivery promise or policy prints hours.
 */
const REMAINING_WORDS = [
  'left',
  'remaining',
  'remain',
  'remains',
  'ends in',
  'expires in',
  'until the end',
  'осталось',
  'остался',
  'осталась',
  'остались',
  'до конца',
  'до окончания',
  'истекает через',
  'закончится через',
  'заканчивается через',
  'rimanente',
  'rimanenti',
  'restano',
  'resta',
  'mancano',
  'manca',
  'scade tra',
  'termina tra',
  'quedan',
  'queda',
  'restante',
  'restantes',
  'faltan',
  'falta',
  'termina en',
  'finaliza en',
  'vence en',
  'hasta el final',
  'faltam',
  'restam',
  'resta',
  'termina em',
  'expira em',
  'ate o fim',
  'restant',
  'restants',
  'reste',
  'restent',
  'se termine dans',
  'expire dans',
  "jusqu'a la fin",
  'verbleibend',
  'verbleibende',
  'verbleiben',
  'noch',
  'endet in',
  'lauft ab in',
  'bis zum ende',
  'pozostało',
  'pozostały',
  'zostało',
  'kończy się za',
  'wygasa za',
  'do końca',
];

/**
 * A number and a dash or "to" right before a countdown's number, or right after its unit: a range ("10–20 дней",
 * "10-20 days", "от 10 до 20 дней", "10 a 20 días", "10 bis 20 Tage"), which is how delivery times are printed and
 * never how time left is.
 */
const RANGE_BEFORE = /\d\s*(?:[-–—‑−~]|\.\.|to|до|a|à|al|bis|do|or|или|o|ou|oder|lub|albo)\s*$/u;
const RANGE_AFTER = /^\s*(?:[-–—‑−~]|\.\.|to|до|a|à|al|bis|do|or|или|o|ou|oder|lub|albo)\s*\d/u;

/** "Within" before a number of days: a rule, not a countdown. */
const WITHIN_CUES = [
  'within',
  'в течение',
  'entro',
  'en un plazo de',
  'dentro de',
  'en los',
  'no prazo de',
  'em até',
  'sous',
  'dans les',
  'dans un délai de',
  'innerhalb',
  'binnen',
  'w ciągu',
  'w terminie',
];

/** What the days of a rule count from. */
const ANCHOR_CUES: ReadonlyArray<readonly [RuleAnchor, readonly string[]]> = [
  [
    'confirmation',
    [
      'confirming receipt',
      'confirm receipt',
      'confirmation of receipt',
      'receipt is confirmed',
      'confirmed receipt',
      'confirming delivery',
      'подтверждения получения',
      'подтверждения доставки',
      'conferma di ricezione',
      'conferma della ricezione',
      'aver confermato',
      'confirmar la recepción',
      'confirmación de recepción',
      'confirmar la entrega',
      'confirmar o recebimento',
      'confirmação de recebimento',
      'confirmação do recebimento',
      'confirmation de réception',
      'confirmation de la réception',
      'confirmé la réception',
      'empfangsbestätigung',
      'bestätigung des empfangs',
      'bestätigung des erhalts',
      'potwierdzenia odbioru',
      'potwierdzeniu odbioru',
    ],
  ],
  [
    'order',
    [
      'order was placed',
      'order placed',
      'placing the order',
      'placing your order',
      'the order date',
      'размещения заказа',
      'оформления заказа',
      'создания заказа',
      "effettuazione dell'ordine",
      "dall'ordine",
      "data dell'ordine",
      'realización del pedido',
      'realizar el pedido',
      'fecha del pedido',
      'realização do pedido',
      'data do pedido',
      'pedido ser feito',
      'passation de la commande',
      'date de commande',
      'la commande',
      'bestellung aufgegeben',
      'aufgabe der bestellung',
      'bestelldatum',
      'nach der bestellung',
      'złożenia zamówienia',
      'złożeniu zamówienia',
      'daty zamówienia',
    ],
  ],
  [
    'delivery',
    [
      'after delivery',
      'of delivery',
      'from delivery',
      'after the delivery',
      'after receiving',
      'после доставки',
      'с момента доставки',
      'после получения',
      'с момента получения',
      'dopo la consegna',
      'dalla consegna',
      'después de la entrega',
      'desde la entrega',
      'tras la entrega',
      'após a entrega',
      'após o recebimento',
      'da entrega',
      'après la livraison',
      'à compter de la livraison',
      'après réception',
      'nach der lieferung',
      'nach lieferung',
      'nach erhalt',
      'nach zustellung',
      'ab lieferung',
      'od dostawy',
      'po dostarczeniu',
      'od otrzymania',
      'po otrzymaniu',
    ],
  ],
];

/**
 * Words naming a dispute (word starts): a rule that mentions one is the dispute window. "streit" is the start of
 * AliExpress's own "Streitfall" and the word a browser's translation uses for "спор".
 */
const DISPUTE_WORDS = ['dispute', 'спор', 'controversia', 'disputa', 'litige', 'streit', 'reklamation', 'spór'];
/** Words naming a return or refund (word starts): a rule that mentions one is a return window. */
const RETURN_WORDS = [
  'return',
  'refund',
  'send it back',
  'send back',
  'возврат',
  'верн',
  'reso',
  'rimbors',
  'restitu',
  'devolu',
  'reembols',
  'devolv',
  'retour',
  'rembours',
  'renvoy',
  'rückgabe',
  'rücksend',
  'zurücksend',
  'erstatt',
  'zwrot',
  'odesł',
  'odeśl',
  // "send it back" as the free-returns line says it: ru "Отправьте его обратно", it "Rispediscilo",
  // es "Devuélvelo" (the stem changes under the accent: devolver → devuelv-)
  'обратно',
  'rispedi',
  'devuelv',
];

/**
 * Dates a dispute page prints for its next step (domain.md §1: seller's answer, AliExpress's decision, the
 * return shipping, the refund). Matched on the words before the date; the first matching kind wins.
 * Written from the English page texts (fixtures) and their usual translations; unverified outside English.
 */
const DISPUTE_DATE_CUES: ReadonlyArray<readonly [DeadlineKind, string, readonly string[]]> = [
  [
    'seller_response_due',
    'page:seller-response',
    [
      'seller has until',
      'seller must respond',
      'seller must reply',
      'seller needs to respond',
      'seller should respond',
      'продавец должен ответить',
      'продавец может ответить',
      'ответ продавца до',
      'il venditore ha tempo',
      'il venditore deve rispondere',
      'el vendedor tiene hasta',
      'el vendedor debe responder',
      'o vendedor tem até',
      'o vendedor deve responder',
      'le vendeur a jusqu',
      'le vendeur doit répondre',
      'der verkäufer hat bis',
      'der verkäufer muss bis',
      'sprzedawca ma czas do',
      'sprzedawca musi odpowiedzieć',
    ],
  ],
  [
    'decision_expected',
    'page:decision',
    [
      'decision will be made',
      'decision by',
      'will decide by',
      'decision is expected',
      'решение будет принято',
      'решение ожидается',
      'la decisione sarà presa',
      'decisione entro',
      'la decisión se tomará',
      'decisión antes',
      'a decisão será tomada',
      'decisão até',
      'la décision sera prise',
      'décision avant',
      'entscheidung bis',
      'entscheidung wird bis',
      'decyzja zostanie podjęta',
      'decyzja do',
    ],
  ],
  [
    'return_ship_by',
    'page:return-shipping',
    [
      'send the item back',
      'send it back',
      'ship the item back',
      'ship it back',
      'return the item by',
      'ship the return',
      'send the return',
      'отправьте товар',
      'верните товар',
      'отправить товар обратно',
      "rispedisci l'articolo",
      "restituisci l'articolo",
      'devuelve el artículo',
      'envía el artículo',
      'envie o item de volta',
      'devolva o item',
      "renvoyez l'article",
      "retournez l'article",
      'senden sie den artikel',
      'schicken sie den artikel',
      'odeślij produkt',
      'odeślij przedmiot',
      // es in the polite form a browser's translation uses for the Russian "Отправьте товар обратно"
      'envíe el artículo',
      'devuelva el artículo',
    ],
  ],
  [
    'refund_due',
    'page:refund',
    [
      'your refund',
      'refund will be',
      'will be refunded',
      'возврат средств',
      'деньги будут возвращены',
      'il rimborso',
      'sarà rimborsato',
      'el reembolso',
      'será reembolsado',
      'o reembolso',
      'será reembolsado',
      'le remboursement',
      'sera remboursé',
      'die erstattung',
      'wird erstattet',
      'zwrot pieniędzy',
      'zwrot środków',
      // de "Rückerstattung", the everyday word (a browser's translation of "Возврат средств поступит … до")
      'die rückerstattung',
    ],
  ],
];

/**
 * The seller's processing limit on an awaiting-shipment order page (domain.md §1 `awaiting_shipment`): the words
 * before the date, with the seller as the subject, as the fixtures print them (aliexpress.ru's order page:
 * ru "Продавец отправит заказ до <d>", en "The seller will ship the order by <d>", and a browser's de/es
 * translations of it). Read only when the caller says the order awaits shipment (`awaitingShipment`): "ship by /
 * ships in" on a product or list line is a delivery promise (DELIVERY_PROMISE_CUES), never this limit.
 */
const SHIP_BY_CUES = [
  'seller will ship the order',
  'продавец отправит заказ',
  'verkäufer versendet die bestellung',
  'vendedor enviará el pedido',
];

const fold = (list: readonly string[]): string[] => list.map(foldPageText);
/** A negation right before a label (the lead-in up to the label ends with it). */
const NEGATED_LABEL = new RegExp(`(?<![\\p{L}])(?:${fold(NEGATIONS).map(escapeRegExp).join('|')})\\s*$`, 'u');
/** An estimate word right before a label. */
const ESTIMATED_LABEL = new RegExp(`(?<![\\p{L}])(?:${fold(ESTIMATE_WORDS).map(escapeRegExp).join('|')})\\s*$`, 'u');
const FOLDED = {
  events: EVENT_LABELS.map(([key, labels]) => ({ key, labels: fold(labels) })),
  limit: fold(LIMIT_WORDS),
  noDelivery: fold(NO_DELIVERY_CUES),
  notBy: fold(NOT_BY_CUES),
  deliveryAfterDate: fold(DELIVERY_AFTER_DATE),
  protection: fold(PROTECTION_CUES),
  confirmReceipt: fold(CONFIRM_RECEIPT_CUES),
  compensation: fold(COMPENSATION_CUES),
  deliveryPromise: fold(DELIVERY_PROMISE_CUES),
  payment: fold(PAYMENT_CUES),
  remaining: fold(REMAINING_WORDS),
  estimate: fold(ESTIMATE_WORDS),
  anchors: ANCHOR_CUES.map(([anchor, cues]) => ({ anchor, cues: fold(cues) })),
  dispute: fold(DISPUTE_WORDS),
  returns: fold(RETURN_WORDS),
  shipBy: fold(SHIP_BY_CUES),
  disputeDates: DISPUTE_DATE_CUES.map(([kind, source, cues]) => ({ kind, source, cues: fold(cues) })),
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Word-start match (cues may be stems: "защит", "rimbors"). */
function hasWordStart(folded: string, cues: readonly string[]): boolean {
  return cues.some((cue) => indexOfWordStart(folded, cue) >= 0);
}

function indexOfWordStart(folded: string, cue: string, from = 0): number {
  let at = folded.indexOf(cue, from);
  while (at >= 0) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) return at;
    at = folded.indexOf(cue, at + 1);
  }
  return -1;
}

/** Whole-word occurrences of any of `words` in `folded`. */
function hasWholeWord(folded: string, words: readonly string[]): boolean {
  return wholeWordPattern(words).test(folded);
}

/** One pattern per word list, built on first use (a card's text is tested against the same few lists). */
const WHOLE_WORD_PATTERNS = new Map<readonly string[], RegExp>();
function wholeWordPattern(words: readonly string[]): RegExp {
  let pattern = WHOLE_WORD_PATTERNS.get(words);
  if (!pattern) {
    const alternatives = words.length > 0 ? words.map(escapeRegExp).join('|') : '(?!)';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
    WHOLE_WORD_PATTERNS.set(words, pattern);
  }
  return pattern;
}

// ---------------------------------------------------------------------------------------------------------
// Rules ("within N days of …") and countdowns ("5 days 17 hours")
// ---------------------------------------------------------------------------------------------------------

/** A day word after a number (folded: "дней" folds to "днеи", "días" to "dias"). */
const DAY_WORD = `(?:days?|дн(?:еи|я)?|день|дня|giorn[io]|dias?|jours?|tag(?:e|en)?|dni|dzien)`;

const WITHIN_RULE = new RegExp(
  `(?<![\\p{L}])(?:${fold(WITHIN_CUES).map(escapeRegExp).join('|')})\\s+(?:[\\p{L}']+\\s+){0,2}?(\\d{1,3})\\s*${DAY_WORD}(?![\\p{L}])`,
  'u',
);

/** Countdown units, folded; single letters only as whole words ("5d 17h", "12 дн. 5 ч."). */
const UNIT = {
  day: `days?|d|дн(?:еи|я)?|день|giorn[io]|gg|dias?|jours?|j|tage?n?|tg|dni|dzien`,
  hour: `hours?|hrs?|h|ч|час(?:а|ов)?|ore|ora|horas?|heures?|stunden?|std|godzin[ya]?|godz`,
  minute: `minutes?|mins?|m|мин(?:ут[аы]?)?|minut[io]|minutos?|minuten|minut[ay]?`,
};
const PAIR = `(\\d{1,3})\\s*(${UNIT.day}|${UNIT.hour}|${UNIT.minute})\\.?(?![\\p{L}])`;
const PAIR_UNCAPTURED = `\\d{1,3}\\s*(?:${UNIT.day}|${UNIT.hour}|${UNIT.minute})\\.?(?![\\p{L}])`;
/** Up to four number+unit pairs, joined by spaces, commas, colons or "and" in our languages. */
const COUNTDOWN = new RegExp(
  `(?<![\\p{L}\\d])${PAIR_UNCAPTURED}(?:(?:\\s+(?:and|и|e|y|et|und|i)\\s+|\\s*[,:]?\\s*)${PAIR_UNCAPTURED}){0,3}`,
  'u',
);
const PAIR_GLOBAL = new RegExp(PAIR, 'gu');
const DAY_UNIT = new RegExp(`^(?:${UNIT.day})$`, 'u');
const HOUR_UNIT = new RegExp(`^(?:${UNIT.hour})$`, 'u');

const COUNTDOWN_GLOBAL = new RegExp(COUNTDOWN.source, 'gu');

/**
 * The first countdown of a folded sentence ("17 дн. 6 ч.", "restano 17 giorni"), in minutes, or null. A number of
 * days is a countdown only in a countdown's form: two units, or one with a word saying time is left. Never
 * - a range ("10–20 дней", "10-20 days"), nor a number of days counted from an event ("3 days after delivery");
 * - minutes alone (a delivery slot or a chat timer);
 * - in a sentence about payment ("Осталось 2 дня на оплату"), nor next to a delivery promise ("Доставка 20 дней",
 *   "17 days until delivery") that is not the protection's own "no delivery" wording.
 */
function readCountdownMinutes(folded: string): number | null {
  if (hasWordStart(folded, FOLDED.payment)) return null;
  const saysTimeLeft = hasWholeWord(folded, FOLDED.remaining);
  for (const m of folded.matchAll(COUNTDOWN_GLOBAL)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (
      RANGE_BEFORE.test(folded.slice(Math.max(0, start - 12), start)) ||
      RANGE_AFTER.test(folded.slice(end, end + 12))
    )
      continue;
    if (anchorAfter(folded, end) !== null) continue;
    if (
      isPromiseOrPaymentLimit(folded.slice(0, start)) ||
      hasWordStart(maskNoDelivery(folded.slice(end)), FOLDED.deliveryPromise)
    )
      continue;
    let minutes = 0;
    let hasDayOrHour = false;
    const units = new Set<string>();
    for (const pair of m[0].matchAll(PAIR_GLOBAL)) {
      const value = Number(pair[1]);
      const unit = pair[2]!;
      if (DAY_UNIT.test(unit)) {
        minutes += value * 24 * 60;
        hasDayOrHour = true;
        units.add('day');
      } else if (HOUR_UNIT.test(unit)) {
        minutes += value * 60;
        hasDayOrHour = true;
        units.add('hour');
      } else {
        minutes += value;
        units.add('minute');
      }
    }
    if (hasDayOrHour && (units.size >= 2 || saysTimeLeft)) return minutes;
  }
  return null;
}

/** The folded text with every non-delivery cue blanked ("no delivery" is protection, not a delivery promise). */
function maskNoDelivery(folded: string): string {
  let masked = folded;
  for (const cue of FOLDED.noDelivery) {
    let at = indexOfWordStart(masked, cue);
    while (at >= 0) {
      masked = masked.slice(0, at) + ' '.repeat(cue.length) + masked.slice(at + cue.length);
      at = indexOfWordStart(masked, cue, at + cue.length);
    }
  }
  return masked;
}

/**
 * Whether the words before a date or a countdown (folded) are a delivery promise or a payment limit rather than
 * the protection's: such a word after the last protection / non-delivery cue ("Buyer protection: estimated delivery
 * by …") or a payment word anywhere ("Оплатите до …").
 */
function isPromiseOrPaymentLimit(leadIn: string): boolean {
  if (hasWordStart(leadIn, FOLDED.payment)) return true;
  const masked = maskNoDelivery(leadIn);
  let lastCueEnd = 0;
  for (const cues of [FOLDED.noDelivery, FOLDED.protection, FOLDED.confirmReceipt, FOLDED.notBy]) {
    for (const cue of cues) {
      let at = indexOfWordStart(leadIn, cue);
      while (at >= 0) {
        lastCueEnd = Math.max(lastCueEnd, at + cue.length);
        at = indexOfWordStart(leadIn, cue, at + 1);
      }
    }
  }
  return hasWordStart(masked.slice(lastCueEnd), FOLDED.deliveryPromise);
}

/** The anchor named soonest after `from` in a folded sentence. */
function anchorAfter(folded: string, from: number): RuleAnchor | null {
  let best: { anchor: RuleAnchor; at: number } | null = null;
  for (const { anchor, cues } of FOLDED.anchors) {
    for (const cue of cues) {
      const at = indexOfWordStart(folded, cue, from);
      if (at >= 0 && (!best || at < best.at)) best = { anchor, at };
    }
  }
  return best ? best.anchor : null;
}

// ---------------------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------------------

/**
 * Sentences of a block: split at line breaks, bullets ("·" joins the service lines, pages.md §3), ";", "!", "?",
 * and at a period between a word and a capital even without a space ("Order complete.If there are…", the real
 * reminder). Periods after abbreviations before digits ("Sep. 4", "сент. 2026") don't split.
 */
function splitSentences(text: string): string[] {
  // The plain separators first; the costlier period rule only on the pieces that have a period.
  return text
    .split(/[\n\r·•;|!?]+/)
    .flatMap((piece) => (piece.includes('.') ? piece.split(PERIOD_BEFORE_CAPITAL) : [piece]))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}
const PERIOD_BEFORE_CAPITAL = /(?<=\p{Ll}{2}\.)\s*(?=\p{Lu})/u;

function pageTextOf(sentence: string): string {
  return sentence.slice(0, MAX_PAGE_TEXT).trim();
}

// ---------------------------------------------------------------------------------------------------------
// The reader
// ---------------------------------------------------------------------------------------------------------

function isIsoDay(value: string | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format('YYYY-MM-DD') === value;
}

/**
 * The calendar days two years before and after `now`, and tomorrow, for the buyer's local day of `now`. Kept for
 * the last day asked: every card of a page is read on the same day, and dayjs is the costly part of a card.
 */
let lastWindow: { key: string; earliestDay: string; latestDay: string; tomorrow: string } | undefined;

function calendarWindow(now: Date): { earliestDay: string; latestDay: string; tomorrow: string } {
  const key = `${now.getFullYear()}-${now.getMonth()}-${now.getDate()}`;
  if (lastWindow?.key !== key) {
    const today = dayjs(now);
    lastWindow = {
      key,
      earliestDay: today.subtract(MAX_YEARS_FROM_NOW, 'year').format('YYYY-MM-DD'),
      latestDay: today.add(MAX_YEARS_FROM_NOW, 'year').format('YYYY-MM-DD'),
      tomorrow: today.add(1, 'day').format('YYYY-MM-DD'),
    };
  }
  return lastWindow;
}

/**
 * Every deadline and event date a page prints in a block of text, in en/ru/it/es/pt/fr/de/pl:
 *  - "Refund if no delivery before Sep 4, 2026" → protection_end at the start of Sep 4, local;
 *  - a countdown ("5 days 17 hours", "Осталось: 12 дн. 5 ч.", "Tempo rimanente 3 giorni") → protection_end =
 *    now + duration, only when the sentence names protection / confirmation of receipt or the caller passes
 *    `countdownKind`;
 *  - "…return/refund within 7 days of confirming receipt" → return_window_end = completedAt + 7, end of day;
 *    "…dispute within 90 days after order was placed" → dispute_window_end = orderedAt + 90;
 *    "Send it back within 15 days after delivery" → return_window_end = deliveredAt (or completedAt) + 15.
 *    Every rule is reported in `rulesSeen`, also when its starting day is unknown (then no deadline);
 *  - "Order completed on …", "Shipment completed on …", "Paid on …", "Delivered on …" → events;
 *  - coupon/compensation dates are ignored; dates more than 2 years from now are rejected. Never throws.
 */
export function readPrintedDeadlines(
  text: string,
  context: {
    now: Date;
    orderedAt?: string;
    completedAt?: string;
    deliveredAt?: string;
    countdownKind?: 'protection_end';
    /** The order awaits shipment: "The seller will ship the order by <d>" is then its `ship_by` (SHIP_BY_CUES). */
    awaitingShipment?: boolean;
  },
): PrintedDeadlines {
  const result: PrintedDeadlines = { deadlines: [], events: {}, rulesSeen: [] };
  try {
    const now = context?.now;
    if (typeof text !== 'string' || !(now instanceof Date) || !Number.isFinite(now.getTime())) return result;
    // Every printed date, rule ("within 7 days") and countdown has a digit: a status alone ("Completed") has none.
    if (!DIGIT.test(text)) return result;
    const sentences = splitSentences(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).filter((s) =>
      DIGIT.test(s),
    );
    const { earliestDay, latestDay, tomorrow } = calendarWindow(now);
    // A day starts at local midnight: it is in range when that midnight is within two years of now. Compared as
    // ISO day strings; only the two boundary days need the exact instant.
    const dayInRange = (day: string): boolean => {
      if (day > earliestDay && day < latestDay) return true;
      if (day !== earliestDay && day !== latestDay) return false;
      const start = dayjs(day);
      return (
        !start.isBefore(dayjs(now).subtract(MAX_YEARS_FROM_NOW, 'year')) &&
        !start.isAfter(dayjs(now).add(MAX_YEARS_FROM_NOW, 'year'))
      );
    };
    const inRange = (d: dayjs.Dayjs): boolean =>
      !d.isBefore(dayjs(now).subtract(MAX_YEARS_FROM_NOW, 'year')) &&
      !d.isAfter(dayjs(now).add(MAX_YEARS_FROM_NOW, 'year'));

    const addDeadline = (deadline: Deadline): void => {
      if (!result.deadlines.some((d) => d.kind === deadline.kind && d.at === deadline.at)) {
        result.deadlines.push(deadline);
      }
    };

    // One reading of each sentence's dates serves both passes (finding dates is the costly part of a card).
    const datesOf = sentences.map((sentence) => findPageDatesBothWays(sentence, { now }));
    // Events first: a rule in the same block may count from them ("Order completed on …" + the reminder).
    sentences.forEach((sentence, i) => readEvents(sentence, datesOf[i]!.past, tomorrow, dayInRange, result.events));

    for (const [i, sentence] of sentences.entries()) {
      const folded = foldPageText(sentence);
      const pageText = pageTextOf(sentence);
      const rule = WITHIN_RULE.exec(folded);

      if (rule) {
        const days = Number(rule[1]);
        const anchor = anchorAfter(folded, rule.index + rule[0].length) ?? anchorAfter(folded, 0);
        const kind: DeadlineKind | null = hasWordStart(folded, FOLDED.dispute)
          ? 'dispute_window_end'
          : hasWordStart(folded, FOLDED.returns)
            ? 'return_window_end'
            : null;
        if (kind && anchor && days > 0) {
          result.rulesSeen.push({ kind, days, from: anchor, pageText });
          const base =
            anchor === 'confirmation'
              ? (context.completedAt ?? result.events.completedAt)
              : anchor === 'order'
                ? context.orderedAt
                : (context.deliveredAt ??
                  result.events.deliveredAt ??
                  context.completedAt ??
                  result.events.completedAt);
          if (isIsoDay(base)) {
            const endDay = dayjs(base).add(days, 'day').format('YYYY-MM-DD');
            if (dayInRange(endDay)) {
              const source =
                kind === 'dispute_window_end'
                  ? 'page:dispute-window'
                  : anchor === 'delivery'
                    ? 'page:free-return-window'
                    : 'page:return-window';
              addDeadline({ kind, at: dayToInstant(endDay, 'end-of-day'), confidence: 'exact', source, pageText });
            }
          }
        }
        // A rule sentence carries no printed date or countdown of its own.
        continue;
      }

      readLimitDates(
        sentence,
        datesOf[i]!.nearest,
        dayInRange,
        pageText,
        addDeadline,
        context.awaitingShipment === true,
      );

      const namesProtection =
        context.countdownKind === 'protection_end' ||
        hasWordStart(folded, FOLDED.protection) ||
        hasWordStart(folded, FOLDED.confirmReceipt);
      if (namesProtection && !hasWordStart(folded, FOLDED.compensation)) {
        // Only a countdown's form: "Доставка 10–20 дней" is no time left (readCountdownMinutes).
        const minutes = readCountdownMinutes(folded);
        if (minutes !== null) {
          const end = dayjs(now).add(minutes, 'minute');
          if (inRange(end)) {
            addDeadline({
              kind: 'protection_end',
              at: end.format(INSTANT_FORMAT),
              confidence: 'exact',
              source: 'page:protection-countdown',
              pageText,
            });
          }
        }
      }
    }
  } catch {
    // Hostile text must never break a page read: whatever was read so far stands.
  }
  return result;
}

/**
 * The limits a sentence prints, each date judged by the words before it (its lead-in):
 * - non-delivery or protection named ("Refund if no delivery before <d>", "Buyer protection ends <d>") →
 *   protection_end at the START of that day: "before <day>" means protection is over when the day starts, and
 *   the other wordings ("until", "ends on") are read the same, earlier way, so a reminder is never late;
 * - the next step of a dispute ("The seller has until <d> to respond", "A decision will be made by <d>",
 *   "send the item back by <d>", "Your refund … by <d>") → its kind, at the END of that day: "by" dates, the day
 *   itself still counts;
 * - a compensation offer ("coupon if delayed by <d>") is no deadline at all;
 * - with `awaitingShipment`, the seller's processing limit ("The seller will ship the order by <d>") → ship_by, at
 *   the END of that day.
 * One pass over the sentence's dates (findPageDates is the costly part of reading a card).
 */
function readLimitDates(
  sentence: string,
  dates: readonly PageDate[],
  dayInRange: (day: string) => boolean,
  pageText: string,
  addDeadline: (d: Deadline) => void,
  awaitingShipment: boolean,
): void {
  let previousEnd = 0;
  for (const [i, date] of dates.entries()) {
    const leadIn = foldPageText(sentence.slice(previousEnd, date.index));
    previousEnd = date.index + date.match.length;
    if (hasWordStart(leadIn, FOLDED.compensation) || !dayInRange(date.day)) continue;
    // "The seller will ship the order by <d>": a "by" date, the day itself still counts (end of day).
    if (awaitingShipment && hasWordStart(leadIn, FOLDED.shipBy)) {
      addDeadline({
        kind: 'ship_by',
        at: dayToInstant(date.day, 'end-of-day'),
        confidence: 'exact',
        source: 'page:ship-by',
        pageText,
      });
      continue;
    }
    // German "nicht bis <date>": a non-delivery only if the words after the date (up to the next one) name delivery.
    const noDelivery =
      hasWordStart(leadIn, FOLDED.noDelivery) ||
      (hasWordStart(leadIn, FOLDED.notBy) &&
        hasWordStart(foldPageText(sentence.slice(previousEnd, dates[i + 1]?.index)), FOLDED.deliveryAfterDate));
    // "Buyer protection: estimated delivery by <d>", "Оплатите до <d>": a promise or a payment limit, not the end.
    if ((noDelivery || hasWordStart(leadIn, FOLDED.protection)) && !isPromiseOrPaymentLimit(leadIn)) {
      addDeadline({
        kind: 'protection_end',
        at: dayToInstant(date.day, 'start-of-day'),
        confidence: 'exact',
        source: noDelivery ? 'page:no-delivery-refund' : 'page:protection-end',
        pageText,
      });
      continue;
    }
    const step = FOLDED.disputeDates.find(({ cues }) => cues.some((cue) => leadIn.includes(cue)));
    if (step)
      addDeadline({
        kind: step.kind,
        at: dayToInstant(date.day, 'end-of-day'),
        confidence: 'exact',
        source: step.source,
        pageText,
      });
  }
}

/** Event dates of a sentence: the label nearest before each date decides which event it is. */
function readEvents(
  sentence: string,
  dates: readonly PageDate[],
  tomorrow: string,
  dayInRange: (day: string) => boolean,
  events: Partial<OrderEvents>,
): void {
  if (dates.length === 0) return;
  let previousEnd = 0;
  for (const date of dates) {
    const zoneStart = Math.max(previousEnd, date.index - LABEL_REACH);
    const leadIn = foldPageText(sentence.slice(zoneStart, date.index));
    previousEnd = date.index + date.match.length;
    const label = nearestEventLabel(leadIn);
    if (!label) continue;
    const between = leadIn.slice(label.end);
    if (hasWholeWord(between, FOLDED.limit)) continue;
    if (NEGATED_LABEL.test(leadIn.slice(0, label.start))) continue;
    // "Estimated delivery date: <d>" is a promise, not the day it was delivered.
    if (ESTIMATED_LABEL.test(leadIn.slice(0, label.start))) continue;
    // Events already happened: a later day is a misreading, and far-away days are rejected.
    if (date.day > tomorrow || !dayInRange(date.day)) continue;
    if (events[label.key] === undefined) events[label.key] = date.day;
  }
}

/** The event label ending closest to the end of `leadIn` (on a tie the longest: "shipment completed on"). */
function nearestEventLabel(leadIn: string): { key: EventKey; start: number; end: number } | null {
  let best: { key: EventKey; start: number; end: number } | null = null;
  for (const { key, labels } of FOLDED.events) {
    for (const label of labels) {
      let at = indexOfWordStart(leadIn, label);
      let last = -1;
      while (at >= 0) {
        const after = leadIn[at + label.length] ?? '';
        if (!/[\p{L}\p{N}]/u.test(after)) last = at;
        at = indexOfWordStart(leadIn, label, at + 1);
      }
      if (last < 0) continue;
      const candidate = { key, start: last, end: last + label.length };
      if (
        !best ||
        candidate.end > best.end ||
        (candidate.end === best.end && candidate.end - candidate.start > best.end - best.start)
      ) {
        best = candidate;
      }
    }
  }
  return best;
}
