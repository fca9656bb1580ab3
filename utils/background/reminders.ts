/**
 * The reminder service. Deadlines live in storage; the alarm is only a cache of "when to look next".
 *
 * `reconcile()` is idempotent and runs at every background start, on startup/install, on the alarm and after
 * every stored change: it plans all reminders from the stored orders, shows what is due (grouped: one
 * notification, never a burst), remembers what it showed, and re-arms the ONE alarm for the next reminder
 * (Chrome caps an extension at 500 alarms; one per order would not scale and would be lost on update anyway).
 *
 * Crash safety: the notification is shown *before* it is recorded, under a stable id. If the worker dies
 * between the two, the next reconcile shows the same id again, which replaces the notification instead of
 * adding one: nothing is lost and nothing is duplicated.
 */
import { browser } from 'wxt/browser';
import type { TrackedOrder } from '@/utils/model';
import { dueNow, nextWakeUp, planReminders, recordSent, setDeadlineDone, snoozeDeadlines } from '@/utils/rules';
import type { ReminderGroup } from '@/utils/rules/reminder-schemas';
import { reminderText } from '@/utils/notification-text';
import { isAliExpressOrderUrl } from '@/utils/order-url';
import { resolveLanguage } from '@/utils/i18n';
import type { OrderStore } from '@/utils/storage';

export const REMINDER_ALARM = 'ordershield:next-reminder';
const NOTIFICATION_PREFIX = 'ordershield:';
const DAY_MS = 86_400_000;

/** Firefox rejects `buttons`, `requireInteraction` and `silent` (it throws), so they are Chrome-only. */
const IS_FIREFOX = import.meta.env.FIREFOX;

export interface ReconcileResult {
  shown: ReminderGroup | null;
  nextAlarmAt: string | null;
}

export function createReminderService(store: OrderStore, clock: () => Date = () => new Date()) {
  async function show(group: ReminderGroup, orders: Record<string, TrackedOrder>, now: Date, language: string): Promise<void> {
    const lang = resolveLanguage(language as Parameters<typeof resolveLanguage>[0], globalThis.navigator?.language ?? 'en');
    const text = reminderText(group, orders, now, lang);
    const id = `${NOTIFICATION_PREFIX}${group.id}`;
    await store.unlocked.saveNotificationTarget(id, {
      orderIds: [...new Set(group.reminders.map((r) => r.orderId))],
      deadlineKeys: group.reminders.map((r) => r.deadlineKey),
      url: text.url,
    });
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icons/128.png'),
      title: text.title,
      message: text.message,
      ...(IS_FIREFOX
        ? {}
        : {
            buttons: [{ title: 'Remind me tomorrow' }, { title: 'Done' }],
            requireInteraction: group.urgency === 'overdue' || group.urgency === 'today',
          }),
    });
  }

  async function armAlarm(at: string | null): Promise<void> {
    if (at === null) {
      await browser.alarms.clear(REMINDER_ALARM);
      return;
    }
    // Alarms are a cache: a browser restart or an update may drop them, and every start reconciles anyway.
    // Unpacked builds may fire ~1 s alarms; packed Chrome rounds anything under 30 s up, which is fine here.
    await browser.alarms.create(REMINDER_ALARM, { when: Math.max(Date.parse(at), Date.now() + 1000) });
  }

  async function reconcile(): Promise<ReconcileResult> {
    return store.exclusive(async () => {
      const now = clock();
      const [orders, settings] = [await store.unlocked.loadOrders(now), await store.unlocked.loadSettings()];
      let state = await store.unlocked.loadReminderState();
      const tracked = Object.values(orders);
      let plan = planReminders(tracked, settings, state, now);
      const group = settings.notificationsEnabled ? dueNow(plan, now) : null;
      if (group) {
        await show(group, orders, now, settings.language);
        state = recordSent(state, group.reminders, now);
        await store.unlocked.saveReminderState(state);
        plan = planReminders(tracked, settings, state, now);
      }
      const nextAlarmAt = nextWakeUp(plan, now);
      await armAlarm(nextAlarmAt);
      return { shown: group, nextAlarmAt };
    });
  }

  /** Buttons (Chrome): 0 = snooze one day, 1 = done. Both change state, then reconcile re-arms the alarm. */
  async function onButton(notificationId: string, buttonIndex: number): Promise<void> {
    const target = await store.getNotificationTarget(notificationId);
    if (!target) return;
    await store.exclusive(async () => {
      const now = clock();
      let state = await store.unlocked.loadReminderState();
      if (buttonIndex === 0) state = snoozeDeadlines(state, target.deadlineKeys, new Date(now.getTime() + DAY_MS));
      else for (const key of target.deadlineKeys) state = setDeadlineDone(state, key, true, now);
      await store.unlocked.saveReminderState(state);
    });
    await browser.notifications.clear(notificationId);
    await reconcile();
  }

  /** A click opens the order the reminder is about. */
  async function onClick(notificationId: string): Promise<void> {
    const target = await store.getNotificationTarget(notificationId);
    if (!target || !isAliExpressOrderUrl(target.url)) return;
    await browser.tabs.create({ url: target.url });
    await browser.notifications.clear(notificationId);
  }

  return { reconcile, onButton, onClick, isOurs: (id: string) => id.startsWith(NOTIFICATION_PREFIX) };
}
export type ReminderService = ReturnType<typeof createReminderService>;
