/**
 * Property tests of every page reader (LIST_READERS / DETAIL_READERS, utils/pages/readers.ts) on every fixture page:
 * random damage to the page — elements removed, text cut short or replaced with random Unicode, RTL, emoji, 10 KB
 * strings and tricky dates, attributes shuffled or overwritten, class names dropped, cards duplicated — must never
 * make a reader throw (nor fall into its own safety net), and whatever it does read must still be sound: a valid
 * PageOrder, real calendar days, deadlines within two years of "now", and an order id the damaged page really shows.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PageOrderSchema, TrackingFactsSchema, type PageKind, type PageOrder } from '@/utils/model';
import { detectPage } from '@/utils/pages/detect';
import { DETAIL_READERS, LIST_READERS } from '@/utils/pages/readers';
import { trackingPageReader } from '@/utils/pages/tracking';
import type { ReadContext, ReadResult } from '@/utils/pages/types';
import { listFixtures, loadFixture } from '../harness/fixtures';

const NOW = new Date(2026, 10, 21, 12, 0);
/**
 * Runs per fixture page: 32 pages × 20 runs (about 20 ms each) keep this file near 15 s. Hunting for bugs, raise it:
 * `READERS_PROPERTY_RUNS=500 npx vitest run tests/unit/readers-property.test.ts`.
 */
const RUNS_PER_PAGE = Number(process.env.READERS_PROPERTY_RUNS) || 20;

// ---------------------------------------------------------------------------------------------------------
// Fixture pages and the URL each is served at
// ---------------------------------------------------------------------------------------------------------

interface Page {
  file: string;
  kind: PageKind;
  url: string;
  html: string;
}

/** The page's real URL, from its file name (and, for order pages, the order id the fixture itself links to). */
function urlOf(file: string, html: string): string {
  // Hostile fixtures (tests/e2e/hostile-pages.e2e.ts) are global pages too: hostile-list-* / hostile-detail-*.
  if (file.startsWith('hostile-list-')) return 'https://www.aliexpress.com/p/order/index.html';
  if (file.startsWith('hostile-detail-')) {
    return `https://www.aliexpress.com/p/order/detail.html?orderId=${/orderId=(\d{10,22})/.exec(html)?.[1]}`;
  }
  const list = /^global-list-(?:(mobile)-)?([a-z]{2})-/.exec(file);
  if (list) return `https://${list[1] ? 'm' : list[2] === 'en' ? 'www' : list[2]}.aliexpress.com/p/order/index.html`;
  if (file.startsWith('global-detail-')) {
    const id = /orderId=(\d{10,22})/.exec(html)?.[1];
    return `https://www.aliexpress.com/p/order/detail.html?orderId=${id}`;
  }
  if (file.startsWith('ru-list-')) return 'https://aliexpress.ru/order-list';
  if (file.startsWith('tracking-'))
    return `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${/tradeOrderId=(\d{10,22})/.exec(html)?.[1]}`;
  if (file.startsWith('ru-detail-'))
    return `https://aliexpress.ru/order-list/${/\/order-list\/(\d{10,22})/.exec(html)?.[1]}`;
  throw new Error(`no URL known for fixture ${file}`);
}

const ALL_PAGES: Page[] = listFixtures().map((file) => {
  const html = loadFixture(file, NOW);
  const url = urlOf(file, html);
  const kind = detectPage(url);
  if (!kind) throw new Error(`${file}: ${url} is not an order page`);
  return { file, kind, url, html };
});
/** Pages read into orders; the tracking pages are read into tracking facts (their own property test below). */
const PAGES = ALL_PAGES.filter((page) => page.kind !== 'global-tracking');
const TRACKING_PAGES = ALL_PAGES.filter((page) => page.kind === 'global-tracking');

// ---------------------------------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------------------------------

const TEN_KB = 10 * 1024;
const tenKb = (unit: string) => unit.repeat(Math.ceil(TEN_KB / unit.length));

const MONTH_WORDS = ['Sep', 'Feb', 'February', 'сент.', 'февр.', 'set', 'sept.', 'Sept.', 'wrz', 'de fev. de', 'Foo'];
const dateLike = fc
  .record({
    day: fc.integer({ min: 0, max: 40 }),
    month: fc.constantFrom(...MONTH_WORDS),
    monthNumber: fc.integer({ min: 0, max: 14 }),
    year: fc.integer({ min: 1890, max: 2300 }),
    days: fc.integer({ min: 0, max: 999 }),
    hours: fc.integer({ min: 0, max: 99 }),
    shape: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ day, month, monthNumber, year, days, hours, shape }) => {
    switch (shape) {
      case 0:
        return `Refund if no delivery before ${month} ${day}, ${year}`;
      case 1:
        return `Возврат средств, если заказ не доставлен до ${day} ${month} ${year} г.`;
      case 2:
        return `Order date: ${day}.${monthNumber}.${year}`;
      case 3:
        return `Order completed on ${month} ${day}, ${year}.If there are any problems, you can apply for a return/refund within ${days} days of confirming receipt.`;
      case 4:
        return `You can open a dispute within ${days} days after order was placed.`;
      case 5:
        return `Paid on ${month} ${day}`;
      case 6:
        return `${year}-${monthNumber}-${day}`;
      case 7:
        return `Buyer protection ends in ${days} days ${hours} hours`;
      case 8:
        return `Осталось: ${days} дн. ${hours} ч. до автоматического подтверждения`;
      default:
        return `Rückerstattung, wenn nicht bis zum ${day}. ${month} ${year} geliefert`;
    }
  });

