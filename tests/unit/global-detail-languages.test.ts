/**
 * The global order page reader (utils/pages/global-detail.ts) in four UI languages × every stage of domain.md §1:
 * global-detail-{en,ru,it,es}-<stage>.html. The ru/it/es pages are translations of the English page of the same
 * stage (same order, same dates, translated labels, dates in the language's own format), so the same order must
 * come out of each: id, stage, order date, store, total, actions, events and every printed deadline. Only the
 * status text (and the dispute's state) is the page's own words in that language.
 * Dates in the fixtures are relative to "today", so every expected date is an offset from FIXED_TODAY.
 */
import { describe, expect, it } from 'vitest';
import { isoDay, listFixtures, loadFixture } from '@/tests/harness/fixtures';
import type { DeadlineKind, OrderAction, OrderEvents, OrderStage, PageOrder } from '@/utils/model';
import { globalDetailReader } from '@/utils/pages/global-detail';

/** The detail capture's own day (global.curTime 1788071273217 = 2026-08-30), at local noon. */
const FIXED_TODAY = new Date(2026, 7, 30, 12, 0, 0);

const LANGUAGES = ['en', 'ru', 'it', 'es'] as const;
type Language = (typeof LANGUAGES)[number];

/** What each translation of a stage's page must read the same as the English one. */
interface StagePage {
  orderId: string;
  orderedAt: number;
  storeName: string;
  total: string;
  actions: OrderAction[];
  events: Partial<Record<keyof OrderEvents, number>>;
  deadlines: Array<[DeadlineKind, number]>;
  /** The status title as each language prints it. */
  statusText: Record<Language, string>;
  /** The dispute's state as each language prints it, on pages with a dispute. */
  disputeState?: Record<Language, string>;
}

