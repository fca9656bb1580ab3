import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import dayjs from 'dayjs';
import { DeadlineSchema, OrderEventsSchema } from '@/utils/model';
import { dayToInstant } from '@/utils/pages/dates';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { formatDay, isoDay } from '../harness/fixtures';

const CAPTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'aliexpress-api',
);

/** "Now" of the real detail capture's story: ordered Jul 15, completed Jul 28, protection to Sep 4 2026. */
const NOW = new Date(2026, 7, 20, 10, 30);

function read(text: string, context: Partial<Parameters<typeof readPrintedDeadlines>[1]> = {}) {
  const result = readPrintedDeadlines(text, { now: NOW, ...context });
  // Every output must satisfy the model's schemas.
  for (const d of result.deadlines) expect(DeadlineSchema.safeParse(d).success, JSON.stringify(d)).toBe(true);
  expect(OrderEventsSchema.partial().safeParse(result.events).success).toBe(true);
  return result;
}

describe('protection end printed as a date ("Refund if no delivery before …")', () => {
  const DAY = 15; // Sep 4 2026 is NOW + 15 days
  it.each([
    ['en', 'Refund if no delivery before {{MMM D, YYYY}}'],
    ['en', 'Refund if no delivery before {{MMM D}}'],
    ['ru', 'Вернём деньги, если заказ не будет доставлен до {{D MMMM YYYY}}'],
    ['ru', 'Возврат средств, если заказ не доставлен до {{D MMM}}'],
    ['it', 'Rimborso in caso di mancata consegna entro il {{D MMMM YYYY}}'],
    ['es', 'Reembolso si no se entrega antes del {{D MMM YYYY}}'],
    ['pt', 'Reembolso se não for entregue até {{D MMM YYYY}}'],
    ['fr', 'Remboursement si non livré avant le {{D MMMM YYYY}}'],
    ['de', 'Rückerstattung, wenn nicht bis zum {{D. MMMM YYYY}} geliefert'],
    ['pl', 'Zwrot pieniędzy, jeśli nie dostarczono przed {{D MMM YYYY}}'],
    ['en', 'Buyer protection ends on {{MMM D, YYYY}}'],
    ['ru', 'Защита покупателя до {{D MMMM}}'],
  ])('%s: %s → start of that day', (lang, template) => {
    const text = template.replace(/\{\{([^}]+)\}\}/, (_m, pattern: string) => formatDay(NOW, DAY, pattern, lang));
    const { deadlines } = read(text);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({
      kind: 'protection_end',
      at: dayToInstant(isoDay(NOW, DAY), 'start-of-day'),
      confidence: 'exact',
      pageText: text,
    });
    expect(deadlines[0]!.source).toMatch(/^page:/);
  });

  it('reads the real service block and ignores the coupon date in it (pages.md §3)', () => {
    const { deadlines } = read(
      'Apply for R$5,00 coupon code if delayed by Aug 3, 2026 · Refund if no delivery before Sep 4, 2026 · Refund if items damaged · Refund if package lost',
    );
    expect(deadlines.map((d) => [d.kind, d.at, d.pageText])).toEqual([
      ['protection_end', dayToInstant('2026-09-04', 'start-of-day'), 'Refund if no delivery before Sep 4, 2026'],
    ]);
  });

  it.each([
    'Apply for R$5,00 coupon code if delayed by Aug 3, 2026',
    'If delivered after Aug 3, 2026 you can collect a R$5 coupon after 48 hours of that date',
    'Estimated delivery date: Aug 3, 2026',
    'Fast delivery: active',
    'Купон 300 ₽, если заказ задержится после 3 августа 2026',
  ])('%j is not a buyer deadline', (text) => {
    expect(read(text).deadlines).toEqual([]);
  });

  it.each([
    ['more than 2 years ahead', 'Refund if no delivery before Sep 4, 2029'],
    ['more than 2 years back', 'Refund if no delivery before Sep 4, 2023'],
  ])('rejects a date %s', (_what, text) => {
    expect(read(text).deadlines).toEqual([]);
  });
});

