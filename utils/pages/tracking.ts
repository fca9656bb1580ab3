/**
 * Reader of AliExpress's own tracking page (V2): www.aliexpress.com/p/tracking/index.html?tradeOrderId=…, its
 * language subdomains and aliexpress.us (pages.md §2.3). Pure: a `Document` and a context in, tracking facts out.
 *
 * What it reads: the tracking number, the carrier, the newest event (its title, text and day), whether the carrier
 * reported the parcel delivered (and when), and the "Refund if no delivery before …" line the page prints.
 * Structure first: the order id comes from the URL, every part from its (hashed) class prefix; words are read only
 * to tell a "Delivered" event apart, in the 8 UI languages. What the page doesn't show stays absent, and a page
 * without its package block is a "couldn't read" with the reason, never an exception or a guessed date.
 *
 * The page's own data (mtop.ae.ld.querydetail, pages.md §3) is not read: everything above is on screen, and hooking
 * it would widen the page-world script (Chrome only) to this page for no fact the DOM lacks; its `time` fields are
 * not even in event order in the real capture, where the printed `timeText` is.
 */
import type { Deadline, OrderId, TrackingFacts } from '@/utils/model';
import { foldPageText, parsePageDate } from '@/utils/pages/dates';
import { all, first, linesOf, orderIdFromHref, textOf } from '@/utils/pages/dom';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { optional } from '@/utils/pages/read-result';
import { TRACKING as S } from '@/utils/pages/selectors/tracking';
import type { ReadContext } from '@/utils/pages/types';

export type TrackingReadResult =
  { ok: true; orderId: OrderId; tracking: TrackingFacts } | { ok: false; reason: string };

/**
 * The words a carrier's delivered scan is titled with (`trackingName` "Delivered" for `AE_GTMS_SIGNED` in the capture,
 * pages.md §3), one list per UI language, compared whole (so "Out for delivery" or "Delivery failed" never count).
 * Also the arrival line's label before its date ("Delivered：Jul. 28").
 */
const DELIVERED_WORDS: readonly string[] = [
  'Delivered', // en (querydetail capture)
  'Доставлено',
  'Доставлен',
  'Вручено', // ru
  'Consegnato', // it
  'Entregado', // es
  'Entregue', // pt
  'Livré', // fr
  'Zugestellt', // de
  'Dostarczono', // pl
].map((word) => foldPageText(word));
const DELIVERED = new Set(DELIVERED_WORDS);
/** The UI languages whose delivered words are known: only on such a page does "no delivered event" mean "not yet". */
const KNOWN_LANGUAGES = new Set(['en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl']);

interface TrackingEvent {
  title: string;
  text: string;
  timeText: string;
  day: string | null;
  /** Minutes into the day from an "18:39" in the time text, to order the events of one day. */
  minutes: number;
  index: number;
}

function readEvents(block: ParentNode, now: Date): TrackingEvent[] {
  return all(block, S.event).map((node, index) => {
    const timeText = textOf(first(node, S.eventTime));
    const clock = /(\d{1,2}):(\d{2})/.exec(timeText);
    return {
      title: textOf(first(node, S.eventTitle)),
      text: textOf(first(node, S.eventText)),
      timeText,
      // Events already happened: a day printed without its year is the latest such day not after today.
      day: timeText ? parsePageDate(timeText, { now, preferPast: true }) : null,
      minutes: clock ? Number(clock[1]) * 60 + Number(clock[2]) : -1,
      index,
    };
  });
}

/**
 * The newest event: the latest dated one, or the first listed when none is dated (the page lists the newest first,
 * like `detailList`, so the order on screen decides a tie).
 */
function newestEvent(events: TrackingEvent[]): TrackingEvent | undefined {
  const dated = events.filter((event) => event.day !== null);
  if (dated.length === 0) return events[0];
  return dated.reduce((newest, event) => {
    const later =
      event.day! > newest.day! ||
      (event.day === newest.day &&
        (event.minutes > newest.minutes || (event.minutes === newest.minutes && event.index < newest.index)));
    return later ? event : newest;
  });
}

/**
 * A tracking number as carriers write them ("LP00648213579024", "AA000000000BR", "CNBR00160702682"; spaces some pages
 * put in are dropped): letters, digits and dashes, 6–40 of them, digits among them. Anything else in that place is not a number: unknown.
 */
function trackingNumberOf(text: string): string {
  const compact = text.replace(/\s+/g, '');
  return /^(?=.*\d)[A-Za-z0-9-]{6,40}$/.test(compact) ? compact : '';
}

const isDeliveredTitle = (title: string) => DELIVERED.has(foldPageText(title).replace(/[.!:：]+$/, ''));

