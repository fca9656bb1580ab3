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
  pinLegacyDone,
  planReminders,
  recordSent,
  snoozeDeadlines,
  snoozeEnd,
  type SnoozeTarget,
} from '@/utils/rules';
import type { PlannedReminder, ReminderGroup, ReminderState } from '@/utils/rules/reminder-schemas';
import { reminderText } from '@/utils/background/notification-text';
import { isAliExpressOrderUrl } from '@/utils/order-url';
import { resolveLanguage } from '@/utils/i18n';
import { notificationButtons } from '@/utils/i18n/notification-buttons';
import { textSignature } from '@/utils/hash';
import { writeReminderSaveError, type NotificationTarget, type OrderStore } from '@/utils/storage';
import type { OrderIndex } from '@/utils/order-index';

export const REMINDER_ALARM = 'ordershield:next-reminder';
const NOTIFICATION_PREFIX = 'ordershield:';
/**
 * How many reminders a notification names: one alone, else the first 4 lines of `reminderText`
 * (utils/background/notification-text.ts) — the rest are only counted ("…and N more"). The buttons act on these only.
 */
export const NAMED_IN_NOTIFICATION = 4;
/** How soon a reconcile that failed is tried again (packed Chrome fires alarms no sooner than 30 s anyway). */
export const RETRY_AFTER_FAILURE_MS = 60_000;

/** The reminders a notification of `group` names (and its buttons act on). */
export function namedReminders(group: ReminderGroup): PlannedReminder[] {
  return group.reminders.slice(0, NAMED_IN_NOTIFICATION);
}

/** Firefox rejects `buttons`, `requireInteraction` and `silent` (it throws), so they are Chrome-only. */
const IS_FIREFOX = import.meta.env.FIREFOX;

export interface ReconcileResult {
  shown: ReminderGroup | null;
  nextAlarmAt: string | null;
  /** How many orders were planned (the others' next times came from the index). */
  planned: number;
  /** The reminder bookkeeping could not be saved (the alarm was re-armed all the same). */
  saveFailed?: true;
}

const DAY_MS = 86_400_000;
/** How far ahead the local clock's rules are looked at: further than any deadline a reminder is planned for. */
const OFFSETS_AHEAD_DAYS = 400;

/**
 * The local clock as the plan sees it: reminders fire at 09:00 local, so the planned times depend on the UTC offset
 * of every day ahead. Written as the offset today and each change ahead, by calendar day (days since 1970, so the
 * text changes only when a change comes into view or passes, not every day). A move to another time zone, or new
 * daylight-saving rules, changes it. Asking `Intl` for the zone's name instead cost 22–85 ms in a cold worker
 * (its first use loads the locale data), more than the rest of a reconcile with nothing to plan.
 */
export function localClockRules(nowMs: number): string {
  const today = Math.floor(nowMs / DAY_MS);
  let offset = new Date(today * DAY_MS + DAY_MS / 2).getTimezoneOffset();
  const parts = [String(offset)];
  for (let day = today + 1; day <= today + OFFSETS_AHEAD_DAYS; day++) {
    const next = new Date(day * DAY_MS + DAY_MS / 2).getTimezoneOffset();
    if (next !== offset) parts.push(`${day}:${next}`);
    offset = next;
  }
  return parts.join(' ');
}

/**
 * What the index's planned times depend on besides each order and its reminder state: the settings, and the local
 * clock's rules (reminders fire at 09:00 local). Another value and every order is planned again.
 */
function planContext(settings: Settings, nowMs: number): string {
  return `${textSignature(JSON.stringify(settings))}|${textSignature(localClockRules(nowMs))}`;
}

/** Done records of earlier versions (a bare date) wait to be pinned (`pinLegacyDone`). */
function hasLegacyDone(state: ReminderState): boolean {
  for (const key in state.done) if (typeof state.done[key] === 'string') return true;
  return false;
}

