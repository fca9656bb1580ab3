/** Builders for valid model values in tests: each test states only the fields it cares about. */
import type { PageOrder, TrackedOrder } from '@/utils/model';

export function pageOrder(overrides: Partial<PageOrder> = {}): PageOrder {
  return {
    orderId: '8214398062177351',
    site: 'www.aliexpress.com',
    pageKind: 'global-list',
    status: 'awaiting_delivery',
    statusText: 'Awaiting delivery',
    orderedAt: '2026-10-04',
    store: { name: 'LIMA Store', url: 'https://www.aliexpress.com/store/1102951120' },
    items: [{ title: 'USB C Hub 7 in 1', quantity: 1, price: 'R$31,93' }],
    total: 'R$31,93',
    actions: ['confirm_received', 'track'],
    events: {},
    deadlines: [],
    unread: [],
    ...overrides,
  };
}

export function trackedOrder(overrides: Partial<TrackedOrder> = {}): TrackedOrder {
  const facts = overrides.facts ?? pageOrder();
  return {
    orderId: facts.orderId,
    facts,
    firstSeenAt: '2026-11-01T10:00:00.000Z',
    lastSeenAt: '2026-11-01T10:00:00.000Z',
    stageHistory: [{ stage: facts.status, firstSeenAt: '2026-11-01T10:00:00.000Z' }],
    userDeadlines: [],
    archived: false,
    ...overrides,
  };
}
