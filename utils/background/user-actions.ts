/**
 * What the buyer does from the popup, the options page or the on-page panel. The background applies it (it is
 * the only writer) under the store's lock; storage.onChanged then makes the reminder service reconcile.
 */
import type { MessageHandlers } from '@/utils/messages';
import { computeDeadlines, deadlineKey, setDeadlineDone, setOrderMuted, snoozeDeadlines } from '@/utils/rules';
import type { OrderStore } from '@/utils/storage';

type UserActionHandlers = Pick<MessageHandlers, 'setUserDeadline' | 'removeUserDeadline' | 'updateReminders' | 'setArchived'>;

export function createUserActionHandlers(store: OrderStore, clock: () => Date = () => new Date()): UserActionHandlers {
  return {
    async setUserDeadline({ orderId, deadline }) {
      return store.updateOrders((orders) => {
        const order = orders[orderId];
        if (!order) return { ok: false };
        // One date of the buyer's per kind (their latest correction); custom reminders accumulate.
        const others = order.userDeadlines.filter((d) => deadline.kind === 'custom' || d.kind !== deadline.kind);
        orders[orderId] = { ...order, userDeadlines: [...others, deadline].slice(-50) };
        return { ok: true };
      }, clock());
    },
    async removeUserDeadline({ orderId, kind, at }) {
      return store.updateOrders((orders) => {
        const order = orders[orderId];
        if (!order) return { ok: false };
        const kept = order.userDeadlines.filter((d) => !(d.kind === kind && d.at === at));
        orders[orderId] = { ...order, userDeadlines: kept };
        return { ok: kept.length !== order.userDeadlines.length };
      }, clock());
    },
    async updateReminders(request) {
      return store.exclusive(async () => {
        const now = clock();
        const orders = await store.unlocked.loadOrders(now);
        const order = orders[request.orderId];
        if (!order) return { ok: false };
        let state = await store.unlocked.loadReminderState();
        switch (request.action) {
          case 'snooze': {
            const settings = await store.getSettings();
            const keys = computeDeadlines(order, settings, now).map((d) => deadlineKey(order.orderId, d));
            state = snoozeDeadlines(state, keys, new Date(request.until));
            break;
          }
          case 'mute':
          case 'unmute':
            state = setOrderMuted(state, order.orderId, request.action === 'mute', now);
            break;
          case 'done':
          case 'undone':
            state = setDeadlineDone(state, `${order.orderId}:${request.kind}`, request.action === 'done', now);
            break;
        }
        await store.unlocked.saveReminderState(state);
        return { ok: true };
      });
    },
    async setArchived({ orderId, archived }) {
      return store.updateOrders((orders) => {
        const order = orders[orderId];
        if (!order) return { ok: false };
        orders[orderId] = { ...order, archived };
        return { ok: true };
      }, clock());
    },
  };
}
