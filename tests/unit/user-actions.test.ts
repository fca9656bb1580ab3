import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUserActionHandlers } from '@/utils/background/user-actions';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { openOrderStore, readOrders } from '@/utils/storage';
import { computeDeadlines } from '@/utils/rules';
import { DEFAULT_SETTINGS, type Deadline } from '@/utils/model';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00Z');
const printed: Deadline = { kind: 'protection_end', at: '2026-12-04T00:00:00.000Z', confidence: 'exact', source: 'page:no-delivery-refund' };
const extended: Deadline & { source: 'user' } = { kind: 'protection_end', at: '2026-12-19T00:00:00.000Z', confidence: 'exact', source: 'user' };
/** A correction earlier than the page's date: the buyer's wins (a later one is only a warning, rules/deadlines.ts). */
const corrected: Deadline & { source: 'user' } = { kind: 'protection_end', at: '2026-12-01T00:00:00.000Z', confidence: 'exact', source: 'user' };

describe('user actions', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ orders: { '8214398062177351': trackedOrder({ facts: pageOrder({ deadlines: [printed] }) }) } });
  });

  it('the buyer’s earlier corrected deadline wins over the page, and a later page read does not undo it', async () => {
    const store = openOrderStore();
    const actions = createUserActionHandlers(store, () => NOW);
    expect(await actions.setUserDeadline({ orderId: '8214398062177351', deadline: corrected }, {})).toEqual({ ok: true });
    await createPageReportHandlers(store, () => NOW).pageRead(
      { url: 'https://www.aliexpress.com/p/order/index.html', pageKind: 'global-list', orders: [pageOrder({ deadlines: [printed] })] },
      {},
    );
    const [order] = (await readOrders()).orders;
    const protection = computeDeadlines(order!, DEFAULT_SETTINGS, NOW).find((d) => d.kind === 'protection_end');
    expect(protection).toMatchObject({ at: corrected.at, source: 'user' });
  });

  it('a later date of the buyer ("the seller extended it") is kept, but the page’s date keeps counting until it moves', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    await actions.setUserDeadline({ orderId: '8214398062177351', deadline: extended }, {});
    const [order] = (await readOrders()).orders;
    expect(order!.userDeadlines).toEqual([extended]);
    const protection = computeDeadlines(order!, DEFAULT_SETTINGS, NOW).find((d) => d.kind === 'protection_end');
    expect(protection).toMatchObject({ at: printed.at, buyerLaterAt: extended.at });
  });

  it('custom reminders add up; removing one removes only that one', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    const custom = (at: string) => ({ kind: 'custom' as const, at, confidence: 'exact' as const, source: 'user' as const, label: 'Call the bank' });
    await actions.setUserDeadline({ orderId: '8214398062177351', deadline: custom('2026-11-25T09:00:00.000Z') }, {});
    await actions.setUserDeadline({ orderId: '8214398062177351', deadline: custom('2026-11-28T09:00:00.000Z') }, {});
    await actions.removeUserDeadline({ orderId: '8214398062177351', kind: 'custom', at: '2026-11-25T09:00:00.000Z' }, {});
    const [order] = (await readOrders()).orders;
    expect(order!.userDeadlines.map((d) => d.at)).toEqual(['2026-11-28T09:00:00.000Z']);
  });

  it('an unknown order is refused, not created', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    expect(await actions.setArchived({ orderId: '1111111111111111', archived: true }, {})).toEqual({ ok: false });
    expect((await readOrders()).orders).toHaveLength(1);
  });

  it('mute and done are remembered in the reminder state', async () => {
    const actions = createUserActionHandlers(openOrderStore(), () => NOW);
    await actions.updateReminders({ action: 'mute', orderId: '8214398062177351' }, {});
    await actions.updateReminders({ action: 'done', orderId: '8214398062177351', kind: 'protection_end' }, {});
    const { reminders } = (await fakeBrowser.storage.local.get('reminders')) as { reminders: { mutedOrders: object; done: object } };
    expect(Object.keys(reminders.mutedOrders)).toEqual(['8214398062177351']);
    expect(Object.keys(reminders.done)).toEqual(['8214398062177351:protection_end']);
  });
});
