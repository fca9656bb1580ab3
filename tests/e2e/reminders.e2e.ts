/**
 * Reminders in real Chromium: a real alarm fires and a real notification appears; the service worker is
 * killed and the next reminder still comes; the browser is relaunched on the same profile with its alarms
 * gone and the reminder that came due meanwhile fires exactly once.
 * Seconds-scale deadlines: see tests/harness/time-zones.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../harness/wait';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionSession } from '../harness/chromium';
import { earlyMorningZone } from '../harness/time-zones';
import type { TrackedOrder } from '../../utils/model';
import type { browser } from 'wxt/browser';

/** The extension API as seen inside the service worker (Chrome's `chrome` global). */
type ChromeApi = typeof browser;
import { pageOrder, trackedOrder } from '../unit/support/factories';

function orderWithReminderIn(orderId: string, seconds: number, label: string): TrackedOrder {
  const at = new Date(Date.now() + seconds * 1000).toISOString();
  return trackedOrder({
    facts: pageOrder({ orderId, store: { name: `Store ${orderId.slice(-4)}` } }),
    userDeadlines: [{ kind: 'custom', at, confidence: 'exact', source: 'user', label }],
  });
}

/** Adds orders the way an import or the popup would: the background reacts to the stored change. */
async function addOrders(session: ExtensionSession, orders: TrackedOrder[]) {
  await session.inWorker(async (added: TrackedOrder[]) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const { orders: current = {} } = (await api.storage.local.get('orders')) as { orders?: Record<string, unknown> };
    for (const order of added) current[order.orderId] = order;
    await api.storage.local.set({ orders: current });
  }, orders);
}

async function notificationIds(session: ExtensionSession): Promise<string[]> {
  return session.inWorker(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return Object.keys(await api.notifications.getAll());
  }, undefined);
}

describe('reminders with real alarms and notifications', () => {
  const profile = mkdtempSync(join(tmpdir(), 'ordershield-reminders-'));
  const env = { TZ: earlyMorningZone() };
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ userDataDir: profile, env });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('a real alarm fires and a real notification appears', async () => {
    await addOrders(session, [orderWithReminderIn('8300000000000001', 4, 'Check the parcel')]);
    const alarm = await waitFor(
      () => session.inWorker(async () => (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll(), undefined),
      (all) => all.length === 1,
      5000,
    );
    expect(alarm.map((a) => a.name)).toEqual(['ordershield:next-reminder']);
    expect(await notificationIds(session)).toEqual([]);
    const ids = await waitFor(() => notificationIds(session), (list) => list.length === 1, 15_000);
    expect(ids).toHaveLength(1);
  });

  it('the worker is killed and the next reminder still comes, through the alarm', async () => {
    await addOrders(session, [orderWithReminderIn('8300000000000002', 6, 'Ask the seller')]);
    await new Promise((r) => setTimeout(r, 800)); // the alarm is armed
    await session.killWorker();
    const ids = await waitFor(() => notificationIds(session), (list) => list.length === 2, 20_000);
    expect(ids).toHaveLength(2);
  });

  it('relaunched with its alarms gone, the reminder that came due meanwhile fires exactly once', async () => {
    await addOrders(session, [orderWithReminderIn('8300000000000003', 3, 'Ship the return')]);
    await new Promise((r) => setTimeout(r, 800));
    await session.inWorker(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      await api.alarms.clearAll();
      await api.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => api.notifications.clear(id))));
    }, undefined);
    await session.close();
    await new Promise((r) => setTimeout(r, 4000)); // the reminder comes due while the browser is closed

    session = await launchWithExtension({ userDataDir: profile, env });
    const ids = await waitFor(() => notificationIds(session), (list) => list.length >= 1, 15_000);
    if (ids.length !== 1) console.log(JSON.stringify((await session.storage()).reminders, null, 1));
    expect(ids).toHaveLength(1);
    const sent = await session.inWorker(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const { reminders } = (await api.storage.local.get('reminders')) as { reminders: { deadlines: Record<string, { sent: object }> } };
      return Object.entries(reminders.deadlines).map(([key, value]) => [key, Object.keys(value.sent).length] as const);
    }, undefined);
    expect(sent.find(([key]) => key.startsWith('8300000000000003'))?.[1]).toBe(1);
    // Another start (a stored change triggers a reconcile) shows nothing again.
    await addOrders(session, []);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await notificationIds(session)).toHaveLength(1);
  });
});
