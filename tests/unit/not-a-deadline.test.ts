/**
 * Deadline truth (issue 12): text that is not a deadline never becomes one. Property tests over the eight languages
 * the readers know (en ru it es pt fr de pl): generated delivery promises, delivery ranges, coupon expiries and
 * "pay by" lines — random numbers and dates, random text around them, placed on an aliexpress.ru list card (the
 * title, the description, the header, the footer, a block of its own) and on an order page (aliexpress.ru's status
 * text; the global page's reminder, services and notices) — yield no deadline at all; genuine countdowns in the
 * same places still do, at now + their duration (so these tests fail both ways).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageOrder } from '@/utils/model';
import { globalDetailReader } from '@/utils/pages/global-detail';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { ruDetailReader } from '@/utils/pages/ru-detail';
import { ruListReader } from '@/utils/pages/ru-list';
import type { ReadResult } from '@/utils/pages/types';
import { formatDay } from '../harness/fixtures';
import { fixtureDocument } from './support/dom';

const NOW = new Date(2026, 6, 15, 9, 30);
/** Runs per property: `NOT_A_DEADLINE_RUNS=1000 npx vitest run tests/unit/not-a-deadline.test.ts` to hunt. */
const RUNS = Number(process.env.NOT_A_DEADLINE_RUNS) || 120;
/** Room for the runs on a busy machine (vitest's default is 5 s; 120 runs of a card take about 2 s). */
const PROPERTY_TIMEOUT = 120_000;

const LANGS = ['en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl'] as const;
type Lang = (typeof LANGS)[number];

// ---------------------------------------------------------------------------------------------------------
// Words, per language
// ---------------------------------------------------------------------------------------------------------

const DAY_WORDS: Record<Lang, string[]> = {
  en: ['days', 'day', 'd'],
  ru: ['дней', 'дня', 'дн.', 'день'],
  it: ['giorni', 'giorno', 'gg'],
  es: ['días', 'dias', 'día'],
  pt: ['dias', 'dia'],
  fr: ['jours', 'jour', 'j'],
  de: ['Tage', 'Tagen', 'Tag'],
  pl: ['dni', 'dzień'],
};
const HOUR_WORDS: Record<Lang, string[]> = {
  en: ['hours', 'h'],
  ru: ['ч.', 'часов', 'часа'],
  it: ['ore', 'h'],
  es: ['horas', 'h'],
  pt: ['horas', 'h'],
  fr: ['heures', 'h'],
  de: ['Stunden', 'Std.'],
  pl: ['godz.', 'godziny'],
};
/** Dates as each UI prints them (tests/harness/fixtures.ts formats; its month names are written by hand). */
const DATE_PATTERNS: Record<Lang, string[]> = {
  en: ['MMM D, YYYY', 'MMM D', 'D MMMM YYYY'],
  ru: ['D MMMM', 'D MMM YYYY г.', 'D MMMM YYYY'],
  it: ['D MMMM YYYY', 'D MMM'],
  es: ['D de MMMM', 'D de MMMM de YYYY', 'D MMM YYYY'],
  pt: ['D de MMMM de YYYY', 'D MMM YYYY'],
  fr: ['D MMMM YYYY', 'D MMM'],
  de: ['D. MMMM YYYY', 'D. MMM'],
  pl: ['D MMMM YYYY', 'D MMM'],
};
/** A range of days as each language writes it, from a and b. */
const RANGE_WORDS: Record<Lang, Array<(a: number, b: number) => string>> = {
  en: [(a, b) => `${a} to ${b}`],
  ru: [(a, b) => `от ${a} до ${b}`],
  it: [(a, b) => `da ${a} a ${b}`],
  es: [(a, b) => `de ${a} a ${b}`],
  pt: [(a, b) => `de ${a} a ${b}`],
  fr: [(a, b) => `de ${a} à ${b}`],
  de: [(a, b) => `${a} bis ${b}`],
  pl: [(a, b) => `od ${a} do ${b}`],
};
/** Text with no date and no deadline around a line. */
const NEUTRAL: Record<Lang, string[]> = {
  en: ['Your package is on its way', 'Track your parcel', 'Thank you for your order'],
  ru: ['Посылка в пути', 'Отследите посылку', 'Спасибо за заказ'],
  it: ['Il pacco è in viaggio', 'Traccia il pacco'],
  es: ['El paquete está en camino', 'Rastrea tu paquete'],
  pt: ['O pacote está a caminho', 'Rastreie o seu pacote'],
  fr: ['Le colis est en route', 'Suivez votre colis'],
  de: ['Das Paket ist unterwegs', 'Verfolgen Sie Ihr Paket'],
  pl: ['Paczka jest w drodze', 'Śledź przesyłkę'],
};

