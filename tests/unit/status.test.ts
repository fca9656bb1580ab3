import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORDER_STAGES, type OrderAction, type OrderStage } from '@/utils/model';
import { readActions } from '@/utils/pages/actions';
import { ambiguousStatusLabels, normalizeStatus, refineClosedDispute } from '@/utils/pages/status';
import { loadFixture } from '../harness/fixtures';

describe('normalizeStatus: labels by text', () => {
  it.each<[string, OrderStage]>([
    // en (pages.md §2.1, §4; domain.md §1)
    ['Awaiting payment', 'awaiting_payment'],
    ['Awaiting Payment', 'awaiting_payment'],
    ['To pay', 'awaiting_payment'],
    ['Awaiting shipment', 'awaiting_shipment'],
    ['Ready to ship', 'awaiting_shipment'],
    ['To ship', 'awaiting_shipment'],
    ['Processing', 'awaiting_shipment'],
    ['Awaiting Cancellation', 'awaiting_shipment'],
    ['Awaiting delivery', 'awaiting_delivery'],
    ['Shipped', 'awaiting_delivery'],
    ['Awaiting Receipt', 'awaiting_delivery'],
    ['Goods Awaiting Acceptance', 'awaiting_delivery'],
    ['Goods Awaiting Acceptance (3)', 'awaiting_delivery'],
    ['Completed', 'completed'],
    ['Order completed', 'completed'],
    ['Finished', 'completed'],
    ['Awaiting feedback', 'completed'],
    ['Closed', 'closed'],
    ['Cancelled', 'closed'],
    ['Canceled', 'closed'],
    ['Expired', 'closed'],
    ['Dispute in progress', 'dispute_open'],
    ['Dispute Order', 'dispute_open'],
    ['Dispute escalated', 'dispute_escalated'],
    ['Return goods', 'return_required'],
    ['Return required', 'return_required'],
    ['Refund in progress', 'refund_pending'],
    ['Refunding', 'refund_pending'],
    ['Dispute closed', 'closed'],
    // ru (pages.md §2.1, §2.4, §4)
    ['Ожидает оплаты', 'awaiting_payment'],
    ['Ожидает\u00a0оплаты', 'awaiting_payment'],
    ['Ожидает отправки', 'awaiting_shipment'],
    ['Заказ не отправлен', 'awaiting_shipment'],
    ['Отправлен', 'awaiting_delivery'],
    ['Отправлено', 'awaiting_delivery'],
    ['В пути', 'awaiting_delivery'],
    ['Ожидает получения', 'awaiting_delivery'],
    ['Доставлено', 'awaiting_delivery'],
    ['Завершён', 'completed'],
    ['Завершен', 'completed'],
    ['Получено подтверждение', 'completed'],
    ['С отделкой', 'completed'],
    ['Закрыт', 'closed'],
    ['Заказ отменён', 'closed'],
    ['Отменён', 'closed'],
    ['Спор открыт', 'dispute_open'],
    ['Открыт спор', 'dispute_open'],
    ['Спор закрыт', 'closed'],
    // it
    ['In attesa di pagamento', 'awaiting_payment'],
    ['In attesa di spedizione', 'awaiting_shipment'],
    ['In attesa di consegna', 'awaiting_delivery'],
    ['Completato', 'completed'],
    ['Annullato', 'closed'],
    ['Controversia in corso', 'dispute_open'],
    ['Rimborso in corso', 'refund_pending'],
    // es ("Finalizado", pages.md §4)
    ['Pendiente de pago', 'awaiting_payment'],
    ['Esperando el envío', 'awaiting_shipment'],
    ['Enviado', 'awaiting_delivery'],
    ['Finalizado', 'completed'],
    ['Cancelado', 'closed'],
    ['Disputa en curso', 'dispute_open'],
    ['Reembolso en curso', 'refund_pending'],
    // pt_BR ("Aguardando pagamento", "Aguardando a entrega", "Concluído " with its trailing space: pages.md §4)
    ['Aguardando pagamento', 'awaiting_payment'],
    ['A ser pago', 'awaiting_payment'],
    ['Aguardando envio', 'awaiting_shipment'],
    ['Aguardando a entrega', 'awaiting_delivery'],
    ['Concluído ', 'completed'],
    ['Expirado', 'closed'],
    ['Disputa em andamento', 'dispute_open'],
    // fr
    ['En attente de paiement', 'awaiting_payment'],
    ["En attente d'expédition", 'awaiting_shipment'],
    ['En attente de livraison', 'awaiting_delivery'],
    ['Terminé', 'completed'],
    ['TERMINE', 'completed'],
    ['Annulé', 'closed'],
    ['Litige en cours', 'dispute_open'],
    ['Litige clos', 'closed'],
    // de
    ['Warten auf Zahlung', 'awaiting_payment'],
    ['Warten auf Versand', 'awaiting_shipment'],
    ['Warten auf Lieferung', 'awaiting_delivery'],
    ['Abgeschlossen', 'completed'],
    ['Storniert', 'closed'],
    ['Streitfall offen', 'dispute_open'],
    ['Rückerstattung läuft', 'refund_pending'],
    // pl
    ['Oczekuje na płatność', 'awaiting_payment'],
    ['Oczekuje na wysyłkę', 'awaiting_shipment'],
    ['Oczekuje na dostawę', 'awaiting_delivery'],
    ['Zakończone', 'completed'],
    ['Anulowane', 'closed'],
    ['Spór w toku', 'dispute_open'],
  ])('%j → %s', (label, stage) => {
    expect(normalizeStatus(label)).toEqual({ stage, by: 'text' });
  });
});

