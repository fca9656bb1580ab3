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
import type { Settings, TrackedOrder } from '@/utils/model';
import {
  dueNow,
  markRemindersHandled,
  nextWakeUp,
  pinLegacyDone,
  planReminders,
  recordSent,
  snoozeDeadlines,
  snoozeEnd,
  type SnoozeTarget,
} from '@/utils/rules';
import type { PlannedReminder, ReminderGroup, ReminderState } from '@/utils/rules/reminder-schemas';
import { reminderText } from '@/utils/notification-text';
import { isAliExpressOrderUrl } from '@/utils/order-url';
import { resolveLanguage } from '@/utils/i18n';
import { notificationButtons } from '@/utils/i18n/notification-buttons';
import { writeReminderSaveError, type NotificationTarget, type OrderStore } from '@/utils/storage';

export const REMINDER_ALARM = 'ordershield:next-reminder';
const NOTIFICATION_PREFIX = 'ordershield:';
/**
 * How many reminders a notification names: one alone, else the first 4 lines of `reminderText`
 * (utils/notification-text.ts) — the rest are only counted ("…and N more"). The buttons act on these only.
 */
export const NAMED_IN_NOTIFICATION = 4;

/** The reminders a notification of `group` names (and its buttons act on). */
export function namedReminders(group: ReminderGroup): PlannedReminder[] {
  return group.reminders.slice(0, NAMED_IN_NOTIFICATION);
}

/** Firefox rejects `buttons`, `requireInteraction` and `silent` (it throws), so they are Chrome-only. */
const IS_FIREFOX = import.meta.env.FIREFOX;

export interface ReconcileResult {
  shown: ReminderGroup | null;
  nextAlarmAt: string | null;
  /** The reminder bookkeeping could not be saved (the alarm was re-armed all the same). */
  saveFailed?: true;
}

export function createReminderService(store: OrderStore, clock: () => Date = () => new Date()) {
  /**
   * Saves the reminder state; a rejected write (storage full) is reported, not thrown: the caller still re-arms
   * the alarm, and the popup reads the marker (`readReminderSaveError`). A save that works clears the marker.
   */
  let failedBefore = true; // unknown after a restart: the first save that works clears any old marker
  async function saveState(state: ReminderState, what: string): Promise<boolean> {
    try {
      await store.unlocked.saveReminderState(state);
      if (failedBefore) {
        failedBefore = false;
        await writeReminderSaveError(null);
      }
      return true;
    } catch (error) {
      failedBefore = true;
      console.error(`[OrderShield] could not save the reminder state (${what})`, error);
      await writeReminderSaveError({ at: clock().toISOString(), what, message: String(error).slice(0, 500) });
      return false;
    }
  }

  async function show(
    group: ReminderGroup,
    orders: Record<string, TrackedOrder>,
    now: Date,
    settings: Settings,
  ): Promise<void> {
    const lang = resolveLanguage(settings.language, globalThis.navigator?.language ?? 'en');
    // The settings too: a reminder's advice is the badge's, decided with the buyer's own thresholds.
    const text = reminderText(group, orders, now, lang, settings);
    const id = `${NOTIFICATION_PREFIX}${group.id}`;
    const named = namedReminders(group);
    await store.unlocked.saveNotificationTarget(id, {
      orderIds: [...new Set(group.reminders.map((r) => r.orderId))],
      deadlineKeys: named.map((r) => r.deadlineKey),
      reminders: named.map((r) => ({ deadlineKey: r.deadlineKey, id: r.id, at: r.deadline.at })),
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
            buttons: notificationButtons(lang),
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
    await browser.alarms.create(REMINDER_ALARM, { when: Math.max(Date.parse(at), clock().getTime() + 1000) });
  }

  async function reconcile(): Promise<ReconcileResult> {
    return store.exclusive(async () => {
      const now = clock();
      const [orders, settings] = [await store.unlocked.loadOrders(now), await store.unlocked.loadSettings()];
      const tracked = Object.values(orders);
      const loaded = await store.unlocked.loadReminderState();
      let saveFailed = false;
      // Done records of earlier versions are pinned to their date once (reminder-state.ts).
      let state = pinLegacyDone(loaded, tracked, settings, now);
      if (state !== loaded) saveFailed = !(await saveState(state, 'pin done dates'));
      let plan = planReminders(tracked, settings, state, now);
      const group = settings.notificationsEnabled ? dueNow(plan, now) : null;
      if (group) {
        await show(group, orders, now, settings);
        // Planned on from what was shown even when the save fails: the alarm goes to the NEXT reminder. (A
        // later start may show this group again, under the same id: it replaces itself, it does not add up.)
        state = recordSent(state, group.reminders, now);
        saveFailed = !(await saveState(state, 'record shown reminders')) || saveFailed;
        plan = planReminders(tracked, settings, state, now);
      }
      const nextAlarmAt = nextWakeUp(plan, now);
      await armAlarm(nextAlarmAt);
      return { shown: group, nextAlarmAt, ...(saveFailed ? { saveFailed: true as const } : {}) };
    });
  }

  /** The reminders a stored target's buttons act on; a target of an earlier version names deadline keys only. */
  function targetReminders(
    target: NotificationTarget,
    state: ReminderState,
  ): Array<{ deadlineKey: string; id: string; at: string | undefined }> {
    if (target.reminders) return target.reminders;
    return target.deadlineKeys.flatMap((key) => {
      const remembered = state.deadlines[key];
      const latest = Object.entries(remembered?.sent ?? {})
        .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))
        .at(-1);
      return latest ? [{ deadlineKey: key, id: latest[0], at: remembered?.at }] : [];
    });
  }

  /**
   * Buttons (Chrome): 0 = "Remind me tomorrow" (on a deadline's last day: in a few hours, never after it; see
   * `snoozeEnd`), 1 = "Done" (these reminders are handled; the later ones of the same date still come). Both act
   * on exactly the reminders the notification names; the alarm is re-armed even when the save fails.
   */
  async function onButton(notificationId: string, buttonIndex: number): Promise<{ saved: boolean }> {
    const target = await store.getNotificationTarget(notificationId);
    if (!target) return { saved: true };
    let saved = false;
    try {
      saved = await store.exclusive(async () => {
        const now = clock();
        let state = await store.unlocked.loadReminderState();
        const named = targetReminders(target, state);
        if (buttonIndex === 0) {
          const targets: SnoozeTarget[] = named.flatMap(({ deadlineKey, at }) => {
            const dueMs = at === undefined ? Number.NaN : Date.parse(at);
            if (at === undefined || Number.isNaN(dueMs)) return [];
            return [{ deadlineKey, at, until: new Date(snoozeEnd(dueMs, now.getTime())) }];
          });
          state = snoozeDeadlines(state, targets);
        } else {
          state = markRemindersHandled(state, named, now);
        }
        return saveState(state, buttonIndex === 0 ? 'snooze' : 'done');
      });
    } finally {
      await browser.notifications.clear(notificationId);
      await reconcile();
    }
    return { saved };
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
