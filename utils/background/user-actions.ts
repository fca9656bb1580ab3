/**
 * What the buyer does from the popup, the options page or the on-page panel. The background applies it (it is
 * the only writer) under the store's lock; storage.onChanged then makes the reminder service reconcile.
 */
import { storage } from '@wxt-dev/storage';
import { mergeImport } from '@/utils/transfer/import';
import type { MessageHandlers } from '@/utils/messages';
import { SettingsSchema, TrackedOrderSchema } from '@/utils/model';
import {
  computeDeadlines,
  deadlineKey,
  EMPTY_REMINDER_STATE,
  occurrenceDay,
  setDeadlineDone,
  setOrderMuted,
  snoozeDeadlines,
  snoozeEnd,
} from '@/utils/rules';
import { STORAGE_KEYS, writeReminderSaveError, type OrderStore } from '@/utils/storage';

type UserActionHandlers = Pick<
  MessageHandlers,
  | 'setUserDeadline'
  | 'removeUserDeadline'
  | 'updateReminders'
  | 'setArchived'
  | 'addManualOrder'
  | 'setGuide'
  | 'saveSettings'
  | 'importData'
  | 'clearAllData'
>;

export interface UserActionHooks {
  /**
   * After every change of the reminder state (mute, unmute, done, undone, snooze), saved or not: the background
   * passes the reminder service's reconcile, which re-arms the alarm for what the change made due or silent.
   */
  afterReminderChange?: () => Promise<unknown>;
}

