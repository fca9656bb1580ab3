/**
 * Stored data must survive every update. Each schema version has a frozen example (tests/fixtures/storage/),
 * written once and never edited; each migration step is tested old example → migration → current schema.
 * Orders v1 → v2 is a change of layout (one record → one key per order, utils/storage.ts `foldLegacyOrders`):
 * tested here with the worker "killed" at each step, and in the browser in tests/e2e/migration.e2e.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '@wxt-dev/storage';
import { SettingsSchema, TrackedOrderSchema } from '@/utils/model';
import { ORDERS_VERSION, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/utils/storage-migrations';
import { openOrderStore, readOrders, readQuarantine, readSettings } from '@/utils/storage';
import type { TrackedOrder } from '@/utils/model';
import { indexedIdsIn, ordersIn } from '../harness/stored-orders';

const frozen = (name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/storage', name), 'utf8'));

/** Runs the migration steps from `from` to the current version, as @wxt-dev/storage does. */
function migrate(value: unknown, from: number, to: number, steps: Record<number, (old: unknown) => unknown>): unknown {
  let current = value;
  for (let version = from + 1; version <= to; version++) current = steps[version]?.(current) ?? current;
  return current;
}

describe('storage schema versions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('orders v1 example: moved to one key per order with an index and the v2 marker, nothing else changed', async () => {
    const v1 = frozen('v1-orders.json') as Record<string, TrackedOrder>;
    await fakeBrowser.storage.local.set({ orders: v1, orders$: { v: 1 } });
    await openOrderStore().getOrders();
    const raw = await fakeBrowser.storage.local.get(null);
    expect(ordersIn(raw)).toEqual(v1);
    for (const order of Object.values(ordersIn(raw))) expect(TrackedOrderSchema.safeParse(order).success).toBe(true);
    expect(indexedIdsIn(raw).sort()).toEqual(Object.keys(v1).sort());
    expect(raw['orders$']).toEqual({ v: ORDERS_VERSION });
    expect(ORDERS_VERSION).toBe(2);
    expect('orders' in raw).toBe(false);
    expect(await readQuarantine()).toEqual([]);
  });

  it.each([[1], [2]])(
    'settings v%i example migrates to valid current settings, keeping the buyer’s choices',
    (version) => {
      const migrated = SettingsSchema.parse(
        migrate(frozen(`v${version}-settings.json`), version, SETTINGS_VERSION, SETTINGS_MIGRATIONS),
      );
      expect(migrated).toMatchObject({ language: 'ru', rules: { protectionDays: 75, returnWindowDays: 15 } });
      expect(migrated.leadDays.protection_end).toEqual([10, 3, 1, 0]);
      // v3: the seller's ship-by limit gets its default reminder (on the day), nothing else changes.
      expect(migrated.leadDays.ship_by).toEqual([0]);
    },
  );

  it('the stored v1 example is read back whole by the background store', async () => {
    await fakeBrowser.storage.local.set({
      orders: frozen('v1-orders.json'),
      orders$: { v: 1 },
      settings: frozen('v1-settings.json'),
    });
    const store = openOrderStore();
    const orders = await store.getOrders();
    expect(Object.keys(orders)).toHaveLength(2);
    expect(orders['8214398062177351']!.userDeadlines[0]!.label).toBe('Ask about tracking');
    expect((await store.getSettings()).rules.protectionDays).toBe(75);
    expect(await readQuarantine()).toEqual([]);
  });

  it('v1 settings written while the store is open are migrated when read, not kept aside', async () => {
    const store = openOrderStore();
    expect((await store.getSettings()).rules.protectionDays).toBe(40);
    await fakeBrowser.storage.local.set({ settings: frozen('v1-settings.json'), settings$: { v: 1 } });
    const settings = await store.getSettings();
    expect(settings.rules).toMatchObject({ protectionDays: 75, lateDisputeDays: 15 });
    expect(await readQuarantine()).toEqual([]);
  });

  it('a migration that fails leaves the stored version and data as they were (nothing is lost)', async () => {
    await fakeBrowser.storage.local.set({ probe: { a: 1 }, probe$: { v: 1 } });
    const item = storage.defineItem<unknown>('local:probe', {
      fallback: null,
      version: 2,
      migrations: {
        2: () => {
          throw new Error('broken step');
        },
      },
    });
    await item.getValue().catch(() => undefined);
    const raw = await fakeBrowser.storage.local.get(['probe', 'probe$']);
    expect(raw).toEqual({ probe: { a: 1 }, probe$: { v: 1 } });
  });

  it('data written by a newer version is not reset: what this version can’t read is kept aside', async () => {
    const newer = { '8214398062177351': { orderId: '8214398062177351', schemaFromTheFuture: true } };
    await fakeBrowser.storage.local.set({ orders: newer, orders$: { v: 99 } });
    const store = openOrderStore();
    expect(await store.getOrders()).toEqual({});
    const aside = await readQuarantine();
    expect(aside).toHaveLength(1);
    expect(aside[0]!.value).toEqual(newer['8214398062177351']);
  });

  it('hand-edited storage: wrong types and half-written records are kept aside, valid ones survive', async () => {
    const valid = (frozen('v1-orders.json') as Record<string, unknown>)['8214398062177351'];
    await fakeBrowser.storage.local.set({
      orders: {
        '8214398062177351': valid,
        '8212313961591322': { orderId: '8212313961591322', facts: { orderId: '8212313961591322' } },
        '8215002231409876': 'not an object',
      },
      settings: { language: 42 },
    });
    const store = openOrderStore();
    expect(Object.keys(await store.getOrders())).toEqual(['8214398062177351']);
    expect((await store.getSettings()).language).toBe('auto');
    const aside = await readQuarantine();
    expect(aside.map((q) => q.id).sort()).toEqual(['8212313961591322', '8215002231409876', 'settings']);
    expect((await readOrders()).orders).toHaveLength(1);
    expect((await readSettings()).language).toBe('auto');
  });
});