/** "Delivered：Jul. 28" (the arrival line after the scan) → its day; null for "Delivery: Apr. 24 - May. 14". */
function deliveredArrivalDay(arrival: string, now: Date): string | null | undefined {
  const folded = foldPageText(arrival);
  const word = DELIVERED_WORDS.find((w) => folded.startsWith(w) && /^\s*[:：]/.test(folded.slice(w.length)));
  if (!word) return undefined;
  return parsePageDate(arrival, { now, preferPast: true });
}

/** The "Refund if no delivery before …" line, as a printed protection end; the commitments block first. */
function readProtectionEnd(doc: Document, root: ParentNode, now: Date): Deadline | undefined {
  const block = first(root, S.commitments);
  // Label fallback: the commitments block was not found by its class, so every line of the page is a candidate.
  const text = block ? linesOf(block) || textOf(block) : pageLines(doc);
  if (!text) return undefined;
  const deadline = readPrintedDeadlines(text, { now }).deadlines.find((d) => d.kind === 'protection_end');
  // Marked as the tracking page's: it can differ by a day from the order page's, and both are kept apart.
  return deadline ? { ...deadline, source: 'page:tracking' } : undefined;
}

/** Each leaf element's text on its own line (bounded): the label fallback's haystack. */
function pageLines(doc: Document): string {
  const lines: string[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll('div, span, p, li') ?? []).slice(0, 3000)) {
    if (el.children.length === 0) {
      const text = textOf(el);
      if (text) lines.push(text);
    }
  }
  return lines.join('\n');
}

function read(doc: Document, ctx: ReadContext): TrackingReadResult {
  const orderId = orderIdFromHref(ctx.url.href);
  if (!orderId) return { ok: false, reason: 'no order id (tradeOrderId=) in the tracking page URL' };
  if (!first(doc, S.rendered)) {
    return { ok: false, reason: 'no package block on the tracking page: unknown layout or not rendered yet' };
  }
  const block = first(doc, S.packageBlock) ?? doc;
  const trackingNumber = trackingNumberOf(textOf(first(block, S.trackingNumber)));
  const carrier = textOf(first(block, S.carrier));
  const events = readEvents(block, ctx.now);
  const newest = newestEvent(events);
  const arrival = textOf(first(block, S.arrival)) || textOf(first(doc, S.arrival));

  // Delivered: a delivered event, or the arrival line saying so.
  const deliveredEvent = events.find((event) => isDeliveredTitle(event.title));
  const arrivalDay = arrival ? deliveredArrivalDay(arrival, ctx.now) : undefined;
  const deliveredSeen = deliveredEvent !== undefined || arrivalDay !== undefined;
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split('-')[0] ?? '';
  // "Not delivered" only when events were read on a page in a language whose delivered words are known.
  const delivered = deliveredSeen ? true : events.length > 0 && KNOWN_LANGUAGES.has(lang) ? false : undefined;
  const deliveredAt = deliveredEvent?.day ?? arrivalDay ?? undefined;

  if (!trackingNumber && !carrier && events.length === 0) {
    return { ok: false, reason: 'the tracking page shows no tracking number, carrier or event' };
  }
  const protectionEnd = readProtectionEnd(doc, doc, ctx.now);
  const lastEvent = newest
    ? {
        ...optional('title', newest.title || undefined),
        ...optional('text', newest.text || undefined),
        ...optional('at', newest.day),
        ...optional('timeText', newest.timeText || undefined),
      }
    : undefined;

  const tracking: TrackingFacts = {
    ...optional('trackingNumber', trackingNumber || undefined),
    ...optional('carrier', carrier || undefined),
    ...(lastEvent && Object.keys(lastEvent).length > 0 ? { lastEvent } : {}),
    eventCount: events.length,
    ...optional('delivered', delivered),
    ...optional('deliveredAt', delivered ? deliveredAt : undefined),
    ...optional('protectionEnd', protectionEnd),
    readAt: ctx.now.toISOString(),
  };
  return { ok: true, orderId, tracking };
}

export const trackingPageReader = {
  layout: 'global-tracking-v2',
  /** True once the package block has rendered (the page fills it in after load, pages.md §5). */
  isRendered: (doc: Document) => first(doc, S.rendered) !== null,
  read: (doc: Document, ctx: ReadContext): TrackingReadResult => {
    try {
      return read(doc, ctx);
    } catch (error) {
      // A reader must never throw out of the content script; an unexpected DOM shape is a "couldn't read".
      return { ok: false, reason: `unexpected tracking page shape: ${String(error).slice(0, 120)}` };
    }
  },
};
