import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createPageDataHandlers } from '@/utils/background/page-data';
import { createPageReportHandlers } from '@/utils/background/page-reports';
import { createReminderService, REMINDER_ALARM } from '@/utils/background/reminders';
import { createTrackingReportHandlers } from '@/utils/background/tracking-reports';
import { createToolbar } from '@/utils/background/toolbar';
import { createUserActionHandlers } from '@/utils/background/user-actions';
import { registerWelcomePage } from '@/utils/background/welcome';
import { dispatchMessage, type MessageHandlers } from '@/utils/messages';
import { openOrderStore, STORAGE_KEYS } from '@/utils/storage';
import { registerEveryLanguage } from '@/utils/i18n/every-language';

/**
 * Stored values the reminder plan is computed from (storage keys without the `local:` prefix): the index (every
 * write of orders goes with it), a v1 orders record to move, the settings, and the reminder state (a hand edit or
 * a restore; the background's own saves find nothing to do).
 */
const RECONCILE_ON = [
  STORAGE_KEYS.orderIndex,
  STORAGE_KEYS.legacyOrders,
  STORAGE_KEYS.settings,
  STORAGE_KEYS.reminders,
].map((key) => key.replace(/^local:/, ''));

/** Stored values the toolbar's count is made from: the orders (their index changes with every write) and the settings. */
const RECOUNT_ON = [STORAGE_KEYS.orderIndex, STORAGE_KEYS.legacyOrders, STORAGE_KEYS.settings].map((key) =>
  key.replace(/^local:/, ''),
);

/**
 * Test builds only (`--mode e2e`): each reconcile's start and end (ms since this worker started) and how many
 * orders it planned, kept on the worker's global for tests/e2e and scripts/bench/storage.ts. Compiled out of store builds.
 */
const RECORD_RECONCILES = import.meta.env.MODE === 'e2e';
export interface ReconcileRecord {
  startedMs: number;
  doneMs: number;
  planned: number;
}
function recordReconcile(record: ReconcileRecord): void {
  const holder = globalThis as unknown as { __ordershieldReconciles?: ReconcileRecord[] };
  holder.__ordershieldReconciles = [...(holder.__ordershieldReconciles ?? []), record].slice(-50);
}

// Wires listeners only; the work lives in utils/. Every listener is registered synchronously at the top of
// main so that the event that wakes the service worker finds it.
export default defineBackground(() => {
  // Notifications speak the buyer's language, whichever it is: every language's shared texts, at once.
  registerEveryLanguage();
  const store = openOrderStore();
  const reminders = createReminderService(store);
  const toolbar = createToolbar();
  const reconcile = async () => {
    const startedMs = performance.now();
    try {
      const { planned } = await reminders.reconcile();
      if (RECORD_RECONCILES) recordReconcile({ startedMs, doneMs: performance.now(), planned });
      // The toolbar is counted after the plan, never while the reconcile moves or plans orders (it reads them all),
      // and at a wake-up only when its last count may be out of date.
      toolbar.schedule();
    } catch (error) {
      console.error('[OrderShield] reminder reconcile failed', error);
      await reminders.retrySoon().catch(() => undefined);
    }
  };
  // Typed as the full map: a message without a handler is a compile error.
  const handlers: MessageHandlers = {
    ...createPageReportHandlers(store),
    ...createPageDataHandlers(),
    ...createTrackingReportHandlers(store),
    // A reminder change (mute, done, snooze…) re-arms the alarm at once: the reminder state is not in RECONCILE_ON.
    ...createUserActionHandlers(store, undefined, { afterReminderChange: reconcile }),
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own extension's contexts talk to us (content scripts included); pages cannot.
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatchMessage(message, sender, handlers);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void reconcile();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (reminders.isOurs(id)) void reminders.onClick(id);
  });
  // Firefox has no notification buttons; the listener simply never fires there.
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (reminders.isOurs(id)) void reminders.onButton(id, index);
  });
  // After every stored change of what reminders depend on (a page read, an edit, an import), whoever wrote it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (RECOUNT_ON.some((key) => key in changes)) toolbar.changed();
    if (RECONCILE_ON.some((key) => key in changes)) void reconcile();
  });
  browser.runtime.onStartup.addListener(() => void reconcile());
  browser.runtime.onInstalled.addListener(() => void reconcile());
  registerWelcomePage();
  // A worker woken for any reason (or restarted after being killed) catches up at once.
  void reconcile();
});
