/**
 * aliexpress.ru lists (utils/pages/ru-list.ts): every date a card prints is read wherever it sits on the card, and
 * what is no deadline stays none. ru-list-<lang>-placements.html: the same cards in Russian and as a browser's
 * German and Spanish translation leave them, their printed dates in the header, the footer, a block of their own or
 * on a card without its title and description; next to them a delivery range ("Доставка 10–20 дней"), a delivery
 * estimate, a coupon, a payment limit and a countdown that doesn't say what it counts.
 */
import { describe, expect, it } from 'vitest';
import { PageOrderSchema, type PageOrder } from '@/utils/model';
import { dayToInstant } from '@/utils/pages/dates';
import { ruListReader } from '@/utils/pages/ru-list';
import { isoDay } from '../harness/fixtures';
import { fixtureDocument } from './support/dom';

const LIST_URL = 'https://aliexpress.ru/order-list';
const LANGUAGES = ['ru', 'de', 'es'] as const;
/** Mid-year and at the turn of the year (year-less dates like "19 янв." then cross into the next year). */
const TODAYS = [
  ['mid-July', new Date(2026, 6, 15, 9, 30)],
  ['late December', new Date(2026, 11, 27, 18, 0)],
] as const;
const COUNTDOWN_MINUTES = (17 * 24 + 6) * 60;

type Expected =
  | { kind: 'protection_end'; countdownMinutes: number }
  | { kind: 'protection_end'; day: number; boundary: 'start-of-day' }
  | { kind: 'seller_response_due'; day: number; boundary: 'end-of-day' };

const CARDS: Array<{ id: string; what: string; deadlines: Expected[]; events?: Record<string, number> }> = [
  { id: '5216000000000001', what: 'a delivery range ("Доставка 10–20 дней") alone', deadlines: [] },
  {
    id: '5216000000000002',
    what: 'a delivery range in the title and a countdown in the description',
    deadlines: [{ kind: 'protection_end', countdownMinutes: COUNTDOWN_MINUTES }],
  },
  {
    id: '5216000000000003',
    what: 'the protection date in the header',
    deadlines: [{ kind: 'protection_end', day: 9, boundary: 'start-of-day' }],
  },
  {
    id: '5216000000000004',
    what: 'the protection date in the footer, its day in a span of its own',
    deadlines: [{ kind: 'protection_end', day: 9, boundary: 'start-of-day' }],
  },
  {
    id: '5216000000000005',
    what: 'the protection countdown in a block of its own, label and figure in separate elements',
    deadlines: [{ kind: 'protection_end', countdownMinutes: COUNTDOWN_MINUTES }],
  },
  {
    id: '5216000000000006',
    what: 'the protection date on a card with no title and no description',
    deadlines: [{ kind: 'protection_end', day: 9, boundary: 'start-of-day' }],
  },
  {
    id: '5216000000000007',
    what: 'a bare countdown outside the description (nothing says what it counts)',
    deadlines: [],
  },
  {
    id: '5216000000000008',
    what: 'a dispute step under the pictures',
    deadlines: [{ kind: 'seller_response_due', day: 1, boundary: 'end-of-day' }],
    events: { disputeOpenedAt: -4 },
  },
  { id: '5216000000000009', what: 'the receipt date in the footer', deadlines: [], events: { deliveredAt: -35 } },
  {
    id: '5216000000000010',
    what: 'a delivery estimate, a coupon and a payment limit, each somewhere else',
    deadlines: [],
  },
];

function readList(lang: (typeof LANGUAGES)[number], today: Date): Map<string, PageOrder> {
  const doc = fixtureDocument(`ru-list-${lang}-placements.html`, LIST_URL, today);
  const ctx = { url: new URL(LIST_URL), now: today };
  return new Map(
    ruListReader.findCards(doc).map((card) => {
      const result = ruListReader.readCard(card, ctx);
      if (!result.ok) throw new Error(`card not read: ${result.reason}`);
      return [result.order.orderId, result.order] as const;
    }),
  );
}

function expectedInstant(d: Expected, today: Date): number {
  if ('countdownMinutes' in d) return today.getTime() + d.countdownMinutes * 60_000;
  return new Date(dayToInstant(isoDay(today, d.day), d.boundary)).getTime();
}

describe.each(LANGUAGES)('ru-list-%s-placements.html', (lang) => {
  const cases = TODAYS.flatMap(([todayLabel, today]) => CARDS.map((card) => ({ ...card, todayLabel, today })));

  it.each(TODAYS)('every card is found, read and valid (%s)', (_label, today) => {
    const orders = readList(lang, today);
    expect([...orders.keys()]).toEqual(CARDS.map((c) => c.id));
    for (const order of orders.values()) expect(PageOrderSchema.safeParse(order).success).toBe(true);
  });

  it.each(cases)('$id ($todayLabel): $what', ({ id, deadlines, events, today }) => {
    const order = readList(lang, today).get(id)!;
    const read = order.deadlines.map((d) => `${d.kind} ${new Date(d.at).getTime()} ${d.confidence}`).sort();
    expect(read).toEqual(deadlines.map((d) => `${d.kind} ${expectedInstant(d, today)} exact`).sort());
    const expectedEvents = Object.fromEntries(
      Object.entries(events ?? {}).map(([event, offset]) => [event, isoDay(today, offset)]),
    );
    expect(order.events).toEqual(expectedEvents);
  });
});

describe('the delivery line "Доставка 10–20 дней" on a card in transit (ru-list-ru-mixed.html)', () => {
  const today = new Date(2026, 0, 10, 12, 0);
  const transitCard = (title: string, description: string | null): PageOrder => {
    const doc = fixtureDocument('ru-list-ru-mixed.html', LIST_URL, today);
    const card = ruListReader.findCards(doc).find((c) => c.querySelector('a[href*="5214779947343229"]'))!;
    card.querySelector('[class*="OrderItem__title__"]')!.textContent = title;
    const descriptionEl = card.querySelector('[class*="OrderItem__description__"]')!;
    if (description === null) descriptionEl.remove();
    else descriptionEl.textContent = description;
    const result = ruListReader.readCard(card, { url: new URL(LIST_URL), now: today });
    if (!result.ok) throw new Error(result.reason);
    expect(result.order.status).toBe('awaiting_delivery');
    return result.order;
  };

  it.each([
    ['Доставка 10–20 дней', null],
    ['Доставка 10–20 дней', 'Посылка в пути'],
    ['Доставка 10-20 дней', 'Посылка в пути'],
    ['Доставка от 10 до 20 дней', null],
    ['Доставка 20 дней', null],
    ['Delivery: 12-20 days', null],
    ['Посылка в пути', 'Доставка 10–20 дней'],
  ])('title %j, description %j: no deadline (was an exact protection end 20 days out)', (title, description) => {
    expect(transitCard(title, description).deadlines).toEqual([]);
  });

  it('next to a real countdown, only the countdown is read', () => {
    const deadlines = transitCard('Доставка 10–20 дней', 'До конца защиты покупателя: 17 дн. 6 ч.').deadlines;
    expect(deadlines.map((d) => [d.kind, new Date(d.at).getTime() - today.getTime(), d.source])).toEqual([
      ['protection_end', COUNTDOWN_MINUTES * 60_000, 'page:protection-countdown'],
    ]);
  });
});
