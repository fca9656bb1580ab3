/**
 * Every stored value of OrderShield, in one place. `storage.local` only: nothing leaves the browser.
 *
 * The background is the only writer (`openOrderStore`); other contexts read through `readOrders` /
 * `readReminderState` / `watchStore`, which never write. Every value is validated with zod on read: an entry that
 * fails is moved to the quarantine list (shown in the options page), never dropped and never reset.
 *
 * Orders (layout v2, `ORDERS_VERSION` in utils/storage-migrations.ts): one key per order, `order:<id>`, and a
 * small index (`orderIndex`: every tracked id and when its next reminder is due). A page read writes only the
 * orders it read and the index, in ONE `storage.local.set` (all-or-nothing in Chrome and Firefox), so its cost
 * no longer grows with everything ever tracked. Layout v1 kept every order in one record (`orders`), rewritten
 * whole on each write; `foldLegacyOrders` moves it (README "Reliability": the migration and downgrades).
 */
import { storage, type StorageItemKey } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  TrackedOrderSchema,
  UnreadablePageSchema,
  type OrderId,
  type Settings,
  type TrackedOrder,
  type UnreadablePage,
} from '@/utils/model';
import { EMPTY_REMINDER_STATE, ReminderStateSchema, type ReminderState } from '@/utils/rules/reminder-schemas';
import { textSignature } from '@/utils/hash';
import { mergeTrackedOrder } from '@/utils/transfer/import';
import { ORDERS_VERSION, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/utils/storage-migrations';
import {
  decodeIndex,
  EMPTY_ORDER_INDEX,
  encodeIndex,
  type StoredOrderIndex,
  indexSummary,
  type IndexSummary,
  type OrderIndex,
} from '@/utils/order-index';

export const STORAGE_KEYS = {
  /**
   * Layout v1 only: every order in one record. Folded into per-order keys when found (`foldLegacyOrders`): at
   * the first start after the update, and whenever a v1-shaped record appears later (a restored profile, a
   * hand edit, a downgraded version's writes), like settings written under an older version marker.
   */
  legacyOrders: 'local:orders',
  /** Every tracked order id and when its next reminder is due (utils/order-index.ts); written with the orders. */
  orderIndex: 'local:orderIndex',
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

/** One key per tracked order (layout v2): `order:<id>` in `storage.local`. */
export const ORDER_KEY_PREFIX = 'order:';
export const orderKey = (orderId: string): string => `${ORDER_KEY_PREFIX}${orderId}`;
/** The same keys as `storage.local` names them (without the `local:` area of @wxt-dev/storage). */
const RAW = {
  legacyOrders: 'orders',
  /** @wxt-dev/storage's version marker of the orders; it names the layout (1: one record, 2: key per order). */
  ordersVersion: 'orders$',
  orderIndex: 'orderIndex',
  quarantine: 'quarantine',
  settings: 'settings',
  /** @wxt-dev/storage's version marker of the settings (`SETTINGS_VERSION`). */
  settingsVersion: 'settings$',
  reminders: 'reminders',
} as const;

/** A short name for the reminder state's content: the index records which state its times were planned with. */
export function reminderStateStamp(state: ReminderState): string {
  return textSignature(JSON.stringify(state));
}

/**
 * Test builds only (`--mode e2e`, like the hooks in utils/content/feature-manager.ts): while `e2eHoldLayoutMove` is
 * set in storage.session, the v1 → v2 move waits (and the store's work with it), so a test can put v1 data in
 * place as version 1 left it; storage.session empties when the browser closes, so the restarted browser finds
 * exactly that (tests/e2e/migration.e2e.ts). Store builds compile this out.
 */
const TEST_HOLD_KEY = 'e2eHoldLayoutMove';
async function layoutMoveHeldForTest(): Promise<boolean> {
  if (import.meta.env.MODE !== 'e2e') return false;
  const held = await browser.storage.session.get(TEST_HOLD_KEY).catch(() => ({}) as Record<string, unknown>);
  return held[TEST_HOLD_KEY] === true;
}

function layoutVersion(marker: unknown): number {
  const v = (marker as { v?: unknown } | null | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

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
 * Orders already validated, by their exact stored text: re-validating unchanged orders with zod on every read
 * dominated its cost, and comparing the serialized text is several times cheaper than parsing. An entry is
 * reused only when its text is identical, so anything edited from outside is validated again.
 */
export type ValidationCache = Map<string, { json: string; order: TrackedOrder }>;

type Checked = { order: TrackedOrder } | { invalid: Quarantined };

/** One stored entry: the order, or the entry to keep aside with its reason. Pure apart from the optional cache. */
function checkOrder(id: string, value: unknown, now: Date, cache?: ValidationCache): Checked {
  const json = cache ? JSON.stringify(value) : '';
  const hit = cache?.get(id);
  if (hit && hit.json === json) return { order: hit.order };
  const parsed = TrackedOrderSchema.safeParse(value);
  if (parsed.success && parsed.data.orderId === id) {
    cache?.set(id, { json, order: parsed.data });
    return { order: parsed.data };
  }
  const reason = parsed.success
    ? `stored under ${id} but its id is ${parsed.data.orderId}`
    : parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
  return { invalid: { from: STORAGE_KEYS.legacyOrders, id, value, reason, keptAt: now.toISOString() } };
}

/** Splits stored entries into valid orders and entries to keep aside. `prune`: forget cached ids not among them. */
function checkOrders(
  entries: Iterable<[string, unknown]>,
  now: Date,
  cache?: ValidationCache,
  prune = false,
): { orders: Record<string, TrackedOrder>; invalid: Quarantined[] } {
  const orders: Record<string, TrackedOrder> = {};
  const invalid: Quarantined[] = [];
  for (const [id, value] of entries) {
    const checked = checkOrder(id, value, now, cache);
    if ('order' in checked) orders[id] = checked.order;
    else invalid.push(checked.invalid);
  }
  if (cache && prune) for (const id of cache.keys()) if (!(id in orders)) cache.delete(id);
  return { orders, invalid };
}

/** Splits a v1 orders record (one record of every order) into valid orders and entries to keep aside. Pure apart from the cache. */
export function validateOrders(
  raw: unknown,
  now: Date,
  cache?: ValidationCache,
): { orders: Record<string, TrackedOrder>; invalid: Quarantined[] } {
  if (raw === null || raw === undefined) return { orders: {}, invalid: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const reason = 'the orders record is not an object';
    return {
      orders: {},
      invalid: [{ from: STORAGE_KEYS.legacyOrders, id: '*', value: raw, reason, keptAt: now.toISOString() }],
    };
  }
  return checkOrders(Object.entries(raw), now, cache, true);
}

/** The index's order ids, or null when it is missing or unreadable (then the keys themselves are listed). */
function indexedIds(raw: unknown): string[] | null {
  const decoded = decodeIndex(raw);
  return decoded.ok ? Object.keys(decoded.index.next) : null;
}

/** Every `order:<id>` key there is: a full listing, only when the index is missing or unreadable. */
async function scanOrderIds(): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all)
    .filter((key) => key.startsWith(ORDER_KEY_PREFIX))
    .map((key) => key.slice(ORDER_KEY_PREFIX.length));
}

/**
 * The stored orders, validated; invalid entries are only counted (the background keeps them aside). Reads either
 * layout: a v1 record not yet moved is read as it is (the background moves it at its next start).
 */
async function readStoredOrders(
  now: Date,
  cache?: ValidationCache,
): Promise<{ orders: Record<string, TrackedOrder>; invalid: Quarantined[] }> {
  const raw = await browser.storage.local.get([RAW.ordersVersion, RAW.orderIndex, RAW.legacyOrders]);
  if (layoutVersion(raw[RAW.ordersVersion]) < 2) return validateOrders(raw[RAW.legacyOrders], now, cache);
  const ids = indexedIds(raw[RAW.orderIndex]) ?? (await scanOrderIds());
  const values = ids.length > 0 ? await browser.storage.local.get(ids.map(orderKey)) : {};
  // An id whose key is gone was removed between the two reads: it is simply not there any more.
  const present = ids.flatMap((id): Array<[string, unknown]> => {
    const value = values[orderKey(id)];
    return value === undefined ? [] : [[id, value]];
  });
  return checkOrders(present, now, cache, true);
}

/**
 * Only the given orders, validated (absent: not stored, or invalid), for a reader that follows `watchOrders`.
 * A v1 record not yet moved is read whole.
 */
export async function readOrdersById(
  ids: readonly string[],
  cache?: ValidationCache,
): Promise<Record<string, TrackedOrder>> {
  const now = new Date();
  const marker = await browser.storage.local.get(RAW.ordersVersion);
  if (layoutVersion(marker[RAW.ordersVersion]) < 2) {
    const { orders } = await readStoredOrders(now, cache);
    return Object.fromEntries(ids.flatMap((id) => (orders[id] ? [[id, orders[id]]] : [])));
  }
  const values = ids.length > 0 ? await browser.storage.local.get(ids.map(orderKey)) : {};
  const present = ids.flatMap((id): Array<[string, unknown]> => {
    const value = values[orderKey(id)];
    return value === undefined ? [] : [[id, value]];
  });
  return checkOrders(present, now, cache).orders;
}

/** Read-only view for the popup, options and order pages: validated orders, the invalid ones counted, not written. */
export async function readOrders(cache?: ValidationCache): Promise<{ orders: TrackedOrder[]; invalidCount: number }> {
  const { orders, invalid } = await readStoredOrders(new Date(), cache);
  return { orders: Object.values(orders), invalidCount: invalid.length };
}

/**
 * Read-only view of the reminder state for the popup (muted / done / snoozed badges). The background stays the
 * only writer (`updateReminders`); an invalid stored state reads as empty here and is kept aside by the
 * background when it next loads it.
 */
export async function readReminderState(): Promise<ReminderState> {
  const parsed = ReminderStateSchema.safeParse(await storage.getItem<unknown>(STORAGE_KEYS.reminders));
  return parsed.success ? parsed.data : EMPTY_REMINDER_STATE;
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
 * Calls `onChange` with the ids of the orders that changed (`'all'` when every order may have: the settings, the
 * layout or a v1 record) — what the order pages need to redraw only the cards whose order changed.
 */
export function watchOrders(onChange: (changed: Set<OrderId> | 'all') => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const ids = new Set<OrderId>();
    for (const key of Object.keys(changes)) {
      if (key === 'settings' || key === RAW.legacyOrders || key === RAW.ordersVersion) return onChange('all');
      if (key.startsWith(ORDER_KEY_PREFIX)) ids.add(key.slice(ORDER_KEY_PREFIX.length));
    }
    if (ids.size > 0) onChange(ids);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The stored index, read: its summary at once, its entries decoded when asked for (utils/order-index.ts). */
export interface OpenedIndex {
  /** Null when there is none to trust (the entries must be decoded). */
  summary: IndexSummary | null;
  load(): Promise<OrderIndex>;
}

/** What `updateOrders`' change sees besides the orders it asked for. */
export interface OrderChangeContext {
  /** How many orders were tracked before this change. */
  trackedBefore: number;
}

/**
 * A stored value without versions, read when asked for. (`storage.defineItem` reads its value as soon as it is
 * defined, even with nothing to migrate: four reads at every start of the worker, competing with the first
 * reconcile's one read at the moment the browser is busiest.)
 */
function plainItem<T>(key: StorageItemKey, fallback: T) {
  return {
    getValue: (): Promise<T> => storage.getItem<T>(key, { fallback }),
    setValue: (value: T): Promise<void> => storage.setItem(key, value),
  };
}

/**
 * The background's writer. Writes are serialized through one queue so that two tabs reporting at the same
 * moment cannot lose each other's updates (read-modify-write inside the lock).
 */
export function openOrderStore() {
  const local = browser.storage.local;
  const settingsItem = storage.defineItem<unknown>(STORAGE_KEYS.settings, {
    fallback: null,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
  const quarantineItem = plainItem<unknown[]>(STORAGE_KEYS.quarantine, []);
  const remindersItem = plainItem<unknown>(STORAGE_KEYS.reminders, null);
  const targetsItem = plainItem<Record<string, unknown>>(STORAGE_KEYS.notificationTargets, {});
  const unreadableItem = plainItem<unknown[]>(STORAGE_KEYS.unreadablePages, []);

  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The quarantine with `entries` added: written by the caller, in the same write as what it removes. */
  async function withAside(entries: Quarantined[]): Promise<unknown[]> {
    const current = await quarantineItem.getValue();
    if (entries.length > 0) {
      const word = entries.length === 1 ? 'entry' : 'entries';
      console.warn(`[OrderShield] kept ${entries.length} invalid stored ${word} aside`);
    }
    return [...(Array.isArray(current) ? current : [current]), ...entries];
  }

  async function keepAside(entries: Quarantined[]): Promise<void> {
    if (entries.length > 0) await quarantineItem.setValue(await withAside(entries));
  }

  /**
   * One all-or-nothing write. A write the browser refuses leaves what was stored untouched; a refusal for lack of
   * space is recorded for the popup, and the next write that fits clears it.
   */
  let fullRecorded: boolean | undefined;
  async function writeAtomically(items: Record<string, unknown>): Promise<void> {
    try {
      await local.set(items);
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

  /**
   * The v1 → v2 move (and any v1-shaped record found later). Crash-safe by construction: every order key, the
   * index, the version marker and the emptied v1 record go in ONE write, so a worker killed at any moment leaves
   * v1 data (the record, marker 1, no order keys) or v2 data, never a mix; the next start simply runs it again.
   * An order already stored per key (a record written later, by hand or by a downgraded version) is merged with
   * it as an import is (the buyer's own edits of both are kept); entries this version can't read are kept aside.
   * The version marker never goes down (data marked by a newer version stays marked so).
   */
  async function foldLegacyOrders(now: Date): Promise<void> {
    // The index is read only when there is something to move (at most once): reading it is most of a cold start.
    const raw = await local.get([RAW.legacyOrders, RAW.ordersVersion]);
    const version = layoutVersion(raw[RAW.ordersVersion]);
    const legacy = raw[RAW.legacyOrders];
    const hasLegacy = legacy !== undefined && legacy !== null;
    if (version >= ORDERS_VERSION && !hasLegacy) return;
    if (await layoutMoveHeldForTest()) throw new Error('[OrderShield] the layout move is held by a test');
    if (!hasLegacy) {
      // Nothing to move (a fresh install): only the marker is written. Writing an emptied record or an empty
      // index here would overwrite whatever was stored since the read above — a restore or a hand edit landing
      // at this moment was lost that way. A v1 record stored after the marker is folded at the next reconcile.
      await writeAtomically({ [RAW.ordersVersion]: { v: ORDERS_VERSION } });
      return;
    }
    const { orders, invalid } = validateOrders(legacy, now);
    const index =
      version >= 2
        ? await loadIndexFrom((await local.get(RAW.orderIndex))[RAW.orderIndex])
        : { ...EMPTY_ORDER_INDEX, next: {} };
    const ids = Object.keys(orders);
    const existing = version >= 2 && ids.length > 0 ? await local.get(ids.map(orderKey)) : {};
    const items: Record<string, unknown> = {};
    const next = { ...index.next };
    for (const id of ids) {
      const stored = existing[orderKey(id)];
      const checked = stored === undefined ? null : checkOrder(id, stored, now);
      const order = checked && 'order' in checked ? mergeTrackedOrder(checked.order, orders[id]!) : orders[id]!;
      items[orderKey(id)] = order;
      next[id] = 0; // planned at the next reconcile
    }
    items[RAW.orderIndex] = storedIndex({ ...index, next });
    items[RAW.ordersVersion] = { v: Math.max(version, ORDERS_VERSION) };
    // Emptied in the same write, removed after: a kill in between leaves nothing to fold twice.
    items[RAW.legacyOrders] = null;
    if (invalid.length > 0) items[RAW.quarantine] = await withAside(invalid);
    await writeAtomically(items);
    // Only the record emptied above: one stored since (a restore) stays, to be folded at the next reconcile.
    const after = await local.get(RAW.legacyOrders);
    if (after[RAW.legacyOrders] === null) await local.remove(RAW.legacyOrders).catch(() => undefined);
    if (ids.length > 0 || version < ORDERS_VERSION)
      console.info(
        `[OrderShield] orders layout v${version} → v${Math.max(version, ORDERS_VERSION)}: ${ids.length} moved`,
      );
  }

  /**
   * The index as stored, validated. An unreadable one is kept aside and built again from the order keys (it
   * only lists ids and cached times: nothing of the buyer's is lost, every order is planned again).
   */
  async function loadIndexFrom(raw: unknown): Promise<OrderIndex> {
    if (raw !== undefined && raw !== null) {
      const decoded = decodeIndex(raw);
      if (decoded.ok) return decoded.index;
      await keepAside([
        {
          from: STORAGE_KEYS.orderIndex,
          id: 'orderIndex',
          value: raw,
          reason: decoded.reason,
          keptAt: new Date().toISOString(),
        },
      ]);
    }
    const ids = await scanOrderIds();
    return { ...EMPTY_ORDER_INDEX, next: Object.fromEntries(ids.map((id) => [id, 0])) };
  }

  /**
   * The index, after moving any v1 data (inside `exclusive` only), read once: its summary at once (null when there is
   * none to trust, utils/order-index.ts), its entries decoded only when `load` is called.
   */
  async function openIndex(now: Date): Promise<OpenedIndex> {
    await foldLegacyOrders(now);
    return openedIndex((await local.get(RAW.orderIndex))[RAW.orderIndex]);
  }

  /**
   * The index this worker last wrote or decoded, with its stored entries' text. A stored index whose text is exactly
   * that is not decoded again (a copy is handed out: callers change it): a page of 5,000 cards comes as 50 writes,
   * and decoding the growing index before each took ~30 ms of the ~140 ms each write cost. Anything else stored
   * there (another writer, a hand edit, a restore) differs in its text and is decoded as always.
   */
  let lastIndex: { stored: StoredOrderIndex; index: OrderIndex } | null = null;
  const copyOf = (index: OrderIndex): OrderIndex => ({ ...index, next: { ...index.next } });
  function rememberIndex(stored: StoredOrderIndex, index: OrderIndex): void {
    lastIndex = { stored, index: copyOf(index) };
  }
  function isLastIndex(raw: unknown): boolean {
    if (!lastIndex || typeof raw !== 'object' || raw === null) return false;
    const { next, plannedUnder, plannedAt, stateStamp } = raw as Record<string, unknown>;
    const last = lastIndex.stored;
    return (
      next === last.next &&
      plannedUnder === last.plannedUnder &&
      plannedAt === last.plannedAt &&
      stateStamp === last.stateStamp
    );
  }

  /** The index to write (`encodeIndex`), remembered as the last one. */
  function storedIndex(index: OrderIndex): StoredOrderIndex {
    const stored = encodeIndex(index);
    rememberIndex(stored, index);
    return stored;
  }

  function openedIndex(raw: unknown): OpenedIndex {
    let loaded: Promise<OrderIndex> | undefined; // decoded (or kept aside and rebuilt) once
    const load = async (): Promise<OrderIndex> => {
      if (isLastIndex(raw)) return copyOf(lastIndex!.index);
      const decoded = decodeIndex(raw);
      if (!decoded.ok) return loadIndexFrom(raw); // kept aside there, and listed again from the order keys
      if (decoded.stored) rememberIndex(decoded.stored, decoded.index);
      return decoded.index;
    };
    return { summary: indexSummary(raw), load: () => (loaded ??= load()) };
  }

  /**
   * What a reconcile starts from, in ONE read of storage (inside `exclusive` only): the settings, the index (after
   * moving any v1 data) and the stored reminder state (for `loadStampedReminderState`). At a cold start each read
   * is a round trip to a browser busy starting up: the five sequential reads this replaces (the settings' version
   * check and value, the layout marker, the index, the reminder state) took 2–120 ms each in a cold worker. Settings
   * not at this version and a v1 record to move take the usual paths (`loadSettings`, `foldLegacyOrders`).
   */
  async function loadPlanInputs(
    now: Date,
  ): Promise<{ settings: Settings; index: OpenedIndex; reminders: { value: unknown } }> {
    const raw = await local.get([
      RAW.settings,
      RAW.settingsVersion,
      RAW.ordersVersion,
      RAW.legacyOrders,
      RAW.orderIndex,
      RAW.reminders,
    ]);
    const legacy = raw[RAW.legacyOrders];
    const moved = layoutVersion(raw[RAW.ordersVersion]) >= ORDERS_VERSION && (legacy === undefined || legacy === null);
    if (!moved) {
      // A v1 record to move: read in order, each after the one before (as the one read above is not the state of
      // storage once the move has written): the settings, the move and the index, then the reminder state.
      const settings = await loadSettings();
      const index = await openIndex(now);
      return { settings, index, reminders: { value: await remindersItem.getValue() } };
    }
    const stored = raw[RAW.settings];
    const version = (raw[RAW.settingsVersion] as { v?: unknown } | undefined)?.v;
    const parsed = stored != null && version === SETTINGS_VERSION ? SettingsSchema.safeParse(stored) : null;
    // None stored: the defaults (as `loadSettings` says). Stored at this version and valid: used. Anything else (an
    // older version, the migration under way, invalid settings to keep aside) goes the usual way.
    const settings = stored == null ? DEFAULT_SETTINGS : parsed?.success ? parsed.data : await loadSettings();
    return { settings, index: openedIndex(raw[RAW.orderIndex]), reminders: { value: raw[RAW.reminders] } };
  }

  /** The index, after moving any v1 data (inside `exclusive` only). */
  async function loadIndex(now: Date): Promise<OrderIndex> {
    return (await openIndex(now)).load();
  }

  const validated: ValidationCache = new Map();

  /**
   * The given orders as stored (those not stored are absent), validated; invalid ones are kept aside, their keys
   * removed and their ids dropped from `index` (which the caller writes, or it is written here when `persist`).
   */
  async function loadOrdersOf(
    ids: readonly string[],
    index: OrderIndex,
    now: Date,
    persist = true,
  ): Promise<Record<string, TrackedOrder>> {
    if (ids.length === 0) return {};
    const values = await local.get(ids.map(orderKey));
    const present = ids.flatMap((id): Array<[string, unknown]> => {
      const value = values[orderKey(id)];
      return value === undefined ? [] : [[id, value]];
    });
    const { orders, invalid } = checkOrders(present, now, validated);
    if (invalid.length > 0) {
      for (const entry of invalid) delete index.next[entry.id];
      // Kept aside and unlisted in one write; the bad keys go after (a leftover is only an unlisted duplicate).
      await writeAtomically({
        [RAW.quarantine]: await withAside(invalid),
        ...(persist ? { [RAW.orderIndex]: storedIndex(index) } : {}),
      });
      await local.remove(invalid.map((entry) => orderKey(entry.id)));
    }
    return orders;
  }

  /**
   * The reminder state with its stamp (`reminderStateStamp`). When the stamp is the one the index recorded, the
   * state is exactly what this background validated and wrote together with the index (one write), so it is not
   * validated again: for 5,000 orders zod's check of it is most of a cold wake-up's work (measured ~20× the
   * index's). Any other content (a hand edit, a restore) is validated as always.
   */
  async function loadStampedReminderState(
    recorded: string,
    stored?: { value: unknown },
  ): Promise<{ state: ReminderState; stamp: string }> {
    const raw = stored ? (stored.value ?? null) : await remindersItem.getValue();
    if (raw !== null && raw !== undefined && typeof raw === 'object') {
      const stamp = textSignature(JSON.stringify(raw));
      if (stamp === recorded) return { state: raw as ReminderState, stamp };
    }
    const state = await loadReminderState(raw);
    return { state, stamp: reminderStateStamp(state) };
  }

  /** The reminder state; an invalid one is kept aside (reported in the options page) and a fresh one used. */
  async function loadReminderState(stored?: unknown): Promise<ReminderState> {
    const raw = stored === undefined ? await remindersItem.getValue() : stored;
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

  /**
   * Saves the reminder state with the index that goes with it, in one write: the orders whose reminders it
   * changed (`touched`) are planned again, and the index records which state its times now belong to.
   */
  async function saveReminderState(state: ReminderState, touched: Iterable<OrderId>, index?: OrderIndex) {
    const parsed = ReminderStateSchema.parse(state);
    const current = index ?? (await loadIndex(new Date()));
    const next = { ...current.next };
    for (const id of touched) if (id in next) next[id] = 0;
    const updated: OrderIndex = { ...current, next, stateStamp: reminderStateStamp(parsed) };
    await writeAtomically({ reminders: parsed, [RAW.orderIndex]: storedIndex(updated) });
    if (index) Object.assign(index, updated);
  }

  /** `updateOrders` inside the lock. */
  async function changeOrders<T>(
    ids: readonly string[],
    change: (orders: Record<string, TrackedOrder>, context: OrderChangeContext) => T,
    now: Date,
  ): Promise<T> {
    const index = await loadIndex(now);
    const before = await loadOrdersOf([...new Set(ids)], index, now, false);
    const orders = { ...before };
    const result = change(orders, { trackedBefore: Object.keys(index.next).length });
    const items: Record<string, unknown> = {};
    const next = index.next; // the index loaded above is this call's own copy
    for (const [id, order] of Object.entries(orders)) {
      if (order === before[id]) continue;
      items[orderKey(id)] = order;
      next[id] = 0; // planned again at the next reconcile
    }
    const removed = Object.keys(before).filter((id) => !(id in orders));
    for (const id of removed) delete next[id];
    if (Object.keys(items).length === 0 && removed.length === 0) return result;
    // The index first lists an order in the same write as its key, and unlists it before the key goes.
    await writeAtomically({ ...items, [RAW.orderIndex]: storedIndex({ ...index, next }) });
    if (removed.length > 0) await local.remove(removed.map(orderKey));
    return result;
  }

  /** Pages read fine are no longer "couldn't read" (inside `exclusive` only). */
  async function forgetUnreadable(urls: readonly string[]): Promise<void> {
    const parsed = z.array(UnreadablePageSchema).safeParse(await unreadableItem.getValue());
    if (!parsed.success) return;
    const kept = parsed.data.filter((p) => !urls.includes(p.url));
    if (kept.length !== parsed.data.length) await unreadableItem.setValue(kept);
  }

  return {
    /** Runs `work` alone: no other store write interleaves with it (reconcile reads several values, then writes). */
    exclusive,
    /** Inside `exclusive` only. */
    unlocked: {
      loadIndex,
      loadPlanInputs,
      changeOrders,
      forgetUnreadable,
      /** The given orders (see `loadOrdersOf`): invalid ones leave `index`, which is written at once. */
      loadOrders: (ids: readonly string[], index: OrderIndex, now: Date) => loadOrdersOf(ids, index, now),
      async loadOrder(orderId: string, now: Date): Promise<TrackedOrder | undefined> {
        return (await loadOrdersOf([orderId], await loadIndex(now), now))[orderId];
      },
      /** Writes the index (the reminder service's planned times). */
      saveIndex: (index: OrderIndex) => writeAtomically({ [RAW.orderIndex]: storedIndex(index) }),
      loadReminderState: () => loadReminderState(),
      loadStampedReminderState,
      loadSettings,
      saveReminderState,
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
    /**
     * Read-modify-write of the orders `ids` under the lock. `change` gets those that are stored (a copy it may
     * mutate: set, replace or delete entries); only the orders it changed are written, with the index, in one
     * write. Its cost follows `ids`, not the number of orders tracked.
     */
    updateOrders<T>(
      ids: readonly string[],
      change: (orders: Record<string, TrackedOrder>, context: OrderChangeContext) => T,
      now = new Date(),
    ): Promise<T> {
      return exclusive(() => changeOrders(ids, change, now));
    },
    /** Every stored order (export, tests); invalid ones are kept aside. */
    getOrders(now = new Date()): Promise<Record<string, TrackedOrder>> {
      return exclusive(async () => {
        const index = await loadIndex(now);
        return loadOrdersOf(Object.keys(index.next), index, now);
      });
    },
    /** Forgets every order (the options page's "clear all data"); the layout stays v2. */
    clearOrders(): Promise<void> {
      return exclusive(async () => {
        const index = await loadIndex(new Date());
        const ids = Object.keys(index.next);
        await writeAtomically({ [RAW.orderIndex]: storedIndex({ ...EMPTY_ORDER_INDEX, next: {} }) });
        if (ids.length > 0) await local.remove(ids.map(orderKey));
      });
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
      return exclusive(() => forgetUnreadable([url]));
    },
  };
}
export type OrderStore = ReturnType<typeof openOrderStore>;