/**
 * Lines that are no deadline. {range} "10–20 дней", {n}/{day} a number of days, {h}/{hour} hours, {date} a date.
 * Delivery promises, then coupon expiries, then payment limits.
 */
const NOT_DEADLINES: Record<Lang, string[]> = {
  en: [
    '{range}',
    'Delivery: {range}',
    'Delivery {range}',
    'Estimated delivery: {range}',
    'Estimated delivery by {date}',
    'Delivery before {date}',
    'Arrives by {date}',
    'Expected delivery {date}',
    'Delivery in {n} {day}',
    'Estimated delivery date: {date}',
    'Delivery within {n} {day}',
    // product and list delivery promises: never the seller's ship-by limit (that needs the seller and the stage)
    'Ships in {n} {day}',
    'Ships by {date}',
    'Ship by {date}',
    'Coupon expires {date}',
    'Coupon expires in {n} {day} {h} {hour}',
    'Coupon valid until {date}',
    'Voucher: {n} {day} left',
    'Pay before {date}',
    'Pay by {date}',
    'Pay within {n} {day}',
    'Please pay within {h} {hour}',
    '{n} {day} {h} {hour} left to pay',
  ],
  ru: [
    '{range}',
    'Доставка {range}',
    'Доставка: {range}',
    'Доставка до {date}',
    'Ожидаемая доставка: {date}',
    'Доставка за {n} {day}',
    'Доставим до {date}',
    'Срок доставки {range}',
    'Прибудет до {date}',
    'Ожидаемая доставка: {date} – {date}',
    'Купон действует до {date}',
    'Купон сгорит через {n} {day} {h} {hour}',
    'Промокод действует до {date}',
    'Оплатите до {date}',
    'Оплатите заказ до {date}',
    'Осталось {n} {day} на оплату',
    'Если не оплатить до {date}, заказ будет отменён',
  ],
  it: [
    '{range}',
    'Consegna {range}',
    'Consegna entro il {date}',
    'Consegna prevista entro il {date}',
    'Consegna stimata: {range}',
    'Arriva entro il {date}',
    'Consegna in {n} {day}',
    'Il coupon scade il {date}',
    'Buono valido fino al {date}',
    'Il coupon scade tra {n} {day} {h} {hour}',
    'Paga entro il {date}',
    'Pagamento entro {n} {day}',
    'Restano {n} {day} per pagare',
  ],
  es: [
    '{range}',
    'Entrega {range}',
    'Entrega prevista el {date}',
    'Entrega estimada: {date}',
    'Entrega antes del {date}',
    'Llega antes del {date}',
    'Entrega en {n} {day}',
    'El cupón caduca el {date}',
    'Cupón válido hasta el {date}',
    'Quedan {n} {day} para usar tu cupón',
    'Paga antes del {date}',
    'Pague antes del {date}',
    'Quedan {n} {day} {h} {hour} para pagar',
  ],
  pt: [
    '{range}',
    'Entrega {range}',
    'Entrega prevista até {date}',
    'Previsão de entrega: {date}',
    'Chega até {date}',
    'Entrega em {n} {day}',
    'O cupom expira em {date}',
    'Cupom válido até {date}',
    'Pague até {date}',
    'Pagamento até {date}',
    'Faltam {n} {day} para pagar',
  ],
  fr: [
    '{range}',
    'Livraison {range}',
    'Livraison estimée le {date}',
    'Livraison prévue avant le {date}',
    'Arrivée estimée : {date}',
    'Livraison en {n} {day}',
    'Le coupon expire le {date}',
    'Coupon valable jusqu’au {date}',
    'Payez avant le {date}',
    'Paiement avant le {date}',
    'Il reste {n} {day} pour payer',
  ],
  de: [
    '{range}',
    'Lieferung {range}',
    'Voraussichtliche Lieferung bis {date}',
    'Lieferung bis {date}',
    'Lieferzeit: {range}',
    'Zustellung bis zum {date}',
    'Lieferung in {n} {day}',
    'Gutschein gültig bis {date}',
    'Der Gutschein läuft in {n} {day} ab',
    'Bitte bezahlen Sie bis {date}',
    'Zahlung bis zum {date}',
    'Noch {n} {day} zum Bezahlen',
  ],
  pl: [
    '{range}',
    'Dostawa {range}',
    'Przewidywana dostawa do {date}',
    'Dostawa do {date}',
    'Szacowana dostawa: {range}',
    'Dostawa w ciągu {n} {day}',
    'Kupon ważny do {date}',
    'Kupon wygasa za {n} {day}',
    'Zapłać do {date}',
    'Płatność do {date}',
    'Pozostało {n} {day} na płatność',
  ],
};

