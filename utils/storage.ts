/**
 * Every stored value of OrderShield, in one place. `storage.local` only: nothing leaves the browser.
 *
 * The background is the only writer (`openOrderStore`); other contexts read through `readOrders` /
 * `watchOrders`, which never write. Every value is validated with zod on read: an entry that fails is moved
 * to the quarantine list (shown in the options page), never dropped and never reset.
 */
import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  TrackedOrderSchema,
  UnreadablePageSchema,
  type Settings,
  type TrackedOrder,
  type UnreadablePage,
} from '@/utils/model';
import { EMPTY_REMINDER_STATE, ReminderStateSchema, type ReminderState } from '@/utils/rules/reminder-schemas';
import { ORDERS_MIGRATIONS, ORDERS_VERSION, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/utils/storage-migrations';

export const STORAGE_KEYS = {
  orders: 'local:orders',
  settings: 'local:settings',
  quarantine: 'local:quarantine',
  unreadablePages: 'local:unreadablePages',
  /** What was reminded, snoozed, muted, done (`utils/rules/reminder-schemas.ts`). */
  reminders: 'local:reminders',
  /** Notification id → the orders it is about, so a click opens the right order page. */
  notificationTargets: 'local:notificationTargets',
  /** Set when the browser refused a write because its storage is full (the popup says so); removed by the next write that fits. */
  storageFull: 'local:storageFull',
} as const;

/** The popup's "storage is full" notice: when the browser last refused to store the orders. */
export const StorageFullSchema = z.object({ at: z.string().max(40), reason: z.string().max(300) });
export type StorageFull = z.infer<typeof StorageFullSchema>;

/** Whether a failed write is the browser's quota (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

export async function readStorageFull(): Promise<StorageFull | null> {
  const parsed = StorageFullSchema.safeParse(await storage.getItem<unknown>(STORAGE_KEYS.storageFull));
  return parsed.success ? parsed.data : null;
}

/**
 * Where a notification click leads, and what its buttons act on: exactly the reminders it names (`reminders`;
 * targets stored by earlier versions have only `deadlineKeys`).
 */
// A group can hold every reminder due at once (a first run over hundreds of orders): no small cap here.
export const NotificationTargetSchema = z.object({
  orderIds: z.array(z.string()).max(20_000),
  url: z.url(),
  deadlineKeys: z.array(z.string()).max(20_000),
  reminders: z
    .array(z.object({ deadlineKey: z.string(), id: z.string(), at: z.string() }))
    .max(20_000)
    .optional(),
});
export type NotificationTarget = z.infer<typeof NotificationTargetSchema>;

/**
 * The last failed save of the reminder bookkeeping (`storage.local.set` rejected, e.g. storage full), for the
 * popup to say so; cleared by the next save that works. Session storage: it describes this browser session only.
 */
export const REMINDER_SAVE_ERROR_KEY = 'session:reminderSaveError' as const;
export const ReminderSaveErrorSchema = z.object({
  at: z.string(),
  what: z.string().max(200),
  message: z.string().max(500),
});
export type ReminderSaveError = z.infer<typeof ReminderSaveErrorSchema>;

/** The marker above, or null (also where the browser has no session storage). */
export async function readReminderSaveError(): Promise<ReminderSaveError | null> {
  try {
    const parsed = ReminderSaveErrorSchema.safeParse(await storage.getItem<unknown>(REMINDER_SAVE_ERROR_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Sets (or with null clears) the marker; never throws: it is a message to the buyer, not bookkeeping. */
export async function writeReminderSaveError(error: ReminderSaveError | null): Promise<void> {
  try {
    if (error) await storage.setItem(REMINDER_SAVE_ERROR_KEY, ReminderSaveErrorSchema.parse(error));
    else await storage.removeItem(REMINDER_SAVE_ERROR_KEY);
  } catch {
    // No session storage (or it failed too): the popup still gets the message's answer.
  }
}

/** An entry that failed validation, kept as it was with the reason, so nothing is ever silently lost. */
export const QuarantinedSchema = z.object({
  from: z.string(),
  id: z.string(),
  value: z.unknown(),
  reason: z.string(),
  keptAt: z.string(),
});
export type Quarantined = z.infer<typeof QuarantinedSchema>;

/** How many unreadable pages to remember (the newest); the popup only needs to say "couldn't read". */
const MAX_UNREADABLE_PAGES = 20;

/**
 * Orders already validated, by their exact stored text: re-validating 5,000 unchanged orders with zod on every
 * reconcile dominated its cost, and comparing the serialized text is several times cheaper than parsing.
 * An entry is reused only when its text is identical, so anything edited from outside is validated again.
 */
export type ValidationCache = Map<string, { json: string; order: TrackedOrder }>;

/** Splits a raw orders record into valid orders and entries to keep aside. Pure apart from the optional cache. */
export function validateOrders(
  raw: unknown,
  now: Date,
  cache?: ValidationCache,
): { orders: Record<string, TrackedOrder>; invalid: Quarantined[] } {
  const orders: Record<string, TrackedOrder> = {};
  const invalid: Quarantined[] = [];
  if (raw === null || raw === undefined) return { orders, invalid };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    invalid.push({
      from: STORAGE_KEYS.orders,
      id: '*',
      value: raw,
      reason: 'the orders record is not an object',
      keptAt: now.toISOString(),
    });
    return { orders, invalid };
  }
  const seen = cache ? new Set<string>() : null;
  for (const [id, value] of Object.entries(raw)) {
    const json = cache ? JSON.stringify(value) : '';
    const hit = cache?.get(id);
    if (hit && hit.json === json) {
      orders[id] = hit.order;
      seen?.add(id);
      continue;
    }
    const parsed = TrackedOrderSchema.safeParse(value);
    if (parsed.success && parsed.data.orderId === id) {
      orders[id] = parsed.data;
      cache?.set(id, { json, order: parsed.data });
      seen?.add(id);
    } else {
      const reason = parsed.success
        ? `stored under ${id} but its id is ${parsed.data.orderId}`
        : parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; ');
      invalid.push({ from: STORAGE_KEYS.orders, id, value, reason, keptAt: now.toISOString() });
    }
  }
  if (cache && seen) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return { orders, invalid };
}

/** Read-only view for the popup and options pages: validated orders, the invalid ones reported, not written. */
export async function readOrders(cache?: ValidationCache): Promise<{ orders: TrackedOrder[]; invalidCount: number }> {
  const raw = await storage.getItem<unknown>(STORAGE_KEYS.orders);
  const { orders, invalid } = validateOrders(raw, new Date(), cache);
  return { orders: Object.values(orders), invalidCount: invalid.length };
}

export async function readUnreadablePages(): Promise<UnreadablePage[]> {
  const raw = await storage.getItem<unknown>(STORAGE_KEYS.unreadablePages);
  const parsed = z.array(UnreadablePageSchema).safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

export async function readSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await storage.getItem<unknown>(STORAGE_KEYS.settings));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function readQuarantine(): Promise<Quarantined[]> {
  const parsed = z.array(QuarantinedSchema).safeParse((await storage.getItem<unknown>(STORAGE_KEYS.quarantine)) ?? []);
  return parsed.success ? parsed.data : [];
}

/** Calls `onChange` whenever anything OrderShield stores changes (or only the given keys). */
export function watchStore(
  onChange: () => void,
  keys: ReadonlyArray<(typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS]> = Object.values(STORAGE_KEYS),
): () => void {
  const unwatchers = keys.map((key) => storage.watch(key, onChange));
  return () => unwatchers.forEach((unwatch) => unwatch());
}

/**
 * The background's writer. Writes are serialized through one queue so that two tabs reporting at the same
 * moment cannot lose each other's updates (read-modify-write inside the lock).
 */
export function openOrderStore() {
  const ordersItem = storage.defineItem<Record<string, unknown>>(STORAGE_KEYS.orders, {
    fallback: {},
    version: ORDERS_VERSION,
    migrations: ORDERS_MIGRATIONS,
  });
  const settingsItem = storage.defineItem<unknown>(STORAGE_KEYS.settings, {
    fallback: null,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
  const quarantineItem = storage.defineItem<unknown[]>(STORAGE_KEYS.quarantine, { fallback: [] });
  const remindersItem = storage.defineItem<unknown>(STORAGE_KEYS.reminders, { fallback: null });
  const targetsItem = storage.defineItem<Record<string, unknown>>(STORAGE_KEYS.notificationTargets, { fallback: {} });
  const unreadableItem = storage.defineItem<unknown[]>(STORAGE_KEYS.unreadablePages, { fallback: [] });

  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function keepAside(entries: Quarantined[]): Promise<void> {
    if (entries.length === 0) return;
    const current = await quarantineItem.getValue();
    await quarantineItem.setValue([...(Array.isArray(current) ? current : [current]), ...entries]);
    console.warn(`[OrderShield] kept ${entries.length} invalid stored entr${entries.length === 1 ? 'y' : 'ies'} aside`);
  }

  const validated: ValidationCache = new Map();

  /**
   * Writes the orders. A write the browser refuses leaves what was stored untouched (storage.local writes are
   * all-or-nothing); a refusal for lack of space is recorded for the popup, and the next write that fits clears it.
   */
  let fullRecorded: boolean | undefined;
  async function writeOrders(orders: Record<string, TrackedOrder>): Promise<void> {
    try {
      await ordersItem.setValue(orders);
    } catch (error) {
      if (isQuotaError(error)) {
        fullRecorded = true;
        const note: StorageFull = {
          at: new Date().toISOString(),
          reason: String(error instanceof Error ? error.message : error).slice(0, 300),
        };
        await storage.setItem(STORAGE_KEYS.storageFull, note).catch(() => undefined);
        console.error(
          '[OrderShield] browser storage is full: the latest changes were not saved, everything stored before is kept',
          error,
        );
      }
      throw error;
    }
    if (fullRecorded !== false) {
      fullRecorded = false;
      await storage.removeItem(STORAGE_KEYS.storageFull).catch(() => undefined);
    }
  }

  /** Valid orders; invalid entries are moved to the quarantine (in the same locked step). */
  async function loadOrders(now: Date): Promise<Record<string, TrackedOrder>> {
    const { orders, invalid } = validateOrders(await ordersItem.getValue(), now, validated);
    if (invalid.length > 0) {
      await keepAside(invalid);
      await writeOrders(orders);
    }
    return orders;
  }

  /** The reminder state; an invalid one is kept aside (reported in the options page) and a fresh one used. */
  async function loadReminderState(): Promise<ReminderState> {
    const raw = await remindersItem.getValue();
    if (raw === null || raw === undefined) return EMPTY_REMINDER_STATE;
    const parsed = ReminderStateSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    await keepAside([
      {
        from: STORAGE_KEYS.reminders,
        id: 'reminders',
        value: raw,
        reason: parsed.error.issues[0]?.message ?? 'invalid',
        keptAt: new Date().toISOString(),
      },
    ]);
    await remindersItem.setValue(EMPTY_REMINDER_STATE);
    return EMPTY_REMINDER_STATE;
  }

  /**
   * The settings; invalid ones are kept aside once (the buyer sees them in the options page) and the defaults
   * used. Inside `exclusive` only: `getSettings` used to take the lock itself, and reconcile calls it while
   * holding the lock, so invalid settings deadlocked the writer queue and nothing was ever stored again
   * (tests/e2e/faults.e2e.ts).
   */
  async function loadSettings(): Promise<Settings> {
    let raw = await settingsItem.getValue();
    if (raw === null || raw === undefined) return DEFAULT_SETTINGS;
    let parsed = SettingsSchema.safeParse(raw);
    if (!parsed.success) {
      // Migrations run when the worker starts. Settings written later under an older version marker (restored by
      // hand or by a profile copy while the worker runs) are migrated now, not kept aside as invalid.
      await settingsItem.migrate().catch(() => undefined);
      raw = await settingsItem.getValue();
      if (raw === null || raw === undefined) return DEFAULT_SETTINGS;
      parsed = SettingsSchema.safeParse(raw);
    }
    if (parsed.success) return parsed.data;
    await keepAside([
      {
        from: STORAGE_KEYS.settings,
        id: 'settings',
        value: raw,
        reason: parsed.error.issues[0]?.message ?? 'invalid',
        keptAt: new Date().toISOString(),
      },
    ]);
    await settingsItem.setValue(null);
    return DEFAULT_SETTINGS;
  }

  return {
    /** Runs `work` alone: no other store write interleaves with it (reconcile reads several values, then writes). */
    exclusive,
    /** Inside `exclusive` only. */
    unlocked: {
      loadOrders,
      loadReminderState,
      loadSettings,
      saveReminderState: (state: ReminderState) => remindersItem.setValue(ReminderStateSchema.parse(state)),
      async saveNotificationTarget(id: string, target: NotificationTarget) {
        const current = (await targetsItem.getValue()) ?? {};
        // Keep the newest few: a notification older than that is long gone from the screen.
        const kept = Object.fromEntries(Object.entries(current).slice(-49));
        await targetsItem.setValue({ ...kept, [id]: NotificationTargetSchema.parse(target) });
      },
    },
    async getNotificationTarget(id: string): Promise<NotificationTarget | null> {
      const parsed = NotificationTargetSchema.safeParse(((await targetsItem.getValue()) ?? {})[id]);
      return parsed.success ? parsed.data : null;
    },
    /** Read-modify-write of the orders record under the lock; `change` gets a copy it may mutate. */
    updateOrders<T>(change: (orders: Record<string, TrackedOrder>) => T, now = new Date()): Promise<T> {
      return exclusive(async () => {
        const orders = await loadOrders(now);
        const result = change(orders);
        await writeOrders(orders);
        return result;
      });
    },
    getOrders(now = new Date()): Promise<Record<string, TrackedOrder>> {
      return exclusive(() => loadOrders(now));
    },
    /** Outside `exclusive` only (it takes the lock); inside, use `unlocked.loadSettings`. */
    getSettings(): Promise<Settings> {
      return exclusive(loadSettings);
    },
    recordUnreadable(page: UnreadablePage): Promise<void> {
      return exclusive(async () => {
        const parsed = z.array(UnreadablePageSchema).safeParse(await unreadableItem.getValue());
        const others = (parsed.success ? parsed.data : []).filter((p) => p.url !== page.url);
        await unreadableItem.setValue([page, ...others].slice(0, MAX_UNREADABLE_PAGES));
      });
    },
    /** A page that was read fine is no longer "couldn't read". */
    clearUnreadable(url: string): Promise<void> {
      return exclusive(async () => {
        const parsed = z.array(UnreadablePageSchema).safeParse(await unreadableItem.getValue());
        if (!parsed.success) return;
        const kept = parsed.data.filter((p) => p.url !== url);
        if (kept.length !== parsed.data.length) await unreadableItem.setValue(kept);
      });
    },
  };
}
export type OrderStore = ReturnType<typeof openOrderStore>;
