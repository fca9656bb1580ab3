/**
 * The global My Orders list reader on the mobile layout (m.aliexpress.com/p/order/index.html): the card is itself the
 * link to the order page, <a class="order-item order-item-mobile" href="…orderId=…"> (pages.md §2.1). Its inner
 * structure is undocumented; the fixtures global-list-mobile-<lang>-mixed.html carry our reconstruction (see their top
 * comment): product thumbnails as <img>, buttons instead of links, no store or product links.
 */
import { describe, expect, it } from 'vitest';
import { PageOrderSchema, type OrderAction, type OrderItem, type OrderStage, type PageOrder } from '@/utils/model';
import { globalListReader } from '@/utils/pages/global-list';
import { formatDay, isoDay } from '../harness/fixtures';
import { fixtureDocument, htmlDocument } from './support/dom';

const TODAY = new Date(2026, 10, 21, 12, 0);
const MOBILE_URL = 'https://m.aliexpress.com/p/order/index.html';
const img = (key: string) => `https://ae-pic-a1.aliexpress-media.com/kf/${key}.jpg_220x220.jpg`;

function readOrders(root: ParentNode, url = MOBILE_URL, now = TODAY): PageOrder[] {
  const ctx = { url: new URL(url), now };
  return globalListReader.findCards(root).map((card) => {
    const result = globalListReader.readCard(card, ctx);
    if (!result.ok) throw new Error(`card not read: ${result.reason}`);
    return result.order;
  });
}

interface MobileCard {
  id: string;
  stage: OrderStage;
  statusText: string;
  ordered: number;
  store: string;
  items: OrderItem[];
  total: string;
  actions: OrderAction[];
  /** "Refund if no delivery before <today + n>" printed on the card; null: none. */
  refundBefore: number | null;
}