const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 26 });

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u202eCompleted\u202c', // right-to-left override
    'تم التسليم',
    'ההזמנה הושלמה',
    '🚚📦✅ Awaiting delivery 🙂',
    '👨‍👩‍👧‍👦'.repeat(30),
    '\u0000\ufffe\ud800', // NUL, a non-character and a lone surrogate
    '<img src=x onerror=alert(1)>',
    'Order ID: 8214398062177351 Copy',
    'x1',
    '×99999',
  ),
  fc
    .constantFrom(
      'x',
      '9',
      'Sep 1, 2026 ',
      'Refund if no delivery before Sep 4, 2026 · ',
      'до 1 сент. ',
      '5 days 17 hours ',
      'مرحبا ',
    )
    .map(tenKb),
  dateLike,
  digits,
  digits.map((d) => `Order ID: ${d}Copy`),
);

const hostileHref: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  digits.map((d) => `https://www.aliexpress.com/p/order/detail.html?orderId=${d}`),
  digits.map((d) => `/order-list/${d}?filterName=active`),
  digits.map((d) => `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${d}`),
  fc.constantFrom('javascript:alert(1)', '//evil.example/store/1', 'data:text/html,x', 'http://[::1', '#'),
);

// ---------------------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------------------

const ATTRIBUTE_NAMES = [
  'href',
  'title',
  'style',
  'class',
  'data-pl',
  'data-testid',
  'data-clipboard-text',
  'src',
  'data-tab',
];

const mutation = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ op: fc.constant('text' as const), pick: fc.nat(), text: hostileText }),
  // Aimed at what readers parse: a text with digits in it (a date, an id, a price, a deadline), replaced or extended.
  fc.record({ op: fc.constant('digitsText' as const), pick: fc.nat(), text: hostileText, append: fc.boolean() }),
  fc.record({ op: fc.constant('shuffleAttributes' as const), pick: fc.nat(), seed: fc.nat() }),
  fc.record({ op: fc.constant('swapAttributes' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constant('setAttribute' as const),
    pick: fc.nat(),
    name: fc.constantFrom(...ATTRIBUTE_NAMES),
    value: hostileHref,
  }),
  fc.record({ op: fc.constant('dropClass' as const), pick: fc.nat(), all: fc.boolean() }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** A damaged page never grows past this many elements (the largest fixture has about 900). */
const MAX_ELEMENTS = 4000;

function elementsOf(doc: Document): Element[] {
  return Array.from(doc.body?.querySelectorAll('*') ?? []);
}

function textNodesOf(doc: Document): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      // Text that shows: white space between tags and the contents of <style> are left alone.
      if (child.nodeType === 3) {
        if ((child as Text).data.trim()) out.push(child as Text);
      } else if (child.nodeName !== 'STYLE') walk(child);
    }
  };
  if (doc.body) walk(doc.body);
  return out;
}

function pickFrom<T>(list: readonly T[], pick: number): T | undefined {
  return list.length === 0 ? undefined : list[pick % list.length];
}