describe('protection countdowns', () => {
  const minutes = (d: number, h = 0, m = 0) => ((d * 24 + h) * 60 + m) * 60_000;
  it.each([
    ['Buyer protection: 5 days 17 hours', undefined, minutes(5, 17)],
    ['Осталось: 12 дн. 5 ч.', 'protection_end', minutes(12, 5)],
    ['12 дней 5 часов', 'protection_end', minutes(12, 5)],
    ['Осталось 12 дней 5 часов до окончания защиты покупателя', undefined, minutes(12, 5)],
    ['Tempo rimanente 3 giorni', 'protection_end', minutes(3)],
    ['Protezione acquirente: tempo rimanente 3 giorni 4 ore', undefined, minutes(3, 4)],
    ['Protección del comprador: 4 días 2 horas', undefined, minutes(4, 2)],
    ['Proteção do comprador: 4 dias e 2 horas', undefined, minutes(4, 2)],
    ['Protection acheteur : 4 jours 2 heures', undefined, minutes(4, 2)],
    ['Käuferschutz: 4 Tage 2 Stunden 30 Minuten', undefined, minutes(4, 2, 30)],
    ['Ochrona kupującego: 4 dni 2 godziny', undefined, minutes(4, 2)],
    ['Automatic confirmation of receipt in 8d 3h', undefined, minutes(8, 3)],
  ] as const)('%j (countdownKind %s) → now + duration', (text, countdownKind, ms) => {
    const { deadlines } = read(text, { countdownKind });
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({
      kind: 'protection_end',
      confidence: 'exact',
      source: 'page:protection-countdown',
    });
    expect(new Date(deadlines[0]!.at).getTime()).toBe(NOW.getTime() + ms);
  });

  it.each([
    ['a countdown that does not say what it counts', '5 days 17 hours'],
    ['a countdown that does not say what it counts (ru)', 'Осталось: 12 дн. 5 ч.'],
    ['minutes only', 'Buyer protection: 15 minutes'],
    ['a rule, not time left', 'Buyer protection: confirm within 5 days of delivery'],
    ['a coupon timer', 'Protection coupon expires in 2 days'],
  ])('ignores %s', (_what, text) => {
    expect(read(text).deadlines).toEqual([]);
  });
});

