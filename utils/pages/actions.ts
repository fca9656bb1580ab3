/**
 * The actions a page offers for an order (its buttons and links), read in a language-independent way where
 * possible: the JSON button `type`, then a link's URL, then the label in en, ru, it, es, pt, fr, de, pl.
 * Actions are a signal of the order's stage that survives translation (see `status.ts`).
 */
import type { OrderAction } from '@/utils/model';
import { foldPageText } from '@/utils/pages/dates';
import { memoizeText } from '@/utils/pages/memo';
import { containsWords } from '@/utils/pages/words';

/**
 * Button `type`s of the V2 JSON (`pc_om_list_order.fields.buttons[]`, `detail_order_status_block.buttonVOList[]`,
 * `productVOList[].buttonVOS[]`), pages.md §4 and the captures in reference/aliexpress-api/. Only types seen
 * there are listed; `COMBINE_DELIVERY` (tobixen capture) is not an action on the order.
 */
const ACTION_BY_BUTTON_TYPE: Readonly<Record<string, OrderAction>> = {
  CONFIRM_GOODS: 'confirm_received', // "Confirm received"
  OPEN_DISPUTE: 'open_dispute', // "Returns/refunds" (detail capture: extMap.actionType REFUND_RETURN)
  TRACKING: 'track', // "Track status"
  REPURCHASE: 'add_to_cart', // "Add to cart", whole order
  REPURCHASE_LINE: 'add_to_cart', // "Add to cart", one line of the order
  DELETE: 'remove', // "Remove"
  DOWNLOAD_RECEIPT: 'receipt', // "Receipt"
  DOWNLOAD_INVOICE: 'receipt', // invoice download (pages.md §4)
};

/** The page's JSON button `type` (pages.md §4: CONFIRM_GOODS, OPEN_DISPUTE, TRACKING, …) → action, or null. */
export function actionFromButtonType(type: string): OrderAction | null {
  if (typeof type !== 'string') return null;
  const key = type.trim().toUpperCase();
  return Object.hasOwn(ACTION_BY_BUTTON_TYPE, key) ? ACTION_BY_BUTTON_TYPE[key]! : null;
}

/**
 * URL shapes, tried in order on the lower-cased href. The first that matches decides; a link to the order
 * itself (`/p/order/detail.html?orderId=`) is not an action and stops the search so its label ("Order details")
 * can't be misread.
 */