describe('normalizeStatus: longer labels (contains-list)', () => {
  it.each<[string, OrderStage]>([
    // A dispute mentioned anywhere wins over "completed"
    ['Completed — dispute in progress', 'dispute_open'],
    ['Завершён · идёт спор', 'dispute_open'],
    ['Order completed, refund in progress', 'refund_pending'],
    ['Dispute closed. Order completed', 'closed'],
    ['Your order was cancelled', 'closed'],
    ['Order status: Awaiting delivery', 'awaiting_delivery'],
    ['Статус: ожидает оплаты', 'awaiting_payment'],
  ])('%j → %s', (label, stage) => {
    expect(normalizeStatus(label).stage).toBe(stage);
  });

  it.each([
    'Processed', // tab label of `shipped` (pages.md §3), yet "Completed orders became Processed orders" (Kagee)
    'Dispute cancelled', // the order returns to a stage the label doesn't name
    'Shipping soon-ish?',
    'Bla bla',
    'Completed?!'.replace('Completed', 'Complete-ly unknown'),
    '',
    '   ',
    'Disputed', // not "dispute": whole words only
  ])('%j stays unknown without a signal', (label) => {
    expect(normalizeStatus(label)).toEqual({ stage: 'unknown', by: 'none' });
  });

  it('only the "Processed" family of labels names more than one stage', () => {
    expect(ambiguousStatusLabels().sort()).toEqual(
      [
        'processed',
        'обработан',
        'обработано',
        'elaborato',
        'procesado',
        'processado',
        'traite',
        'bearbeitet',
        'przetworzone',
      ].sort(),
    );
  });
});

