/**
 * Issue 15 §6, "less noise" on the order list, as the buyer sees the card badge:
 * - a card with nothing to watch (no deadline, no advice) gets a small quiet marker, not a full banner with an
 *   empty "Show all dates"; the `showQuietMarkers` option turns it off entirely; an order in transit whose dates
 *   are unknown is never "quiet" (that is worth saying);
 * - aliexpress.ru's card prints its own protection countdown ("17 дн. 6 ч."): the badge beside it gives the last
 *   day only, never a second, different count; the popup (where the page's countdown is not in sight) still does.
 * Read from the real ru list fixture at today's date, so it holds on any day and in any time zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import dayjs from 'dayjs';
import { DEFAULT_SETTINGS, type Deadline, type OrderStage, type PageOrder } from '@/utils/model';
import { orderView } from '@/utils/rules/order-view';
import { ruListReader } from '@/utils/pages/ru-list';
import { deadlineWhen, timeLeftText, type UiLanguage } from '@/utils/i18n';
import { Badge } from '@/components/page/Badge';
import { OrderRow } from '@/components/popup/OrderRow';
import { LangContext } from '@/components/shared/LangContext';
import { pageOrder, trackedOrder } from './support/factories';
import { fixtureDocument } from './support/dom';

const NOW = new Date();
const LANGS: UiLanguage[] = ['en', 'ru'];
const hosts: HTMLElement[] = [];
function host(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  hosts.push(el);
  return el;
}
afterEach(() => {
  for (const el of hosts.splice(0)) {
    render(null, el);
    el.remove();
  }
});
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function badgeOf(order: ReturnType<typeof trackedOrder>, lang: UiLanguage, settings = DEFAULT_SETTINGS) {
  const el = host();
  render(<Badge order={order} settings={settings} now={NOW} lang={lang} />, el);
  return el;
}

/** An order placed and in its stage long ago: every window a rule would estimate has long closed. */
const LONG_AGO = dayjs(NOW).subtract(200, 'day');
const ofStage = (status: OrderStage, deadlines: Deadline[] = []) =>
  trackedOrder({
    facts: pageOrder({ status, deadlines, actions: [], orderedAt: LONG_AGO.format('YYYY-MM-DD') }),
    stageHistory: [{ stage: status, firstSeenAt: LONG_AGO.toISOString() }],
  });
const QUIET: Record<UiLanguage, string> = {
  en: 'OrderShield: nothing to watch',
  ru: 'OrderShield: следить не за чем',
} as Record<UiLanguage, string>;

describe.each(LANGS)('nothing to watch (%s)', (lang) => {
  it.each(['completed', 'closed', 'awaiting_payment'] as const)(
    '%s with nothing printed: a quiet marker, no banner, no empty "Show all dates"',
    async (stage) => {
      const badge = badgeOf(ofStage(stage), lang);
      const marker = badge.querySelector('[data-testid="quiet-marker"]');
      expect(marker).not.toBeNull();
      expect(clean(marker!.textContent)).toContain(QUIET[lang]);
      expect(badge.querySelector('.os-badge')).toBeNull();
      expect(badge.querySelector('[data-testid="advice"]')).toBeNull();
      // Dates that closed long ago stay one click away; with none, there is nothing to show and no button.
      const expand = badge.querySelector<HTMLButtonElement>('[data-testid="expand"]');
      if (expand) {
        expand.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(badge.querySelectorAll('.timeline-item').length).toBeGreaterThan(0);
      } else expect(stage).not.toBe('completed');
    },
  );

  it('with the option off, such a card shows nothing at all', () => {
    const badge = badgeOf(ofStage('completed'), lang, { ...DEFAULT_SETTINGS, showQuietMarkers: false });
    expect(badge.textContent).toBe('');
    expect(badge.children).toHaveLength(0);
  });

  it('an order in transit with no date read is not quiet: the full badge says the end is unknown', () => {
    const badge = badgeOf(ofStage('awaiting_delivery'), lang);
    expect(badge.querySelector('[data-testid="quiet-marker"]')).toBeNull();
    expect(badge.querySelector('.os-badge')).not.toBeNull();
  });

  it('a completed order whose return window is still open keeps the full badge, option or not', () => {
    const returnEnd: Deadline = {
      kind: 'return_window_end',
      at: dayjs(NOW).add(6, 'day').startOf('day').toISOString(),
      confidence: 'exact',
      source: 'page:test',
    };
    for (const showQuietMarkers of [true, false]) {
      const badge = badgeOf(ofStage('completed', [returnEnd]), lang, { ...DEFAULT_SETTINGS, showQuietMarkers });
      expect(badge.querySelector('[data-testid="quiet-marker"]')).toBeNull();
      expect(badge.querySelector('[data-testid="time-left"]')).not.toBeNull();
    }
  });
});

/** The ru list fixture's cards, read at `NOW` (its countdown "17 дн. 6 ч." counts from now). */
function ruListOrders(): PageOrder[] {
  const url = 'https://aliexpress.ru/order-list';
  const doc = fixtureDocument('ru-list-ru-mixed.html', url, NOW);
  return ruListReader
    .findCards(doc)
    .map((card) => ruListReader.readCard(card, { url: new URL(url), now: NOW }))
    .flatMap((result) => (result.ok ? [result.order] : []));
}

describe.each(LANGS)('aliexpress.ru prints its own countdown (%s)', (lang) => {
  const orders = ruListOrders();
  const counted = orders.find((order) =>
    order.deadlines.some((d) => d.kind === 'protection_end' && d.source === 'page:protection-countdown'),
  );

  it('the fixture has a card counting down protection, read as such', () => {
    expect(counted, 'a card with "17 дн. 6 ч."').toBeDefined();
    const view = orderView(trackedOrder({ facts: counted! }), DEFAULT_SETTINGS, NOW);
    expect(view.next?.deadline.kind).toBe('protection_end');
    expect(view.pageShowsCountdown).toBe(true);
  });

  it('the badge beside it gives the last day only, no second count; the popup row still counts', () => {
    const order = trackedOrder({ facts: counted! });
    const view = orderView(order, DEFAULT_SETTINGS, NOW);
    const badge = badgeOf(order, lang);
    expect(badge.querySelector('[data-testid="time-left"]')).toBeNull();
    expect(clean(badge.querySelector('[data-testid="deadline-date"]')?.textContent)).toBe(
      clean(deadlineWhen(view.next!.deadline, lang)),
    );
    // Not a number of days anywhere on the badge: "17 дн." beside "18 days left" was the complaint.
    expect(clean(badge.querySelector('.os-head')?.textContent)).not.toContain(
      clean(timeLeftText(view.next!.left, lang)),
    );

    const row = host();
    render(
      <LangContext.Provider value={lang}>
        <ul>
          <OrderRow view={view} />
        </ul>
      </LangContext.Provider>,
      row,
    );
    expect(clean(row.querySelector('[data-testid="time-left"]')?.textContent)).toBe(
      `· ${clean(timeLeftText(view.next!.left, lang))}`,
    );
  });

  it('a printed protection date (no countdown on the card) keeps its time left on the badge', () => {
    const printed: Deadline = {
      kind: 'protection_end',
      at: dayjs(NOW).add(12, 'day').startOf('day').toISOString(),
      confidence: 'exact',
      source: 'page:test',
    };
    const badge = badgeOf(ofStage('awaiting_delivery', [printed]), lang);
    expect(badge.querySelector('[data-testid="time-left"]')).not.toBeNull();
  });
});
