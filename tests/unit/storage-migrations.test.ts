/**
 * Stored data must survive every update. Each schema version has a frozen example (tests/fixtures/storage/),
 * written once and never edited; each migration step is tested old example → migration → current schema.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '@wxt-dev/storage';
import { SettingsSchema, TrackedOrderSchema } from '@/utils/model';
import { ORDERS_MIGRATIONS, ORDERS_VERSION, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/utils/storage-migrations';
import { openOrderStore, readOrders, readQuarantine, readSettings } from '@/utils/storage';

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

  it.each([[1]])('orders v%i example migrates to a valid current record', (version) => {
    const migrated = migrate(frozen(`v${version}-orders.json`), version, ORDERS_VERSION, ORDERS_MIGRATIONS) as Record<
      string,
      unknown
    >;
    for (const order of Object.values(migrated)) expect(TrackedOrderSchema.safeParse(order).success).toBe(true);
    expect(Object.keys(migrated)).toEqual(['8214398062177351', '8212313961591322']);
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
