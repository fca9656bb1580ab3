import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OrderActionSchema, type OrderAction } from '@/utils/model';
import { actionFromButtonType, actionFromControl, readActions } from '@/utils/pages/actions';
import { loadFixture } from '../harness/fixtures';

/** The real captures (shared/ sits beside the repo, locally and in CI). */
const CAPTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'aliexpress-api',
);

describe('actionFromButtonType', () => {
  it.each<[string, OrderAction | null]>([
    ['CONFIRM_GOODS', 'confirm_received'],
    ['OPEN_DISPUTE', 'open_dispute'],
    ['TRACKING', 'track'],
    ['REPURCHASE', 'add_to_cart'],
    ['REPURCHASE_LINE', 'add_to_cart'],
    ['DELETE', 'remove'],
    ['DOWNLOAD_RECEIPT', 'receipt'],
    ['DOWNLOAD_INVOICE', 'receipt'],
    [' tracking ', 'track'],
    ['COMBINE_DELIVERY', null], // seen in the tobixen capture: not an action on the order
    ['toString', null],
    ['__proto__', null],
    ['', null],
  ])('%j → %s', (type, action) => {
    expect(actionFromButtonType(type)).toBe(action);
  });

  it.skipIf(!existsSync(CAPTURES))('reads every button of the real captures (order-detail, order-list)', () => {
    const seen = new Map<string, string>();
    for (const file of [
      'maxwellmezadre-aliexpress-mcp__order-detail.json',
      'maxwellmezadre-aliexpress-mcp__order-list-init.json',
    ]) {
      const text = readFileSync(join(CAPTURES, file), 'utf8');
      for (const m of text.matchAll(
        /"text":\s*"([^"]+)",\s*"type":\s*"([A-Z_]+)"|"type":\s*"([A-Z_]+)"[^{}]*?"text":\s*"([^"]+)"/g,
      )) {
        const [label, type] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
        seen.set(type, label);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    for (const [type, label] of seen) {
      const action = actionFromButtonType(type);
      expect(action, type).not.toBeNull();
      // The label the page prints for it reads the same way.
      expect(actionFromControl(label), label).toBe(action);
    }
  });
});

describe('actionFromControl: labels in every language', () => {
  it.each<[string, OrderAction]>([
    // en (pages.md §2.2, §4; the list fixture)
    ['Confirm received', 'confirm_received'],
    ['Track order', 'track'],
    ['Track status', 'track'],
    ['Pay now', 'pay'],
    ['Cancel order', 'cancel'],
    ['Returns/refunds', 'open_dispute'],
    ['Open dispute', 'open_dispute'],
    ['View dispute', 'view_dispute'],
    ['Extend purchase protection', 'extend_protection'],
    ['Contact seller', 'contact_seller'],
    ['Add to cart', 'add_to_cart'],
    ['Remove', 'remove'],
    ['Receipt', 'receipt'],
    ['Leave feedback', 'leave_feedback'],
    ['  Confirm\u00a0received  ', 'confirm_received'],
    ['CONFIRM RECEIVED', 'confirm_received'],
    ['Confirm receipt', 'confirm_received'], // not "Receipt"
    // ru
    ['Подтвердить получение', 'confirm_received'],
    ['Отследить', 'track'],
    ['Отследить заказ', 'track'],
    ['Оплатить', 'pay'],
    ['Открыть спор', 'open_dispute'],
    ['Продлить защиту', 'extend_protection'],
    ['Связаться с продавцом', 'contact_seller'],
    ['Удалить', 'remove'],
    ['Оставить отзыв', 'leave_feedback'],
    // it
    ['Conferma ricezione', 'confirm_received'],
    ['Traccia ordine', 'track'],
    ['Paga ora', 'pay'],
    ['Apri controversia', 'open_dispute'],
    ['Aggiungi al carrello', 'add_to_cart'],
    // es
    ['Confirmar recepción', 'confirm_received'],
    ['Rastrear pedido', 'track'],
    ['Pagar ahora', 'pay'],
    ['Abrir disputa', 'open_dispute'],
    ['Contactar con el vendedor', 'contact_seller'],
    // pt
    ['Confirmar recebimento', 'confirm_received'],
    ['Pagar agora', 'pay'],
    ['Devoluções/reembolsos', 'open_dispute'],
    ['Adicionar ao carrinho', 'add_to_cart'],
    // fr
    ['Confirmer la réception', 'confirm_received'],
    ['Suivre la commande', 'track'],
    ['Ouvrir un litige', 'open_dispute'],
    ['Ajouter au panier', 'add_to_cart'],
    // de
    ['Empfang bestätigen', 'confirm_received'],
    ['Sendung verfolgen', 'track'],
    ['Jetzt bezahlen', 'pay'],
    ['Käuferschutz verlängern', 'extend_protection'],
    ['In den Warenkorb', 'add_to_cart'],
    // pl
    ['Potwierdź odbiór', 'confirm_received'],
    ['Śledź przesyłkę', 'track'],
    ['Zapłać', 'pay'],
    ['Otwórz spór', 'open_dispute'],
    ['Usuń', 'remove'],
  ])('%j → %s', (label, action) => {
    expect(actionFromControl(label)).toBe(action);
  });

  it.each(['Order details', 'View orders', 'Copy', 'Details', 'PayPal', '', 'x'.repeat(500), 'Payment method'])(
    '%j is not an action',
    (label) => {
      expect(actionFromControl(label)).toBeNull();
    },
  );
});

describe('actionFromControl: href first', () => {
  it.each<[string, string, OrderAction | null]>([
    // V2 tracking page (pages.md §2.3) — whatever the label says
    [
      'Track order',
      'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8214398062177351',
      'track',
    ],
    ['Some icon', '//www.aliexpress.com/p/tracking/index.html?tradeOrderId=1', 'track'],
    ['Подробнее', 'https://track.aliexpress.com/logisticsdetail.htm?tradeId=100426841571559', 'track'],
    // a link to the order itself is navigation, not an action
    ['Track order', 'https://www.aliexpress.com/p/order/detail.html?orderId=8214398062177351', null],
    ['Подробнее', 'https://aliexpress.ru/order-list/5123456789012345', null],
    // disputes: an existing one vs opening one
    ['Dispute', 'https://trade.aliexpress.com/issue/issueDetail.htm?issueId=123', 'view_dispute'],
    ['Something', 'https://www.aliexpress.com/p/dispute/detail.html?reverseOrderId=123', 'view_dispute'],
    ['Something', 'https://trade.aliexpress.com/issue/openIssue.htm?orderId=123', 'open_dispute'],
    ['Something', 'https://www.aliexpress.com/p/reverse/apply.html?orderId=123', 'open_dispute'],
    // pay, feedback, messages
    ['Something', 'https://www.aliexpress.com/p/pay/cashier.html?orderId=1', 'pay'],
    ['Something', 'https://feedback.aliexpress.com/management/leaveFeedback.htm?orderId=1', 'leave_feedback'],
    ['Something', 'https://msg.aliexpress.com/buyerMsgList.htm?sellerId=1', 'contact_seller'],
    // no useful href: the label decides
    ['Pay now', '#', 'pay'],
    ['Pay now', 'javascript:void(0)', 'pay'],
    ['Confirm received', '', 'confirm_received'],
    ['Add to cart', 'https://www.aliexpress.com/item/1005008452106512.html', 'add_to_cart'],
  ])('%j %s → %s', (label, href, action) => {
    expect(actionFromControl(label, href)).toBe(action);
  });
});

describe('readActions', () => {
  function controls(html: string): Element[] {
    const div = document.createElement('div');
    div.innerHTML = html; // test-only markup, not page text
    return [...div.querySelectorAll('a, button')];
  }

  it('returns the distinct actions in page order', () => {
    expect(
      readActions(
        controls(`
          <button><span>Pay now</span></button>
          <button>Cancel order</button>
          <a href="https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=1"><span>Track order</span></a>
          <button>Pay now</button>
          <a href="https://www.aliexpress.com/p/order/detail.html?orderId=1">Order details</a>
          <button aria-label="Remove"><i class="icon"></i></button>
          <button title="Contact seller"></button>
        `),
      ),
    ).toEqual(['pay', 'cancel', 'track', 'remove', 'contact_seller']);
  });

  it('reads the buttons of the English list fixture', () => {
    const doc = new DOMParser().parseFromString(
      loadFixture('global-list-en-mixed.html', new Date(2026, 8, 1)),
      'text/html',
    );
    const perCard = [...doc.querySelectorAll('.order-item')].map((card) =>
      readActions(card.querySelectorAll('.order-item-btns a, .order-item-btns button')),
    );
    expect(perCard).toEqual([
      ['confirm_received', 'track'],
      ['confirm_received', 'track'],
      ['contact_seller'],
      ['pay', 'cancel'],
      ['add_to_cart', 'remove'],
      ['add_to_cart', 'remove'],
      ['remove'],
    ]);
  });

  it('never throws on random labels and hrefs, and returns only known actions', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        fc.option(fc.string({ maxLength: 200 })),
        (label, href) => {
          const action = actionFromControl(label, href);
          if (action !== null) expect(OrderActionSchema.safeParse(action).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