const STAGES: Record<Exclude<OrderStage, 'unknown'>, StagePage> = {
  awaiting_payment: {
    orderId: '8215100442218890',
    orderedAt: 0,
    storeName: 'Jade Store',
    total: 'R$13,97',
    actions: ['pay', 'cancel', 'contact_seller'],
    events: {},
    deadlines: [],
    statusText: { en: 'Awaiting payment', ru: 'Ожидает оплаты', it: 'In attesa di pagamento', es: 'Pendiente de pago' },
  },
  awaiting_shipment: {
    orderId: '8215002231409876',
    orderedAt: -3,
    storeName: 'Tango Store',
    total: 'R$277,33',
    actions: ['cancel', 'add_to_cart', 'contact_seller'],
    events: { paidAt: -3 },
    // "Refund if no delivery before <+47>" in the service commitment
    deadlines: [['protection_end', +47]],
    statusText: {
      en: 'Awaiting shipment',
      ru: 'Ожидает отправки',
      it: 'In attesa di spedizione',
      es: 'Pendiente de envío',
    },
  },
  awaiting_delivery: {
    orderId: '8214398062177351',
    orderedAt: -20,
    storeName: 'LIMA Store',
    // English total; the earlier ru/it/es translations of this page print local prices (LOCAL_TOTALS below).
    total: 'R$31,93',
    actions: ['track', 'confirm_received', 'add_to_cart', 'open_dispute', 'contact_seller'],
    events: { paidAt: -20, shippedAt: -18 },
    deadlines: [['protection_end', +9]],
    statusText: {
      en: 'Awaiting delivery',
      ru: 'Ожидает доставки',
      it: 'In attesa di consegna',
      es: 'Pendiente de entrega',
    },
  },
  completed: {
    orderId: '8212313961591322',
    orderedAt: -46,
    storeName: 'Vega Store',
    total: 'R$132,74',
    actions: ['track', 'add_to_cart', 'receipt', 'open_dispute', 'contact_seller'],
    events: { paidAt: -46, shippedAt: -45, completedAt: -33 },
    // 7 days from confirming receipt (-33), 15 days from delivery (counted from completion, -33), 90 days from
    // the order (-46); the stale non-delivery refund date of a delivered order is not a deadline.
    deadlines: [
      ['return_window_end', -26],
      ['return_window_end', -18],
      ['dispute_window_end', +44],
    ],
    statusText: { en: 'Completed', ru: 'Завершён', it: 'Completato', es: 'Finalizado' },
  },
  dispute_open: {
    orderId: '8214779947343229',
    orderedAt: -40,
    storeName: 'LIMA Store',
    total: 'R$87,15',
    actions: ['track', 'view_dispute', 'contact_seller'],
    events: { paidAt: -40, shippedAt: -38, disputeOpenedAt: -2 },
    deadlines: [['seller_response_due', +3]], // "The seller has until <+3> to respond"
    statusText: { en: 'Dispute in progress', ru: 'Идёт спор', it: 'Controversia in corso', es: 'Disputa en curso' },
    disputeState: {
      en: "Awaiting seller's response",
      ru: 'Ожидает ответа продавца',
      it: 'In attesa della risposta del venditore',
      es: 'Esperando la respuesta del vendedor',
    },
  },
  dispute_escalated: {
    orderId: '8211781299384136',
    orderedAt: -70,
    storeName: 'Bravo Store',
    total: 'R$400,20',
    actions: ['track', 'view_dispute', 'contact_seller'],
    events: { paidAt: -70, shippedAt: -66, disputeOpenedAt: -18 },
    deadlines: [['decision_expected', +12]], // "A decision will be made by <+12>"
    statusText: {
      en: 'Dispute escalated',
      ru: 'Спор передан в AliExpress',
      it: 'Controversia inoltrata ad AliExpress',
      es: 'Disputa escalada',
    },
    disputeState: {
      en: 'Under review by AliExpress',
      ru: 'Рассматривается AliExpress',
      it: 'In esame da parte di AliExpress',
      es: 'En revisión por AliExpress',
    },
  },
  return_required: {
    orderId: '8212611134562621',
    orderedAt: -55,
    storeName: 'XENON Store',
    total: 'R$335,07',
    actions: ['view_dispute', 'contact_seller'],
    events: { paidAt: -55, shippedAt: -53 },
    deadlines: [['return_ship_by', +7]], // "Please send the item back by <+7>"
    statusText: {
      en: 'Awaiting return',
      ru: 'Ожидает возврата товара',
      it: 'In attesa di reso',
      es: 'Pendiente de devolución',
    },
    disputeState: {
      en: 'Return the item and get a refund',
      ru: 'Верните товар и получите возврат средств',
      it: "Restituisci l'articolo e ricevi un rimborso",
      es: 'Devuelve el artículo y recibe un reembolso',
    },
  },
  refund_pending: {
    orderId: '8212268452148012',
    orderedAt: -50,
    storeName: 'Tango Store',
    total: 'R$277,33',
    actions: ['view_dispute', 'add_to_cart', 'contact_seller'],
    events: { paidAt: -50, shippedAt: -48 },
    deadlines: [['refund_due', +8]], // "Your refund … will be sent … by <+8>"
    statusText: {
      en: 'Refund in progress',
      ru: 'Идёт возврат средств',
      it: 'Rimborso in corso',
      es: 'Reembolso en curso',
    },
    disputeState: {
      en: 'Refund in progress',
      ru: 'Идёт возврат средств',
      it: 'Rimborso in corso',
      es: 'Reembolso en curso',
    },
  },
  dispute_lost: {
    orderId: '8211736227630231',
    orderedAt: -75,
    storeName: 'Tango Store',
    total: 'R$287,99',
    actions: ['view_dispute', 'add_to_cart', 'contact_seller'],
    events: { paidAt: -75, shippedAt: -73 },
    // "closed on <-3> without a refund" is a past event, not a deadline.
    deadlines: [],
    statusText: { en: 'Dispute closed', ru: 'Спор закрыт', it: 'Controversia chiusa', es: 'Disputa cerrada' },
    disputeState: {
      en: 'Dispute closed: no refund',
      ru: 'Спор закрыт: без возврата средств',
      it: 'Controversia chiusa: nessun rimborso',
      es: 'Disputa cerrada: sin reembolso',
    },
  },
  closed: {
    orderId: '8211589415816822',
    orderedAt: -12,
    storeName: 'Jade Store',
    total: 'R$13,97',
    actions: ['add_to_cart', 'remove', 'contact_seller'],
    events: {},
    deadlines: [],
    statusText: { en: 'Closed', ru: 'Закрыт', it: 'Chiuso', es: 'Cerrado' },
  },
};

