/**
 * Issue 12 §3 "Storage size": a hostile page cannot make one order big. The schema caps keep a maximal hostile
 * order (every text at its longest, every list at its longest the schema keeps) at most 16 KB serialized, so
 * Chrome's 10 MB `storage.local` holds hundreds of them; a real order from the fixtures stays under 4 KB.
 */
import { describe, expect, it } from 'vitest';
import { listFixtures } from '@/tests/harness/fixtures';
import { DEADLINE_KINDS, PageOrderSchema, TrackedOrderSchema, type PageOrder } from '@/utils/model';
import { DETAIL_READERS, LIST_READERS } from '@/utils/pages/readers';
import { detectPage } from '@/utils/pages/detect';
import { fixtureDocument } from './support/dom';

const TODAY = new Date(2026, 7, 30, 12, 0, 0);
const HUGE = 'W'.repeat(20_000);
/** The longest link the schema keeps (a longer one is dropped, not cut): found by asking it. */
function longestKeptUrl(): string {
  for (let length = 2000; length > 30; length -= 1) {
    const url = `https://www.aliexpress.com/${'a'.repeat(length - 27)}`;
    const kept = PageOrderSchema.shape.store.unwrap().shape.url.safeParse(url);
    if (kept.success && kept.data === url) return url;
  }
  throw new Error('no link kept');
}
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

function hostileDeadline(index: number, source: string) {
  return {
    kind: DEADLINE_KINDS[index % DEADLINE_KINDS.length],
    at: '2026-09-04T00:00:00.000+02:00',
    confidence: 'exact',
    source: source + HUGE,
    pageText: HUGE,
    label: HUGE,
  };
}

/** Everything a page (or a crafted message) could put in, at the lengths the old caps allowed and beyond. */
function hostilePageOrder() {
  const url = longestKeptUrl();
  return {
    orderId: '8'.repeat(22),
    site: `${'a'.repeat(60)}.${'b'.repeat(60)}.aliexpress.com`.slice(-100),
    pageKind: 'global-detail',
    status: 'dispute_escalated',
    statusText: HUGE,
    orderedAt: '2026-01-01',
    store: { name: HUGE, url },
    items: Array.from({ length: 200 }, () => ({ title: HUGE, imageUrl: url, quantity: 99_999, price: HUGE, url })),
    total: HUGE,
    actions: [
      'pay',
      'cancel',
      'confirm_received',
      'open_dispute',
      'view_dispute',
      'track',
      'extend_protection',
      'leave_feedback',
      'add_to_cart',
      'remove',
      'contact_seller',
      'receipt',
    ],
    trackingNumber: HUGE,
    disputeState: HUGE,
    events: {
      paidAt: '2026-01-01',
      shippedAt: '2026-01-02',
      deliveredAt: '2026-01-03',
      completedAt: '2026-01-04',
      disputeOpenedAt: '2026-01-05',
    },
    deadlines: Array.from({ length: 50 }, (_, i) => hostileDeadline(i, 'page:')),
    unread: Array.from({ length: 30 }, () => HUGE),
  };
}

describe('storage size per order', () => {
  it('a maximal hostile page order is at most 16 KB serialized', () => {
    const parsed = PageOrderSchema.safeParse(hostilePageOrder());
    expect(parsed.success).toBe(true);
    expect(bytes(parsed.data)).toBeLessThanOrEqual(16 * 1024);
  });

  it('a maximal hostile tracked order (page facts, history, a busy buyer’s own deadlines and ticks) is at most 16 KB', () => {
    const id = (n: number) => `common.${'x'.repeat(40)}${n}`.slice(0, 60);
    const parsed = TrackedOrderSchema.safeParse({
      orderId: '8'.repeat(22),
      facts: hostilePageOrder(),
      firstSeenAt: '2026-01-01T00:00:00.000+02:00',
      lastSeenAt: '2026-01-01T00:00:00.000+02:00',
      stageHistory: Array.from({ length: 50 }, () => ({
        stage: 'dispute_escalated',
        firstSeenAt: '2026-01-01T00:00:00.000+02:00',
      })),
      // No page can write the buyer's own dates (they come only from the buyer's clicks): a busy buyer's eight.
      userDeadlines: Array.from({ length: 8 }, (_, i) => hostileDeadline(i, 'user')),
      archived: false,
      manual: true,
      guide: {
        disputeType: 'not_as_described',
        evidence: Array.from({ length: 100 }, (_, i) => id(i)),
        playbook: Array.from({ length: 30 }, (_, i) => id(i)),
      },
    });
    expect(parsed.success).toBe(true);
    const size = bytes(parsed.data);
    console.log(`maximal hostile tracked order: ${size} bytes`);
    expect(size).toBeLessThanOrEqual(16 * 1024);
  });

  it('the buyer’s own dates are never cut: all 50 a tracked order may hold are kept', () => {
    const own = Array.from({ length: 50 }, (_, i) => hostileDeadline(i, 'user'));
    const parsed = TrackedOrderSchema.parse({
      orderId: '8214398062177351',
      facts: hostilePageOrder(),
      firstSeenAt: '2026-01-01T00:00:00.000+02:00',
      lastSeenAt: '2026-01-01T00:00:00.000+02:00',
      stageHistory: [],
      userDeadlines: own,
      archived: false,
    });
    expect(parsed.userDeadlines).toHaveLength(50);
  });

  it('every real order read from the fixtures is at most 4 KB serialized, and the caps cut nothing from it', () => {
    const sizes: number[] = [];
    // Tracking pages hold no order (their facts' size is bounded by TrackingFactsSchema's caps).
    for (const fixture of listFixtures().filter(
      (name) => !name.startsWith('hostile-') && !name.startsWith('tracking-'),
    )) {
      const url = fixture.startsWith('ru-detail')
        ? 'https://aliexpress.ru/order-list/8213550917364410'
        : fixture.startsWith('ru-list')
          ? 'https://aliexpress.ru/order-list'
          : fixture.startsWith('global-detail')
            ? 'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351'
            : fixture.startsWith('global-list-mobile')
              ? 'https://m.aliexpress.com/p/order/index.html'
              : 'https://www.aliexpress.com/p/order/index.html';
      const kind = detectPage(url)!;
      const doc = fixtureDocument(fixture, url, TODAY);
      const ctx = { url: new URL(url), now: TODAY };
      const list = LIST_READERS[kind];
      const results = list
        ? list.findCards(doc).map((card) => list.readCard(card, ctx))
        : [DETAIL_READERS[kind]!.read(doc, ctx)];
      for (const result of results) {
        if (!result.ok) continue;
        const order: PageOrder = result.order;
        const tracked = {
          orderId: order.orderId,
          facts: order,
          firstSeenAt: '2026-08-30T12:00:00.000+02:00',
          lastSeenAt: '2026-08-30T12:00:00.000+02:00',
          stageHistory: [{ stage: order.status, firstSeenAt: '2026-08-30T12:00:00.000+02:00' }],
          userDeadlines: [],
          archived: false,
        };
        const size = bytes(TrackedOrderSchema.parse(tracked));
        sizes.push(size);
        expect(size, `${fixture} ${order.orderId}`).toBeLessThanOrEqual(4 * 1024);
        expect(PageOrderSchema.parse(order), `${fixture}: the caps cut something real`).toEqual(order);
      }
    }
    expect(sizes.length).toBeGreaterThan(100);
    console.log(`real orders: ${sizes.length}, largest ${Math.max(...sizes)} bytes`);
  }, 60_000);
});
