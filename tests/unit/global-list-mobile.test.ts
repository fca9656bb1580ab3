/**
 * The global My Orders list reader on the mobile layout (m.aliexpress.com/p/order/index.html): the card is itself the
 * link to the order page, <a class="order-item order-item-mobile" href="…orderId=…"> (pages.md §2.1). Its inner
 * structure is undocumented; the fixtures global-list-mobile-<lang>-mixed.html carry our reconstruction (see their top
 * comment): product thumbnails as <img>, buttons instead of links, no store or product links. One fixture per language
 * (en, pt, ru, it, es), each with one card per stage the list shows; every field of every card is checked.
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

/** Why a card is in a fixture: every language has one card of each (checked below, so a missing stage fails). */
const ROLES = ['pay', 'ship', 'deliv-note', 'deliv', 'done', 'cancelled', 'expired', 'dispute'] as const;
type CardRole = (typeof ROLES)[number];

/** The stage each role must be read as: "deliv-note" and "deliv" differ only by the refund note, "cancelled" and
 * "expired" only by their label. */
const ROLE_STAGE: Record<CardRole, OrderStage> = {
  pay: 'awaiting_payment',
  ship: 'awaiting_shipment',
  'deliv-note': 'awaiting_delivery',
  deliv: 'awaiting_delivery',
  done: 'completed',
  cancelled: 'closed',
  expired: 'closed',
  dispute: 'dispute_open',
};

interface MobileCard {
  role: CardRole;
  id: string;
  stage: OrderStage;
  statusText: string;
  ordered: number;
  store: string;
  items: OrderItem[];
  /** null: the card prints no total (old/expired orders may lack it, pages.md §3). */
  total: string | null;
  actions: OrderAction[];
  /** "Refund if no delivery before <today + n>" printed on the card; null: none. */
  refundBefore: number | null;
}

interface MobileFixture {
  file: string;
  /** The `{{date:…}}` pattern the fixture prints its dates in (to check the deadline's page text). */
  datePattern: string;
  cards: MobileCard[];
  /** The completed card the "next page" template appends. */
  next: { id: string; statusText: string; ordered: number; total: string };
}