const FIXTURES: Record<'en' | 'pt', { file: string; datePattern: string; cards: MobileCard[]; next: { id: string; ordered: number } }> = {
  en: {
    file: 'global-list-mobile-en-mixed.html',
    datePattern: 'MMM D, YYYY',
    cards: [
      { id: '8217030418825512', stage: 'awaiting_delivery', statusText: 'Awaiting delivery', ordered: -33, store: 'LIMA Store',
        items: [{ title: 'USB C Hub 7 in 1 Type C to HDMI 4K Adapter with 100W PD Charging for MacBook Pro Air', imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'), quantity: 1, price: 'US $5.61' }],
        total: 'US $5.61', actions: ['confirm_received', 'track'], refundBefore: 6 },
      { id: '8217031257716604', stage: 'awaiting_payment', statusText: 'Awaiting payment', ordered: 0, store: 'Jade Store',
        items: [{ title: 'Silicone Phone Case for iPhone 15 Pro Max Liquid Soft Cover', imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'), quantity: 2, price: 'US $2.47' }],
        total: 'US $4.94', actions: ['pay', 'cancel'], refundBefore: null },
      { id: '8217032890144373', stage: 'awaiting_shipment', statusText: 'Awaiting shipment', ordered: -2, store: 'Tango Store',
        items: [{ title: 'Mechanical Keyboard 68 Keys Hot Swap RGB Backlit Wired Gaming Keyboard', imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'), quantity: 1, price: 'US $48.99' }],
        total: 'US $48.99', actions: ['contact_seller'], refundBefore: null },
      // Thumbnails only: one item per picture, titles unknown, and no product link (the card's own link is the order's).
      { id: '8217033601277948', stage: 'completed', statusText: 'Completed', ordered: -75, store: 'NANO Store',
        items: [{ imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU') }, { imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V') }, { imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW') }],
        total: 'US $18.04', actions: ['add_to_cart', 'leave_feedback'], refundBefore: null },
      { id: '8217034155690021', stage: 'closed', statusText: 'Cancelled', ordered: -12, store: 'IS Official Store',
        items: [{ title: 'Step Down Power Supply Module 1000W 50A DC 25V-90V to DC 2.5V-50V Buck Converter', imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'), quantity: 1, price: 'US $27.80' }],
        total: 'US $27.80', actions: ['remove'], refundBefore: null },
    ],
    next: { id: '8217035982341170', ordered: -140 },
  },
  pt: {
    file: 'global-list-mobile-pt-mixed.html',
    datePattern: 'D de MMM de YYYY',
    cards: [
      { id: '8217040722915830', stage: 'awaiting_delivery', statusText: 'Aguardando a entrega', ordered: -40, store: 'LIMA Store',
        items: [{ title: 'Fones de ouvido sem fio Bluetooth 5.3 com cancelamento de ruído', imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'), quantity: 1, price: 'R$87,15' }],
        total: 'R$87,15', actions: ['confirm_received', 'track'], refundBefore: 3 },
      { id: '8217041530048219', stage: 'awaiting_payment', statusText: 'Aguardando pagamento', ordered: -1, store: 'Jade Store',
        items: [{ title: 'Capa de silicone para iPhone 15 Pro Max', imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'), quantity: 1, price: 'R$13,97' }],
        total: 'R$13,97', actions: ['pay', 'cancel'], refundBefore: null },
      { id: '8217042268873345', stage: 'completed', statusText: 'Concluído', ordered: -64, store: 'Vega Store',
        items: [{ title: 'Cabo HDMI 2.1 8K@60Hz 4K@120Hz, 2 m', imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'), quantity: 1, price: 'R$126,59' }],
        total: 'R$132,74', actions: ['add_to_cart', 'leave_feedback'], refundBefore: null },
      { id: '3048170952296417', stage: 'closed', statusText: 'Expirado', ordered: -150, store: 'IS Official Store',
        items: [{ title: 'Módulo abaixador de tensão 1000W 50A', imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'), quantity: 1, price: 'R$159,12' }],
        total: 'R$159,12', actions: ['remove'], refundBefore: null },
      { id: '8217043911540062', stage: 'dispute_open', statusText: 'Disputa em andamento', ordered: -58, store: 'Bravo Store',
        items: [{ title: 'Suporte magnético de celular para carro', imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'), quantity: 1, price: 'R$29,22' }],
        total: 'R$29,22', actions: ['view_dispute', 'track'], refundBefore: null },
    ],
    next: { id: '8217044730265588', ordered: -120 },
  },
};

const LANGS = Object.keys(FIXTURES) as Array<keyof typeof FIXTURES>;
const documents = Object.fromEntries(LANGS.map((lang) => [lang, fixtureDocument(FIXTURES[lang].file, MOBILE_URL, TODAY)]));
const ordersOf = Object.fromEntries(LANGS.map((lang) => [lang, readOrders(documents[lang]!)]));

/** The instant a calendar day starts on this machine: "before <day>" ends protection then. */
function localMidnight(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

describe.each(LANGS)('mobile list (%s)', (lang) => {
  const { cards, next } = FIXTURES[lang];

  it('finds every mobile card, and takes each id from the card’s own href', () => {
    expect(ordersOf[lang]!.map((o) => o.orderId)).toEqual(cards.map((c) => c.id));
    for (const order of ordersOf[lang]!) expect(PageOrderSchema.safeParse(order).success).toBe(true);
  });

  it.each(cards)('$id: $stage (“$statusText”)', (card) => {
    const order = ordersOf[lang]!.find((o) => o.orderId === card.id);
    expect(order).toMatchObject({
      orderId: card.id,
      site: 'm.aliexpress.com',
      pageKind: 'global-list',
      status: card.stage,
      statusText: card.statusText,
      orderedAt: isoDay(TODAY, card.ordered),
      // The card is itself a link to the order page: the store can't be a link, so it has no URL.
      store: { name: card.store },
      items: card.items,
      total: card.total,
      actions: card.actions,
      events: {},
      unread: [],
    });
    expect(order!.store!.url).toBeUndefined();
    for (const item of order!.items) expect(item.url).toBeUndefined();
    if (card.refundBefore === null) {
      expect(order!.deadlines).toEqual([]);
    } else {
      expect(order!.deadlines).toHaveLength(1);
      expect(order!.deadlines[0]).toMatchObject({ kind: 'protection_end', confidence: 'exact', source: 'page:no-delivery-refund' });
      expect(Date.parse(order!.deadlines[0]!.at)).toBe(localMidnight(isoDay(TODAY, card.refundBefore)));
      expect(order!.deadlines[0]!.pageText).toContain(formatDay(TODAY, card.refundBefore, FIXTURES[lang].datePattern, lang));
    }
  });

  it('reads the card the next page appends', () => {
    const doc = fixtureDocument(FIXTURES[lang].file, MOBILE_URL, TODAY);
    const template = doc.getElementById('next-page') as HTMLTemplateElement;
    doc.getElementById('order-list')!.appendChild(template.content.cloneNode(true));
    const orders = readOrders(doc);
    expect(orders).toHaveLength(cards.length + 1);
    expect(orders.at(-1)).toMatchObject({ orderId: next.id, status: 'completed', orderedAt: isoDay(TODAY, next.ordered) });
  });
});

describe('mobile card edge cases', () => {
  it.each([
    ['relative href', '/p/order/detail.html?orderId=8217030418825512', '8217030418825512'],
    ['protocol-relative href with more parameters', '//m.aliexpress.com/p/order/detail.html?spm=x&orderId=3048170952296417&x=1', '3048170952296417'],
  ])('takes the id from a %s', (_what, href, id) => {
    const doc = htmlDocument(`<a class="order-item order-item-mobile" href="${href}"><span class="order-item-header-status-text">Completed</span></a>`, MOBILE_URL);
    expect(readOrders(doc)[0]).toMatchObject({ orderId: id, status: 'completed' });
  });

  it('a mobile card whose href names no order falls back to the ids inside it, never to a guess', () => {
    const doc = htmlDocument(
      `<a class="order-item order-item-mobile" href="/p/order/index.html"><div class="order-item-btns"><button>Track order</button></div></a>
       <a class="order-item order-item-mobile" href="/p/order/index.html"><div class="order-item-header-right-info"><div>Sep 1, 2026</div><div>Order ID: 8217030418825512</div></div></a>`,
      MOBILE_URL,
    );
    const ctx = { url: new URL(MOBILE_URL), now: TODAY };
    const [a, b] = globalListReader.findCards(doc).map((card) => globalListReader.readCard(card, ctx));
    expect(a).toEqual({ ok: false, reason: 'no order id on the card' });
    expect(b).toMatchObject({ ok: true, order: { orderId: '8217030418825512', orderedAt: '2026-09-01' } });
  });

  it('a thumbnail <img> with a protocol-relative src is read as an https URL', () => {
    const doc = htmlDocument(
      `<a class="order-item order-item-mobile" href="/p/order/detail.html?orderId=8217030418825512">
        <div class="order-item-content-img-list"><img class="order-item-content-img" src="//ae01.alicdn.com/kf/Sabc.jpg"></div></a>`,
      MOBILE_URL,
    );
    expect(readOrders(doc)[0]!.items).toEqual([{ imageUrl: 'https://ae01.alicdn.com/kf/Sabc.jpg' }]);
  });
});
