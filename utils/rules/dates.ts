/**
 * Calendar arithmetic shared by the deadline rules. Everything is in the browser's local zone, because
 * the buyer reads "Sep 4" as their own Sep 4 and a reminder at 09:00 means their morning.
 *
 * Rules count whole days: a rule date is the END of a local day (23:59:59.999), so "5 days from
 * Jun 6" is the whole of Jun 11, never a moment in the middle of it.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { IsoInstantSchema } from '@/utils/model';

/** `2026-09-04T23:59:59.999+02:00`: the local offset written out, so the stored text reads as local time. */
const INSTANT_FORMAT = 'YYYY-MM-DDTHH:mm:ss.SSSZ';

/** Strict `YYYY-MM-DD` (the shape of `IsoDaySchema`); dayjs alone would accept `2026-6-6` or roll `02-31`. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A page's calendar day (`2026-06-06`) as the start of that local day, or `null` for anything that is not a
 * real day (facts are validated upstream, but a rule must not throw on a bad one: unknown stays unknown).
 */
export function parseIsoDay(text: string | undefined): Dayjs | null {
  if (text === undefined) return null;
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const localMidnight = new Date(2000, 0, 1);
  // setFullYear, not `new Date(y, m, d)`: the constructor maps years 0–99 to 1900–1999.
  localMidnight.setFullYear(Number(year), Number(month) - 1, Number(day));
  const parsed = dayjs(localMidnight);
  // Dates roll Feb 31 into March: reject it instead of inventing a day.
  if (!parsed.isValid() || parsed.date() !== Number(day) || parsed.month() !== Number(month) - 1) return null;
  return parsed;
}

/** An ISO instant (with offset) as a dayjs in the local zone, or `null` when it is not one. */
export function parseInstant(text: string | undefined): Dayjs | null {
  if (text === undefined || !IsoInstantSchema.safeParse(text).success) return null;
  const parsed = dayjs(text);
  return parsed.isValid() ? parsed : null;
}

/** The local day an instant falls on (its local midnight). */
export function localDayOf(instant: Dayjs): Dayjs {
  return instant.startOf('day');
}

/** The end (23:59:59.999 local) of the day `days` after `day`: the date a day-counting rule gives. */
export function endOfDayAfter(day: Dayjs, days: number): Dayjs {
  return day.add(days, 'day').endOf('day');
}

/**
 * The stored form of an instant: ISO 8601 with the local offset, or `null` outside years 0001–9999
 * (a four-digit year is all `IsoInstantSchema` takes; only absurd page dates get there).
 */
export function formatInstant(instant: Dayjs): string | null {
  if (!instant.isValid() || instant.year() < 1 || instant.year() > 9999) return null;
  return instant.format(INSTANT_FORMAT);
}
