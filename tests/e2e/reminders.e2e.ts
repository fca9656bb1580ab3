/**
 * Reminders in real Chromium, proving the ALARM fired them: the reminder comes due only after setup (a few seconds
 * ahead), the alarm is seen armed before it comes, and the notification appears after the alarm's time, exactly
 * once — with the worker running, with the worker killed (found again without waking it: no extension page is
 * opened, only the alarm can start it), and after a relaunch with the alarms gone (the start-up catch-up).
 *
 * How a reminder comes due seconds ahead: the buyer's custom deadline is two hours ahead, so its on-the-day
 * reminder (3 hours before it at the latest, utils/rules/reminders.ts) is already due — but it is snoozed until a
 * few seconds from now, as "Remind me later" leaves it. The alarm is set for the end of the snooze.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionSession } from '../harness/chromium';
import type { TrackedOrder } from '../../utils/model';
import type { browser } from 'wxt/browser';
import { pageOrder, trackedOrder } from '../unit/support/factories';

/** The extension API as seen inside the service worker (Chrome's `chrome` global). */
type ChromeApi = typeof browser;

interface StoredReminders {
  deadlines: Record<string, { sent: Record<string, string>; snoozedUntil?: string }>;
}

/**
 * Stores an order with a custom deadline two hours ahead whose reminder is snoozed until `seconds` from now, in
 * one write (so no reconcile sees the order without its snooze). Returns the snooze's end.
 */
async function seedReminderIn(session: ExtensionSession, orderId: string, seconds: number): Promise<number> {
  const at = new Date(Date.now() + 2 * 3_600_000).toISOString();
  const order = trackedOrder({
    facts: pageOrder({ orderId, store: { name: `Store ${orderId.slice(-4)}` } }),
    userDeadlines: [{ kind: 'custom', at, confidence: 'exact', source: 'user', label: 'Check the parcel' }],
  });
  const until = Date.now() + seconds * 1000;
  await session.inWorker(
    async ({ added, key, at, until }: { added: TrackedOrder; key: string; at: string; until: number }) => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const stored = (await chrome.storage.local.get(['orders', 'reminders'])) as {
        orders?: Record<string, unknown>;
        reminders?: { deadlines: Record<string, unknown>; mutedOrders: object; done: object };
      };
      const reminders = stored.reminders ?? { deadlines: {}, mutedOrders: {}, done: {} };
      reminders.deadlines[key] = { sent: {}, snoozedUntil: new Date(until).toISOString(), snoozedFor: at };
      await chrome.storage.local.set({ orders: { ...stored.orders, [added.orderId]: added }, reminders });
    },
    { added: order, key: `${orderId}:custom:${at}`, at, until },
  );
  return until;
}

/** What the worker shows and remembers, read without waking it (it waits for a worker started otherwise). */
async function observe(session: ExtensionSession) {
  return session.inWorker(
    async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [notes, alarms, stored] = await Promise.all([
        chrome.notifications.getAll(),
        chrome.alarms.getAll(),
        chrome.storage.local.get('reminders'),
      ]);
      return {
        notifications: Object.keys(notes),
        alarms,
        reminders: (stored as { reminders?: StoredReminders }).reminders,
      };
    },
    undefined,
    { wake: false },
  );
}

/** When each reminder of `orderId` was recorded as shown. */
function sentTimes(reminders: StoredReminders | undefined, orderId: string): number[] {
  return Object.entries(reminders?.deadlines ?? {})
    .filter(([key]) => key.startsWith(`${orderId}:`))
    .flatMap(([, state]) => Object.values(state.sent).map((at) => Date.parse(at)));
}

async function clearNotifications(session: ExtensionSession) {
  await session.inWorker(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await Promise.all(Object.keys(await chrome.notifications.getAll()).map((id) => chrome.notifications.clear(id)));
  }, undefined);
}

/** Holds for `ms`: `check` must stay true throughout (for "exactly once": nothing more comes). */
async function holds(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!(await check())) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe('reminders with real alarms and notifications', () => {
  const profile = mkdtempSync(join(tmpdir(), 'ordershield-reminders-'));
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ userDataDir: profile });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('the alarm fires the reminder: armed first, the notification after its time, exactly once', async () => {
    await clearNotifications(session);
    const orderId = '8300000000000001';
    const until = await seedReminderIn(session, orderId, 3);
    await expect
      .poll(async () => (await observe(session)).alarms.map((a) => a.name), { timeout: 5000 })
      .toEqual(['ordershield:next-reminder']);
    const armed = await observe(session);
    const scheduled = armed.alarms[0]!.scheduledTime;
    expect(scheduled).toBeGreaterThanOrEqual(until - 5);
    expect(armed.notifications).toEqual([]);
    expect(sentTimes(armed.reminders, orderId)).toEqual([]);

    await expect.poll(async () => (await observe(session)).notifications.length, { timeout: 15_000 }).toBe(1);
    const fired = await observe(session);
    const sent = sentTimes(fired.reminders, orderId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeGreaterThanOrEqual(scheduled);
    expect(await holds(async () => (await observe(session)).notifications.length === 1, 1500)).toBe(true);
  });

  it('the worker is killed; the alarm alone starts it again and the reminder comes once', async () => {
    await clearNotifications(session);
    const orderId = '8300000000000002';
    await seedReminderIn(session, orderId, 4);
    await expect.poll(async () => (await observe(session)).alarms.length, { timeout: 5000 }).toBe(1);
    const scheduled = (await observe(session)).alarms[0]!.scheduledTime;
    expect(scheduled).toBeGreaterThan(Date.now());

    const restarted = session.nextWorkerStart(30_000);
    await session.killWorker();
    expect(session.workerRunning()).toBe(false);
    // Nothing here opens an extension page: the only thing that can start the worker again is the alarm.
    const { startedAt } = await restarted;
    expect(startedAt).toBeGreaterThanOrEqual(scheduled - 1000);
    await expect.poll(async () => (await observe(session)).notifications.length, { timeout: 15_000 }).toBe(1);
    const sent = sentTimes((await observe(session)).reminders, orderId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeGreaterThanOrEqual(scheduled);
  });

  it('relaunched with its alarms gone, the reminder that came due meanwhile fires exactly once', async () => {
    const orderId = '8300000000000003';
    const until = await seedReminderIn(session, orderId, 3);
    await expect.poll(async () => (await observe(session)).alarms.length, { timeout: 5000 }).toBe(1);
    await session.inWorker(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      await chrome.alarms.clearAll();
      await Promise.all(Object.keys(await chrome.notifications.getAll()).map((id) => chrome.notifications.clear(id)));
    }, undefined);
    await session.close();
    // The reminder comes due while the browser is closed: wait for that moment itself, then relaunch.
    await expect.poll(() => Date.now(), { timeout: 10_000, interval: 200 }).toBeGreaterThan(until + 500);

    session = await launchWithExtension({ userDataDir: profile });
    await expect.poll(async () => (await observe(session)).notifications.length, { timeout: 15_000 }).toBe(1);
    expect(sentTimes((await observe(session)).reminders, orderId)).toHaveLength(1);
    // Another reconcile (a stored change) shows nothing again.
    await session.inWorker(async () => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const { orders } = await chrome.storage.local.get('orders');
      await chrome.storage.local.set({ orders });
    }, undefined);
    expect(await holds(async () => (await observe(session)).notifications.length === 1, 1500)).toBe(true);
    expect(sentTimes((await observe(session)).reminders, orderId)).toHaveLength(1);
  });
});