/** The awaiting-delivery translations predate this matrix and print local prices (their own test pins them). */
const LOCAL_TOTALS: Partial<Record<Language, string>> = { ru: '2 343,06 ₽', it: '25,90 €', es: '25,90 €' };

interface Case extends StagePage {
  fixture: string;
  lang: Language;
  stage: OrderStage;
}

const CASES: Case[] = LANGUAGES.flatMap((lang) =>
  (Object.keys(STAGES) as Array<keyof typeof STAGES>).map((stage) => {
    const page = STAGES[stage];
    const total = stage === 'awaiting_delivery' ? (LOCAL_TOTALS[lang] ?? page.total) : page.total;
    return { ...page, total, fixture: `global-detail-${lang}-${stage}.html`, lang, stage };
  }),
);

function readFixture(fixture: string, orderId: string): PageOrder {
  const doc = new DOMParser().parseFromString(loadFixture(fixture, FIXED_TODAY), 'text/html');
  const url = new URL(`https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`);
  const result = globalDetailReader.read(doc, { url, now: FIXED_TODAY });
  if (!result.ok) throw new Error(`expected a read of ${fixture}, got: ${result.reason}`);
  return result.order;
}

/** A deadline's calendar day in the buyer's zone (`at` carries the local offset, so its date part is that day). */
const dayOf = (at: string) => at.slice(0, 10);
const sorted = <T>(values: readonly T[]) => [...values].sort();

describe('globalDetailReader in four languages × every stage', () => {
  it('has a page for every language and stage', () => {
    const onDisk = new Set(listFixtures());
    expect(CASES.map((c) => c.fixture).filter((f) => !onDisk.has(f))).toEqual([]);
    expect(CASES).toHaveLength(LANGUAGES.length * 10);
  });

  it.each(CASES)('$fixture: id, stage and status text', (c) => {
    const order = readFixture(c.fixture, c.orderId);
    expect(order.orderId).toBe(c.orderId);
    expect(order.status).toBe(c.stage);
    expect(order.statusText).toBe(c.statusText[c.lang]);
    expect(order.disputeState).toBe(c.disputeState?.[c.lang]);
    expect(order.unread).toEqual([]);
  });

  it.each(CASES)('$fixture: order date, store, total and actions', (c) => {
    const order = readFixture(c.fixture, c.orderId);
    expect(order.orderedAt).toBe(isoDay(FIXED_TODAY, c.orderedAt));
    expect(order.store?.name).toBe(c.storeName);
    expect(order.total).toBe(c.total);
    expect(sorted(order.actions)).toEqual(sorted(c.actions));
  });

  it.each(CASES)('$fixture: events', (c) => {
    const order = readFixture(c.fixture, c.orderId);
    const expected = Object.fromEntries(
      Object.entries(c.events).map(([event, offset]) => [event, isoDay(FIXED_TODAY, offset)]),
    );
    expect(order.events).toEqual(expected);
  });

  it.each(CASES)('$fixture: every printed deadline, kind and day', (c) => {
    const order = readFixture(c.fixture, c.orderId);
    const read = order.deadlines.map((d) => `${d.kind} ${dayOf(d.at)}`);
    const expected = c.deadlines.map(([kind, offset]) => `${kind} ${isoDay(FIXED_TODAY, offset)}`);
    expect(sorted(read)).toEqual(sorted(expected));
    for (const deadline of order.deadlines) {
      expect(deadline.confidence).toBe('exact');
      expect(deadline.pageText).toBeTruthy();
    }
  });
});