describe('normalizeStatus: language-independent signals', () => {
  type Signals = Parameters<typeof normalizeStatus>[1];
  it.each<[string, Signals, OrderStage, string]>([
    // Decisive actions beat the text
    ['Completed', { actions: ['pay'] }, 'awaiting_payment', 'actions'],
    ['Something in Japanese', { actions: ['pay', 'cancel'] }, 'awaiting_payment', 'actions'],
    ['Unknown words', { actions: ['confirm_received', 'track'] }, 'awaiting_delivery', 'actions'],
    ['Unknown words', { actions: ['view_dispute'] }, 'dispute_open', 'actions'],
    ['Completed', { actions: ['view_dispute'] }, 'dispute_open', 'actions'],
    ['Unknown words', { actions: ['extend_protection'] }, 'awaiting_delivery', 'actions'],
    // ... but a known text that refines the signal's stage is kept
    ['Dispute escalated', { actions: ['view_dispute'] }, 'dispute_escalated', 'text'],
    ['Return goods', { actions: ['view_dispute'] }, 'return_required', 'text'],
    ['Dispute in progress', { actions: ['confirm_received'] }, 'dispute_open', 'text'],
    ['Awaiting delivery', { actions: ['confirm_received', 'track'] }, 'awaiting_delivery', 'text'],
    // Tabs (V2 statusTab ids; aliexpress.ru tabType)
    ['Unknown words', { tab: 'unpaid' }, 'awaiting_payment', 'tab'],
    ['Unknown words', { tab: 'processing' }, 'awaiting_shipment', 'tab'],
    ['Unknown words', { tab: 'shipped' }, 'awaiting_delivery', 'tab'],
    ['Unknown words', { tab: 'completed' }, 'completed', 'tab'],
    ['Unknown words', { tab: 'dispute' }, 'dispute_open', 'tab'],
    ['Expired', { tab: 'completed' }, 'closed', 'text'],
    ['Awaiting payment', { tab: 'completed' }, 'completed', 'tab'],
    ['Processed', { tab: 'shipped' }, 'awaiting_delivery', 'tab'],
    ['Processed', { tab: 'completed' }, 'completed', 'tab'],
    // 'all' and 'recycle' say nothing about one order
    ['Unknown words', { tab: 'all' }, 'unknown', 'none'],
    ['Completed', { tab: 'all' }, 'completed', 'text'],
    ['Unknown words', { tab: 'recycle' }, 'unknown', 'none'],
    // Numeric status: 9 is both Completed and Expired (pages.md §4), so it only breaks ties
    ['Unknown words', { numericStatus: 9 }, 'unknown', 'none'],
    ['Processed', { numericStatus: 9 }, 'completed', 'numeric'],
    ['Expired', { numericStatus: 9 }, 'closed', 'text'],
    ['Awaiting delivery', { numericStatus: 9 }, 'awaiting_delivery', 'text'],
    ['Unknown words', { numericStatus: 8 }, 'unknown', 'none'],
    // Actions come before the tab
    ['Unknown words', { actions: ['pay'], tab: 'completed' }, 'awaiting_payment', 'actions'],
    // Non-decisive actions never decide alone
    ['Unknown words', { actions: ['track', 'add_to_cart', 'remove', 'contact_seller'] }, 'unknown', 'none'],
  ])('%j with %j → %s by %s', (label, signals, stage, by) => {
    expect(normalizeStatus(label, signals)).toEqual({ stage, by });
  });

  it('never throws and always returns a known stage, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.option(fc.array(fc.constantFrom<OrderAction>('pay', 'track', 'view_dispute', 'cancel', 'leave_feedback'))),
        fc.option(fc.oneof(fc.string(), fc.constantFrom('all', 'unpaid', 'shipped', '__proto__', 'constructor'))),
        fc.option(fc.oneof(fc.integer(), fc.constant(Number.NaN))),
        (text, actions, tab, numericStatus) => {
          const result = normalizeStatus(text, {
            actions: actions ?? undefined,
            tab: tab ?? undefined,
            numericStatus: numericStatus ?? undefined,
          });
          expect(ORDER_STAGES).toContain(result.stage);
          if (result.stage === 'unknown') expect(result.by).toBe('none');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the English list fixture: status text plus the buttons of each card', () => {
  // The 8th card sits in a <template> the "View orders" button appends: not part of the rendered list.
  it('reads each card as a buyer would', () => {
    const doc = new DOMParser().parseFromString(
      loadFixture('global-list-en-mixed.html', new Date(2026, 8, 1)),
      'text/html',
    );
    const read = [...doc.querySelectorAll('.order-item')].map((card) => {
      const text = card.querySelector('.order-item-header-status-text')?.textContent ?? '';
      const actions = readActions(card.querySelectorAll('a, button'));
      return [text, normalizeStatus(text, { actions }).stage];
    });
    expect(read).toEqual([
      ['Awaiting delivery', 'awaiting_delivery'],
      ['Awaiting delivery', 'awaiting_delivery'],
      ['Awaiting shipment', 'awaiting_shipment'],
      ['Awaiting payment', 'awaiting_payment'],
      ['Completed', 'completed'],
      ['Completed', 'completed'],
      ['Expired', 'closed'],
    ]);
  });
});

describe('refineClosedDispute', () => {
  it.each([
    ['Dispute closed: no refund', 'dispute_lost'],
    ['The dispute was closed on Nov 18, 2026 without a refund.', 'dispute_lost'],
    ['Спор закрыт без возврата средств', 'dispute_lost'],
    ['Controversia chiusa senza rimborso', 'dispute_lost'],
    ['Disputa cerrada sin reembolso', 'dispute_lost'],
    ['Litige clôturé sans remboursement', 'dispute_lost'],
    ['Spór zamknięty bez zwrotu', 'dispute_lost'],
    ['Dispute closed', 'closed'],
    ['Refund of US $12.00 completed', 'closed'],
  ] as const)('closed + “%s” → %s', (text, stage) => {
    expect(refineClosedDispute('closed', [text])).toBe(stage);
  });

  it('never changes a stage other than closed/unknown', () => {
    expect(refineClosedDispute('completed', ['no refund'])).toBe('completed');
    expect(refineClosedDispute('refund_pending', ['without a refund'])).toBe('refund_pending');
  });
});
