/**
 * Issue 13, "Awaiting shipment": the seller's printed ship-by limit (domain.md §1 `awaiting_shipment`: the seller's
 * processing time; the buyer may request cancellation, the seller has 48 h, then it cancels itself). Before the day
 * the buyer is told the date; after it, with the order still unshipped, what to do. Dates are built from today, so
 * every case holds on any day and in any time zone.
 */
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { DEFAULT_SETTINGS, type Deadline, type OrderStage } from '@/utils/model';
import { computeDeadlines } from '@/utils/rules';
import { adviceFor } from '@/utils/rules/advice';
import { headlineDeadline, orderView } from '@/utils/rules/order-view';
import { adviceLine } from '@/utils/i18n/page';
import { lastDayText } from '@/utils/i18n/labels';
import type { UiLanguage } from '@/utils/i18n/core';
import { render } from 'preact';
import { ruDetailReader } from '@/utils/pages/ru-detail';
import { deadlineName } from '@/utils/i18n';
import { OrderPanel } from '@/components/page/OrderPanel';
import { fixtureDocument } from './support/dom';
import { pageOrder, trackedOrder } from './support/factories';

const TODAY = dayjs().startOf('day');
const NOON = TODAY.add(12, 'hour').toDate();
/** "The seller will ship the order by <day>": the end of that day, `days` from today (as the reader stores it). */
const shipBy = (days: number): Deadline => ({
  kind: 'ship_by',
  at: TODAY.add(days, 'day').endOf('day').format('YYYY-MM-DDTHH:mm:ss.SSSZ'),
  confidence: 'exact',
  source: 'page:ship-by',
  pageText: 'The seller will ship the order by …',
});

function orderAt(stage: OrderStage, deadline: Deadline) {
  return trackedOrder({
    facts: pageOrder({ status: stage, deadlines: [deadline], actions: [] }),
    stageHistory: [{ stage, firstSeenAt: TODAY.subtract(1, 'day').toISOString() }],
  });
}

function advice(stage: OrderStage, deadline: Deadline) {
  const order = orderAt(stage, deadline);
  return adviceFor(order, computeDeadlines(order, DEFAULT_SETTINGS, NOON), DEFAULT_SETTINGS, NOON, 'order-page');
}

const LANGS: UiLanguage[] = ['en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl'];

describe('ship-by limit on an order awaiting shipment', () => {
  it.each([7, 1, 0])('%i days before it: "The seller must ship by <that day>"', (days) => {
    const deadline = shipBy(days);
    const [first] = advice('awaiting_shipment', deadline);
    expect(first).toMatchObject({ id: 'seller_must_ship_by', severity: 'info' });
    expect(adviceLine(first!, 'en')).toBe(`The seller must ship by ${lastDayText(deadline.at, 'en')}.`);
  });

  it.each([-1, -5])(
    '%i days after it, still unshipped: ask to cancel for a full refund (48 h, then it cancels)',
    (days) => {
      const [first] = advice('awaiting_shipment', shipBy(days));
      expect(first).toMatchObject({ id: 'seller_ship_overdue', severity: 'warning' });
      expect(adviceLine(first!, 'en')).toBe(
        'The seller hasn’t shipped in time: you can ask to cancel the order for a full refund (the seller has 48 hours to answer, then it cancels itself).',
      );
    },
  );

  it('a passed ship-by leads as overdue while the order awaits shipment (it asks the buyer to act)', () => {
    const order = orderAt('awaiting_shipment', shipBy(-2));
    const headline = headlineDeadline(computeDeadlines(order, DEFAULT_SETTINGS, NOON), NOON, 'awaiting_shipment');
    expect(headline).toMatchObject({ deadline: { kind: 'ship_by' }, urgency: 'overdue' });
    expect(orderView(order, DEFAULT_SETTINGS, NOON).urgency).toBe('overdue');
  });

  it.each<OrderStage>(['awaiting_delivery', 'completed', 'dispute_open', 'closed'])(
    'once the order is %s, a ship-by kept from earlier is neither shown nor advised',
    (stage) => {
      for (const days of [3, -3]) {
        const order = orderAt(stage, shipBy(days));
        expect(computeDeadlines(order, DEFAULT_SETTINGS, NOON).map((d) => d.kind)).not.toContain('ship_by');
        expect(advice(stage, shipBy(days)).map((a) => a.id)).not.toContain('seller_ship_overdue');
        expect(advice(stage, shipBy(days)).map((a) => a.id)).not.toContain('seller_must_ship_by');
      }
    },
  );

  it.each(LANGS)('%s: both sentences are translated and name the date / the 48 hours', (lang) => {
    const deadline = shipBy(4);
    const before = adviceLine({ id: 'seller_must_ship_by', severity: 'info', deadline }, lang);
    const after = adviceLine({ id: 'seller_ship_overdue', severity: 'warning', deadline: shipBy(-1) }, lang);
    expect(before).toContain(lastDayText(deadline.at, lang)!);
    expect(after).toContain('48');
    if (lang !== 'en') {
      expect(before).not.toBe(adviceLine({ id: 'seller_must_ship_by', severity: 'info', deadline }, 'en'));
      expect(after).not.toBe(adviceLine({ id: 'seller_ship_overdue', severity: 'warning', deadline }, 'en'));
    }
  });
});

