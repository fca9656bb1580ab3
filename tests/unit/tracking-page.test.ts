/**
 * The tracking page reader (utils/pages/tracking.ts) against the fixtures tracking-<lang>-<case>.html (generated from
 * the real querydetail capture, dates relative to "today"), on several "todays" (this run's, a year's first days, a
 * leap day), and against damaged and foreign pages: a page it can't read says so, and never yields a wrong date.
 */
import { describe, expect, it } from 'vitest';
import { isoDay, loadFixture } from '@/tests/harness/fixtures';
import { TrackingFactsSchema, type TrackingFacts } from '@/utils/model';
import { trackingPageReader, type TrackingReadResult } from '@/utils/pages/tracking';

const ORDER = '8214398062177351';
const CAPTURED_ORDER = '8212313961591322';
const trackingUrl = (orderId: string, host = 'www.aliexpress.com') =>
  new URL(`https://${host}/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=${orderId}`);

/** This run's day, plus days where a year-less "Dec. 30" or "Feb. 29" must be placed in the right year. */
const TODAYS = [new Date(), new Date(2027, 0, 2, 9, 30), new Date(2028, 2, 1, 23, 50), new Date(2026, 11, 31, 0, 5)];

function pageOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(doc: Document, url: URL, now: Date): TrackingReadResult {
  return trackingPageReader.read(doc, { url, now });
}

function readOk(fixture: string, url: URL, today: Date): TrackingFacts {
  const result = read(pageOf(loadFixture(fixture, today)), url, today);
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  expect(result.orderId).toBe(orderIdOf(url));
  // Our reader's output is what the background's schema accepts, unchanged.
  expect(TrackingFactsSchema.parse(result.tracking)).toEqual(result.tracking);
  return result.tracking;
}
const orderIdOf = (url: URL) => url.searchParams.get('tradeOrderId');

/** The printed refund date's calendar day (the instant is the start of the printed day, in the buyer's zone). */
const protectionDay = (facts: TrackingFacts) => facts.protectionEnd?.at.slice(0, 10);

describe.each(TODAYS.map((today) => [today.toDateString(), today] as const))('on %s', (_label, today) => {
  it('en, delivered (the capture itself): number, carrier, the delivered event and its day, the refund line', () => {
    const facts = readOk('tracking-en-delivered.html', trackingUrl(CAPTURED_ORDER), today);
    expect(facts).toMatchObject({
      trackingNumber: 'AA000000000BR',
      carrier: 'AliExpress standard shipping',
      lastEvent: { title: 'Delivered', text: 'Package delivered.', at: isoDay(today, -2) },
      eventCount: 26,
      delivered: true,
      deliveredAt: isoDay(today, -2),
      protectionEnd: { kind: 'protection_end', confidence: 'exact', source: 'page:tracking' },
    });
    expect(facts.lastEvent?.timeText).toMatch(/\| \w{3}\. \d{1,2} 18:39$/);
    expect(protectionDay(facts)).toBe(isoDay(today, 35));
    expect(facts.protectionEnd?.pageText).toMatch(/^Refund if no delivery before /);
  });

  it('en, moving: the newest event is yesterday’s, not delivered', () => {
    const facts = readOk('tracking-en-moving.html', trackingUrl(ORDER), today);
    expect(facts).toMatchObject({
      trackingNumber: 'LP00648213579024',
      lastEvent: { title: 'In transit', text: 'Package arrived at local carrier facility', at: isoDay(today, -1) },
      eventCount: 24,
      delivered: false,
    });
    expect(facts.deliveredAt).toBeUndefined();
    // A day earlier than the order page's "before" date for the same order (global-detail-en-awaiting_delivery: +9).
    expect(protectionDay(facts)).toBe(isoDay(today, 8));
  });

  it('en, stuck: nothing since the parcel left the origin country 12 days ago', () => {
    const facts = readOk('tracking-en-stuck.html', trackingUrl(ORDER), today);
    expect(facts.lastEvent).toMatchObject({ text: 'Package leaving origin country/region.', at: isoDay(today, -12) });
    expect(facts).toMatchObject({ eventCount: 10, delivered: false });
  });

  it('en, no event yet: the number and carrier, no event, delivered unknown', () => {
    const facts = readOk('tracking-en-no-events.html', trackingUrl(ORDER), today);
    expect(facts).toMatchObject({ trackingNumber: 'LP00648213579024', carrier: 'AliExpress standard shipping' });
    expect(facts.eventCount).toBe(0);
    expect(facts.lastEvent).toBeUndefined();
    // No event read: nothing says it isn't delivered either.
    expect(facts.delivered).toBeUndefined();
    expect(protectionDay(facts)).toBe(isoDay(today, 8));
  });

  it('es, moving: Spanish dates and refund line', () => {
    const facts = readOk('tracking-es-moving.html', trackingUrl(ORDER, 'es.aliexpress.com'), today);
    expect(facts.lastEvent).toMatchObject({ title: 'En tránsito', at: isoDay(today, -1) });
    expect(facts.delivered).toBe(false);
    expect(protectionDay(facts)).toBe(isoDay(today, 8));
    expect(facts.protectionEnd?.pageText).toMatch(/^Reembolso si no se entrega antes del /);
  });

  it('pt, delivered: "Entregue" is the delivered scan, dated 3 days ago', () => {
    const facts = readOk('tracking-pt-delivered.html', trackingUrl(ORDER, 'pt.aliexpress.com'), today);
    expect(facts).toMatchObject({ delivered: true, deliveredAt: isoDay(today, -3), eventCount: 26 });
    expect(facts.lastEvent).toMatchObject({ title: 'Entregue', text: 'Pacote entregue.' });
    expect(protectionDay(facts)).toBe(isoDay(today, 8));
  });

  it('ru, stuck: Russian dates and refund line', () => {
    const facts = readOk('tracking-ru-stuck.html', trackingUrl(ORDER), today);
    expect(facts.lastEvent).toMatchObject({ title: 'В пути', at: isoDay(today, -12) });
    expect(facts.delivered).toBe(false);
    expect(protectionDay(facts)).toBe(isoDay(today, 8));
  });
});