/** Storage as v1 left it: the record, its marker and no per-order key (`mixed` says if any v2 key came in). */
function layoutOf(raw: Record<string, unknown>): 'v1' | 'v2' | 'mixed' {
  const v2Keys = Object.keys(ordersIn(raw)).length > 0 || 'orderIndex' in raw;
  const v1Record = raw.orders !== undefined && raw.orders !== null;
  const marker = (raw['orders$'] as { v?: number } | undefined)?.v ?? 1;
  if (marker === 1 && v1Record && !v2Keys) return 'v1';
  if (marker === 2 && !v1Record && v2Keys) return 'v2';
  return 'mixed';
}

describe('orders v1 → v2, the worker killed mid-migration', () => {
  beforeEach(() => fakeBrowser.reset());

  /** 1,000 v1 orders (the example's first one under new ids), as an update finds them. */
  function manyV1Orders(): Record<string, TrackedOrder> {
    const [template] = Object.values(frozen('v1-orders.json') as Record<string, TrackedOrder>);
    return Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => {
        const orderId = String(8217000000000000 + i);
        return [orderId, { ...template!, orderId, facts: { ...template!.facts, orderId } }];
      }),
    );
  }

  it.each([
    ['before its write', 'set'],
    ['after its write, before the v1 record is removed', 'remove'],
  ] as const)(
    'killed %s: storage is v1 or v2, never a mix; the next start finishes it, nothing lost',
    async (_when, step) => {
      const v1 = manyV1Orders();
      await fakeBrowser.storage.local.set({ orders: v1, orders$: { v: 1 } });
      // The worker dies at that step: the call never completes (the store goes on or fails; that worker is gone).
      const killed = vi.spyOn(fakeBrowser.storage.local, step).mockImplementation(async () => {
        throw new Error('the service worker was stopped');
      });
      await openOrderStore()
        .getOrders()
        .catch(() => undefined);
      killed.mockRestore();
      const afterKill = await fakeBrowser.storage.local.get(null);
      expect(layoutOf(afterKill)).toBe(step === 'set' ? 'v1' : 'v2');
      if (step === 'remove') expect(afterKill.orders ?? null).toBeNull(); // emptied in the same write: nothing to move twice

      // The next start.
      const orders = await openOrderStore().getOrders();
      expect(Object.keys(orders)).toHaveLength(1000);
      const finished = await fakeBrowser.storage.local.get(null);
      expect(layoutOf(finished)).toBe('v2');
      expect(ordersIn(finished)).toEqual(v1);
      expect(await readQuarantine()).toEqual([]);
    },
  );

  it('readers never see a mix: the popup reads v1 before the move and the same orders after it', async () => {
    const v1 = manyV1Orders();
    await fakeBrowser.storage.local.set({ orders: v1, orders$: { v: 1 } });
    expect((await readOrders()).orders).toHaveLength(1000);
    await openOrderStore().getOrders();
    expect((await readOrders()).orders.map((o) => o.orderId).sort()).toEqual(Object.keys(v1).sort());
  });

  it('a v1 record restored while a fresh install starts is kept, and moved at the next look', async () => {
    const v1 = manyV1Orders();
    const local = fakeBrowser.storage.local;
    const realGet = local.get.bind(local);
    let restored = false;
    // The restore lands just after the start read an empty storage for its layout move, before it writes anything.
    const spy = vi.spyOn(local, 'get').mockImplementation(async (keys) => {
      const result = await realGet(keys as string[]);
      if (!restored && Array.isArray(keys) && keys.includes('orders')) {
        restored = true;
        await local.set({ orders: v1, orders$: { v: 1 } });
      }
      return result;
    });
    const store = openOrderStore();
    await store.getOrders();
    spy.mockRestore();
    // Not overwritten by the start's own write: the record is still there (the restore's change starts the next look).
    expect(Object.keys(((await local.get('orders')).orders as object | null) ?? {})).toHaveLength(1000);
    expect(Object.keys(await store.getOrders()).sort()).toEqual(Object.keys(v1).sort());
    const finished = await local.get(null);
    expect(layoutOf(finished)).toBe('v2');
    expect(ordersIn(finished)).toEqual(v1);
  });

  it('a v1 record written after the move (a downgraded version, a restored profile) is merged in, the buyer’s edits of both kept', async () => {
    const [template] = Object.values(frozen('v1-orders.json') as Record<string, TrackedOrder>);
    await fakeBrowser.storage.local.set({ orders: { [template!.orderId]: template }, orders$: { v: 1 } });
    const store = openOrderStore();
    await store.getOrders();
    // The downgraded version read the order again, knowing nothing of the buyer's deadline kept in v2.
    const later = new Date(Date.parse(template!.lastSeenAt) + 86_400_000).toISOString();
    const reread: TrackedOrder = { ...template!, userDeadlines: [], lastSeenAt: later };
    await fakeBrowser.storage.local.set({ orders: { [template!.orderId]: reread } });
    const merged = (await store.getOrders())[template!.orderId]!;
    expect(merged.userDeadlines).toEqual(template!.userDeadlines);
    expect(merged.lastSeenAt).toBe(later);
    expect(layoutOf(await fakeBrowser.storage.local.get(null))).toBe('v2');
  });
});
