import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPopupLanguage } from '@/utils/i18n/popup';
import { render } from 'preact';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { orderView } from '@/utils/rules/order-view';
import { coverageOf, NOT_SEEN_FLAG_DAYS, notSeenSince } from '@/utils/rules/coverage';
import { myOrdersUrl } from '@/utils/order-url';
import { LangContext } from '@/components/shared/LangContext';
import { OrderRow } from '@/components/popup/OrderRow';
import { pageOrder, trackedOrder } from './support/factories';

// Relative to the run's moment: holds on any day, in any zone.
const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.valueOf() - days * 86_400_000).toISOString();
const inDays = (days: number) => new Date(NOW.valueOf() + days * 86_400_000).toISOString();

function order(id: string, seenDaysAgo: number, protectionInDays: number | null, extra = {}) {
  return trackedOrder({
    orderId: id,
    lastSeenAt: daysAgo(seenDaysAgo),
    facts: pageOrder({
      orderId: id,
      site: 'es.aliexpress.com',
      deadlines:
        protectionInDays === null
          ? []
          : [{ kind: 'protection_end', at: inDays(protectionInDays), confidence: 'exact', source: 'page:protection' }],
    }),
    ...extra,
  });
}

// The popup loads its language before it renders.
beforeAll(() => loadPopupLanguage('ru'));

let root: HTMLElement | null = null;
afterEach(() => root?.remove());

describe('coverage: which orders are watched', () => {
  it('counts the watched orders, says when a page last showed one, and on which site', () => {
    const views = [
      order('8214398062177301', 3, 20),
      order('8214398062177302', 1, 20),
      order('8214398062177303', 0, 20, { archived: true }),
    ].map((o) => orderView(o, DEFAULT_SETTINGS, NOW));
    const coverage = coverageOf(views);
    expect(coverage).toEqual({ count: 2, lastReadAt: daysAgo(1), site: 'es.aliexpress.com', notSeenLately: 0 });
    // "Open My Orders" goes to that site's own list, not always www.aliexpress.com.
    expect(myOrdersUrl(coverage.site!)).toBe('https://es.aliexpress.com/p/order/index.html');
    expect(myOrdersUrl('aliexpress.ru')).toBe('https://aliexpress.ru/order-list');
    expect(myOrdersUrl('www.aliexpress.us')).toBe('https://www.aliexpress.us/p/order/index.html');
    expect(myOrdersUrl('evil.example')).toBe('https://www.aliexpress.com/p/order/index.html');
  });

  it(`flags an order not seen for ${NOT_SEEN_FLAG_DAYS} days while a deadline runs, and only that`, () => {
    const stale = orderView(order('8214398062177301', NOT_SEEN_FLAG_DAYS + 2, 10), DEFAULT_SETTINGS, NOW);
    const fresh = orderView(order('8214398062177302', 2, 10), DEFAULT_SETTINGS, NOW);
    const nothingRuns = orderView(
      order('8214398062177303', 60, null, { facts: pageOrder({ orderId: '8214398062177303', status: 'closed' }) }),
      DEFAULT_SETTINGS,
      NOW,
    );
    const byHand = orderView(order('8214398062177304', 60, 10, { manual: true }), DEFAULT_SETTINGS, NOW);
    expect([stale, fresh, nothingRuns, byHand].map(notSeenSince)).toEqual([stale.order.lastSeenAt, null, null, null]);
    expect(coverageOf([stale, fresh, nothingRuns, byHand]).notSeenLately).toBe(1);

    root = document.createElement('ul');
    document.body.append(root);
    render(
      <LangContext.Provider value="ru">
        <OrderRow view={stale} />
        <OrderRow view={fresh} />
      </LangContext.Provider>,
      root,
    );
    const flags = [...root.querySelectorAll('[data-testid="not-seen-since"]')].map((el) => el.textContent ?? '');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatch(/^Не видели с .+: откройте «Мои заказы», чтобы проверить$/);
  });
});
