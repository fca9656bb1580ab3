/**
 * Reading an export file back (README "Export format") and merging it into the stored orders. Pure.
 *
 * - Validated with zod entry by entry: one bad order is skipped with its reason, the rest still come in.
 * - Merging never loses data: an order only in the store stays; an order in both keeps the union of the
 *   buyer's deadlines, ticks and stage history, and the newer page facts.
 * - An order without a valid `record` (a file written by hand or by another tool) is rebuilt from its
 *   readable fields; its estimated deadlines are dropped, because OrderShield recomputes those.
 */
import { completeSettings } from '@/utils/storage-migrations';
import { z } from 'zod';
import {
  DeadlineSchema,
  IsoDaySchema,
  OrderItemSchema,
  OrderStageSchema,
  SettingsSchema,
  SiteSchema,
  StoreSchema,
  TrackedOrderSchema,
  type Deadline,
  type GuideState,
  type Settings,
  type StageSeen,
  type TrackedOrder,
} from '@/utils/model';
import { EXPORT_FORMAT, EXPORT_VERSION } from '@/utils/transfer/export';

/** The largest file read (checked on the file's size, before reading it): ~20,000 real orders take ~50 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** More orders than this in one file are refused (the file size keeps real ones far below). */
export const MAX_IMPORT_ORDERS = 100_000;
/**
 * Orders per `importData` message: a browser message has a size limit (64 MiB in Chrome) and a maximal order is up
 * to 16 KB, so a big file goes over in chunks, each merged under the store's lock.
 */
export const IMPORT_CHUNK = 500;

/** The orders in messages of at most `IMPORT_CHUNK`. */
export function importChunks<T>(orders: readonly T[], size = IMPORT_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < orders.length; start += size) chunks.push(orders.slice(start, start + size));
  return chunks;
}

/**
 * An order from a file with its "seen" times no later than `now`: a `lastSeenAt` in the future would make the
 * file's page facts win every merge (the newer reading wins) against what the buyer's own pages show.
 */
export function clampSeenTimes(order: TrackedOrder, now: Date): TrackedOrder {
  const limit = now.getTime();
  const clamp = (at: string) => (Date.parse(at) > limit ? now.toISOString() : at);
  const lastSeenAt = clamp(order.lastSeenAt);
  const firstSeenAt = clamp(order.firstSeenAt);
  return lastSeenAt === order.lastSeenAt && firstSeenAt === order.firstSeenAt
    ? order
    : { ...order, firstSeenAt, lastSeenAt };
}

export interface SkippedEntry {
  /** Where in the file: `orders[3]` (with the order id when readable) or `settings`. */
  entry: string;
  reason: string;
}

export interface ImportReading {
  orders: TrackedOrder[];
  /** The file's settings, when valid. */
  settings: Settings | null;
  skipped: SkippedEntry[];
  /** Set when the file as a whole is not an export we can read: nothing is imported. */
  error: string | null;
}

const HeaderSchema = z.object({
  format: z.string(),
  version: z.number(),
  exportedAt: z.string().optional(),
  orders: z.array(z.unknown()),
  settings: z.unknown().optional(),
});

/** The readable fields, for an order whose `record` is missing or invalid. */
const FlatOrderSchema = z.object({
  orderId: TrackedOrderSchema.shape.orderId,
  site: SiteSchema,
  status: OrderStageSchema,
  statusText: z.string().max(200).default(''),
  orderedAt: IsoDaySchema.optional(),
  store: StoreSchema.optional(),
  total: z.string().max(200).optional(),
  items: z.array(OrderItemSchema).max(200).default([]),
  deadlines: z.array(DeadlineSchema).max(50).default([]),
  archived: z.boolean().default(false),
  manual: z.boolean().optional(),
});

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function rebuild(flat: z.infer<typeof FlatOrderSchema>, seenAt: string): TrackedOrder {
  const userDeadlines = flat.deadlines.filter((d) => d.source === 'user');
  // Only dates the page printed are facts; estimates are recomputed from the settings.
  const pageDeadlines = flat.deadlines.filter((d) => d.source !== 'user' && d.confidence === 'exact');
  return TrackedOrderSchema.parse({
    orderId: flat.orderId,
    facts: {
      orderId: flat.orderId,
      site: flat.site,
      pageKind: /aliexpress\.ru$/.test(flat.site) ? 'ru-list' : 'global-list',
      status: flat.status,
      statusText: flat.statusText,
      ...(flat.orderedAt ? { orderedAt: flat.orderedAt } : {}),
      ...(flat.store ? { store: flat.store } : {}),
      ...(flat.total ? { total: flat.total } : {}),
      items: flat.items,
      actions: [],
      events: {},
      deadlines: pageDeadlines,
      unread: [],
    },
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    stageHistory: flat.status === 'unknown' ? [] : [{ stage: flat.status, firstSeenAt: seenAt }],
    userDeadlines,
    archived: flat.archived,
    ...(flat.manual ? { manual: true } : {}),
  });
}