const FIXTURES: Record<'en' | 'pt' | 'ru' | 'it' | 'es', MobileFixture> = {
  en: {
    file: 'global-list-mobile-en-mixed.html',
    datePattern: 'MMM D, YYYY',
    cards: [
      {
        role: 'deliv-note',
        id: '8217030418825512',
        stage: 'awaiting_delivery',
        statusText: 'Awaiting delivery',
        ordered: -33,
        store: 'LIMA Store',
        items: [
          {
            title: 'USB C Hub 7 in 1 Type C to HDMI 4K Adapter with 100W PD Charging for MacBook Pro Air',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: 'US $5.61',
          },
        ],
        total: 'US $5.61',
        actions: ['confirm_received', 'track'],
        refundBefore: 6,
      },
      {
        role: 'pay',
        id: '8217031257716604',
        stage: 'awaiting_payment',
        statusText: 'Awaiting payment',
        ordered: 0,
        store: 'Jade Store',
        items: [
          {
            title: 'Silicone Phone Case for iPhone 15 Pro Max Liquid Soft Cover',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 2,
            price: 'US $2.47',
          },
        ],
        total: 'US $4.94',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        role: 'ship',
        id: '8217032890144373',
        stage: 'awaiting_shipment',
        statusText: 'Awaiting shipment',
        ordered: -2,
        store: 'Tango Store',
        items: [
          {
            title: 'Mechanical Keyboard 68 Keys Hot Swap RGB Backlit Wired Gaming Keyboard',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: 'US $48.99',
          },
        ],
        total: 'US $48.99',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      // Thumbnails only: one item per picture, titles unknown, and no product link (the card's own link is the order's).
      {
        role: 'done',
        id: '8217033601277948',
        stage: 'completed',
        statusText: 'Completed',
        ordered: -75,
        store: 'NANO Store',
        items: [
          { imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU') },
          { imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V') },
          { imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW') },
        ],
        total: 'US $18.04',
        actions: ['add_to_cart', 'leave_feedback'],
        refundBefore: null,
      },
      {
        role: 'cancelled',
        id: '8217034155690021',
        stage: 'closed',
        statusText: 'Cancelled',
        ordered: -12,
        store: 'IS Official Store',
        items: [
          {
            title: 'Step Down Power Supply Module 1000W 50A DC 25V-90V to DC 2.5V-50V Buck Converter',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: 'US $27.80',
          },
        ],
        total: 'US $27.80',
        actions: ['remove'],
        refundBefore: null,
      },
      {
        role: 'deliv',
        id: '8217036470912285',
        stage: 'awaiting_delivery',
        statusText: 'Awaiting delivery',
        ordered: -18,
        store: 'Bravo Store',
        items: [
          {
            title: 'Wireless Earbuds Bluetooth 5.3 Noise Cancelling with Charging Case',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: 'US $14.52',
          },
        ],
        total: 'US $14.52',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      // An old expired order printing no total (pages.md §3): the total stays absent and is listed as unread.
      {
        role: 'expired',
        id: '3048162735519904',
        stage: 'closed',
        statusText: 'Expired',
        ordered: -160,
        store: 'Kiwi Home Store',
        items: [
          {
            title: 'Cable Organizer Silicone Cord Holder 5 Pack',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: 'US $3.19',
          },
        ],
        total: null,
        actions: ['remove'],
        refundBefore: null,
      },
      {
        role: 'dispute',
        id: '8217037318846652',
        stage: 'dispute_open',
        statusText: 'Dispute in progress',
        ordered: -62,
        store: 'XENON Store',
        items: [
          {
            title: 'Magnetic Car Phone Holder',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: 'US $4.87',
          },
        ],
        total: 'US $4.87',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
    ],
    next: { id: '8217035982341170', statusText: 'Completed', ordered: -140, total: 'US $7.12' },
  },
  pt: {
    file: 'global-list-mobile-pt-mixed.html',
    datePattern: 'D de MMM de YYYY',
    cards: [
      {
        role: 'deliv-note',
        id: '8217040722915830',
        stage: 'awaiting_delivery',
        statusText: 'Aguardando a entrega',
        ordered: -40,
        store: 'LIMA Store',
        items: [
          {
            title: 'Fones de ouvido sem fio Bluetooth 5.3 com cancelamento de ruído',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: 'R$87,15',
          },
        ],
        total: 'R$87,15',
        actions: ['confirm_received', 'track'],
        refundBefore: 3,
      },
      {
        role: 'pay',
        id: '8217041530048219',
        stage: 'awaiting_payment',
        statusText: 'Aguardando pagamento',
        ordered: -1,
        store: 'Jade Store',
        items: [
          {
            title: 'Capa de silicone para iPhone 15 Pro Max',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: 'R$13,97',
          },
        ],
        total: 'R$13,97',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        role: 'done',
        id: '8217042268873345',
        stage: 'completed',
        statusText: 'Concluído',
        ordered: -64,
        store: 'Vega Store',
        items: [
          {
            title: 'Cabo HDMI 2.1 8K@60Hz 4K@120Hz, 2 m',
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            quantity: 1,
            price: 'R$126,59',
          },
        ],
        total: 'R$132,74',
        actions: ['add_to_cart', 'leave_feedback'],
        refundBefore: null,
      },
      {
        role: 'expired',
        id: '3048170952296417',
        stage: 'closed',
        statusText: 'Expirado',
        ordered: -150,
        store: 'IS Official Store',
        items: [
          {
            title: 'Módulo abaixador de tensão 1000W 50A',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: 'R$159,12',
          },
        ],
        total: 'R$159,12',
        actions: ['remove'],
        refundBefore: null,
      },
      {
        role: 'dispute',
        id: '8217043911540062',
        stage: 'dispute_open',
        statusText: 'Disputa em andamento',
        ordered: -58,
        store: 'Bravo Store',
        items: [
          {
            title: 'Suporte magnético de celular para carro',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: 'R$29,22',
          },
        ],
        total: 'R$29,22',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
      {
        role: 'ship',
        id: '8217045194420736',
        stage: 'awaiting_shipment',
        statusText: 'Aguardando envio',
        ordered: -5,
        store: 'Tango Store',
        items: [
          {
            title: 'Teclado mecânico 68 teclas hot swap com iluminação RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: 'R$277,32',
          },
        ],
        total: 'R$277,32',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        role: 'deliv',
        id: '8217046627301958',
        stage: 'awaiting_delivery',
        statusText: 'Aguardando a entrega',
        ordered: -20,
        store: 'NANO Store',
        items: [
          {
            title: 'Hub USB C 7 em 1 Tipo C para HDMI 4K com carregamento PD 100W',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: 'R$31,92',
          },
        ],
        total: 'R$31,92',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      // Thumbnails only, on a closed order this time.
      {
        role: 'cancelled',
        id: '8217047853169024',
        stage: 'closed',
        statusText: 'Cancelado',
        ordered: -10,
        store: 'XENON Store',
        items: [
          { imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU') },
          { imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW') },
        ],
        total: 'R$64,98',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
    ],
    next: { id: '8217044730265588', statusText: 'Concluído', ordered: -120, total: 'R$91,74' },
  },
  ru: {
    file: 'global-list-mobile-ru-mixed.html',
    datePattern: 'D MMMM YYYY',
    cards: [
      {
        role: 'deliv-note',
        id: '8217050418826603',
        stage: 'awaiting_delivery',
        statusText: 'Ожидает доставки',
        ordered: -38,
        store: 'Vega Store',
        items: [
          {
            title: 'USB C хаб 7 в 1, Type C на HDMI 4K, зарядка PD 100 Вт для MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '505,40 ₽',
          },
        ],
        total: '505,40 ₽',
        actions: ['confirm_received', 'track'],
        refundBefore: 5,
      },
      {
        role: 'pay',
        id: '8217051530047718',
        stage: 'awaiting_payment',
        statusText: 'Ожидает оплаты',
        ordered: 0,
        store: 'Jade Store',
        items: [
          {
            title: 'Силиконовый чехол для iPhone 15 Pro Max, мягкая жидкая накладка',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 2,
            price: '221,35 ₽',
          },
        ],
        total: '442,70 ₽',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        role: 'ship',
        id: '8217052289153396',
        stage: 'awaiting_shipment',
        statusText: 'Ожидает отправки',
        ordered: -3,
        store: 'Tango Store',
        items: [
          {
            title: 'Механическая клавиатура 68 клавиш, горячая замена, RGB-подсветка',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '4 390,90 ₽',
          },
        ],
        total: '4 390,90 ₽',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        role: 'deliv',
        id: '8217053746022184',
        stage: 'awaiting_delivery',
        statusText: 'Ожидает доставки',
        ordered: -19,
        store: 'NANO Store',
        items: [
          {
            title: 'Беспроводные наушники Bluetooth 5.3 с шумоподавлением и зарядным кейсом',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '1 379,40 ₽',
          },
        ],
        total: '1 379,40 ₽',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      // Thumbnails only, as on the en card.
      {
        role: 'done',
        id: '8217054602733379',
        stage: 'completed',
        statusText: 'Завершён',
        ordered: -70,
        store: 'IS Official Store',
        items: [
          { imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU') },
          { imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V') },
          { imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW') },
        ],
        total: '1 642,20 ₽',
        actions: ['add_to_cart', 'leave_feedback'],
        refundBefore: null,
      },
      {
        role: 'cancelled',
        id: '8217055181946620',
        stage: 'closed',
        statusText: 'Отменён',
        ordered: -14,
        store: 'XENON Store',
        items: [
          {
            title: 'Органайзер для кабелей, силиконовые держатели, 5 шт.',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '303,05 ₽',
          },
        ],
        total: '303,05 ₽',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      // No total printed, as on the en expired card.
      {
        role: 'expired',
        id: '3051742208653091',
        stage: 'closed',
        statusText: 'Срок истёк',
        ordered: -160,
        store: 'Bravo Store',
        items: [
          {
            title: 'Понижающий модуль питания 1000 Вт 50 А, DC 25–90 В в DC 2,5–50 В',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '2 519,40 ₽',
          },
        ],
        total: null,
        actions: ['remove'],
        refundBefore: null,
      },
      {
        role: 'dispute',
        id: '8217056937518442',
        stage: 'dispute_open',
        statusText: 'Идёт спор',
        ordered: -66,
        store: 'Kiwi Home Store',
        items: [
          {
            title: 'Магнитный держатель телефона в автомобиль',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '462,65 ₽',
          },
        ],
        total: '462,65 ₽',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
    ],
    next: { id: '8217058240376015', statusText: 'Завершён', ordered: -130, total: '2 004,50 ₽' },
  },
  it: {
    file: 'global-list-mobile-it-mixed.html',
    datePattern: 'D MMM YYYY',
    cards: [
      {
        role: 'pay',
        id: '8217060722918841',
        stage: 'awaiting_payment',
        statusText: 'In attesa di pagamento',
        ordered: -1,
        store: 'Jade Store',
        items: [
          {
            title: 'Custodia in silicone per iPhone 15 Pro Max, cover morbida liquida',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: '2,33 €',
          },
        ],
        total: '2,33 €',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        role: 'ship',
        id: '8217061304419253',
        stage: 'awaiting_shipment',
        statusText: 'In attesa di spedizione',
        ordered: -4,
        store: 'Vega Store',
        items: [
          {
            title: 'Tastiera meccanica 68 tasti hot swap retroilluminazione RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '46,22 €',
          },
        ],
        total: '46,22 €',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        role: 'deliv-note',
        id: '8217062657032170',
        stage: 'awaiting_delivery',
        statusText: 'In attesa di consegna',
        ordered: -36,
        store: 'NANO Store',
        items: [
          {
            title: 'Hub USB C 7 in 1 da Type C a HDMI 4K con ricarica PD 100W per MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '5,32 €',
          },
        ],
        total: '5,32 €',
        actions: ['confirm_received', 'track'],
        refundBefore: 7,
      },
      {
        role: 'deliv',
        id: '8217063291184406',
        stage: 'awaiting_delivery',
        statusText: 'In attesa di consegna',
        ordered: -21,
        store: 'IS Official Store',
        items: [
          {
            title: 'Auricolari wireless Bluetooth 5.3 con cancellazione del rumore e custodia di ricarica',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '14,52 €',
          },
        ],
        total: '14,52 €',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        role: 'dispute',
        id: '8217064118530697',
        stage: 'dispute_open',
        statusText: 'Controversia in corso',
        ordered: -68,
        store: 'LIMA Store',
        items: [
          {
            title: 'Supporto magnetico per telefono da auto',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '4,87 €',
          },
        ],
        total: '4,87 €',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
      // Thumbnails only, as on the en card.
      {
        role: 'done',
        id: '8217065843072911',
        stage: 'completed',
        statusText: 'Completato',
        ordered: -80,
        store: 'XENON Store',
        items: [
          { imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C') },
          { imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW') },
        ],
        total: '37,42 €',
        actions: ['add_to_cart', 'leave_feedback'],
        refundBefore: null,
      },
      {
        role: 'cancelled',
        id: '8217066479305128',
        stage: 'closed',
        statusText: 'Annullato',
        ordered: -15,
        store: 'Bravo Store',
        items: [
          {
            title: 'Organizer per cavi in silicone, set da 5 pezzi',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '3,19 €',
          },
        ],
        total: '3,19 €',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        role: 'expired',
        id: '3062731548260916',
        stage: 'closed',
        statusText: 'Scaduto',
        ordered: -145,
        store: 'Kiwi Home Store',
        items: [
          {
            title: 'Modulo di alimentazione step down 1000W 50A DC 25V-90V a DC 2,5V-50V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '26,52 €',
          },
        ],
        total: '26,52 €',
        actions: ['remove'],
        refundBefore: null,
      },
    ],
    next: { id: '8217068392745103', statusText: 'Completato', ordered: -160, total: '15,30 €' },
  },
  es: {
    file: 'global-list-mobile-es-mixed.html',
    datePattern: 'D de MMMM de YYYY',
    cards: [
      {
        role: 'ship',
        id: '8217071833046259',
        stage: 'awaiting_shipment',
        statusText: 'Pendiente de envío',
        ordered: -6,
        store: 'NANO Store',
        items: [
          {
            title: 'Teclado mecánico de 68 teclas, intercambio en caliente, retroiluminación RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '46,22€',
          },
        ],
        total: '46,22€',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        role: 'pay',
        id: '8217070154629837',
        stage: 'awaiting_payment',
        statusText: 'Pendiente de pago',
        ordered: 0,
        store: 'Vega Store',
        items: [
          {
            title: 'Funda de silicona para iPhone 15 Pro Max, carcasa suave líquida',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 3,
            price: '2,33€',
          },
        ],
        total: '6,99€',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        role: 'deliv-note',
        id: '8217072570391648',
        stage: 'awaiting_delivery',
        statusText: 'Pendiente de entrega',
        ordered: -44,
        store: 'IS Official Store',
        items: [
          {
            title: 'Hub USB C 7 en 1 de tipo C a HDMI 4K con carga PD de 100 W para MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '5,32€',
          },
        ],
        total: '5,32€',
        actions: ['confirm_received', 'track'],
        refundBefore: 4,
      },
      {
        role: 'deliv',
        id: '8217073218864075',
        stage: 'awaiting_delivery',
        statusText: 'Pendiente de entrega',
        ordered: -17,
        store: 'XENON Store',
        items: [
          {
            title: 'Auriculares inalámbricos Bluetooth 5.3 con cancelación de ruido y estuche de carga',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '14,52€',
          },
        ],
        total: '14,52€',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      // Thumbnails only, as on the en card.
      {
        role: 'done',
        id: '8217074609217730',
        stage: 'completed',
        statusText: 'Finalizado',
        ordered: -59,
        store: 'Bravo Store',
        items: [
          { imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C') },
          { imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW') },
          { imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU') },
        ],
        total: '40,61€',
        actions: ['add_to_cart', 'leave_feedback'],
        refundBefore: null,
      },
      {
        role: 'cancelled',
        id: '8217075385102944',
        stage: 'closed',
        statusText: 'Cancelado',
        ordered: -9,
        store: 'Kiwi Home Store',
        items: [
          {
            title: 'Organizador de cables de silicona, juego de 5 piezas',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '3,19€',
          },
        ],
        total: '3,19€',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        role: 'dispute',
        id: '8217076046718352',
        stage: 'dispute_open',
        statusText: 'Disputa en curso',
        ordered: -70,
        store: 'Tango Store',
        items: [
          {
            title: 'Soporte magnético de teléfono para coche',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '4,87€',
          },
        ],
        total: '4,87€',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
      {
        role: 'expired',
        id: '3073849116028475',
        stage: 'closed',
        statusText: 'Caducado',
        ordered: -150,
        store: 'LIMA Store',
        items: [
          {
            title: 'Módulo reductor de alimentación 1000 W 50 A DC 25-90 V a DC 2,5-50 V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '26,52€',
          },
        ],
        total: '26,52€',
        actions: ['remove'],
        refundBefore: null,
      },
    ],
    next: { id: '8217078295461036', statusText: 'Finalizado', ordered: -165, total: '21,10€' },
  },
};

const LANGS = Object.keys(FIXTURES) as Array<keyof typeof FIXTURES>;
const documents = Object.fromEntries(
  LANGS.map((lang) => [lang, fixtureDocument(FIXTURES[lang].file, MOBILE_URL, TODAY)]),
);
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

  it.each(cards)('$id: $role, $stage (“$statusText”)', (card) => {
    const order = ordersOf[lang]!.find((o) => o.orderId === card.id);
    expect(order, `card ${card.id} not read`).toBeDefined();
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
      actions: card.actions,
      events: {},
    });
    expect(order!.store!.url).toBeUndefined();
    // toMatchObject lets an item carry more fields than expected: a thumbnail must not gain a guessed title,
    // quantity or price, nor any item a URL.
    expect(order!.items.map((item) => Object.keys(item).sort())).toEqual(
      card.items.map((item) => Object.keys(item).sort()),
    );
    for (const item of order!.items) expect(item.url).toBeUndefined();
    // A total the card doesn't print stays absent (never guessed) and is listed as unread; everything printed is read.
    if (card.total === null) {
      expect(order!.total).toBeUndefined();
      expect(order!.unread).toEqual(['total']);
    } else {
      expect(order!.total).toBe(card.total);
      expect(order!.unread).toEqual([]);
    }
    expect(order!.trackingNumber).toBeUndefined();
    if (card.refundBefore === null) {
      expect(order!.deadlines).toEqual([]);
    } else {
      expect(order!.deadlines).toHaveLength(1);
      expect(order!.deadlines[0]).toMatchObject({
        kind: 'protection_end',
        confidence: 'exact',
        source: 'page:no-delivery-refund',
      });
      expect(Date.parse(order!.deadlines[0]!.at)).toBe(localMidnight(isoDay(TODAY, card.refundBefore)));
      // The buyer can check our reading against the page's own words, date included.
      expect(order!.deadlines[0]!.pageText).toContain(
        formatDay(TODAY, card.refundBefore, FIXTURES[lang].datePattern, lang),
      );
    }
  });

  it('reads the card the next page appends', () => {
    const doc = fixtureDocument(FIXTURES[lang].file, MOBILE_URL, TODAY);
    const template = doc.getElementById('next-page') as HTMLTemplateElement;
    doc.getElementById('order-list')!.appendChild(template.content.cloneNode(true));
    const orders = readOrders(doc);
    expect(orders).toHaveLength(cards.length + 1);
    expect(orders.at(-1)).toMatchObject({
      orderId: next.id,
      status: 'completed',
      statusText: next.statusText,
      orderedAt: isoDay(TODAY, next.ordered),
      total: next.total,
      unread: [],
    });
  });
});

/**
 * Coverage of the fixtures themselves: the per-card tests above only check the cards a fixture has, so a language
 * whose fixture lacks a stage would pass them. Checked on what the reader reads from the page, not on the table alone.
 */
describe('every language’s mobile fixture covers every stage the list shows', () => {
  it.each(LANGS)('%s', (lang) => {
    const { cards } = FIXTURES[lang];
    const orders = ordersOf[lang]!;
    const read = (role: CardRole) => {
      const matching = cards.filter((c) => c.role === role);
      expect(matching, `${lang}: cards with the role ${role}`).toHaveLength(1);
      const order = orders.find((o) => o.orderId === matching[0]!.id);
      expect(order, `${lang}: the ${role} card is not on the page`).toBeDefined();
      expect(order!.status, `${lang}: the ${role} card`).toBe(ROLE_STAGE[role]);
      return order!;
    };
    const byRole = Object.fromEntries(ROLES.map((role) => [role, read(role)])) as Record<CardRole, PageOrder>;

    // Awaiting delivery once with the "refund if no delivery before …" note (in this language's words) and once without.
    expect(byRole['deliv-note'].deadlines.map((d) => d.source)).toEqual(['page:no-delivery-refund']);
    expect(byRole.deliv.deadlines).toEqual([]);
    // Closed twice, under two different labels (cancelled, expired): the reader can't tell them apart by stage.
    expect(byRole.cancelled.statusText).not.toBe(byRole.expired.statusText);
    // A multi-item order shown only as a strip of thumbnails: several items, none with a title, quantity or price.
    const strips = orders.filter(
      (o) =>
        o.items.length > 1 &&
        o.items.every((i) => i.title === undefined && i.quantity === undefined && i.price === undefined),
    );
    expect(strips.length, `${lang}: thumbnail-strip cards`).toBeGreaterThan(0);
  });
});

describe('mobile card edge cases', () => {
  it.each([
    ['relative href', '/p/order/detail.html?orderId=8217030418825512', '8217030418825512'],
    [
      'protocol-relative href with more parameters',
      '//m.aliexpress.com/p/order/detail.html?spm=x&orderId=3048170952296417&x=1',
      '3048170952296417',
    ],
  ])('takes the id from a %s', (_what, href, id) => {
    const doc = htmlDocument(
      `<a class="order-item order-item-mobile" href="${href}"><span class="order-item-header-status-text">Completed</span></a>`,
      MOBILE_URL,
    );
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