function applyMutation(doc: Document, m: Mutation, cardsOf: (doc: Document) => Element[]): void {
  switch (m.op) {
    case 'remove':
      pickFrom(elementsOf(doc), m.pick)?.remove();
      return;
    case 'truncate': {
      const node = pickFrom(textNodesOf(doc), m.pick);
      if (node) node.data = node.data.slice(0, m.at % (node.data.length + 1));
      return;
    }
    case 'text': {
      const node = pickFrom(textNodesOf(doc), m.pick);
      if (node) node.data = m.text;
      return;
    }
    case 'digitsText': {
      const node = pickFrom(
        textNodesOf(doc).filter((t) => /\d/.test(t.data)),
        m.pick,
      );
      if (node) node.data = m.append ? `${node.data} ${m.text}` : m.text;
      return;
    }
    case 'shuffleAttributes': {
      const el = pickFrom(elementsOf(doc), m.pick);
      if (!el || el.attributes.length < 2) return;
      const names = Array.from(el.attributes, (a) => a.name);
      const values = names.map((n) => el.getAttribute(n) ?? '');
      names.forEach((name, i) => el.setAttribute(name, values[(i + m.seed) % values.length]!));
      return;
    }
    case 'swapAttributes': {
      const els = elementsOf(doc);
      const a = pickFrom(els, m.pick);
      const b = pickFrom(els, m.other);
      if (!a || !b || a === b) return;
      const attrsOf = (el: Element) => Array.from(el.attributes, (attr) => [attr.name, attr.value] as const);
      const [fromA, fromB] = [attrsOf(a), attrsOf(b)];
      for (const [name] of fromA) a.removeAttribute(name);
      for (const [name] of fromB) b.removeAttribute(name);
      for (const [name, value] of fromB) a.setAttribute(name, value);
      for (const [name, value] of fromA) b.setAttribute(name, value);
      return;
    }
    case 'setAttribute':
      pickFrom(elementsOf(doc), m.pick)?.setAttribute(m.name, m.value);
      return;
    case 'dropClass': {
      const el = pickFrom(
        elementsOf(doc).filter((e) => e.classList.length > 0),
        m.pick,
      );
      if (!el) return;
      if (m.all) el.removeAttribute('class');
      else el.classList.remove(el.classList[m.pick % el.classList.length]!);
      return;
    }
    case 'duplicate': {
      // On a list page a whole card; on an order page any element (an item block, an info row, the status…).
      // Bounded: duplicating the page's root eight times over would only measure the test machine's memory.
      const cards = cardsOf(doc);
      const elements = elementsOf(doc);
      const el = pickFrom(cards.length > 0 ? cards : elements, m.pick);
      if (!el || elements.length + (el.querySelectorAll('*').length + 1) * m.times > MAX_ELEMENTS) return;
      for (let i = 0; i < m.times; i++) el.after(el.cloneNode(true));
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// What must hold of every read
// ---------------------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
/** Two years from now either way, with a day's slack for an end-of-day instant and the time zone. */
const EARLIEST = new Date(NOW.getFullYear() - 2, NOW.getMonth(), NOW.getDate() - 1).getTime();
const LATEST = new Date(NOW.getFullYear() + 2, NOW.getMonth(), NOW.getDate() + 2).getTime() - 1;

function isRealDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** Text and markup with white space between digits removed: "8214 3980 6217 7351" shows the id 8214398062177351. */
function digitsCompacted(text: string): string {
  return text.replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1');
}

/** Where an id may come from: the element's markup (attributes included) or its text (nodes joined). */
function shownIn(el: Element, id: string): boolean {
  return [el.outerHTML, el.textContent ?? ''].some((text) => digitsCompacted(text).includes(id));
}

function checkRead(result: ReadResult, idSource: (id: string) => boolean, what: string): void {
  // Reader functions wrap themselves in a safety net; tripping it means a code path threw on page text.
  if (!result.ok) {
    expect(result.reason, `${what}: the reader's safety net caught an exception`).not.toMatch(/^unexpected/);
    return;
  }
  const order: PageOrder = result.order;
  expect(PageOrderSchema.safeParse(order).success, `${what}: not a valid PageOrder`).toBe(true);
  expect(idSource(order.orderId), `${what}: order id ${order.orderId} is not on the page`).toBe(true);
  if (order.orderedAt !== undefined)
    expect(isRealDay(order.orderedAt), `${what}: orderedAt ${order.orderedAt}`).toBe(true);
  for (const [event, day] of Object.entries(order.events)) {
    expect(isRealDay(day), `${what}: event ${event} ${day}`).toBe(true);
    // Events already happened: not after tomorrow, and not further back than two years.
    const at = Date.parse(`${day}T00:00:00`);
    expect(at, `${what}: event ${event} ${day} out of range`).toBeGreaterThanOrEqual(EARLIEST);
    expect(at, `${what}: event ${event} ${day} in the future`).toBeLessThanOrEqual(NOW.getTime() + DAY_MS);
  }
  for (const deadline of order.deadlines) {
    const at = Date.parse(deadline.at);
    expect(Number.isFinite(at), `${what}: deadline ${deadline.at}`).toBe(true);
    expect(isRealDay(deadline.at.slice(0, 10)), `${what}: deadline ${deadline.at}`).toBe(true);
    expect(at, `${what}: ${deadline.kind} ${deadline.at} too far back`).toBeGreaterThanOrEqual(EARLIEST);
    expect(at, `${what}: ${deadline.kind} ${deadline.at} too far ahead`).toBeLessThanOrEqual(LATEST);
  }
}

/**
 * Runs `use` on the page as first served, in a window of its own that is closed afterwards: documents parsed in the
 * test environment's shared window are never freed (about 4 MB each), which hundreds of runs can't afford. Scripts
 * are dropped: readers never look at them, and a mutated `src` would only make the test DOM try to fetch it.
 */
async function withPage(page: Page, use: (doc: Document) => void): Promise<void> {
  const window = new Window({
    url: page.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
    for (const el of Array.from(doc.querySelectorAll('script, link, iframe'))) el.remove();
    use(doc);
  } finally {
    await window.happyDOM.close();
  }
}

describe.each(PAGES)('$file ($kind) under random damage', (page) => {
  const ctx: ReadContext = { url: new URL(page.url), now: NOW };
  const listReader = LIST_READERS[page.kind];
  const detailReader = DETAIL_READERS[page.kind];
  const cardsOf = (doc: Document): Element[] => (listReader ? listReader.findCards(doc) : []);
  /** An order page's id may come from its URL (the readers prefer it), or from the page itself. */
  const urlId = /(\d{10,22})(?!.*\d)/.exec(page.url)?.[1];

  /** Reads the page as the content script would and checks every result. */
  function readAndCheck(doc: Document): void {
    if (listReader) {
      for (const card of listReader.findCards(doc)) {
        // A list card's id must be on that very card, not just somewhere on the page.
        checkRead(listReader.readCard(card, ctx), (id) => shownIn(card, id), page.file);
      }
      return;
    }
    const reader = detailReader!;
    expect(typeof reader.isRendered(doc)).toBe('boolean');
    checkRead(reader.read(doc, ctx), (id) => id === urlId || shownIn(doc.documentElement, id), page.file);
  }

  it('reads the undamaged page', async () => {
    await withPage(page, (doc) => {
      if (listReader) {
        const results = cardsOf(doc).map((card) => listReader.readCard(card, ctx));
        expect(results.length).toBeGreaterThan(0);
        expect(results.every((r) => r.ok)).toBe(true);
      } else {
        // A page that renders late (…-late.html: its script fills it in) is not read before it has rendered.
        const rendered = detailReader!.isRendered(doc);
        expect(detailReader!.read(doc, ctx).ok).toBe(rendered);
        if (!page.file.endsWith('-late.html')) expect(rendered).toBe(true);
      }
      readAndCheck(doc);
    });
  });

  it(
    'never throws, and what it reads stays sound',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) =>
          withPage(page, (doc) => {
            for (const m of mutations) applyMutation(doc, m, cardsOf);
            readAndCheck(doc);
          }),
        ),
        { numRuns: RUNS_PER_PAGE },
      );
    },
    // Generous: a 10-card page under the load of a full run (two cores, three time zones) took up to 4 s.
    10_000 + RUNS_PER_PAGE * 250,
  );
});

