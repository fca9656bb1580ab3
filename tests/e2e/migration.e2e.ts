/**
 * Issue 16: the orders' v1 → v2 layout move (one record → one key per order, utils/storage.ts
 * `foldLegacyOrders`) in real Chromium with the built test extension:
 * - an update over v1 data with 5,000 orders: the browser is started again on a profile holding storage exactly
 *   as version 1 left it; every order then sits under its own key, equal to what v1 held, the index lists them
 *   all, the version marker is 2, the v1 record is gone, nothing was kept aside, and the reminder alarm is armed;
 * - the worker killed at several moments after it started on such data: storage is v1 or v2, never a mix, and
 *   the next start finishes the move with nothing lost.
 * How v1 data is put in place, said plainly: the test build (`--mode e2e`) holds the move while
 * `e2eHoldLayoutMove` is set in storage.session; storage.session empties when the browser closes, so the
 * restarted browser finds the data as version 1 left it and nothing held (the same build plays version 1's
 * profile: an unpacked extension under test cannot be updated in place).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_E2E_BUILD_DIR, launchWithExtension, type ExtensionSession } from '../harness/chromium';
import { indexedIdsIn, ordersIn } from '../harness/stored-orders';
import { rebaseDates } from '../harness/rebase-dates';
import type { TrackedOrder } from '../../utils/model';
import { ORDERS_VERSION } from '../../utils/storage-migrations';
import type { browser } from 'wxt/browser';

type ChromeApi = typeof browser;
type Orders = Record<string, TrackedOrder>;
const COUNT = 5000;
/** The day the v1 example was last read (its `lastSeenAt`): rebased onto the run's day, see rebase-dates.ts. */
const V1_READ_ON = '2026-11-21';
const frozen = (name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/storage', name), 'utf8'));

/** 5,000 v1 orders: the frozen v1 example's orders (rebased to today) repeated under fresh ids. */
function v1History(today: Date): Orders {
  const examples = Object.values(rebaseDates(frozen('v1-orders.json') as Orders, V1_READ_ON, today));
  return Object.fromEntries(
    Array.from({ length: COUNT }, (_, i) => {
      const example = examples[i % examples.length]!;
      const orderId = String(8217000000000000 + i);
      return [orderId, { ...example, orderId, facts: { ...example.facts, orderId } }];
    }),
  );
}

/** Which layout storage holds: v1 (the record, marker 1, no per-order key), v2 (keys, index, marker 2), or a mix. */
function layoutOf(raw: Record<string, unknown>): 'v1' | 'v2' | 'mixed' {
  const v2Keys = Object.keys(ordersIn(raw)).length > 0 || 'orderIndex' in raw;
  const v1Record = raw.orders !== undefined && raw.orders !== null;
  const marker = (raw['orders$'] as { v?: number } | undefined)?.v ?? 1;
  if (marker === 1 && v1Record && !v2Keys) return 'v1';
  if (marker === ORDERS_VERSION && !v1Record && v2Keys) return 'v2';
  return 'mixed';
}

/**
 * Puts v1 data in place with the move held (see the top of this file). First the fresh profile's own start is let
 * finish: a reconcile that read storage before the v1 data landed would go on to write an empty index beside it
 * (storage has no compare-and-set), and the profile would not hold v1 data alone. Then checks it does.
 */
async function putV1(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.inWorker(async () => {
    const holder = globalThis as unknown as { __ordershieldReconciles?: unknown[] };
    for (let i = 0; i < 400 && !(holder.__ordershieldReconciles?.length ?? 0); i++)
      await new Promise((r) => setTimeout(r, 25));
  }, undefined);
  await new Promise((r) => setTimeout(r, 1000));
  await session.inWorker(async (values) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await chrome.storage.session.set({ e2eHoldLayoutMove: true });
    await chrome.storage.local.clear();
    await chrome.storage.local.set(values);
  }, values);
  await new Promise((r) => setTimeout(r, 500));
  expect(layoutOf(await session.storage())).toBe('v1');
}

