/**
 * The global My Orders list reader (utils/pages/global-list.ts) on the UI languages other than English:
 * fixtures global-list-<lang>-all-stages.html on the ru./it./es./pt./fr./de./pl.aliexpress.com subdomains, one card per
 * stage the list shows, each language with its own date format, currency and label drift (see each fixture's top
 * comment for which labels are documented and which are our translations).
 *
 * Every field of every card is checked against what the fixture prints, on two "todays" (late November and just
 * after New Year, so the dates straddle a year boundary).
 */
import { describe, expect, it } from 'vitest';
import { PageOrderSchema, type OrderAction, type OrderItem, type OrderStage, type PageOrder } from '@/utils/model';
import { globalListReader } from '@/utils/pages/global-list';
import type { ReadResult } from '@/utils/pages/types';
import { formatDay, isoDay } from '../harness/fixtures';
import { fixtureDocument, htmlDocument } from './support/dom';

const TODAYS = [new Date(2026, 10, 21, 12, 0), new Date(2027, 0, 3, 8, 30)] as const;

const img = (key: string) => `https://ae-pic-a1.aliexpress-media.com/kf/${key}.jpg_220x220.jpg`;

interface CardExpectation {
  key: string;
  id: string;
  stage: OrderStage;
  statusText: string;
  /** Order date as an offset in days from today. */
  ordered: number;
  store: readonly [name: string, storeId: string];
  items: OrderItem[];
  /** null: the card prints no total (old/expired orders, pages.md §3). */
  total: string | null;
  actions: OrderAction[];
  /** The day a "Refund if no delivery before …" note names, as an offset from today; null: no note. */
  refundBefore: number | null;
}

interface LanguageFixture {
  host: string;
  /** The `{{date:…}}` pattern the fixture prints its dates in (to check the deadline's page text). */
  datePattern: string;
  cards: CardExpectation[];
  /** The card the "View orders" template appends. */
  next: { id: string; statusText: string; ordered: number; total: string };
}