/**
 * The earliest stage-history stamp after `nowMs`: until then the planner ignores it (rules/stage-start.ts), so
 * the order's deadlines may change at that moment and it is planned again then.
 */
function futureStamp(order: TrackedOrder, nowMs: number): number | null {
  let earliest: number | null = null;
  for (const seen of order.stageHistory) {
    const ms = Date.parse(seen.firstSeenAt);
    if (ms > nowMs && (earliest === null || ms < earliest)) earliest = ms;
  }
  return earliest;
}

export function createReminderService(store: OrderStore, clock: () => Date = () => new Date()) {
  /**
   * Saves the reminder state (with the index: `touched` orders are planned again); a rejected write (storage
   * full) is reported, not thrown: the caller still re-arms the alarm, and the popup reads the marker
   * (`readReminderSaveError`). A save that works clears the marker.
   */
  let failedBefore = true; // unknown after a restart: the first save that works clears any old marker
  async function saveState(
    state: ReminderState,
    what: string,
    touched: Iterable<string>,
    index?: OrderIndex,
  ): Promise<boolean> {
    try {
      await store.unlocked.saveReminderState(state, touched, index);
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

  /**
   * After a reconcile that failed part-way (the alarm may not have been re-armed): look again in a minute, unless
   * the alarm is already due sooner, rather than wait for the next stored change or browser start.
   */
  async function retrySoon(): Promise<void> {
    const retryAt = clock().getTime() + RETRY_AFTER_FAILURE_MS;
    const armed = await browser.alarms.get(REMINDER_ALARM);
    if (!armed || armed.scheduledTime > retryAt) await browser.alarms.create(REMINDER_ALARM, { when: retryAt });
  }

  /**
   * Plans only the orders whose time has come in the index: those changed since (a page read, an edit, a mute
   * resets their time to 0) and those with a reminder due by now. Every order is planned when the settings, the
   * time zone or the reminder state changed behind the index's back (a hand edit, a restore), or the clock went
   * back before the index's planning time. The others' next times are the index's: a wake-up after a kill, sleep
   * or update reads the index, not every order.
   *
   * A reconcile asked for while another one waits for the store's lock is that one (the same promise): it has not
   * read anything yet, and the lock runs in order, so it will see every write finished before the ask. A page of
   * 5,000 cards comes as 50 writes, each followed by a storage change; without this, 50 reconciles queued up
   * between them, each reading the index and the reminder state again.
   */
  let waiting: Promise<ReconcileResult> | null = null;
  function reconcile(): Promise<ReconcileResult> {
    if (waiting) return waiting;
    const run = store.exclusive(async () => {
      waiting = null; // from here on it reads: a later ask needs a reconcile of its own
      return planAndShow();
    });
    waiting = run;
    return run;
  }

  /** One reconcile, inside the store's lock. */
  async function planAndShow(): Promise<ReconcileResult> {
    const now = clock();
    const nowMs = now.getTime();
    const { settings, index: opened, reminders: storedState } = await store.unlocked.loadPlanInputs(now);
    const { summary } = opened;
    const recordedStamp = summary?.stateStamp ?? (await opened.load()).stateStamp;
    const { state: loaded, stamp: stateStamp } = await store.unlocked.loadStampedReminderState(
      recordedStamp,
      storedState,
    );
    const context = planContext(settings, nowMs);
    // Nothing due (a wake-up after a kill, sleep or an update, most alarms' early looks): the index's summary says
    // when to look next, and its 5,000 entries are not even decoded. The same answer as planning below with no
    // order due: nothing shown, nothing written, the alarm at the earliest time in the index.
    if (
      summary &&
      summary.plannedUnder === context &&
      summary.stateStamp === stateStamp &&
      nowMs >= summary.plannedAt &&
      (summary.soonest === null || summary.soonest > nowMs) &&
      !hasLegacyDone(loaded)
    ) {
      const nextAlarmAt = summary.soonest === null ? null : new Date(summary.soonest).toISOString();
      await armAlarm(nextAlarmAt);
      return { shown: null, nextAlarmAt, planned: 0 };
    }
    const index = await opened.load();
    const everything = index.plannedUnder !== context || index.stateStamp !== stateStamp || nowMs < index.plannedAt;
    // Planned now under these; a save of the state below stamps the state it saved.
    index.plannedUnder = context;
    index.stateStamp = stateStamp;
    const before = JSON.stringify({ ...index, plannedAt: 0 });
    const due = new Set<string>();
    for (const [id, next] of Object.entries(index.next))
      if (everything || (next !== null && next <= nowMs)) due.add(id);
    // Done records of earlier versions are pinned to their date once (reminder-state.ts): their orders are looked at.
    for (const [key, entry] of Object.entries(loaded.done)) {
      const id = key.slice(0, key.indexOf(':'));
      if (typeof entry === 'string' && id in index.next) due.add(id);
    }
    const orders = await store.unlocked.loadOrders([...due], index, now);
    const tracked = Object.values(orders);
    let saveFailed = false;
    let state = pinLegacyDone(loaded, tracked, settings, now);
    if (state !== loaded) saveFailed = !(await saveState(state, 'pin done dates', [], index));
    let plan = planReminders(tracked, settings, state, now);
    const group = settings.notificationsEnabled ? dueNow(plan, now) : null;
    let unrecorded: Set<string> | null = null;
    if (group) {
      await show(group, orders, now, settings);
      // Planned on from what was shown even when the save fails: the alarm goes to the NEXT reminder. (A
      // later start may show this group again, under the same id: it replaces itself, it does not add up.)
      state = recordSent(state, group.reminders, now);
      if (!(await saveState(state, 'record shown reminders', [], index))) {
        saveFailed = true;
        unrecorded = new Set(group.reminders.map((r) => r.orderId));
      }
      plan = planReminders(tracked, settings, state, now);
    }
    const nextOf = new Map<string, number>();
    for (const reminder of plan) {
      const ms = Date.parse(reminder.fireAt);
      const known = nextOf.get(reminder.orderId);
      if (ms > nowMs && (known === undefined || ms < known)) nextOf.set(reminder.orderId, ms);
    }
    for (const id of due) {
      const order = orders[id];
      if (!order) {
        delete index.next[id]; // listed but not stored: nothing to plan
        continue;
      }
      // Shown but not recorded: looked at again next time (and shown again, replacing itself).
      if (unrecorded?.has(id)) continue;
      const stamp = futureStamp(order, nowMs);
      const next = nextOf.get(id) ?? null;
      index.next[id] = stamp !== null && (next === null || stamp < next) ? stamp : next;
    }
    if (everything || JSON.stringify({ ...index, plannedAt: 0 }) !== before) {
      index.plannedAt = everything ? nowMs : Math.max(index.plannedAt, nowMs);
      await store.unlocked.saveIndex(index);
    }
    // The alarm: the earliest time ahead, in the index or (not recorded) in this plan.
    let earliest = Infinity;
    for (const next of Object.values(index.next)) if (next !== null && next > nowMs && next < earliest) earliest = next;
    for (const ms of nextOf.values()) if (ms < earliest) earliest = ms;
    const nextAlarmAt = earliest === Infinity ? null : new Date(earliest).toISOString();
    await armAlarm(nextAlarmAt);
    return {
      shown: group,
      nextAlarmAt,
      planned: tracked.length,
      ...(saveFailed ? { saveFailed: true as const } : {}),
    };
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
        return saveState(
          state,
          buttonIndex === 0 ? 'snooze' : 'done',
          named.map(({ deadlineKey }) => deadlineKey.slice(0, deadlineKey.indexOf(':'))),
        );
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

  return { reconcile, retrySoon, onButton, onClick, isOurs: (id: string) => id.startsWith(NOTIFICATION_PREFIX) };
}
export type ReminderService = ReturnType<typeof createReminderService>;
