/**
 * Calendar arithmetic shared by the deadline rules. Everything is in the browser's local zone, because
 * the buyer reads "Sep 4" as their own Sep 4 and a reminder at 09:00 means their morning. Days and
 * instants are epoch milliseconds; a "day" is the instant of its local midnight.
 *
 * Rules count whole days: a rule date is the END of a local day (23:59:59.999), so "5 days from
 * Jun 6" is the whole of Jun 11, never a moment in the middle of it.
 *
 * Why `Date` and not dayjs here: the planner recomputes every deadline of every order on each alarm, and
 * with a dayjs object per step 5,000 orders took ~150–200 ms (measured, tests/unit/rules-reminders.test.ts),
 * against a budget of well under 100 ms. `Date`'s local setters do the same calendar work (month lengths,
 * daylight-saving days) without the allocations. The tests state their expectations with dayjs, so the two
 * are checked against each other in whatever zone the tests run.
 */
import { isIsoInstant } from '@/utils/model-constants';

/** Strict `YYYY-MM-DD` (the shape of `IsoDaySchema`): `2026-6-6` or a bare year is not a day we read. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A page's calendar day (`2026-06-06`) as the start of that local day, or `null` for anything that is not a
 * real day (facts are validated upstream, but a rule must not throw on a bad one: unknown stays unknown).
 */
export function parseIsoDay(text: string | undefined): number | null {
  if (text === undefined) return null;
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const localMidnight = new Date(2000, 0, 1);
  // setFullYear, not `new Date(y, m, d)`: the constructor maps years 0–99 to 1900–1999.
  localMidnight.setFullYear(Number(year), Number(month) - 1, Number(day));
  // Dates roll Feb 31 into March: reject it instead of inventing a day.
  if (localMidnight.getDate() !== Number(day) || localMidnight.getMonth() !== Number(month) - 1) return null;
  return localMidnight.getTime();
}

/** Epoch ms of an ISO instant with offset, or `null` when the text is not one (stored data can be old or bad). */
export function instantMs(text: string | undefined): number | null {
  if (text === undefined || !isIsoInstant(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** The local day an instant falls on: its local midnight. */
export function localDayOf(ms: number): number {
  return new Date(ms).setHours(0, 0, 0, 0);
}

/**
 * The last local day on which a deadline can still be met, as the buyer must be told it. A page's "before Sep 4"
 * is stored as Sep 4 00:00, so its last day is Sep 3; a rule date ends at 23:59:59.999, so its last day is its own
 * day. One millisecond before the instant covers both: every surface says this day ("Last day: Sep 3").
 */
export function lastDayMs(dueMs: number): number {
  return localDayOf(dueMs - 1);
}

/** The end (23:59:59.999 local) of the day `days` after the day of `dayMs`: what a day-counting rule gives. */
export function endOfDayAfter(dayMs: number, days: number): number {
  const end = new Date(dayMs);
  end.setDate(end.getDate() + days);
  return end.setHours(23, 59, 59, 999);
}

/** The same local wall-clock time `days` later (negative: earlier), e.g. 7 days before a printed end. */
export function shiftLocalDays(ms: number, days: number): number {
  const moved = new Date(ms);
  return moved.setDate(moved.getDate() + days);
}

/**
 * Whole local calendar days from the day of `fromMs` to the day of `toMs`. Midnights are 23 or 25 hours
 * apart across a daylight-saving change, so the rounding makes it a day count, not an hour count.
 */
export function calendarDaysBetween(fromMs: number, toMs: number): number {
  return Math.round((localDayOf(toMs) - localDayOf(fromMs)) / 86_400_000);
}

/** `hour`:00 local on the day `daysBefore` days before the day of `ms` (month ends and DST handled by Date). */
export function localHourDaysBefore(ms: number, daysBefore: number, hour: number): number {
  const moment = new Date(ms);
  moment.setDate(moment.getDate() - daysBefore);
  return moment.setHours(hour, 0, 0, 0);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The local calendar day of an instant as `YYYY-MM-DD` (ids, file names, a date input's value). */
export function localIsoDay(at: number | Date): string {
  const date = new Date(at);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * An instant as ISO 8601 with the local offset (`2026-09-04T23:59:59.999+02:00`): `dayjs(date).format(INSTANT_FORMAT)`,
 * written out because it runs for every deadline of every card read and of every rule, where dayjs's object and
 * format parsing cost more than the rest of the date (tests/unit/dates.test.ts compares both in several zones).
 */
export function localIsoInstant(at: number | Date): string {
  const date = new Date(at);
  // getTimezoneOffset is minutes BEHIND UTC (UTC+2 gives -120), hence the flipped sign.
  const offset = -Math.round(date.getTimezoneOffset());
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return (
    localIsoDay(date) +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/**
 * The stored form of an instant: ISO 8601 with the local offset (`2026-09-04T23:59:59.999+02:00`), so the
 * text reads as the buyer's own time. `null` outside years 0001–9999: a four-digit year is all
 * `IsoInstantSchema` takes, and only absurd page dates get there.
 */
export function formatInstant(ms: number): string | null {
  const year = new Date(ms).getFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return null;
  return localIsoInstant(ms);
}
