/**
 * Frozen examples (tests/fixtures/storage/v1-*.json) are written on fixed days, so their deadlines pass as the
 * calendar moves on, and a test that needs "a reminder ahead" goes red one day. `rebaseDates` moves every date in
 * such an example by whole days so that its reference day lands on `today`: the example keeps its shape and its
 * distances (a deadline 9 days after the last reading stays 9 days after it), only the calendar moves.
 *
 * Moved: ISO days (`2026-11-30`), ISO instants with or without an offset (the offset is kept), and English
 * printed dates ("Nov 30, 2026") inside page texts, so a page text still says the date of its deadline.
 */

const ISO = /\b(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})?)?\b/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PRINTED = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g');
const DAY_MS = 86_400_000;

/** Whole days from the calendar day `fromDay` (`YYYY-MM-DD`) to `today`'s local calendar day. */
export function daysSince(fromDay: string, today: Date): number {
  const [y, m, d] = fromDay.split('-').map(Number) as [number, number, number];
  return Math.round(
    (Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.UTC(y, m - 1, d)) / DAY_MS,
  );
}

/** A calendar day moved by `days` (pure calendar arithmetic in UTC, so no zone can shift it). */
function moveDay(y: number, m: number, d: number, days: number): { y: number; m: number; d: number } {
  const moved = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return { y: moved.getUTCFullYear(), m: moved.getUTCMonth() + 1, d: moved.getUTCDate() };
}

const two = (n: number) => String(n).padStart(2, '0');

function rebaseText(text: string, days: number): string {
  return text
    .replace(ISO, (_all, y: string, m: string, d: string, time: string | undefined) => {
      const moved = moveDay(Number(y), Number(m), Number(d), days);
      return `${moved.y}-${two(moved.m)}-${two(moved.d)}${time ?? ''}`;
    })
    .replace(PRINTED, (_all, month: string, d: string, y: string) => {
      const moved = moveDay(Number(y), MONTHS.indexOf(month) + 1, Number(d), days);
      return `${MONTHS[moved.m - 1]} ${moved.d}, ${moved.y}`;
    });
}

/** A deep copy of `value` with every date moved so that `referenceDay` becomes `today` (see above). */
export function rebaseDates<T>(value: T, referenceDay: string, today: Date): T {
  const days = daysSince(referenceDay, today);
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return rebaseText(node, days);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      // Keys can hold dates too (custom reminder keys carry their instant).
      return Object.fromEntries(Object.entries(node).map(([key, inner]) => [rebaseText(key, days), walk(inner)]));
    }
    return node;
  };
  return walk(value) as T;
}