describe('rules printed by the page ("within N days of …")', () => {
  const orderedAt = '2026-07-15';
  const completedAt = '2026-07-28';
  const deliveredAt = '2026-07-27';
  const endOf = (day: string, days: number) =>
    dayToInstant(dayjs(day).add(days, 'day').format('YYYY-MM-DD'), 'end-of-day');

  it('reads the real Completed reminder (pages.md §3): return window from completion, dispute window from the order', () => {
    const reminder =
      'Order complete.If there are any problems, you can apply for a return/refund within 7 days of confirming receipt.If the item you received is defective or not as described, you can open a dispute within 90 days after order was placed.';
    const result = read(reminder, { orderedAt, completedAt });
    expect(result.deadlines.map((d) => [d.kind, d.at, d.source])).toEqual([
      ['return_window_end', endOf(completedAt, 7), 'page:return-window'],
      ['dispute_window_end', endOf(orderedAt, 90), 'page:dispute-window'],
    ]);
    expect(result.rulesSeen.map((r) => [r.kind, r.days, r.from])).toEqual([
      ['return_window_end', 7, 'confirmation'],
      ['dispute_window_end', 90, 'order'],
    ]);
    expect(result.deadlines[0]!.pageText).toBe(
      'If there are any problems, you can apply for a return/refund within 7 days of confirming receipt.',
    );
  });

  it('without the starting days it reports the rules but invents no deadline', () => {
    const result = read(
      'You can apply for a return/refund within 7 days of confirming receipt. You can open a dispute within 90 days after order was placed.',
    );
    expect(result.deadlines).toEqual([]);
    expect(result.rulesSeen.map((r) => [r.kind, r.days, r.from])).toEqual([
      ['return_window_end', 7, 'confirmation'],
      ['dispute_window_end', 90, 'order'],
    ]);
  });

  it('"Send it back within 15 days after delivery" is the free-return window, from delivery (or completion)', () => {
    const text =
      'Not satisfied with your order? Send it back within 15 days after delivery. The first return on each order is free (up to 5 times per month).';
    expect(read(text, { deliveredAt, completedAt }).deadlines.map((d) => [d.kind, d.at, d.source])).toEqual([
      ['return_window_end', endOf(deliveredAt, 15), 'page:free-return-window'],
    ]);
    expect(read(text, { completedAt }).deadlines.map((d) => d.at)).toEqual([endOf(completedAt, 15)]);
    expect(read(text).rulesSeen).toEqual([
      {
        kind: 'return_window_end',
        days: 15,
        from: 'delivery',
        pageText: 'Send it back within 15 days after delivery.',
      },
    ]);
  });

  it('counts from a completion date printed in the same block', () => {
    const result = read(
      'Order completed on Jul 28, 2026. You can apply for a return/refund within 7 days of confirming receipt.',
    );
    expect(result.events.completedAt).toBe('2026-07-28');
    expect(result.deadlines.map((d) => d.at)).toEqual([endOf('2026-07-28', 7)]);
  });

  it.each([
    [
      'ru',
      'Вы можете оформить возврат в течение 7 дней после подтверждения получения.',
      'return_window_end',
      7,
      'confirmation',
    ],
    ['ru', 'Вы можете открыть спор в течение 90 дней после оформления заказа.', 'dispute_window_end', 90, 'order'],
    [
      'it',
      'Puoi richiedere un reso/rimborso entro 7 giorni dalla conferma di ricezione.',
      'return_window_end',
      7,
      'confirmation',
    ],
    [
      'it',
      "Puoi aprire una controversia entro 90 giorni dall'effettuazione dell'ordine.",
      'dispute_window_end',
      90,
      'order',
    ],
    [
      'es',
      'Puedes solicitar una devolución o reembolso en un plazo de 7 días tras confirmar la recepción.',
      'return_window_end',
      7,
      'confirmation',
    ],
    [
      'es',
      'Puedes abrir una disputa en un plazo de 90 días desde la realización del pedido.',
      'dispute_window_end',
      90,
      'order',
    ],
    [
      'pt',
      'Você pode solicitar devolução/reembolso em até 7 dias após confirmar o recebimento.',
      'return_window_end',
      7,
      'confirmation',
    ],
    [
      'pt',
      'Você pode abrir uma disputa em até 90 dias após a realização do pedido.',
      'dispute_window_end',
      90,
      'order',
    ],
    ['pt', 'Devolva em até 15 dias após a entrega.', 'return_window_end', 15, 'delivery'],
    [
      'fr',
      'Vous pouvez demander un retour/remboursement sous 7 jours après confirmation de réception.',
      'return_window_end',
      7,
      'confirmation',
    ],
    [
      'fr',
      'Vous pouvez ouvrir un litige sous 90 jours après la passation de la commande.',
      'dispute_window_end',
      90,
      'order',
    ],
    [
      'de',
      'Du kannst innerhalb von 7 Tagen nach Empfangsbestätigung eine Rückgabe/Erstattung beantragen.',
      'return_window_end',
      7,
      'confirmation',
    ],
    [
      'de',
      'Du kannst innerhalb von 90 Tagen nach Aufgabe der Bestellung einen Streitfall eröffnen.',
      'dispute_window_end',
      90,
      'order',
    ],
    [
      'pl',
      'Możesz złożyć wniosek o zwrot w ciągu 7 dni od potwierdzenia odbioru.',
      'return_window_end',
      7,
      'confirmation',
    ],
    ['pl', 'Możesz otworzyć spór w ciągu 90 dni od złożenia zamówienia.', 'dispute_window_end', 90, 'order'],
  ] as const)('%s: %s', (_lang, text, kind, days, from) => {
    const result = read(text, { orderedAt, completedAt, deliveredAt });
    expect(result.rulesSeen.map((r) => [r.kind, r.days, r.from])).toEqual([[kind, days, from]]);
    const base = from === 'order' ? orderedAt : from === 'confirmation' ? completedAt : deliveredAt;
    expect(result.deadlines.map((d) => [d.kind, d.at])).toEqual([[kind, endOf(base, days)]]);
  });
});