describe('orders v1 → v2 in Chromium', () => {
  const today = new Date();
  const history = v1History(today);

  it(
    'an update over v1 data with 5,000 orders: every order moved as it was, index, marker, alarm; nothing lost',
    { timeout: 300_000 },
    async () => {
      const profile = mkdtempSync(join(tmpdir(), 'ordershield-migration-'));
      let old: ExtensionSession | undefined = await launchWithExtension({
        userDataDir: profile,
        extensionDir: CHROME_E2E_BUILD_DIR,
        today,
      });
      let updated: ExtensionSession | undefined;
      try {
        await putV1(old, {
          orders: history,
          orders$: { v: 1 },
          settings: frozen('v1-settings.json'),
          settings$: { v: 1 },
        });
        await new Promise((r) => setTimeout(r, 500));
        expect(layoutOf(await old.storage())).toBe('v1'); // held: version 1's data, as it left it
        await old.close();
        old = undefined;

        const started = Date.now();
        updated = await launchWithExtension({ userDataDir: profile, extensionDir: CHROME_E2E_BUILD_DIR, today });
        // Polled on the marker and the v1 record only: reading 5 MB every 100 ms would slow the move it waits for.
        const session0 = updated;
        await expect
          .poll(
            () =>
              session0.inWorker(async () => {
                const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
                const raw = await chrome.storage.local.get(['orders$', 'orders']);
                return (raw['orders$'] as { v?: number } | undefined)?.v === 2 && !('orders' in raw);
              }, undefined),
            { timeout: 150_000, interval: 500 },
          )
          .toBe(true);
        const store = await updated.storage();
        console.log(`[migration] ${COUNT} v1 orders moved within ${Date.now() - started} ms of the browser's start`);
        expect(ordersIn(store)).toEqual(history);
        expect(indexedIdsIn(store).sort()).toEqual(Object.keys(history).sort());
        expect(store['orders$']).toEqual({ v: ORDERS_VERSION });
        expect('orders' in store).toBe(false);
        expect(store.quarantine ?? []).toEqual([]);
        const session = updated;
        await expect
          .poll(
            () =>
              session.inWorker(
                async () =>
                  (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll()).map((a) => a.name),
                undefined,
              ),
            { timeout: 20_000 },
          )
          .toEqual(['ordershield:next-reminder']);
      } finally {
        await old?.close();
        await updated?.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
  );

  describe('the worker killed mid-migration', () => {
    // 1,000 orders: the move is one write either way, and three browser starts per case must fit the machine.
    const smaller = Object.fromEntries(Object.entries(history).slice(0, 1000));

    it.each([0, 100, 300])(
      'killed %i ms after the browser started on v1 data: v1 or v2, never a mix; the next start finishes, nothing lost',
      { timeout: 300_000 },
      async (delayMs) => {
        const profile = mkdtempSync(join(tmpdir(), 'ordershield-migration-kill-'));
        const launch = () => launchWithExtension({ userDataDir: profile, extensionDir: CHROME_E2E_BUILD_DIR, today });
        let session: ExtensionSession | undefined = await launch();
        try {
          await putV1(session, { orders: smaller, orders$: { v: 1 } });
          await session.close();
          // The update's first start: the worker begins the move at once, and is killed after `delayMs`.
          session = await launch();
          if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
          // Right after the start Chrome may not have reported the worker yet: stop it as soon as it is known.
          for (let attempt = 0; ; attempt++) {
            try {
              await session.killWorker();
              break;
            } catch (error) {
              if (attempt >= 100) throw error;
              await new Promise((r) => setTimeout(r, 10));
            }
          }
          // Read through an extension page: reading storage wakes nothing.
          const page = await session.context.newPage();
          await page.goto(`chrome-extension://${session.extensionId}/options.html`);
          const rawAtKill = await page.evaluate(() =>
            (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(null),
          );
          const atKill = layoutOf(rawAtKill);
          console.log(`[migration] worker killed ${delayMs} ms after the browser started on v1 data: ${atKill}`);
          if (atKill === 'mixed')
            console.log(
              `[migration] mixed: marker ${JSON.stringify(rawAtKill['orders$'])}, v1 record ${rawAtKill.orders === undefined ? 'absent' : rawAtKill.orders === null ? 'null' : 'present'}, ${Object.keys(ordersIn(rawAtKill)).length} order keys, keys: ${Object.keys(
                rawAtKill,
              )
                .filter((k) => !k.startsWith('order:'))
                .join(', ')}`,
            );
          expect(atKill).not.toBe('mixed');
          await session.close();

          // The next start finishes the job.
          session = await launch();
          const next = session;
          await expect.poll(async () => layoutOf(await next.storage()), { timeout: 150_000, interval: 500 }).toBe('v2');
          const after = await next.storage();
          expect(ordersIn(after)).toEqual(smaller);
          expect(after.quarantine ?? []).toEqual([]);
        } finally {
          await session?.close();
          rmSync(profile, { recursive: true, force: true });
        }
      },
    );
  });
});