export function createUserActionHandlers(
  store: OrderStore,
  clock: () => Date = () => new Date(),
  hooks: UserActionHooks = {},
): UserActionHandlers {
  return {
    async setUserDeadline({ orderId, deadline }) {
      return store.updateOrders(
        [orderId],
        (orders) => {
          const order = orders[orderId];
          if (!order) return { ok: false };
          // One date of the buyer's per kind (their latest correction); custom reminders accumulate.
          const others = order.userDeadlines.filter((d) => deadline.kind === 'custom' || d.kind !== deadline.kind);
          orders[orderId] = { ...order, userDeadlines: [...others, deadline].slice(-50) };
          return { ok: true };
        },
        clock(),
      );
    },
    async removeUserDeadline({ orderId, kind, at }) {
      return store.updateOrders(
        [orderId],
        (orders) => {
          const order = orders[orderId];
          if (!order) return { ok: false };
          const kept = order.userDeadlines.filter((d) => !(d.kind === kind && d.at === at));
          orders[orderId] = { ...order, userDeadlines: kept };
          return { ok: kept.length !== order.userDeadlines.length };
        },
        clock(),
      );
    },
    async updateReminders(request) {
      let result: { ok: boolean; error?: 'save-failed' };
      try {
        result = await store.exclusive(async () => {
          const now = clock();
          const index = await store.unlocked.loadIndex(now);
          const order = (await store.unlocked.loadOrders([request.orderId], index, now))[request.orderId];
          if (!order) return { ok: false };
          let state = await store.unlocked.loadReminderState();
          switch (request.action) {
            case 'snooze': {
              // Every deadline date of the order, each never past its own last call (rules `snoozeEnd`).
              const settings = await store.unlocked.loadSettings();
              const requestedMs = Date.parse(request.until);
              const targets = computeDeadlines(order, settings, now).map((d) => ({
                deadlineKey: deadlineKey(order.orderId, d),
                at: d.at,
                until: new Date(snoozeEnd(Date.parse(d.at), now.getTime(), requestedMs)),
              }));
              state = snoozeDeadlines(state, targets);
              break;
            }
            case 'mute':
            case 'unmute':
              state = setOrderMuted(state, order.orderId, request.action === 'mute', now);
              break;
            case 'done':
            case 'undone': {
              // The deadline of that kind as it stands now (a custom one by its instant): Done covers this date.
              const settings = await store.unlocked.loadSettings();
              const deadline = computeDeadlines(order, settings, now).find(
                (d) => d.kind === request.kind && (request.at === undefined || d.at === request.at),
              );
              const key = deadline ? deadlineKey(order.orderId, deadline) : `${order.orderId}:${request.kind}`;
              if (request.action === 'undone') {
                state = setDeadlineDone(state, key, false, now);
                break;
              }
              const day = deadline ? occurrenceDay(deadline, state.deadlines[key]) : null;
              if (!deadline || day === null) return { ok: false };
              state = setDeadlineDone(state, key, { at: deadline.at, day }, now);
              break;
            }
          }
          try {
            // This order's reminders are planned again (the index's time for it is reset in the same write).
            await store.unlocked.saveReminderState(state, [order.orderId], index);
          } catch (error) {
            console.error('[OrderShield] could not save the reminder state', error);
            await writeReminderSaveError({
              at: now.toISOString(),
              what: request.action,
              message: String(error).slice(0, 500),
            });
            return { ok: false, error: 'save-failed' as const };
          }
          await writeReminderSaveError(null);
          return { ok: true };
        });
      } finally {
        // Outside the lock (reconcile takes it). Also after a failed save: the alarm follows what is stored.
        await hooks.afterReminderChange?.();
      }
      return result;
    },
    async setArchived({ orderId, archived }) {
      return store.updateOrders(
        [orderId],
        (orders) => {
          const order = orders[orderId];
          if (!order) return { ok: false };
          orders[orderId] = { ...order, archived };
          return { ok: true };
        },
        clock(),
      );
    },
    async addManualOrder({ orderId, site, status, orderedAt, storeName, itemTitle }) {
      const now = clock();
      return store.updateOrders(
        [orderId],
        (orders) => {
          // Never overwrite what a page read (or an earlier manual entry): the buyer edits that in the order view.
          if (orders[orderId]) return { ok: false, existed: true };
          const seenAt = now.toISOString();
          orders[orderId] = TrackedOrderSchema.parse({
            orderId,
            facts: {
              orderId,
              site,
              // No page was read; the kind only records which site's layout a later reading will come from.
              pageKind: site.endsWith('aliexpress.ru') ? 'ru-list' : 'global-list',
              status,
              statusText: '',
              ...(orderedAt ? { orderedAt } : {}),
              ...(storeName ? { store: { name: storeName } } : {}),
              items: itemTitle ? [{ title: itemTitle }] : [],
              actions: [],
              events: {},
              deadlines: [],
              unread: [],
            },
            firstSeenAt: seenAt,
            lastSeenAt: seenAt,
            stageHistory: status === 'unknown' ? [] : [{ stage: status, firstSeenAt: seenAt }],
            userDeadlines: [],
            archived: false,
            manual: true,
          });
          return { ok: true, existed: false };
        },
        now,
      );
    },
    async setGuide({ orderId, guide }) {
      return store.updateOrders(
        [orderId],
        (orders) => {
          const order = orders[orderId];
          if (!order) return { ok: false };
          orders[orderId] = { ...order, guide };
          return { ok: true };
        },
        clock(),
      );
    },
    async saveSettings(settings) {
      // The store has no settings writer yet; the same key is written under its lock (the value is validated,
      // and the stored schema version stays what the store's migrations set).
      await store.exclusive(() => storage.setItem(STORAGE_KEYS.settings, SettingsSchema.parse(settings)));
      return { ok: true };
    },
    async importData({ orders, settings }) {
      const counts = await store.updateOrders(
        orders.map((order) => order.orderId),
        (stored) => mergeImport(stored, orders),
        clock(),
      );
      if (settings) await store.exclusive(() => storage.setItem(STORAGE_KEYS.settings, settings));
      return counts;
    },
    async clearAllData() {
      await store.clearOrders();
      await store.exclusive(async () => {
        await store.unlocked.saveReminderState(EMPTY_REMINDER_STATE, []);
        await storage.setItems([
          { key: STORAGE_KEYS.settings, value: null },
          { key: STORAGE_KEYS.quarantine, value: [] },
          { key: STORAGE_KEYS.unreadablePages, value: [] },
          { key: STORAGE_KEYS.notificationTargets, value: {} },
        ]);
      });
      return { ok: true };
    },
  };
}