describe("aliexpress.ru's awaiting-shipment page, read and shown on the order panel", () => {
  const URL_OF_ORDER = 'https://aliexpress.ru/order-list/5215002231409876';
  /** The page as rendered today (its "will ship the order by" day is 7 days from today), seen at `now`. */
  function panelText(
    fixture: string,
    now: Date,
    lang: UiLanguage,
  ): { text: string; order: ReturnType<typeof trackedOrder> } {
    const read = ruDetailReader.read(fixtureDocument(fixture, URL_OF_ORDER, NOON), {
      url: new URL(URL_OF_ORDER),
      now: NOON,
    });
    if (!read.ok) throw new Error(read.reason);
    const order = trackedOrder({
      facts: read.order,
      stageHistory: [{ stage: read.order.status, firstSeenAt: NOON.toISOString() }],
    });
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <OrderPanel
        order={order}
        settings={DEFAULT_SETTINGS}
        now={now}
        lang={lang}
        addReminder={async () => true}
        copy={async () => true}
      />,
      host,
    );
    const text = (host.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
    host.remove();
    return { text, order };
  }
  const clean = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it.each(['ru', 'en', 'de', 'es'])(
    'ru-detail-%s-awaiting_shipment.html: the seller must ship by the printed day',
    (page) => {
      for (const lang of ['en', 'ru'] as const) {
        const { text, order } = panelText(`ru-detail-${page}-awaiting_shipment.html`, NOON, lang);
        const shipByDeadline = order.facts.deadlines.find((d) => d.kind === 'ship_by')!;
        expect(shipByDeadline.at).toBe(TODAY.add(7, 'day').endOf('day').format('YYYY-MM-DDTHH:mm:ss.SSSZ'));
        expect(text).toContain(clean(deadlineName(shipByDeadline, lang)));
        expect(text).toContain(
          clean(adviceLine({ id: 'seller_must_ship_by', severity: 'info', deadline: shipByDeadline }, lang)),
        );
      }
    },
  );

  it('the same page seen 9 days later, still unshipped: ask to cancel for a full refund', () => {
    const later = TODAY.add(9, 'day').add(12, 'hour').toDate();
    const { text } = panelText('ru-detail-en-awaiting_shipment.html', later, 'en');
    expect(text).toContain('The seller hasn’t shipped in time: you can ask to cancel the order for a full refund');
    // The "before" advice is gone: the date has passed.
    expect(text).not.toContain(
      clean(adviceLine({ id: 'seller_must_ship_by', severity: 'info', deadline: shipBy(7) }, 'en')),
    );
  });
});