describe.each(TRACKING_PAGES)('$file (tracking page) under random damage', (page) => {
  const ctx: ReadContext = { url: new URL(page.url), now: NOW };
  const urlId = new URL(page.url).searchParams.get('tradeOrderId');
  function readAndCheck(doc: Document): void {
    const result = trackingPageReader.read(doc, ctx);
    if (!result.ok) {
      expect(result.reason, `${page.file}: the reader's safety net caught an exception`).not.toMatch(/^unexpected/);
      return;
    }
    // The id is the URL's; what it read passes the background's schema (over-long page text is cut there); a
    // tracking number is a tracking number or nothing.
    expect(result.orderId).toBe(urlId);
    expect(TrackingFactsSchema.safeParse(result.tracking).success).toBe(true);
    if (result.tracking.trackingNumber) expect(result.tracking.trackingNumber).toMatch(/^[A-Za-z0-9-]{6,40}$/);
    const ended = result.tracking.protectionEnd?.at;
    if (ended) expect(Math.abs(Date.parse(ended) - NOW.getTime())).toBeLessThan(2 * 366 * 86_400_000);
  }

  it('reads the undamaged page', async () => {
    await withPage(page, (doc) => {
      expect(trackingPageReader.read(doc, ctx).ok).toBe(true);
      readAndCheck(doc);
    });
  });

  it(
    'never throws, and what it reads stays sound',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) =>
          withPage(page, (doc) => {
            for (const m of mutations) applyMutation(doc, m, () => []);
            readAndCheck(doc);
          }),
        ),
        { numRuns: RUNS_PER_PAGE },
      );
    },
    10_000 + RUNS_PER_PAGE * 250,
  );
});

it('covers every reader and every fixture page', () => {
  const kinds = new Set(PAGES.map((p) => p.kind));
  expect([...kinds].sort()).toEqual([...Object.keys(LIST_READERS), ...Object.keys(DETAIL_READERS)].sort());
  expect(TRACKING_PAGES.length).toBeGreaterThan(0);
  expect(PAGES.length + TRACKING_PAGES.length).toBe(listFixtures().length);
});