/** Genuine countdowns: `bare` ones don't name protection (read only where the page's structure says what counts). */
const COUNTDOWNS: Record<Lang, Array<{ text: string; bare: boolean; hours: boolean }>> = {
  en: [
    { text: '{d} days {h} hours left', bare: true, hours: true },
    { text: 'Buyer protection ends in {d} days {h} hours', bare: false, hours: true },
    { text: 'Buyer protection: {d} days left', bare: false, hours: false },
  ],
  ru: [
    { text: 'Осталось {d} дн. {h} ч.', bare: true, hours: true },
    { text: 'До конца защиты покупателя: {d} дн. {h} ч.', bare: false, hours: true },
    { text: 'Защита покупателя: осталось {d} дней', bare: false, hours: false },
  ],
  it: [
    { text: 'Restano {d} giorni', bare: true, hours: false },
    { text: 'Protezione acquirente: restano {d} giorni {h} ore', bare: false, hours: true },
  ],
  es: [
    { text: 'Quedan {d} días {h} horas', bare: true, hours: true },
    { text: 'Protección del comprador: quedan {d} días', bare: false, hours: false },
  ],
  pt: [
    { text: 'Faltam {d} dias', bare: true, hours: false },
    { text: 'Proteção do comprador: restam {d} dias {h} horas', bare: false, hours: true },
  ],
  fr: [
    { text: 'Il reste {d} jours {h} heures', bare: true, hours: true },
    { text: 'Protection acheteur : il reste {d} jours', bare: false, hours: false },
  ],
  de: [
    { text: 'Noch {d} Tage {h} Stunden', bare: true, hours: true },
    { text: 'Käuferschutz: noch {d} Tage', bare: false, hours: false },
  ],
  pl: [
    { text: 'Pozostało {d} dni {h} godz.', bare: true, hours: true },
    { text: 'Ochrona kupującego: pozostało {d} dni', bare: false, hours: false },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------

const SEPARATORS = ['–', '-', '—', ' – ', ' - ', '‑'];
const JOINS = [' ', '. ', ' · ', '\n', ', ', ' — '];
/** Letters, spaces and punctuation: random text with no digit (a digit could make a real date of its own). */
const noise = fc.string({ unit: fc.constantFrom(...'abcxyzабвгдеñçüß .,:!?()'.split('')), maxLength: 24 });

const notADeadline = (lang: Lang) =>
  fc
    .record({
      template: fc.constantFrom(...NOT_DEADLINES[lang]),
      a: fc.integer({ min: 1, max: 60 }),
      span: fc.integer({ min: 1, max: 60 }),
      separator: fc.constantFrom(...SEPARATORS),
      rangeWords: fc.boolean(),
      n: fc.integer({ min: 1, max: 99 }),
      h: fc.integer({ min: 0, max: 23 }),
      day: fc.constantFrom(...DAY_WORDS[lang]),
      hour: fc.constantFrom(...HOUR_WORDS[lang]),
      dateOffsets: fc.array(fc.integer({ min: -60, max: 300 }), { minLength: 2, maxLength: 2 }),
      datePattern: fc.constantFrom(...DATE_PATTERNS[lang]),
    })
    .map((g) => {
      const b = g.a + g.span;
      const range = `${g.rangeWords ? RANGE_WORDS[lang][0]!(g.a, b) : `${g.a}${g.separator}${b}`} ${g.day}`;
      let dateIndex = 0;
      return g.template
        .replaceAll('{range}', range)
        .replaceAll('{n}', String(g.n))
        .replaceAll('{day}', g.day)
        .replaceAll('{h}', String(g.h))
        .replaceAll('{hour}', g.hour)
        .replace(/\{date\}/g, () => formatDay(NOW, g.dateOffsets[dateIndex++ % 2]!, g.datePattern, lang));
    });

const countdown = (lang: Lang, bareAllowed: boolean) =>
  fc
    .record({
      template: fc.constantFrom(...COUNTDOWNS[lang].filter((c) => bareAllowed || !c.bare)),
      d: fc.integer({ min: 1, max: 90 }),
      h: fc.integer({ min: 1, max: 23 }),
    })
    .map(({ template, d, h }) => ({
      text: template.text.replaceAll('{d}', String(d)).replaceAll('{h}', String(h)),
      minutes: (d * 24 + (template.hours ? h : 0)) * 60,
    }));

/** A line with random neutral text before and/or after it, in the same sentence or not. */
const surrounded = (lang: Lang, line: fc.Arbitrary<string>) =>
  fc
    .record({
      line,
      before: fc.option(fc.oneof(fc.constantFrom(...NEUTRAL[lang]), noise), { nil: undefined }),
      after: fc.option(fc.oneof(fc.constantFrom(...NEUTRAL[lang]), noise), { nil: undefined }),
      join: fc.constantFrom(...JOINS),
    })
    .map(({ line, before, after, join }) => [before, line, after].filter((part) => part !== undefined).join(join));

const language = fc.constantFrom(...LANGS);
const linesInSomeLanguage = fc.array(
  language.chain((lang) => surrounded(lang, notADeadline(lang))),
  { minLength: 1, maxLength: 3 },
);

// ---------------------------------------------------------------------------------------------------------
// Placements: an aliexpress.ru list card in transit, aliexpress.ru's order page, the global order page
// ---------------------------------------------------------------------------------------------------------

const RU_LIST_URL = 'https://aliexpress.ru/order-list';
const RU_DETAIL_URL = 'https://aliexpress.ru/order-list/5214398062177351';
const GLOBAL_DETAIL_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351';

const ruListDoc = fixtureDocument('ru-list-ru-mixed.html', RU_LIST_URL, NOW);
/** The card in transit ("В пути", confirm + track), its printed lines replaced by neutral text. */
const transitCardTemplate = (() => {
  const card = ruListReader.findCards(ruListDoc).find((c) => c.querySelector('a[href*="5214779947343229"]'))!;
  card.querySelector('[class*="OrderItem__title__"]')!.textContent = 'Посылка в пути';
  card.querySelector('[class*="OrderItem__description__"]')!.textContent = 'Отследите посылку';
  return card;
})();

const CARD_PLACES = ['title', 'description', 'header', 'footer', 'own block'] as const;
type CardPlace = (typeof CARD_PLACES)[number];

function placeOnCard(card: Element, place: CardPlace, text: string): void {
  const doc = card.ownerDocument;
  const block = (tag: string) => {
    const el = doc.createElement(tag);
    el.textContent = text;
    return el;
  };
  if (place === 'title') card.querySelector('[class*="OrderItem__title__"]')!.textContent = text;
  else if (place === 'description') card.querySelector('[class*="OrderItem__description__"]')!.textContent = text;
  else if (place === 'header') card.querySelector('[class*="OrderItem__header__"]')!.append(block('div'));
  else if (place === 'footer') card.querySelector('[class*="OrderItem__footer__"]')!.prepend(block('span'));
  else card.querySelector('[class*="OrderItem__images__"]')!.after(block('div'));
}

function readCardWith(lines: ReadonlyArray<readonly [CardPlace, string]>): PageOrder {
  const card = transitCardTemplate.cloneNode(true) as Element;
  for (const [place, text] of lines) placeOnCard(card, place, text);
  return orderOf(ruListReader.readCard(card, { url: new URL(RU_LIST_URL), now: NOW }));
}

const ruDetailDoc = fixtureDocument('ru-detail-ru-in-transit.html', RU_DETAIL_URL, NOW);
const RU_STATUS_NOTES = '[class*="RedOrderDetailsStatus_Status__description__"]';

function readRuDetailWith(text: string): PageOrder {
  const notes = ruDetailDoc.querySelector(RU_STATUS_NOTES)!;
  const original = notes.textContent;
  notes.textContent = text;
  try {
    return orderOf(ruDetailReader.read(ruDetailDoc, { url: new URL(RU_DETAIL_URL), now: NOW }));
  } finally {
    notes.textContent = original;
  }
}

const globalDetailDoc = fixtureDocument('global-detail-en-awaiting_delivery.html', GLOBAL_DETAIL_URL, NOW);
const GLOBAL_PLACES = ['.order-status-reminder', '.order-services-item-content', '.order-notice-item'] as const;
// The page's own dated lines (the coupon offer, "Refund if no delivery before …") replaced: only the test's lines stay.
for (const selector of ['.order-service-progress', '.order-services-item']) {
  globalDetailDoc.querySelectorAll(selector).forEach((el, i) => {
    if (i > 0) el.remove();
  });
}
for (const selector of GLOBAL_PLACES)
  globalDetailDoc.querySelector(selector)!.textContent = 'Your package is on its way.';
globalDetailDoc.querySelector('.order-service-progress')?.remove();

function readGlobalDetailWith(place: (typeof GLOBAL_PLACES)[number], text: string): PageOrder {
  const el = globalDetailDoc.querySelector(place)!;
  const original = el.textContent;
  el.textContent = text;
  try {
    return orderOf(globalDetailReader.read(globalDetailDoc, { url: new URL(GLOBAL_DETAIL_URL), now: NOW }));
  } finally {
    el.textContent = original;
  }
}

function orderOf(result: ReadResult): PageOrder {
  if (!result.ok) throw new Error(`not read: ${result.reason}`);
  return result.order;
}

const describeDeadlines = (order: PageOrder) =>
  order.deadlines.map((d) => `${d.kind} ${d.at} ${d.source} «${d.pageText}»`);

// ---------------------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------------------

describe('the pages with the test lines replaced read to no deadline on their own', () => {
  it("a card in transit, aliexpress.ru's order page and the global order page", () => {
    const card = readCardWith([]);
    expect(card.status).toBe('awaiting_delivery');
    expect(card.deadlines).toEqual([]);
    const ruDetail = readRuDetailWith('Посылка в пути');
    expect(ruDetail.status).toBe('awaiting_delivery');
    expect(ruDetail.deadlines).toEqual([]);
    const globalDetail = readGlobalDetailWith('.order-status-reminder', 'Your package is on its way.');
    expect(globalDetail.status).toBe('awaiting_delivery');
    expect(globalDetail.deadlines).toEqual([]);
  });
});

describe('delivery promises, ranges, coupon expiries and payment limits are never a deadline', () => {
  it.each(LANGS)(
    '%s: the printed-text reader, with and without a countdown kind',
    (lang) => {
      fc.assert(
        fc.property(
          surrounded(lang, notADeadline(lang)),
          fc.boolean(),
          fc.boolean(),
          (text, countdownKind, unshipped) => {
            const read = readPrintedDeadlines(text, {
              now: NOW,
              orderedAt: '2026-06-01',
              ...(countdownKind ? { countdownKind: 'protection_end' as const } : {}),
              // An order awaiting shipment reads the seller's ship-by limit: a promise is still none.
              ...(unshipped ? { awaitingShipment: true } : {}),
            });
            expect(read.deadlines, text).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'anywhere on an aliexpress.ru list card in transit, one to three lines in any of the eight languages',
    () => {
      fc.assert(
        fc.property(
          linesInSomeLanguage,
          fc.array(fc.constantFrom(...CARD_PLACES), { minLength: 3, maxLength: 3 }),
          (lines, places) => {
            const order = readCardWith(lines.map((text, i) => [places[i]!, text] as const));
            expect(describeDeadlines(order), lines.join(' | ')).toEqual([]);
          },
        ),
        { numRuns: RUNS * 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "in the status text of aliexpress.ru's order page in transit",
    () => {
      fc.assert(
        fc.property(linesInSomeLanguage, (lines) => {
          expect(describeDeadlines(readRuDetailWith(lines.join('\n'))), lines.join(' | ')).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'in the reminder, the services or a notice of the global order page in transit',
    () => {
      fc.assert(
        fc.property(linesInSomeLanguage, fc.constantFrom(...GLOBAL_PLACES), (lines, place) => {
          expect(describeDeadlines(readGlobalDetailWith(place, lines.join('\n'))), lines.join(' | ')).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('genuine countdowns still are the protection end, next to any of those lines', () => {
  const expectOneCountdown = (order: PageOrder, minutes: number, text: string) => {
    expect(
      order.deadlines.map((d) => [d.kind, new Date(d.at).getTime() - NOW.getTime(), d.source]),
      text,
    ).toEqual([['protection_end', minutes * 60_000, 'page:protection-countdown']]);
  };

  it(
    'on a list card: in its description (bare or named), or anywhere when it names protection',
    () => {
      const placed = language.chain((lang) =>
        fc.oneof(
          countdown(lang, true).map((c) => ({ ...c, place: 'description' as CardPlace })),
          fc.tuple(countdown(lang, false), fc.constantFrom(...CARD_PLACES)).map(([c, place]) => ({ ...c, place })),
        ),
      );
      fc.assert(
        fc.property(
          placed,
          linesInSomeLanguage,
          fc.array(fc.constantFrom(...CARD_PLACES), { minLength: 3, maxLength: 3 }),
          (c, lines, places) => {
            // The non-deadline lines go anywhere but where the countdown is.
            const others = lines
              .map((text, i) => [places[i] === c.place ? 'own block' : places[i]!, text] as const)
              .filter(([place]) => place !== c.place);
            const order = readCardWith([...others, [c.place, c.text]]);
            expectOneCountdown(order, c.minutes, `${c.text} | ${lines.join(' | ')}`);
          },
        ),
        { numRuns: RUNS * 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // One element, so its text is one line: the countdown is a sentence of its own (a countdown run into a coupon or
  // a delivery line, "Coupon valid until Sep 4 17 days 6 hours left", is rightly no deadline: it may be the coupon's).
  it(
    "on aliexpress.ru's order page in transit, bare or named, a sentence next to those lines",
    () => {
      const line = language.chain((lang) => fc.tuple(countdown(lang, true), fc.constantFrom(' · ', '; ', ' | ')));
      fc.assert(
        fc.property(line, linesInSomeLanguage, fc.nat(3), ([c, join], lines, at) => {
          const sentences = [...lines];
          sentences.splice(Math.min(at, sentences.length), 0, c.text);
          expectOneCountdown(readRuDetailWith(sentences.join(join)), c.minutes, sentences.join(join));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on the global order page, when it names protection',
    () => {
      const line = language.chain((lang) => countdown(lang, false));
      fc.assert(
        fc.property(line, fc.constantFrom(...GLOBAL_PLACES), (c, place) => {
          expectOneCountdown(readGlobalDetailWith(place, c.text), c.minutes, c.text);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("ship-by: a deadline only for the seller's shipment, while the order awaits shipment", () => {
  const shipBy = (text: string, awaitingShipment: boolean) =>
    readPrintedDeadlines(text, { now: NOW, awaitingShipment }).deadlines.map((d) => `${d.kind} ${d.source}`);

  it.each(['Ships in 3 days', 'Ships by Jul 20, 2026', 'Ship by Jul 20, 2026', 'Estimated delivery by Jul 20, 2026'])(
    '%j → nothing, even on an order awaiting shipment',
    (text) => {
      expect(shipBy(text, true)).toEqual([]);
      expect(shipBy(text, false)).toEqual([]);
    },
  );

  it.each([
    'The seller will ship the order by 20 July.',
    'Продавец отправит заказ до 20 июля.',
    'Der Verkäufer versendet die Bestellung bis zum 20. Juli.',
    'El vendedor enviará el pedido antes del 20 de julio.',
  ])('%j is the ship-by limit on an order awaiting shipment, nothing at any other stage', (text) => {
    expect(shipBy(text, true)).toEqual(['ship_by page:ship-by']);
    expect(shipBy(text, false)).toEqual([]);
  });

  it("aliexpress.ru's order page in transit printing the seller's sentence reads no ship-by", () => {
    expect(describeDeadlines(readRuDetailWith('Продавец отправит заказ до 20 июля.'))).toEqual([]);
  });
});

describe('table: the exact cases of issue 12', () => {
  const read = (text: string, countdownKind = true) =>
    readPrintedDeadlines(text, {
      now: NOW,
      ...(countdownKind ? { countdownKind: 'protection_end' as const } : {}),
    }).deadlines.map((d) => d.kind);

  it.each([
    'Доставка 10–20 дней',
    '10–20 дней',
    'Delivery: 12-20 days',
    '10-20 days',
    'Estimated delivery by Sep 4',
    'Consegna entro il 4 settembre',
    'Entrega prevista el 4 de septiembre',
    'Livraison estimée le 4 septembre',
    'Coupon expires Sep 4',
    'Купон действует до 4 сентября',
    'Pay before Sep 4',
    'Оплатите до 4 сентября',
    'Buyer protection: estimated delivery by Sep 4',
    'Осталось 2 дня на оплату',
  ])('%j → nothing', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('"Estimated delivery date: <past day>" is no delivery event', () => {
    expect(readPrintedDeadlines('Estimated delivery date: Jul 3, 2026', { now: NOW }).events).toEqual({});
    expect(readPrintedDeadlines('Delivery date: Jul 3, 2026', { now: NOW }).events).toEqual({
      deliveredAt: '2026-07-03',
    });
  });

  it.each([
    ['Осталось 17 дн. 6 ч.', true],
    ['17 days 6 hours left', true],
    ['Restano 17 giorni', true],
    ['Refund if no delivery before Sep 4, 2026', false],
    ['Защита покупателя до 4 сентября', false],
  ])('%j is still the protection end', (text, countdownKind) => {
    expect(read(text, countdownKind)).toEqual(['protection_end']);
  });
});
