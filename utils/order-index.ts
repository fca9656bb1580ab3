/**
 * The order index (`orderIndex` in storage.local): every tracked order id and when its next reminder is due. The
 * reminder service keeps it (utils/background/reminders.ts), every write of orders goes with it (utils/storage.ts).
 *
 * Stored compact: its entries are ONE string, `<id>:<time>` joined by commas, the time in base 36 (`-` for none).
 * Why: the browser hands an object value to the worker one property at a time, and a string whole. Measured in
 * Chromium (a cold service worker, 5,000 orders, this machine): reading the index as an object took 53–95 ms, the
 * same entries as one string 3–6 ms (decoding them in a cold worker is another 13–49 ms, which a wake-up with
 * nothing due skips: the summary below). The index is read by every reconcile
 * and written with every page read, and Chrome hands old and new values of it to every `storage.onChanged`
 * listener (each open order page, the popup), so the saving counts several times per read page. Base 36 keeps a
 * time to 8 characters instead of 13 (~25 bytes per order in all).
 *
 * The index of the first v2 layout (entries as an object) is still read; it is written compact from then on. A
 * downgraded version that only knows the object finds the compact index invalid, keeps it aside and lists the
 * order keys again (README "Reliability"): nothing of the buyer's is lost, every order is planned again.
 */
import { z } from 'zod';
// Relative, not '@/': the e2e harness and the benchmark import this module outside the bundler.
import { OrderIdSchema } from './model';

/**
 * The index as the code uses it: every tracked order → when its next reminder is due (ms since 1970), `null` when
 * none is ahead, `0` when it changed and must be planned again (a page read, an edit, a mute). The times hold only
 * for the settings, time zone and reminder state they were planned under (`plannedUnder`, `stateStamp`) and from
 * `plannedAt` on; anything else and every order is planned again.
 */
export const OrderIndexSchema = z.object({
  next: z.record(OrderIdSchema, z.number().nullable()),
  plannedUnder: z.string().max(200),
  plannedAt: z.number(),
  stateStamp: z.string().max(40),
});
export type OrderIndex = z.infer<typeof OrderIndexSchema>;
export const EMPTY_ORDER_INDEX: OrderIndex = { next: {}, plannedUnder: '', plannedAt: 0, stateStamp: '' };

/**
 * The index as stored: the same, with the entries as one string (`encodeIndexEntries`), and a summary written with
 * them: `soonest`, the earliest time among the entries (0 when one waits to be planned, null when none has a time),
 * and `length`, the length of the entries' text it was computed from. A wake-up with nothing due reads only the
 * summary: decoding 5,000 entries cost 13–49 ms in a cold worker, as much as the rest of its reconcile.
 */
export const StoredOrderIndexSchema = OrderIndexSchema.extend({
  next: z.string(),
  soonest: z.number().nullable().optional(),
  length: z.number().optional(),
});
export type StoredOrderIndex = z.infer<typeof StoredOrderIndexSchema>;

/** What a reconcile needs when nothing is due: the index without its entries. */
export interface IndexSummary {
  soonest: number | null;
  plannedUnder: string;
  plannedAt: number;
  stateStamp: string;
}

const NO_TIME = '-';
const ORDER_ID = /^\d{10,22}$/;
/** One entry: an order id (`OrderIdSchema`'s 10–22 digits) and a time, a non-negative integer in base 36, or `-`. */
const ENTRY = /^(\d{10,22}):([0-9a-z]{1,11}|-)$/;

/** The entries as one string. A time is stored to the millisecond (planned times are whole milliseconds anyway). */
export function encodeIndexEntries(next: OrderIndex['next']): string {
  const parts: string[] = [];
  for (const id in next) {
    // Ids come from validated orders; one that isn't would make the whole index unreadable at the next read.
    if (!ORDER_ID.test(id)) throw new Error(`[OrderShield] not an order id in the index: ${id.slice(0, 30)}`);
    const ms = next[id];
    parts.push(`${id}:${ms === null || ms === undefined ? NO_TIME : Math.max(0, Math.floor(ms)).toString(36)}`);
  }
  return parts.join(',');
}

/** The entries back, or null when the text is not a list of entries (the caller keeps it aside). */
export function decodeIndexEntries(text: string): OrderIndex['next'] | null {
  const next: OrderIndex['next'] = {};
  if (text === '') return next;
  for (const part of text.split(',')) {
    const match = ENTRY.exec(part);
    if (!match) return null;
    const time = match[2]!;
    const ms = time === NO_TIME ? null : parseInt(time, 36);
    if (ms !== null && !Number.isSafeInteger(ms)) return null;
    next[match[1]!] = ms;
  }
  return next;
}

/** The earliest time among the entries (0: one waits to be planned), null when none has one. */
export function soonestTime(next: OrderIndex['next']): number | null {
  let soonest: number | null = null;
  for (const id in next) {
    const ms = next[id];
    if (ms !== null && ms !== undefined && (soonest === null || ms < soonest)) soonest = ms;
  }
  return soonest;
}

export function encodeIndex(index: OrderIndex): StoredOrderIndex {
  const next = encodeIndexEntries(index.next);
  // The summary is computed from the times as stored (whole milliseconds), so it agrees with a decoding.
  const stored = soonestTime(index.next);
  const soonest = stored === null ? null : Math.max(0, Math.floor(stored));
  return { ...index, next, soonest, length: next.length };
}

/**
 * The summary of a stored index, or null when there is none to trust: the object form, an index without one, or
 * one whose entries are not the text it was computed from (a hand edit), which are then decoded in full. The
 * background writes the entries and their summary together in one value (`encodeIndex`).
 */
export function indexSummary(raw: unknown): IndexSummary | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { next, soonest, length, plannedUnder, plannedAt, stateStamp } = raw as Record<string, unknown>;
  if (typeof next !== 'string' || next.length !== length) return null;
  if (soonest !== null && (typeof soonest !== 'number' || !Number.isFinite(soonest))) return null;
  if (typeof plannedUnder !== 'string' || typeof stateStamp !== 'string' || typeof plannedAt !== 'number') return null;
  return { soonest, plannedUnder, plannedAt, stateStamp };
}

/**
 * A stored index, compact (then `stored` is it, checked) or (first v2 layout) with its entries as an object;
 * `ok: false` with the reason when it is neither. The object form is checked by zod; the compact form's fields by
 * zod, its entries by their pattern.
 */
export function decodeIndex(
  raw: unknown,
): { ok: true; index: OrderIndex; stored?: StoredOrderIndex } | { ok: false; reason: string } {
  const compact = StoredOrderIndexSchema.safeParse(raw);
  if (compact.success) {
    const next = decodeIndexEntries(compact.data.next);
    if (!next) return { ok: false, reason: 'unreadable index entries' };
    const { soonest: _soonest, length: _length, ...fields } = compact.data;
    return { ok: true, index: { ...fields, next }, stored: compact.data };
  }
  const object = OrderIndexSchema.safeParse(raw);
  if (object.success) return { ok: true, index: object.data };
  return { ok: false, reason: object.error.issues[0]?.message ?? 'invalid' };
}