describe('event dates', () => {
  it('reads the real detail info block, glued by textContent (pages.md §3)', () => {
    const { events, deadlines } = read(
      'Order placed onJul 15, 2026Paid onJul 15, 2026Shipment completed onJul 16, 2026Order completed onJul 28, 2026',
    );
    expect(events).toEqual({ paidAt: '2026-07-15', shippedAt: '2026-07-16', completedAt: '2026-07-28' });
    expect(deadlines).toEqual([]);
  });

  it.each([
    ['en', 'Paid on {{MMM D, YYYY}}', 'paidAt'],
    ['en', 'Payment time: {{MMM D, YYYY}}', 'paidAt'],
    ['en', 'Delivered on {{MMM D, YYYY}}', 'deliveredAt'],
    ['en', 'Shipment completed on {{MMM D, YYYY}}', 'shippedAt'],
    ['en', 'Order completed on {{MMM D, YYYY}}', 'completedAt'],
    ['en', 'Dispute opened on {{MMM D, YYYY}}', 'disputeOpenedAt'],
    ['ru', 'Дата оплаты: {{D MMMM YYYY}}', 'paidAt'],
    ['ru', 'Доставлен {{D MMMM}}', 'deliveredAt'],
    ['ru', 'Заказ завершён {{D MMM YYYY г.}}', 'completedAt'],
    ['it', 'Pagato il {{D MMMM YYYY}}', 'paidAt'],
    ['es', 'Entregado el {{D MMM YYYY}}', 'deliveredAt'],
    ['pt', 'Pago em {{D MMM YYYY}}', 'paidAt'],
    ['fr', 'Livré le {{D MMMM YYYY}}', 'deliveredAt'],
    ['de', 'Bezahlt am {{D. MMMM YYYY}}', 'paidAt'],
    ['pl', 'Zapłacono {{D MMMM YYYY}}', 'paidAt'],
  ] as const)('%s: %s → %s', (lang, template, key) => {
    const offset = -36; // Jul 15, 2026
    const text = template.replace(/\{\{([^}]+)\}\}/, (_m, pattern: string) => formatDay(NOW, offset, pattern, lang));
    expect(read(text).events).toEqual({ [key]: isoDay(NOW, offset) });
  });

  it.each([
    ['a negated label', 'Возврат, если не доставлен до 4 сентября 2026'],
    ['a limit, not an event', 'Must be delivered by Sep 4, 2026'],
    ['an event in the future', 'Delivered on Sep 4, 2026'],
    ['an event long ago', 'Paid on Jul 15, 2023'],
  ])('ignores %s', (_what, text) => {
    expect(read(text).events).toEqual({});
  });

  it('is not put off by "No." in a preceding order number', () => {
    expect(read('Order No. 8212313961591322 Paid on Jul 15, 2026').events).toEqual({ paidAt: '2026-07-15' });
  });

  it('takes a year-less event date in the past', () => {
    expect(read('Paid on Dec 30', { now: new Date(2027, 0, 2, 12) }).events).toEqual({ paidAt: '2026-12-30' });
  });
});

describe('the real detail capture (reference/aliexpress-api)', () => {
  it.skipIf(!existsSync(CAPTURES))(
    'reads the status reminder, the services and the order info of a Completed order',
    () => {
      const capture = JSON.parse(
        readFileSync(join(CAPTURES, 'maxwellmezadre-aliexpress-mcp__order-detail.json'), 'utf8'),
      );
      const components = Object.values(capture.data.data) as Array<{
        tag?: string;
        type?: string;
        fields?: Record<string, unknown>;
      }>;
      const fieldsOf = (type: string) => components.find((c) => c.type === type)?.fields ?? {};
      const status = fieldsOf('detail_order_status_block') as { reminder: string };
      const info = fieldsOf('detail_simple_order_info_component') as Record<string, string>;
      const services = fieldsOf('detail_order_services') as { data: Array<{ content: string }> };
      const infoText = ['orderCreatTime', 'payTime', 'orderShipTime', 'orderEndTime']
        .map((k) => `${info[`${k}Tile`] ?? info[`${k}Title`] ?? ''} ${info[k]}`)
        .join('\n');

      const block = [status.reminder, ...services.data.map((s) => s.content), infoText].join('\n');
      const result = read(block, { orderedAt: '2026-07-15' });

      expect(result.events).toMatchObject({ paidAt: '2026-07-15', shippedAt: '2026-07-16', completedAt: '2026-07-28' });
      expect(result.deadlines.map((d) => [d.kind, d.at]).sort()).toEqual(
        [
          ['protection_end', dayToInstant('2026-09-04', 'start-of-day')],
          ['return_window_end', dayToInstant('2026-08-04', 'end-of-day')], // Jul 28 + 7
          ['dispute_window_end', dayToInstant('2026-10-13', 'end-of-day')], // Jul 15 + 90
          ['return_window_end', dayToInstant('2026-08-12', 'end-of-day')], // Jul 28 + 15 (no delivery date printed)
        ].sort(),
      );
    },
  );
});