/** Reads an export file's text. Never throws: a file we can't read says why in `error`. */
export function readImport(text: string, now: Date): ImportReading {
  const empty = (error: string): ImportReading => ({ orders: [], settings: null, skipped: [], error });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return empty('the file is not JSON');
  }
  const header = HeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== EXPORT_FORMAT)
    return empty(`the file is not an OrderShield export (format "${EXPORT_FORMAT}")`);
  if (header.data.orders.length > MAX_IMPORT_ORDERS) {
    return empty(
      `the file holds ${header.data.orders.length} orders; at most ${MAX_IMPORT_ORDERS} are read from one file`,
    );
  }
  if (header.data.version !== EXPORT_VERSION) {
    return empty(`the file is version ${header.data.version}; this OrderShield reads version ${EXPORT_VERSION}`);
  }
  const exportedAt = z.iso.datetime({ offset: true }).safeParse(header.data.exportedAt).data;
  const seenAt = exportedAt && Date.parse(exportedAt) <= now.getTime() ? exportedAt : now.toISOString();
  const orders = new Map<string, TrackedOrder>();
  const skipped: SkippedEntry[] = [];
  header.data.orders.forEach((raw, index) => {
    const idText =
      typeof raw === 'object' && raw !== null && 'orderId' in raw ? ` (${String(raw.orderId).slice(0, 30)})` : '';
    const entry = `orders[${index}]${idText}`;
    const record = TrackedOrderSchema.safeParse((raw as { record?: unknown } | null)?.record);
    let order: TrackedOrder;
    if (record.success) order = clampSeenTimes(record.data, now);
    else {
      const flat = FlatOrderSchema.safeParse(raw);
      if (!flat.success) {
        skipped.push({ entry, reason: issuesText(flat.error) });
        return;
      }
      order = rebuild(flat.data, seenAt);
    }
    const earlier = orders.get(order.orderId);
    orders.set(order.orderId, earlier ? mergeTrackedOrder(earlier, order) : order);
  });
  let settings: Settings | null = null;
  if (header.data.settings !== undefined) {
    // A file from an earlier version lacks the settings added since (a new deadline kind's reminder days).
    const parsed = SettingsSchema.safeParse(completeSettings(header.data.settings));
    if (parsed.success) settings = parsed.data;
    else skipped.push({ entry: 'settings', reason: issuesText(parsed.error) });
  }
  return { orders: [...orders.values()], settings, skipped, error: null };
}

function unionBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function mergeGuide(mine: GuideState | undefined, theirs: GuideState | undefined): GuideState | undefined {
  if (!mine || !theirs) return mine ?? theirs;
  const disputeType = mine.disputeType ?? theirs.disputeType;
  const evidence = unionBy([...(mine.evidence ?? []), ...(theirs.evidence ?? [])], (id) => id).slice(0, 100);
  const playbook = unionBy([...(mine.playbook ?? []), ...(theirs.playbook ?? [])], (id) => id).slice(0, 30);
  return { ...(disputeType ? { disputeType } : {}), evidence, playbook };
}

/**
 * One order known twice. `stored` is what the browser holds now: its archive choice stands; everything else
 * is the union (the buyer's deadlines, ticks, stage history), and the page facts of whichever was seen last.
 */
export function mergeTrackedOrder(stored: TrackedOrder, incoming: TrackedOrder): TrackedOrder {
  const newer = incoming.lastSeenAt > stored.lastSeenAt ? incoming : stored;
  const older = newer === stored ? incoming : stored;
  const deadlineKey = (d: Deadline) => `${d.kind}|${d.at}|${d.label ?? ''}`;
  const stageKey = (s: StageSeen) => `${s.stage}|${s.firstSeenAt}`;
  const olderKinds = older.facts.deadlines.filter((d) => !newer.facts.deadlines.some((n) => n.kind === d.kind));
  const guide = mergeGuide(stored.guide, incoming.guide);
  const merged: TrackedOrder = {
    ...stored,
    facts: {
      ...newer.facts,
      // A page-printed kind only the older reading has (e.g. read on the order page) is kept.
      deadlines: [...newer.facts.deadlines, ...olderKinds].slice(0, 50),
      items: newer.facts.items.length > 0 ? newer.facts.items : older.facts.items,
    },
    firstSeenAt: stored.firstSeenAt < incoming.firstSeenAt ? stored.firstSeenAt : incoming.firstSeenAt,
    lastSeenAt: newer.lastSeenAt,
    stageHistory: unionBy([...stored.stageHistory, ...incoming.stageHistory], stageKey)
      .sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt))
      .slice(-50),
    userDeadlines: unionBy([...stored.userDeadlines, ...incoming.userDeadlines], deadlineKey).slice(-50),
    archived: stored.archived,
  };
  // Still "added by hand" only if neither copy was ever read from a page.
  if (stored.manual && incoming.manual) merged.manual = true;
  else delete merged.manual;
  if (guide) merged.guide = guide;
  // The tracking page's latest reading, whichever copy has it (each is one whole reading: never mixed).
  const tracking = [stored.tracking, incoming.tracking]
    .filter((reading) => reading !== undefined)
    .sort((a, b) => b.readAt.localeCompare(a.readAt))[0];
  if (tracking) merged.tracking = tracking;
  return merged;
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Merges imported orders into the stored record (mutated in place, as `updateOrders` hands it over). */
export function mergeImport(
  stored: Record<string, TrackedOrder>,
  incoming: readonly TrackedOrder[],
  now = new Date(),
): MergeCounts {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const raw of incoming) {
    // Again here: the message may not come from `readImport`.
    const order = clampSeenTimes(raw, now);
    const current = stored[order.orderId];
    if (!current) {
      stored[order.orderId] = order;
      counts.added++;
      continue;
    }
    const merged = mergeTrackedOrder(current, order);
    if (JSON.stringify(merged) === JSON.stringify(current)) counts.unchanged++;
    else {
      stored[order.orderId] = merged;
      counts.updated++;
    }
  }
  return counts;
}