const LANGUAGES = {
  ru: {
    host: 'ru.aliexpress.com',
    datePattern: 'D MMM YYYY г.',
    cards: [
      {
        key: 'pay',
        id: '8216104415628305',
        stage: 'awaiting_payment',
        statusText: 'Ожидает оплаты',
        ordered: 0,
        store: ['Tango Store', '912345678'],
        items: [
          {
            title: 'Силиконовый чехол для iPhone 15 Pro Max, мягкая жидкая накладка',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: '221,35 ₽',
            url: 'https://ru.aliexpress.com/item/1005005567123490.html',
          },
        ],
        total: '221,35 ₽',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        key: 'ship',
        id: '8216110031911459',
        stage: 'awaiting_shipment',
        statusText: 'Ожидает отправки',
        ordered: -4,
        store: ['Jade Store', '1103344556'],
        items: [
          {
            title: 'Механическая клавиатура 68 клавиш, горячая замена, RGB-подсветка',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '4 390,90 ₽',
            url: 'https://ru.aliexpress.com/item/1005006390211876.html',
          },
        ],
        total: '4 390,90 ₽',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        key: 'deliv-note',
        id: '8216126110690150',
        stage: 'awaiting_delivery',
        statusText: 'Ожидает доставки',
        ordered: -49,
        store: ['Vega Store', '1101234567'],
        items: [
          {
            title: 'USB C хаб 7 в 1, Type C на HDMI 4K, зарядка PD 100 Вт для MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '505,40 ₽',
            url: 'https://ru.aliexpress.com/item/1005008452106512.html',
          },
        ],
        total: '505,40 ₽',
        actions: ['confirm_received', 'track'],
        refundBefore: 5,
      },
      {
        key: 'deliv',
        id: '8216133736980294',
        stage: 'awaiting_delivery',
        statusText: 'Ожидает доставки',
        ordered: -22,
        store: ['NANO Store', '1109988776'],
        items: [
          {
            title: 'Беспроводные наушники Bluetooth 5.3 с шумоподавлением и зарядным кейсом',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '1 379,40 ₽',
            url: 'https://ru.aliexpress.com/item/1005007231845521.html',
          },
        ],
        total: '1 379,40 ₽',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        key: 'done',
        id: '8216145315669309',
        stage: 'completed',
        statusText: 'С отделкой',
        ordered: -61,
        store: ['IS Official Store', '4641086'],
        items: [
          {
            title: 'Кабель HDMI 2.1 8K@60Hz 4K@120Hz, 2 м',
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            quantity: 1,
            price: '2 004,50 ₽',
            url: 'https://ru.aliexpress.com/item/1005745176332016.html',
          },
          {
            title: 'Светодиодная лента 5 м RGB с управлением через Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 2,
            price: '726,75 ₽',
            url: 'https://ru.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '3 554,90 ₽',
        actions: ['add_to_cart', 'leave_feedback', 'remove'],
        refundBefore: null,
      },
      {
        key: 'closed',
        id: '8216151341902009',
        stage: 'closed',
        statusText: 'Отменён',
        ordered: -16,
        store: ['XENON Store', '1936564'],
        items: [
          {
            title: 'Органайзер для кабелей, силиконовые держатели, 5 шт.',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '303,05 ₽',
            url: 'https://ru.aliexpress.com/item/1005004412345678.html',
          },
        ],
        total: '303,05 ₽',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        key: 'expired',
        id: '3051653439306910',
        stage: 'closed',
        statusText: 'Срок истёк',
        ordered: -131,
        store: ['Bravo Store', '301635'],
        items: [
          {
            title: 'Понижающий модуль питания 1000 Вт 50 А, DC 25–90 В в DC 2,5–50 В',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '2 519,40 ₽',
            url: 'https://ru.aliexpress.com/item/1005005219149777.html',
          },
        ],
        total: null,
        actions: ['remove'],
        refundBefore: null,
      },
      {
        key: 'dispute',
        id: '8216173640971355',
        stage: 'dispute_open',
        statusText: 'Идёт спор',
        ordered: -71,
        store: ['Kiwi Home Store', '1104455667'],
        items: [
          {
            title: 'Магнитный держатель телефона в автомобиль',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '462,65 ₽',
            url: 'https://ru.aliexpress.com/item/1005004498765432.html',
          },
        ],
        total: '462,65 ₽',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
    ],
    next: { id: '8216191245843100', statusText: 'С отделкой', ordered: -151, total: '608,00 ₽' },
  },
  it: {
    host: 'it.aliexpress.com',
    datePattern: 'D MMM YYYY',
    cards: [
      {
        key: 'pay',
        id: '8216204511737304',
        stage: 'awaiting_payment',
        statusText: 'In attesa di pagamento',
        ordered: 0,
        store: ['Jade Store', '1103344556'],
        items: [
          {
            title: 'Custodia in silicone per iPhone 15 Pro Max, cover morbida liquida',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: '2,33 €',
            url: 'https://it.aliexpress.com/item/1005005567123490.html',
          },
        ],
        total: '2,33 €',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        key: 'ship',
        id: '8216210196416449',
        stage: 'awaiting_shipment',
        statusText: 'In attesa di spedizione',
        ordered: -5,
        store: ['Vega Store', '1101234567'],
        items: [
          {
            title: 'Tastiera meccanica 68 tasti hot swap retroilluminazione RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '46,22 €',
            url: 'https://it.aliexpress.com/item/1005006390211876.html',
          },
        ],
        total: '46,22 €',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        key: 'deliv-note',
        id: '8216226716700159',
        stage: 'awaiting_delivery',
        statusText: 'In attesa di consegna',
        ordered: -50,
        store: ['NANO Store', '1109988776'],
        items: [
          {
            title: 'Hub USB C 7 in 1 da Type C a HDMI 4K con ricarica PD 100W per MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '5,32 €',
            url: 'https://it.aliexpress.com/item/1005008452106512.html',
          },
        ],
        total: '5,32 €',
        actions: ['confirm_received', 'track'],
        refundBefore: 6,
      },
      {
        key: 'deliv',
        id: '8216232791449294',
        stage: 'awaiting_delivery',
        statusText: 'In attesa di consegna',
        ordered: -23,
        store: ['IS Official Store', '4641086'],
        items: [
          {
            title: 'Auricolari wireless Bluetooth 5.3 con cancellazione del rumore e custodia di ricarica',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '14,52 €',
            url: 'https://it.aliexpress.com/item/1005007231845521.html',
          },
        ],
        total: '14,52 €',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        key: 'done',
        id: '8216244411738304',
        stage: 'completed',
        statusText: 'Completato',
        ordered: -62,
        store: ['XENON Store', '1936564'],
        items: [
          {
            title: 'Cavo HDMI 2.1 8K@60Hz 4K@120Hz, 2 m',
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            quantity: 1,
            price: '21,10 €',
            url: 'https://it.aliexpress.com/item/1005745176332016.html',
          },
          {
            title: 'Striscia LED 5 m RGB con controllo tramite app Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 2,
            price: '7,65 €',
            url: 'https://it.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '37,42 €',
        actions: ['add_to_cart', 'leave_feedback', 'remove'],
        refundBefore: null,
      },
      {
        key: 'closed',
        id: '8216250096417009',
        stage: 'closed',
        statusText: 'Chiuso',
        ordered: -17,
        store: ['Bravo Store', '301635'],
        items: [
          {
            title: 'Organizer per cavi in silicone, set da 5 pezzi',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '3,19 €',
            url: 'https://it.aliexpress.com/item/1005004412345678.html',
          },
        ],
        total: '3,19 €',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        key: 'expired',
        id: '3062616890887917',
        stage: 'closed',
        statusText: 'Scaduto',
        ordered: -132,
        store: ['Kiwi Home Store', '1104455667'],
        items: [
          {
            title: 'Modulo di alimentazione step down 1000W 50A DC 25V-90V a DC 2,5V-50V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '26,52 €',
            url: 'https://it.aliexpress.com/item/1005005219149777.html',
          },
        ],
        total: '26,52 €',
        actions: ['remove'],
        refundBefore: null,
      },
      {
        key: 'dispute',
        id: '8216273601080354',
        stage: 'dispute_open',
        statusText: 'Controversia in corso',
        ordered: -72,
        store: ['LIMA Store', '1102951120'],
        items: [
          {
            title: 'Supporto magnetico per telefono da auto',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '4,87 €',
            url: 'https://it.aliexpress.com/item/1005004498765432.html',
          },
        ],
        total: '4,87 €',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
      {
        key: 'unknown',
        id: '8216289321729499',
        stage: 'unknown',
        statusText: 'In sospeso',
        ordered: -11,
        store: ['Tango Store', '912345678'],
        items: [
          {
            title: 'Striscia LED 5 m RGB con controllo tramite app Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 1,
            price: '9,99 €',
            url: 'https://it.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '9,99 €',
        actions: ['track'],
        refundBefore: null,
      },
    ],
    next: { id: '8216291306018109', statusText: 'Completato', ordered: -152, total: '6,40 €' },
  },
  es: {
    host: 'es.aliexpress.com',
    datePattern: 'D MMM YYYY',
    cards: [
      {
        key: 'pay',
        id: '8216303166346303',
        stage: 'awaiting_payment',
        statusText: 'Pendiente de pago',
        ordered: 0,
        store: ['Vega Store', '1101234567'],
        items: [
          {
            title: 'Funda de silicona para iPhone 15 Pro Max, carcasa suave líquida',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: '2,33€',
            url: 'https://es.aliexpress.com/item/1005005567123490.html',
          },
        ],
        total: '2,33€',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        key: 'ship',
        id: '8216319292685448',
        stage: 'awaiting_shipment',
        statusText: 'Pendiente de envío',
        ordered: -6,
        store: ['NANO Store', '1109988776'],
        items: [
          {
            title: 'Teclado mecánico de 68 teclas, intercambio en caliente, retroiluminación RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '46,22€',
            url: 'https://es.aliexpress.com/item/1005006390211876.html',
          },
        ],
        total: '46,22€',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        key: 'deliv-note',
        id: '8216325871365559',
        stage: 'awaiting_delivery',
        statusText: 'Pendiente de entrega',
        ordered: -51,
        store: ['IS Official Store', '4641086'],
        items: [
          {
            title: 'Hub USB C 7 en 1 de tipo C a HDMI 4K con carga PD de 100 W para MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '5,32€',
            url: 'https://es.aliexpress.com/item/1005008452106512.html',
          },
        ],
        total: '5,32€',
        actions: ['confirm_received', 'track'],
        refundBefore: 4,
      },
      {
        key: 'deliv',
        id: '8216332497658253',
        stage: 'awaiting_delivery',
        statusText: 'Pendiente de entrega',
        ordered: -24,
        store: ['XENON Store', '1936564'],
        items: [
          {
            title: 'Auriculares inalámbricos Bluetooth 5.3 con cancelación de ruido y estuche de carga',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '14,52€',
            url: 'https://es.aliexpress.com/item/1005007231845521.html',
          },
        ],
        total: '14,52€',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        key: 'done',
        id: '8216344476337394',
        stage: 'completed',
        statusText: 'Finalizado',
        ordered: -63,
        store: ['Bravo Store', '301635'],
        items: [
          {
            title: 'Cable HDMI 2.1 8K@60Hz 4K@120Hz, 2 m',
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            quantity: 1,
            price: '21,10€',
            url: 'https://es.aliexpress.com/item/1005745176332016.html',
          },
          {
            title: 'Tira de luces LED de 5 m RGB con control por app Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 2,
            price: '7,65€',
            url: 'https://es.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '37,42€',
        actions: ['add_to_cart', 'leave_feedback', 'remove'],
        refundBefore: null,
      },
      {
        key: 'closed',
        id: '8216350192626408',
        stage: 'closed',
        statusText: 'Cerrado',
        ordered: -18,
        store: ['Kiwi Home Store', '1104455667'],
        items: [
          {
            title: 'Organizador de cables de silicona, juego de 5 piezas',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '3,19€',
            url: 'https://es.aliexpress.com/item/1005004412345678.html',
          },
        ],
        total: '3,19€',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        key: 'expired',
        id: '3073672754479858',
        stage: 'closed',
        statusText: 'Caducado',
        ordered: -133,
        store: ['LIMA Store', '1102951120'],
        items: [
          {
            title: 'Módulo reductor de alimentación 1000 W 50 A DC 25-90 V a DC 2,5-50 V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '26,52€',
            url: 'https://es.aliexpress.com/item/1005005219149777.html',
          },
        ],
        total: '26,52€',
        actions: ['remove'],
        refundBefore: null,
      },
      {
        key: 'dispute',
        id: '8216372707649354',
        stage: 'dispute_open',
        statusText: 'Disputa en curso',
        ordered: -73,
        store: ['Tango Store', '912345678'],
        items: [
          {
            title: 'Soporte magnético de teléfono para coche',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '4,87€',
            url: 'https://es.aliexpress.com/item/1005004498765432.html',
          },
        ],
        total: '4,87€',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
    ],
    next: { id: '8216390902617109', statusText: 'Finalizado', ordered: -153, total: '6,40€' },
  },
  pt: {
    host: 'pt.aliexpress.com',
    datePattern: 'D de MMM de YYYY',
    cards: [
      {
        key: 'pay',
        id: '8216403268505303',
        stage: 'awaiting_payment',
        statusText: 'Aguardando pagamento',
        ordered: 0,
        store: ['NANO Store', '1109988776'],
        items: [
          {
            title: 'Capa de silicone para iPhone 15 Pro Max, capinha macia líquida',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: 'R$13,98',
            url: 'https://pt.aliexpress.com/item/1005005567123490.html',
          },
        ],
        total: 'R$13,98',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        key: 'ship',
        id: '8216419847294447',
        stage: 'awaiting_shipment',
        statusText: 'Aguardando envio',
        ordered: -7,
        store: ['IS Official Store', '4641086'],
        items: [
          {
            title: 'Teclado mecânico 68 teclas hot swap com iluminação RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: 'R$277,32',
            url: 'https://pt.aliexpress.com/item/1005006390211876.html',
          },
        ],
        total: 'R$277,32',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        key: 'deliv-note',
        id: '8216425973574548',
        stage: 'awaiting_delivery',
        statusText: 'Aguardando a entrega',
        ordered: -52,
        store: ['XENON Store', '1936564'],
        items: [
          {
            title: 'Hub USB C 7 em 1 Tipo C para HDMI 4K com carregamento PD 100W para MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: 'R$31,92',
            url: 'https://pt.aliexpress.com/item/1005008452106512.html',
          },
        ],
        total: 'R$31,92',
        actions: ['confirm_received', 'track'],
        refundBefore: 5,
      },
      {
        key: 'deliv',
        id: '8216431552253253',
        stage: 'awaiting_delivery',
        statusText: 'Aguardando a entrega',
        ordered: -25,
        store: ['Bravo Store', '301635'],
        items: [
          {
            title: 'Fones de ouvido sem fio Bluetooth 5.3 com cancelamento de ruído e estojo de carregamento',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: 'R$87,12',
            url: 'https://pt.aliexpress.com/item/1005007231845521.html',
          },
        ],
        total: 'R$87,12',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        key: 'done',
        id: '8216443178546393',
        stage: 'completed',
        statusText: 'Concluído',
        ordered: -64,
        store: ['Kiwi Home Store', '1104455667'],
        items: [
          {
            title: 'Cabo HDMI 2.1 8K@60Hz 4K@120Hz, 2 m',
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            quantity: 1,
            price: 'R$126,60',
            url: 'https://pt.aliexpress.com/item/1005745176332016.html',
          },
          {
            title: 'Fita de LED 5 m RGB com controle por aplicativo Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 2,
            price: 'R$45,90',
            url: 'https://pt.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: 'R$224,52',
        actions: ['add_to_cart', 'leave_feedback', 'remove'],
        refundBefore: null,
      },
      {
        key: 'closed',
        id: '8216459757285508',
        stage: 'closed',
        statusText: 'Cancelado',
        ordered: -19,
        store: ['LIMA Store', '1102951120'],
        items: [
          {
            title: 'Organizador de cabos de silicone, kit com 5 peças',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: 'R$19,14',
            url: 'https://pt.aliexpress.com/item/1005004412345678.html',
          },
        ],
        total: 'R$19,14',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        key: 'expired',
        id: '3084639515357856',
        stage: 'closed',
        statusText: 'Expirado',
        ordered: -134,
        store: ['Tango Store', '912345678'],
        items: [
          {
            title: 'Módulo abaixador de tensão 1000W 50A DC 25V-90V para DC 2,5V-50V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: 'R$159,12',
            url: 'https://pt.aliexpress.com/item/1005005219149777.html',
          },
        ],
        total: 'R$159,12',
        actions: ['remove'],
        refundBefore: null,
      },
      {
        key: 'dispute',
        id: '8216472452254353',
        stage: 'dispute_open',
        statusText: 'Disputa em andamento',
        ordered: -74,
        store: ['Jade Store', '1103344556'],
        items: [
          {
            title: 'Suporte magnético de celular para carro',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: 'R$29,22',
            url: 'https://pt.aliexpress.com/item/1005004498765432.html',
          },
        ],
        total: 'R$29,22',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
    ],
    next: { id: '8216490007887598', statusText: 'Concluído', ordered: -154, total: 'R$38,40' },
  },
  fr: {
    host: 'fr.aliexpress.com',
    datePattern: 'D MMM YYYY',
    cards: [
      {
        key: 'pay',
        id: '8216502923114792',
        stage: 'awaiting_payment',
        statusText: 'En attente de paiement',
        ordered: 0,
        store: ['IS Official Store', '4641086'],
        items: [
          {
            title: 'Coque en silicone pour iPhone 15 Pro Max, étui souple liquide',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: '2,33 €',
            url: 'https://fr.aliexpress.com/item/1005005567123490.html',
          },
        ],
        total: '2,33 €',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        key: 'ship',
        id: '8216518943493407',
        stage: 'awaiting_shipment',
        statusText: 'En attente d’expédition',
        ordered: -8,
        store: ['XENON Store', '1936564'],
        items: [
          {
            title: 'Clavier mécanique 68 touches remplaçables à chaud, rétroéclairage RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '46,22 €',
            url: 'https://fr.aliexpress.com/item/1005006390211876.html',
          },
        ],
        total: '46,22 €',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        key: 'deliv-note',
        id: '8216524528183547',
        stage: 'awaiting_delivery',
        statusText: 'En attente de livraison',
        ordered: -53,
        store: ['Bravo Store', '301635'],
        items: [
          {
            title: 'Hub USB C 7 en 1, Type C vers HDMI 4K, charge PD 100 W pour MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '5,32 €',
            url: 'https://fr.aliexpress.com/item/1005008452106512.html',
          },
        ],
        total: '5,32 €',
        actions: ['confirm_received', 'track'],
        refundBefore: 6,
      },
      {
        key: 'deliv',
        id: '8216537257422652',
        stage: 'awaiting_delivery',
        statusText: 'En attente de livraison',
        ordered: -26,
        store: ['Kiwi Home Store', '1104455667'],
        items: [
          {
            title: 'Écouteurs sans fil Bluetooth 5.3 à réduction de bruit avec boîtier de charge',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '14,52 €',
            url: 'https://fr.aliexpress.com/item/1005007231845521.html',
          },
        ],
        total: '14,52 €',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        key: 'done',
        id: '8216543273115393',
        stage: 'completed',
        statusText: 'Terminée',
        ordered: -65,
        store: ['LIMA Store', '1102951120'],
        items: [
          {
            title: 'Câble HDMI 2.1 8K@60Hz 4K@120Hz, 2 m',
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            quantity: 1,
            price: '21,10 €',
            url: 'https://fr.aliexpress.com/item/1005745176332016.html',
          },
          {
            title: 'Ruban LED 5 m RGB contrôlé par application Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 2,
            price: '7,65 €',
            url: 'https://fr.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '37,42 €',
        actions: ['add_to_cart', 'leave_feedback', 'remove'],
        refundBefore: null,
      },
      {
        key: 'closed',
        id: '8216559852494507',
        stage: 'closed',
        statusText: 'Annulée',
        ordered: -20,
        store: ['Tango Store', '912345678'],
        items: [
          {
            title: 'Range-câbles en silicone, lot de 5',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '3,19 €',
            url: 'https://fr.aliexpress.com/item/1005004412345678.html',
          },
        ],
        total: '3,19 €',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        key: 'expired',
        id: '3045685085808883',
        stage: 'closed',
        statusText: 'Expirée',
        ordered: -135,
        store: ['Jade Store', '1103344556'],
        items: [
          {
            title: 'Module abaisseur d’alimentation 1000 W 50 A DC 25-90 V vers DC 2,5-50 V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '26,52 €',
            url: 'https://fr.aliexpress.com/item/1005005219149777.html',
          },
        ],
        total: null,
        actions: ['remove'],
        refundBefore: null,
      },
      {
        key: 'dispute',
        id: '8216571457463342',
        stage: 'dispute_open',
        statusText: 'Litige en cours',
        ordered: -75,
        store: ['Vega Store', '1101234567'],
        items: [
          {
            title: 'Support magnétique de téléphone pour voiture',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '4,87 €',
            url: 'https://fr.aliexpress.com/item/1005004498765432.html',
          },
        ],
        total: '4,87 €',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
    ],
    next: { id: '8216599762396598', statusText: 'Terminée', ordered: -155, total: '6,40 €' },
  },
  de: {
    host: 'de.aliexpress.com',
    datePattern: 'D. MMM YYYY',
    cards: [
      {
        key: 'pay',
        id: '8216602028629792',
        stage: 'awaiting_payment',
        statusText: 'Warten auf Zahlung',
        ordered: 0,
        store: ['XENON Store', '1936564'],
        items: [
          {
            title: 'Silikonhülle für iPhone 15 Pro Max, weiche Flüssig-Schutzhülle',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: '2,33 €',
            url: 'https://de.aliexpress.com/item/1005005567123490.html',
          },
        ],
        total: '2,33 €',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        key: 'ship',
        id: '8216618648962406',
        stage: 'awaiting_shipment',
        statusText: 'Warten auf Versand',
        ordered: -9,
        store: ['Bravo Store', '301635'],
        items: [
          {
            title: 'Mechanische Tastatur mit 68 Tasten, Hot-Swap, RGB-Beleuchtung',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '46,22 €',
            url: 'https://de.aliexpress.com/item/1005006390211876.html',
          },
        ],
        total: '46,22 €',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        key: 'deliv-note',
        id: '8216624623242547',
        stage: 'awaiting_delivery',
        statusText: 'Warten auf Lieferung',
        ordered: -54,
        store: ['Kiwi Home Store', '1104455667'],
        items: [
          {
            title: 'USB-C-Hub 7 in 1, Typ C auf HDMI 4K, 100 W PD-Laden für MacBook',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '5,32 €',
            url: 'https://de.aliexpress.com/item/1005008452106512.html',
          },
        ],
        total: '5,32 €',
        actions: ['confirm_received', 'track'],
        refundBefore: 4,
      },
      {
        key: 'deliv',
        id: '8216636243931652',
        stage: 'awaiting_delivery',
        statusText: 'Warten auf Lieferung',
        ordered: -27,
        store: ['LIMA Store', '1102951120'],
        items: [
          {
            title: 'Kabellose Ohrhörer Bluetooth 5.3 mit Geräuschunterdrückung und Ladecase',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '14,52 €',
            url: 'https://de.aliexpress.com/item/1005007231845521.html',
          },
        ],
        total: '14,52 €',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        key: 'done',
        id: '8216642838210792',
        stage: 'completed',
        statusText: 'Abgeschlossen',
        ordered: -66,
        store: ['Tango Store', '912345678'],
        items: [
          {
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            url: 'https://de.aliexpress.com/item/1005745176332016.html',
          },
          {
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            url: 'https://de.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '37,42 €',
        actions: ['add_to_cart', 'leave_feedback', 'remove'],
        refundBefore: null,
      },
      {
        key: 'closed',
        id: '8216658958904597',
        stage: 'closed',
        statusText: 'Storniert',
        ordered: -21,
        store: ['Jade Store', '1103344556'],
        items: [
          {
            title: 'Kabelorganizer aus Silikon, 5er-Set',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '3,19 €',
            url: 'https://de.aliexpress.com/item/1005004412345678.html',
          },
        ],
        total: '3,19 €',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        key: 'expired',
        id: '3056648885480724',
        stage: 'closed',
        statusText: 'Abgelaufen',
        ordered: -136,
        store: ['Vega Store', '1101234567'],
        items: [
          {
            title: 'Abwärtswandler-Netzteilmodul 1000 W 50 A DC 25–90 V auf DC 2,5–50 V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '26,52 €',
            url: 'https://de.aliexpress.com/item/1005005219149777.html',
          },
        ],
        total: '26,52 €',
        actions: ['remove'],
        refundBefore: null,
      },
      {
        key: 'dispute',
        id: '8216671153922742',
        stage: 'dispute_open',
        statusText: 'Streitfall läuft',
        ordered: -76,
        store: ['NANO Store', '1109988776'],
        items: [
          {
            title: 'Magnetische Handyhalterung fürs Auto',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '4,87 €',
            url: 'https://de.aliexpress.com/item/1005004498765432.html',
          },
        ],
        total: '4,87 €',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
    ],
    next: { id: '8216699858995597', statusText: 'Abgeschlossen', ordered: -156, total: '6,40 €' },
  },
  pl: {
    host: 'pl.aliexpress.com',
    datePattern: 'D MMM YYYY',
    cards: [
      {
        key: 'pay',
        id: '8216701024888791',
        stage: 'awaiting_payment',
        statusText: 'Oczekuje na płatność',
        ordered: 0,
        store: ['Bravo Store', '301635'],
        items: [
          {
            title: 'Silikonowe etui do iPhone 15 Pro Max, miękka obudowa',
            imageUrl: img('Sd4c3b2a1f0e94d8c7b6a5f4e3d2c1b0aT'),
            quantity: 1,
            price: '10,02zł',
            url: 'https://pl.aliexpress.com/item/1005005567123490.html',
          },
        ],
        total: '10,02zł',
        actions: ['pay', 'cancel'],
        refundBefore: null,
      },
      {
        key: 'ship',
        id: '8216717709178806',
        stage: 'awaiting_shipment',
        statusText: 'Oczekuje na wysyłkę',
        ordered: -10,
        store: ['Kiwi Home Store', '1104455667'],
        items: [
          {
            title: 'Klawiatura mechaniczna 68 klawiszy, hot swap, podświetlenie RGB',
            imageUrl: img('S0b9e1c2d3f4a4b5c8d7e6f5a4b3c2d1eR'),
            quantity: 1,
            price: '198,75zł',
            url: 'https://pl.aliexpress.com/item/1005006390211876.html',
          },
        ],
        total: '198,75zł',
        actions: ['contact_seller'],
        refundBefore: null,
      },
      {
        key: 'deliv-note',
        id: '8216723329851546',
        stage: 'awaiting_delivery',
        statusText: 'Oczekuje na dostawę',
        ordered: -55,
        store: ['LIMA Store', '1102951120'],
        items: [
          {
            title: 'Hub USB C 7 w 1, Typ C na HDMI 4K, ładowanie PD 100 W do MacBooka',
            imageUrl: img('S6e7b2b9e5a0d4a0f9b2a6a1c1d3e5f7aX'),
            quantity: 1,
            price: '22,88zł',
            url: 'https://pl.aliexpress.com/item/1005008452106512.html',
          },
        ],
        total: '22,88zł',
        actions: ['confirm_received', 'track'],
        refundBefore: 5,
      },
      {
        key: 'deliv',
        id: '8216736304130641',
        stage: 'awaiting_delivery',
        statusText: 'Oczekuje na dostawę',
        ordered: -28,
        store: ['Tango Store', '912345678'],
        items: [
          {
            title: 'Słuchawki bezprzewodowe Bluetooth 5.3 z redukcją szumów i etui ładującym',
            imageUrl: img('Sa1f0c9d2b7e64e4c8e3f1b2a4c6d8e0fQ'),
            quantity: 1,
            price: '62,44zł',
            url: 'https://pl.aliexpress.com/item/1005007231845521.html',
          },
        ],
        total: '62,44zł',
        actions: ['confirm_received', 'track'],
        refundBefore: null,
      },
      {
        key: 'done',
        id: '8216742924889792',
        stage: 'completed',
        statusText: 'Zakończone',
        ordered: -67,
        store: ['Jade Store', '1103344556'],
        items: [
          {
            title: 'Kabel HDMI 2.1 8K@60Hz 4K@120Hz, 2 m',
            imageUrl: img('S414120c60bc24a2d9a8ce34a49f61967C'),
            quantity: 1,
            price: '90,73zł',
            url: 'https://pl.aliexpress.com/item/1005745176332016.html',
          },
          {
            title: 'Taśma LED 5 m RGB sterowana aplikacją Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 2,
            price: '32,90zł',
            url: 'https://pl.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '160,91zł',
        actions: ['add_to_cart', 'leave_feedback', 'remove'],
        refundBefore: null,
      },
      {
        key: 'closed',
        id: '8216758519169596',
        stage: 'closed',
        statusText: 'Zamknięte',
        ordered: -22,
        store: ['Vega Store', '1101234567'],
        items: [
          {
            title: 'Organizer na kable silikonowy, zestaw 5 sztuk',
            imageUrl: img('S7a8b9c0d1e2f4a3b9c8d7e6f5a4b3c2dU'),
            quantity: 1,
            price: '13,72zł',
            url: 'https://pl.aliexpress.com/item/1005004412345678.html',
          },
        ],
        total: '13,72zł',
        actions: ['add_to_cart', 'remove'],
        refundBefore: null,
      },
      {
        key: 'expired',
        id: '3067604740371722',
        stage: 'closed',
        statusText: 'Wygasło',
        ordered: -137,
        store: ['NANO Store', '1109988776'],
        items: [
          {
            title: 'Moduł przetwornicy obniżającej 1000 W 50 A DC 25–90 V na DC 2,5–50 V',
            imageUrl: img('S2564fd64afb74ba683bc3b6eacda3b4c5'),
            quantity: 1,
            price: '114,04zł',
            url: 'https://pl.aliexpress.com/item/1005005219149777.html',
          },
        ],
        total: '114,04zł',
        actions: ['remove'],
        refundBefore: null,
      },
      {
        key: 'dispute',
        id: '8216770214131741',
        stage: 'dispute_open',
        statusText: 'Spór w toku',
        ordered: -77,
        store: ['IS Official Store', '4641086'],
        items: [
          {
            title: 'Magnetyczny uchwyt samochodowy na telefon',
            imageUrl: img('S1f2e3d4c5b6a4978a9b8c7d6e5f4a3b2V'),
            quantity: 1,
            price: '20,94zł',
            url: 'https://pl.aliexpress.com/item/1005004498765432.html',
          },
        ],
        total: '20,94zł',
        actions: ['view_dispute', 'track'],
        refundBefore: null,
      },
      {
        key: 'unknown',
        id: '8216782834810442',
        stage: 'unknown',
        statusText: 'Wstrzymane',
        ordered: -16,
        store: ['XENON Store', '1936564'],
        items: [
          {
            title: 'Taśma LED 5 m RGB sterowana aplikacją Bluetooth',
            imageUrl: img('S9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5bW'),
            quantity: 1,
            price: '42,96zł',
            url: 'https://pl.aliexpress.com/item/1005003311224455.html',
          },
        ],
        total: '42,96zł',
        actions: ['track'],
        refundBefore: null,
      },
    ],
    next: { id: '8216798419160596', statusText: 'Zakończone', ordered: -157, total: '27,52zł' },
  },
} satisfies Record<string, LanguageFixture>;

type Lang = keyof typeof LANGUAGES;
const LANGS = Object.keys(LANGUAGES) as Lang[];
const fixtureName = (lang: Lang) => `global-list-${lang}-all-stages.html`;
const listUrl = (lang: Lang) => `https://${LANGUAGES[lang].host}/p/order/index.html`;

function readAll(root: ParentNode, url: string, now: Date): ReadResult[] {
  const ctx = { url: new URL(url), now };
  return globalListReader.findCards(root).map((card) => globalListReader.readCard(card, ctx));
}

function readOrders(root: ParentNode, url: string, now: Date): PageOrder[] {
  return readAll(root, url, now).map((result) => {
    if (!result.ok) throw new Error(`card not read: ${result.reason}`);
    return result.order;
  });
}

/** The instant a calendar day starts on this machine: "before <day>" ends protection then. */
function localMidnight(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** Every fixture read once per "today" (reading is cheap; the documents are shared by the tests below). */
const pages = new Map(
  TODAYS.flatMap((today) =>
    LANGS.map((lang) => {
      const doc = fixtureDocument(fixtureName(lang), listUrl(lang), today);
      return [`${lang}@${today.toISOString()}`, { doc, orders: readOrders(doc, listUrl(lang), today) }] as const;
    }),
  ),
);
const pageOf = (lang: Lang, today: Date) => pages.get(`${lang}@${today.toISOString()}`)!;

const CASES = TODAYS.flatMap((today) =>
  LANGS.flatMap((lang) => LANGUAGES[lang].cards.map((card) => ({ today, lang, card: card as CardExpectation }))),
);

describe.each(LANGS)('global list in %s: the page as a whole', (lang) => {
  const { host, cards } = LANGUAGES[lang];

  it.each(TODAYS)('reads every card of the first page, in page order, and nothing else (today %s)', (today) => {
    const { orders } = pageOf(lang, today);
    expect(orders.map((o) => o.orderId)).toEqual(cards.map((c) => c.id));
    for (const order of orders) {
      expect(PageOrderSchema.safeParse(order).success).toBe(true);
      expect(order).toMatchObject({ site: host, pageKind: 'global-list' });
    }
  });

  it('reads the card "View orders" appends, like the SPA does (template → list)', () => {
    const today = TODAYS[0];
    const doc = fixtureDocument(fixtureName(lang), listUrl(lang), today);
    const list = doc.getElementById('order-list')!;
    const template = doc.getElementById('next-page') as HTMLTemplateElement;
    list.appendChild(template.content.cloneNode(true));
    const orders = readOrders(doc, listUrl(lang), today);
    const { next } = LANGUAGES[lang];
    expect(orders).toHaveLength(cards.length + 1);
    expect(orders.at(-1)).toMatchObject({
      orderId: next.id,
      status: 'completed',
      statusText: next.statusText,
      orderedAt: isoDay(today, next.ordered),
      total: next.total,
    });
  });
});

describe('global list, every language × every card', () => {
  it.each(CASES)('$lang $card.key ($card.id, today $today)', ({ today, lang, card }) => {
    const { host, datePattern } = LANGUAGES[lang];
    const order = pageOf(lang, today).orders.find((o) => o.orderId === card.id);
    expect(order, `card ${card.id} not read`).toBeDefined();
    const expected: Partial<PageOrder> = {
      orderId: card.id,
      site: host,
      pageKind: 'global-list',
      status: card.stage,
      statusText: card.statusText,
      orderedAt: isoDay(today, card.ordered),
      store: { name: card.store[0], url: `https://${host}/store/${card.store[1]}` },
      items: card.items,
      actions: card.actions,
      events: {},
    };
    expect(order).toMatchObject(expected);
    // Fields not printed stay absent (never guessed) and are listed as unread; everything printed is read.
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
      const day = isoDay(today, card.refundBefore);
      expect(order!.deadlines).toHaveLength(1);
      const [deadline] = order!.deadlines;
      expect(deadline).toMatchObject({
        kind: 'protection_end',
        confidence: 'exact',
        source: 'page:no-delivery-refund',
      });
      expect(Date.parse(deadline!.at)).toBe(localMidnight(day));
      // The buyer can check our reading against the page's own words, date included.
      expect(deadline!.pageText!.replace(/[\s\u00a0\u202f]+/g, ' ')).toContain(
        formatDay(today, card.refundBefore, datePattern, lang),
      );
    }
  });
});

describe('unknown stays unknown', () => {
  it.each([
    ['it', 'In sospeso'],
    ['pl', 'Wstrzymane'],
  ] as const)('%s: the unknown label “%s” is kept as text, its stage is unknown', (lang, label) => {
    const order = pageOf(lang, TODAYS[0]).orders.find((o) => o.statusText === label);
    expect(order).toMatchObject({ status: 'unknown', statusText: label, actions: ['track'] });
  });

  it.each([
    ['Em fiscalização aduaneira', 'pt.aliexpress.com'],
    ['Na odprawie celnej', 'pl.aliexpress.com'],
    ['Заказ на проверке', 'ru.aliexpress.com'],
    ['⚠️ ‮status‬ 🚚', 'fr.aliexpress.com'],
  ])('a label no table knows (“%s”), with no telling button, stays unknown with its raw text', (label, host) => {
    const doc = htmlDocument(
      `<div class="comet-checkbox-group"><div class="order-item">
        <span class="order-item-header-status-text">${label}</span>
        <a data-pl="order_item_header_detail" href="https://${host}/p/order/detail.html?orderId=8216000000000017">x</a>
        <div class="order-item-btns"><button>Remove</button></div></div></div>`,
      `https://${host}/p/order/index.html`,
    );
    const [order] = readOrders(doc, `https://${host}/p/order/index.html`, TODAYS[0]);
    expect(order).toMatchObject({ status: 'unknown', statusText: label, actions: ['remove'] });
  });
});