describe('hostile text', () => {
  it('10 KB of noise is read fast and without throwing', () => {
    const chunk =
      'within within 7 days days days of of 5 days 17 hours Refund if no delivery before before Sep Sep 4 4, 2026 coupon ' +
      'Paid on Paid on ((((( 1.1.1.1 · · · Осталось: 12 дн. 5 ч. защита '.repeat(2);
    const text = chunk.repeat(Math.ceil(10_240 / chunk.length));
    const started = performance.now();
    const result = read(text, { countdownKind: 'protection_end' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.deadlines.length).toBeGreaterThan(0);
  });

  it('random text and contexts never throw and always give schema-valid output', () => {
    const words = fc.constantFrom(
      'Refund if no delivery before',
      'Sep 4, 2026',
      'within',
      '7 days',
      'of confirming receipt',
      'dispute',
      'return',
      'after order was placed',
      'Paid on',
      'Осталось:',
      '12 дн.',
      '5 ч.',
      'защита',
      '·',
      '.',
      'coupon',
      'до',
      '4 сентября',
      'Order completed on',
      'Jul 28, 2026',
      '29 Feb',
      '99 days',
      '0 days',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(words, { maxLength: 15 }).map((w) => w.join(' ')),
    );
    const day = fc.option(
      fc.oneof(fc.constantFrom('2026-07-15', '2026-02-30', 'garbage', ''), fc.string({ maxLength: 12 })),
    );
    fc.assert(
      fc.property(
        text,
        fc.date({ min: new Date(2001, 0, 1), max: new Date(2099, 0, 1), noInvalidDate: true }),
        day,
        day,
        fc.boolean(),
        (t, now, orderedAt, completedAt, countdown) => {
          const result = readPrintedDeadlines(t, {
            now,
            orderedAt: orderedAt ?? undefined,
            completedAt: completedAt ?? undefined,
            countdownKind: countdown ? 'protection_end' : undefined,
          });
          for (const d of result.deadlines) {
            expect(DeadlineSchema.safeParse(d).success).toBe(true);
            // Never more than two years away from now.
            expect(Math.abs(new Date(d.at).getTime() - now.getTime())).toBeLessThan(2 * 366 * 86_400_000 + 86_400_000);
          }
          expect(OrderEventsSchema.partial().safeParse(result.events).success).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an invalid "now" yields nothing rather than an exception', () => {
    expect(readPrintedDeadlines('Refund if no delivery before Sep 4, 2026', { now: new Date(Number.NaN) })).toEqual({
      deadlines: [],
      events: {},
      rulesSeen: [],
    });
  });
});

describe('readPrintedDeadlines: the next step of a dispute', () => {
  const now = new Date(2026, 10, 21, 12, 0, 0);
  const read = (text: string) =>
    readPrintedDeadlines(text, { now }).deadlines.map((d) => [d.kind, d.at.slice(0, 10), d.source]);

  it.each([
    [
      'Dispute opened on Nov 19, 2026. The seller has until Nov 24, 2026 to respond.',
      'seller_response_due',
      '2026-11-24',
      'page:seller-response',
    ],
    ['Продавец должен ответить до 24 нояб. 2026 г.', 'seller_response_due', '2026-11-24', 'page:seller-response'],
    [
      'The dispute has been escalated to AliExpress. A decision will be made by Dec 3, 2026.',
      'decision_expected',
      '2026-12-03',
      'page:decision',
    ],
    [
      'Please send the item back by Nov 28, 2026 and add the tracking number.',
      'return_ship_by',
      '2026-11-28',
      'page:return-shipping',
    ],
    [
      'Your refund of R$277,33 will be sent to your original payment method by Nov 29, 2026.',
      'refund_due',
      '2026-11-29',
      'page:refund',
    ],
    ['Il rimborso sarà inviato entro il 29 nov 2026.', 'refund_due', '2026-11-29', 'page:refund'],
  ])('%s → %s %s', (text, kind, day, source) => {
    expect(read(text)).toEqual([[kind, day, source]]);
  });

  it('a "by" date ends at the end of that day: the day itself still counts', () => {
    const [deadline] = readPrintedDeadlines('The seller has until Nov 24, 2026 to respond.', { now }).deadlines;
    expect(new Date(deadline!.at).getHours()).toBe(23);
  });

  it('"Refund if no delivery before …" stays the protection end, and a coupon date is nothing', () => {
    expect(read('Refund if no delivery before Dec 4, 2026')).toEqual([
      ['protection_end', '2026-12-04', 'page:no-delivery-refund'],
    ]);
    expect(read('Apply for R$5,00 coupon code if delayed by Dec 1, 2026, your refund is safe')).toEqual([]);
  });
});
