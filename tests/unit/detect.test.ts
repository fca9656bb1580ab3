import { describe, expect, it } from 'vitest';
import { detectPage, PAGE_DETECTORS } from '@/utils/pages/detect';
import type { PageKind } from '@/utils/model';

/** Real URL shapes of each page kind (pages.md §2), including language subdomains and query strings. */
const POSITIVE: Record<PageKind, string[]> = {
  'global-list': [
    'https://www.aliexpress.com/p/order/index.html',
    'https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.0.0',
    'https://es.aliexpress.com/p/order/index.html',
    'https://pt.aliexpress.com/p/order/index.html',
    'https://ko.aliexpress.com/p/order/index.html',
    'https://www.aliexpress.us/p/order/index.html',
    'https://aliexpress.com/p/order/index.html#top',
  ],
  'global-detail': [
    'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351',
    'https://it.aliexpress.com/p/order/detail.html?orderId=3048963030691559&spm=x',
    'https://www.aliexpress.us/p/order/detail.html?spm=a&orderId=100426841571559',
  ],
  'global-tracking': [
    'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8214398062177351',
    'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8214398062177351',
    'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=3048963030691559',
    'https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=100426841571559',
  ],
  'ru-list': [
    'https://aliexpress.ru/order-list',
    'https://aliexpress.ru/order-list?filterName=archive',
    'https://www.aliexpress.ru/order-list/',
  ],
  'ru-detail': [
    'https://aliexpress.ru/order-list/8214398062177351',
    'https://aliexpress.ru/order-list/5012345678901234?x=1',
  ],
};

const NEGATIVE = [
  'https://www.aliexpress.com/',
  'https://www.aliexpress.com/item/1005005219149777.html',
  'https://www.aliexpress.com/p/order/detail.html', // no order id
  'https://www.aliexpress.com/p/order/detail.html?orderId=abc',
  'https://www.aliexpress.com/p/tracking/index.html', // no order id
  'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=abc',
  'https://www.aliexpress.com/p/tracking/pop-text.html?tradeOrderId=8212313961591322', // the page's tips pop-up
  'https://www.aliexpress.com.evil.example/p/tracking/index.html?tradeOrderId=8214398062177351',
  'https://trade.aliexpress.com/orderList.htm', // V1, gone since 2022
  'https://www.aliexpress.com.evil.example/p/order/index.html',
  'https://evil-aliexpress.com/p/order/index.html',
  'https://aliexpress.ru/item/1005005219149777.html',
  'https://aliexpress.ru/order-list/not-a-number',
  'https://www.aliexpress.ru/p/order/index.html', // the ru front end has its own paths
  'file:///p/order/index.html',
  'not a url',
];

describe('detectPage', () => {
  const cases = Object.entries(POSITIVE).flatMap(([kind, urls]) => urls.map((url) => [kind, url] as const));

  it.each(cases)('%s ← %s', (kind, url) => {
    expect(detectPage(url)).toBe(kind);
  });

  it.each(NEGATIVE)('not an order page: %s', (url) => {
    expect(detectPage(url)).toBeNull();
  });

  it.each(PAGE_DETECTORS.map((d) => [d.kind, d] as const))(
    'the %s detector is false on every other kind’s URLs',
    (kind, detector) => {
      for (const [otherKind, urls] of Object.entries(POSITIVE)) {
        if (otherKind === kind) continue;
        for (const url of urls) expect(detector.test(new URL(url)), `${kind} on ${url}`).toBe(false);
      }
    },
  );
});