/** A small tracking page in the v2 shape, for the edge cases. */
function page(body: string, lang = 'en'): Document {
  return pageOf(`<!doctype html><html lang="${lang}"><body><div id="root">${body}</div></body></html>`);
}
const node = (title: string, text: string, time: string) =>
  `<div class="logistic-info-v2--node--a1"><div class="logistic-info-v2--nodeTitle--b2">${title}</div>` +
  `<div class="logistic-info-v2--nodeDesc--c3">${text}</div><div class="logistic-info-v2--nodeTime--d4">${time}</div></div>`;
const packageBlock = (inner: string) =>
  `<div class="logistic-info-v2--wrap--x"><div class="logistic-info-v2--carrierTitle--y">Cainiao Super Economy</div>` +
  `<span class="logistic-info-v2--mailNoValue--z">LP00111222333444</span>${inner}</div>`;
const NOW = new Date(2027, 0, 2, 10, 0);

describe('edge cases', () => {
  it('a year-less date in the past year: "Dec. 30" read on Jan 2 is last year’s Dec 30', () => {
    const result = read(
      page(packageBlock(node('In transit', 'Departed', 'Wed | Dec. 30 08:00'))),
      trackingUrl(ORDER),
      NOW,
    );
    expect(result.ok && result.tracking.lastEvent?.at).toBe('2026-12-30');
  });

  it('the newest event by its date and time, whatever order the page lists them in', () => {
    const events = [
      node('In transit', 'Older', 'Mon | Dec. 28 23:00'),
      node('In transit', 'Newest', 'Thu | Dec. 31 09:15'),
      node('In transit', 'Same day, earlier', 'Thu | Dec. 31 07:00'),
    ].join('');
    const result = read(page(packageBlock(events)), trackingUrl(ORDER), NOW);
    expect(result.ok && result.tracking.lastEvent).toMatchObject({ text: 'Newest', at: '2026-12-31' });
  });

  it('"Out for delivery" and "Delivery failed" are not a delivered scan', () => {
    const events = [
      node('Delivery failed', 'Nobody home', 'Fri | Jan. 1 12:00'),
      node('Out for delivery', 'On the van', 'Fri | Jan. 1 08:00'),
    ];
    const result = read(page(packageBlock(events.join(''))), trackingUrl(ORDER), NOW);
    expect(result.ok && result.tracking.delivered).toBe(false);
  });

  it('the arrival line alone can say delivered ("Delivered：Dec. 31")', () => {
    const arrival = '<div class="arrival-time-v2--title--q">Delivered：Dec. 31</div>';
    const result = read(
      page(arrival + packageBlock(node('Update', 'Handed over', 'Thu | Dec. 31 10:00'))),
      trackingUrl(ORDER),
      NOW,
    );
    expect(result.ok && result.tracking).toMatchObject({ delivered: true, deliveredAt: '2026-12-31' });
  });

  it('a page in a language whose words OrderShield does not know: delivered stays unknown, never "no"', () => {
    const result = read(
      page(packageBlock(node('배송 완료', '배송되었습니다', '12.31 10:00')), 'ko'),
      trackingUrl(ORDER),
      NOW,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.tracking.delivered).toBeUndefined();
  });

  it('a tracking number that is no tracking number (markup, a sentence, 10 KB) stays unknown', () => {
    for (const junk of ['see below', 'x'.repeat(10_000), '<b>LP1</b>']) {
      const block = packageBlock(node('In transit', 'Departed', 'Thu | Dec. 31 10:00')).replace(
        'LP00111222333444',
        junk,
      );
      const result = read(page(block), trackingUrl(ORDER), NOW);
      expect(result.ok && result.tracking.trackingNumber, junk.slice(0, 20)).toBeUndefined();
    }
    const spaced = packageBlock('').replace('LP00111222333444', 'LP 0011 1222 3334 44');
    const result = read(page(spaced), trackingUrl(ORDER), NOW);
    expect(result.ok && result.tracking.trackingNumber).toBe('LP00111222333444');
  });

  it('an event whose time can’t be read keeps its text, without a date', () => {
    const result = read(page(packageBlock(node('In transit', 'Departed', 'soon'))), trackingUrl(ORDER), NOW);
    expect(result.ok && result.tracking.lastEvent).toEqual({ title: 'In transit', text: 'Departed', timeText: 'soon' });
  });

  it('the 2023 build’s classes (Ali-Manager, AliHelper) still give the number and the event text', () => {
    const old =
      '<div class="tracking-page-pc-wrap"><div class="logistic-info--mailNo-pc--3cTqcXe"><div><span>LP00999888777666</span></div></div>' +
      '<div class="logistic-info--track--WBcFzsd"><div class="logistic-info--node--k"><div class="logistic-info--nodeDesc--Pa3Wnop">Arrived at sorting center</div></div></div></div>';
    const result = read(page(old), trackingUrl(ORDER), NOW);
    expect(result.ok && result.tracking).toMatchObject({
      trackingNumber: 'LP00999888777666',
      eventCount: 1,
      lastEvent: { text: 'Arrived at sorting center' },
    });
  });

  it('the refund line is found by its words when its block has an unknown class', () => {
    const refund = '<div class="promise--x"><span>Refund if no delivery before Jan 20, 2027</span></div>';
    const result = read(
      page(refund + packageBlock(node('In transit', 'Departed', 'Thu | Dec. 31 10:00'))),
      trackingUrl(ORDER),
      NOW,
    );
    expect(result.ok && result.tracking.protectionEnd).toMatchObject({
      kind: 'protection_end',
      source: 'page:tracking',
    });
    expect(result.ok && result.tracking.protectionEnd?.at.slice(0, 10)).toBe('2027-01-20');
  });

  it.each([
    ['an empty page', page(''), trackingUrl(ORDER), /no package block/],
    [
      'a page frame still loading',
      page('<div class="tracking-v2--wrap--k"></div>'),
      trackingUrl(ORDER),
      /no package block/,
    ],
    [
      'a package block with nothing in it',
      page('<div class="logistic-info-v2--wrap--x"></div>'),
      trackingUrl(ORDER),
      /no tracking number, carrier or event/,
    ],
    [
      'a URL without the order id',
      page(packageBlock('')),
      new URL('https://www.aliexpress.com/p/tracking/index.html'),
      /no order id/,
    ],
  ])('%s: a clear "couldn’t read"', (_name, doc, url, reason) => {
    const result = read(doc, url, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('a hostile page: markup in texts stays text, over-long texts are cut by the schema, nothing throws', () => {
    const hostile = packageBlock(
      node('<img src=x onerror=alert(1)>', 'x'.repeat(5000), 'Thu | Dec. 31 10:00') +
        node('In transit', 'Departed', 'Fri | Feb. 30 10:00'),
    );
    const result = read(page(hostile), trackingUrl(ORDER), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = TrackingFactsSchema.parse(result.tracking);
    expect(stored.lastEvent?.text?.length).toBeLessThanOrEqual(160);
    // Feb 30 is no day: the newest readable event counts, the bad date is never turned into Mar 2.
    expect(stored.lastEvent?.at).toBe('2026-12-31');
  });
});