const HREF_RULES: ReadonlyArray<readonly [OrderAction | null, RegExp]> = [
  // Order detail / list links: navigation, not actions (pages.md §2.1 `order_item_header_detail`).
  [null, /\/p\/order\/(?:detail|index)\.html|order_detail\.htm|\/order-list\/\d+|orderlist\.htm/],
  // V2 tracking page `/p/tracking/index.html?tradeOrderId=` (pages.md §2.3); legacy track.aliexpress.com
  // `logisticsdetail.htm`; the cainiao tracking site linked from it.
  ['track', /\/p\/tracking\/|track\.aliexpress\.|logisticsdetail\.htm|global\.cainiao\.com|\/tracking(?:[/?#]|$)/],
  // An existing dispute: V1 `issue/issueDetail.htm?issueId=`, and any dispute/reverse page naming its id.
  [
    'view_dispute',
    /issuedetail|disputedetail|dispute-detail|reverse(?:-order)?-?detail|[?&](?:issueid|disputeid|reverseorderid)=/,
  ],
  // Opening one: V1 `issue/openIssue`, V2 dispute/reverse (returns) application pages.
  [
    'open_dispute',
    /openissue|open-issue|dispute.*(?:apply|create|open)|reverse.*(?:apply|create)|\/p\/reverse|\/p\/dispute/,
  ],
  // Payment: the cashier / pay pages.
  ['pay', /cashier|\/p\/pay|[/.]pay\.htm|\/payment\b|paymentorder|trade\/pay/],
  // Feedback / review pages.
  ['leave_feedback', /feedback\.aliexpress|\/evaluation|\/p\/feedback|leavefeedback|\/review\/(?:write|add)/],
  // Messages with the seller.
  ['contact_seller', /msg\.aliexpress|message\.aliexpress|\/p\/im\/|\/im\/|sellerconnect/],
  // Receipts and invoices.
  ['receipt', /receipt|invoice/],
];

/**
 * Labels, in the order: exact label, then phrases inside a longer label (longest phrase first, so "Confirm
 * receipt" is not read as "Receipt" and "View dispute" not as "dispute"). English labels are the V2 page's own
 * (pages.md §2.2, §4: "Confirm received", "Track status"/"Track order", "Add to cart", "Remove", "Receipt",
 * "Returns/refunds", "Contact seller", "Pay now"); ru "Отследить" (Kotlin importer), "Подтвердить получение"
 * (mock-up); the rest are the usual AliExpress wordings of each language, plus what a browser's page translation
 * prints for aliexpress.ru's Russian buttons where it differs from them (marked "translated page";
 * tests/fixtures/aliexpress/ru-detail-de-*.html, ru-detail-es-*.html).
 */
const LABELS: ReadonlyArray<readonly [OrderAction, readonly string[]]> = [
  [
    'confirm_received',
    [
      'Confirm received',
      'Confirm receipt',
      'Confirm delivery',
      'Confirm goods received',
      'Confirm order received',
      'Подтвердить получение',
      'Подтвердить доставку',
      'Conferma ricezione',
      'Conferma la ricezione',
      'Conferma di ricezione',
      'Confirmar recepción',
      'Confirmar la recepción',
      'Confirmar recibo',
      'Confirmar recebimento',
      'Confirmar o recebimento',
      'Confirmer la réception',
      'Confirmer réception',
      'Empfang bestätigen',
      'Erhalt bestätigen',
      'Lieferung bestätigen',
      'Potwierdź odbiór',
      'Potwierdź otrzymanie',
    ],
  ],
  [
    'track',
    [
      'Track order',
      'Track status',
      'Track package',
      'Track',
      'Tracking',
      'Отследить',
      'Отследить заказ',
      'Отследить посылку',
      'Отслеживание',
      'Traccia',
      'Traccia ordine',
      'Traccia il pacco',
      'Tracciamento',
      'Rastrear',
      'Rastrear pedido',
      'Seguir pedido',
      'Seguimiento',
      'Rastrear encomenda',
      'Rastreamento',
      'Suivre',
      'Suivre la commande',
      'Suivre le colis',
      'Suivi',
      'Sendung verfolgen',
      'Bestellung verfolgen',
      'Verfolgen',
      'Śledź',
      'Śledź przesyłkę',
      'Śledź zamówienie',
      'Śledzenie',
    ],
  ],
  [
    'pay',
    [
      'Pay now',
      'Pay',
      'Pay order',
      'Оплатить',
      'Оплатить сейчас',
      'Paga ora',
      'Paga',
      'Pagar ahora',
      'Pagar',
      'Pagar agora',
      'Payer',
      'Payer maintenant',
      'Jetzt bezahlen',
      'Bezahlen',
      'Zapłać',
      'Zapłać teraz',
    ],
  ],
  [
    'cancel',
    [
      'Cancel order',
      'Cancel',
      'Cancel the order',
      'Отменить заказ',
      'Отменить',
      'Annulla ordine',
      'Annulla',
      'Cancelar pedido',
      'Cancelar',
      'Annuler la commande',
      'Annuler',
      'Bestellung stornieren',
      'Stornieren',
      'Anuluj zamówienie',
      'Anuluj',
    ],
  ],
  [
    'open_dispute',
    [
      'Returns/refunds',
      'Return/refund',
      'Returns & refunds',
      'Open dispute',
      'Open a dispute',
      'Request refund',
      'Открыть спор',
      'Возврат/возмещение',
      'Возврат и возмещение',
      'Вернуть деньги',
      'Apri controversia',
      'Apri una controversia',
      'Resi/rimborsi',
      'Reso/rimborso',
      'Abrir disputa',
      'Abrir una disputa',
      'Devoluciones/reembolsos',
      'Devolución/reembolso',
      'Devoluções/reembolsos',
      'Devolução/reembolso',
      'Ouvrir un litige',
      'Retours/remboursements',
      'Retour/remboursement',
      'Streitfall eröffnen',
      'Rücksendungen/Erstattungen',
      'Rückgabe/Erstattung',
      'Otwórz spór',
      'Zwroty/refundacje',
      'Zwrot/zwrot pieniędzy',
      // translated page: "Открыть спор"; a translation says "Streit" where AliExpress's own German UI says "Streitfall"
      'Streit eröffnen',
    ],
  ],
  [
    'view_dispute',
    [
      'View dispute',
      'Dispute details',
      'Check dispute',
      'View refund',
      'Refund details',
      'View return',
      'Посмотреть спор',
      'Детали спора',
      'Подробнее о споре',
      'Visualizza controversia',
      'Dettagli controversia',
      'Ver disputa',
      'Detalles de la disputa',
      'Detalhes da disputa',
      'Voir le litige',
      'Détails du litige',
      'Streitfall ansehen',
      'Streitfalldetails',
      'Zobacz spór',
      'Szczegóły sporu',
      // translated page: "Посмотреть спор"
      'Streit ansehen',
    ],
  ],
  [
    'extend_protection',
    [
      'Extend purchase protection',
      'Extend protection',
      'Extend buyer protection',
      'Продлить защиту',
      'Продлить защиту покупателя',
      'Estendi protezione',
      'Estendi la protezione',
      'Ampliar protección',
      'Extender protección',
      'Estender proteção',
      'Prolongar proteção',
      'Prolonger la protection',
      'Käuferschutz verlängern',
      'Schutz verlängern',
      'Przedłuż ochronę',
      'Przedłuż ochronę kupującego',
    ],
  ],
  [
    'contact_seller',
    [
      'Contact seller',
      'Contact the seller',
      'Message seller',
      'Связаться с продавцом',
      'Написать продавцу',
      'Contatta il venditore',
      'Contatta venditore',
      'Contactar con el vendedor',
      'Contactar al vendedor',
      'Contatar vendedor',
      'Contatar o vendedor',
      'Falar com o vendedor',
      'Contacter le vendeur',
      'Verkäufer kontaktieren',
      'Kontakt zum Verkäufer',
      'Skontaktuj się ze sprzedawcą',
      'Napisz do sprzedawcy',
      // translated page: "Связаться с продавцом" as a polite imperative
      'Kontaktieren Sie den Verkäufer',
    ],
  ],
  [
    'add_to_cart',
    [
      'Add to cart',
      'Buy again',
      'Добавить в корзину',
      'В корзину',
      'Купить снова',
      'Купить ещё раз',
      'Aggiungi al carrello',
      'Acquista di nuovo',
      'Añadir al carrito',
      'Agregar al carrito',
      'Comprar de nuevo',
      'Adicionar ao carrinho',
      'Comprar novamente',
      'Ajouter au panier',
      'Acheter à nouveau',
      'In den Warenkorb',
      'Erneut kaufen',
      'Dodaj do koszyka',
      'Kup ponownie',
    ],
  ],
  [
    'remove',
    [
      'Remove',
      'Delete',
      'Delete order',
      'Удалить',
      'Удалить заказ',
      'Rimuovi',
      'Elimina',
      'Eliminar',
      'Remover',
      'Excluir',
      'Supprimer',
      'Entfernen',
      'Löschen',
      'Usuń',
      'Usuń zamówienie',
    ],
  ],
  [
    'receipt',
    [
      'Receipt',
      'Invoice',
      'Download receipt',
      'Чек',
      'Квитанция',
      'Ricevuta',
      'Fattura',
      'Recibo',
      'Factura',
      'Fatura',
      'Reçu',
      'Facture',
      'Quittung',
      'Beleg',
      'Rechnung',
      'Paragon',
      'Faktura',
      'Potwierdzenie zakupu',
    ],
  ],
  [
    'leave_feedback',
    [
      'Leave feedback',
      'Leave a review',
      'Write a review',
      'Review',
      'Rate',
      'Оставить отзыв',
      'Написать отзыв',
      'Оценить',
      'Lascia un feedback',
      'Lascia una recensione',
      'Dejar comentarios',
      'Dejar una valoración',
      'Valorar',
      'Deixar avaliação',
      'Avaliar',
      'Laisser un avis',
      'Laisser un commentaire',
      'Évaluer',
      'Bewertung abgeben',
      'Bewerten',
      'Wystaw opinię',
      'Oceń',
      // translated page: "Оставить отзыв"
      'Feedback hinterlassen',
      'Dejar un comentario',
    ],
  ],
];

/** Folded phrase → action, and the phrases longest first for the contains pass. */
const LABEL_BY_FOLDED: ReadonlyMap<string, OrderAction> = new Map(
  LABELS.flatMap(([action, labels]) => labels.map((label) => [foldPageText(label), action] as const)),
);
const PHRASES_LONGEST_FIRST: readonly string[] = [...LABEL_BY_FOLDED.keys()].sort((a, b) => b.length - a.length);

/** Button labels are short; anything longer is a container's text, not one control's label. */
const MAX_LABEL = 80;

/** A button label → action (memoized: every card repeats the same few labels). */
const actionFromLabel = memoizeText(readActionFromLabel);

function readActionFromLabel(label: string): OrderAction | null {
  const folded = foldPageText(label)
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/[\s.:!>›»]+$/u, '')
    .trim();
  if (!folded || folded.length > MAX_LABEL) return null;
  const exact = LABEL_BY_FOLDED.get(folded);
  if (exact) return exact;
  const phrase = PHRASES_LONGEST_FIRST.find((p) => containsWords(folded, p));
  return phrase ? LABEL_BY_FOLDED.get(phrase)! : null;
}

function actionFromHref(href: string): OrderAction | null | undefined {
  const url = href.trim().toLowerCase().slice(0, 2000);
  if (!url || url.startsWith('javascript:') || url === '#') return undefined;
  for (const [action, pattern] of HREF_RULES) {
    if (pattern.test(url)) return action;
  }
  return undefined;
}

/**
 * A button/link → action: its href first (tracking page → 'track', dispute pages → 'open_dispute' or
 * 'view_dispute', pay pages → 'pay', …; a link to the order itself → null), then its label in the 8 languages.
 */
export function actionFromControl(label: string, href?: string | null): OrderAction | null {
  if (typeof href === 'string') {
    const byHref = actionFromHref(href);
    if (byHref !== undefined) return byHref;
  }
  return typeof label === 'string' ? actionFromLabel(label) : null;
}

/** The words a control shows: its text, else its accessible name or tooltip (icon-only buttons). */
function controlLabel(control: Element): string {
  const text = (control.textContent ?? '').trim();
  if (text) return text;
  return control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '';
}

/** All distinct actions of a set of controls (Elements: a, button), in page order. Never throws. */
export function readActions(controls: Iterable<Element>): OrderAction[] {
  const found: OrderAction[] = [];
  try {
    for (const control of controls) {
      const action = actionFromControl(controlLabel(control), control.getAttribute('href'));
      if (action && !found.includes(action)) found.push(action);
    }
  } catch {
    // A broken iterable (a detached live collection) yields what was read so far.
  }
  return found;
}
