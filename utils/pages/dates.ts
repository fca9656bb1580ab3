/**
 * Reading calendar days printed by AliExpress pages, in any of the UI languages OrderShield supports
 * (en, ru, it, es, pt, fr, de, pl) plus the numeric ko/ja forms.
 *
 * Formats seen (pages.md §2.1, §2.6, §3): "Sep 1, 2026" (V2 list/API), "1 Sep, 2026" (day-first English,
 * chriskomus), "от 1 сентября" (V3 aliexpress.ru, often without a year), "Tue | Jul. 28 18:39" (tracking API),
 * "Delivery: Apr. 24 - May. 14" (tracking page), "01.01.YYYY" (aer-jsonapi search), "2026. 9. 1." (Korean UI).
 *
 * Page text is hostile: every function here is linear in the text, never throws on text, and returns `null`
 * (or nothing) for what it can't read. "Now" is always a parameter: without it a date printed without a
 * year can't be placed and is not read.
 */
import { localIsoInstant } from '@/utils/rules/dates';

/** The UI languages whose month names we read (LanguageSettingSchema minus 'auto'). */
const MONTH_LANGUAGES = ['en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl'] as const;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

// ---------------------------------------------------------------------------------------------------------
// Text folding: the one normalization every page-text reader shares (status, actions, deadlines use it too).
// ---------------------------------------------------------------------------------------------------------

/** Spaces pages use between a day and its month: NBSP (ru "1 сент."), narrow NBSP (fr, ICU 72+), thin spaces. */
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]/;
/** Invisible characters that can sit inside a word (soft hyphen, zero-width joiners, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/**
 * Apostrophes other than ASCII ': French and Italian UIs print the typographic one ("En attente d’expédition",
 * "Data dell’ordine"), and label tables are written with '. Folded to ' so both spellings compare equal.
 */
const APOSTROPHE_LIKE = /[\u2018\u2019\u201b\u02bc\u2032\uff07]/;
const COMBINING_MARK = /\p{M}/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Folded text plus, for each folded character, the span of the original text it came from. */
interface FoldedText {
  folded: string;
  /** Original index of the first character each folded character comes from. */
  from: number[];
  /** Original index just after it. */
  to: number[];
}

interface CharFolding {
  out: string;
  upper: boolean;
  lower: boolean;
}

/** Foldings of the non-ASCII characters met so far: a page uses a few dozen, and each costs several regexes. */
const FOLDED_CHARS = new Map<string, CharFolding | null>();
const MAX_FOLDED_CHARS = 4096;

/** How one non-ASCII character folds; null for an invisible one (dropped). */
function foldChar(char: string): CharFolding | null {
  const known = FOLDED_CHARS.get(char);
  if (known !== undefined) return known;
  let folding: CharFolding | null = null;
  if (!INVISIBLE.test(char)) {
    const code = char.charCodeAt(0);
    let out: string;
    if (SPACE_LIKE.test(char)) out = ' ';
    else if (APOSTROPHE_LIKE.test(char)) out = "'";
    // Accents are folded only in Latin, Greek and Cyrillic: NFD would split Hangul syllables ("년") into jamo.
    else if (code < 0x0530 || (code >= 0x1e00 && code < 0x2000)) {
      out = char.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '');
    } else out = char.toLowerCase();
    folding = { out, upper: UPPER.test(char), lower: LOWER.test(char) };
  }
  // Hostile text could bring every character there is: the table stops growing, folding goes on uncached.
  if (FOLDED_CHARS.size < MAX_FOLDED_CHARS) FOLDED_CHARS.set(char, folding);
  return folding;
}

/**
 * Lower case, accents folded (é→e, ё→е, ą→a; ł stays), every kind of space → ' ', invisible characters
 * dropped. With `splitGluedWords`, a space is put between a lower-case letter and a following capital:
 * `textContent` glues a label to its value ("Paid onJul 15, 2026") when they are separate elements. Labels
 * are folded without it ("PayPal" must stay one word).
 */
function foldWithMap(text: string, splitGluedWords: boolean, withMap = true): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let previousLower = false;
  for (let index = 0; index < text.length;) {
    const start = index;
    const code = text.charCodeAt(index);
    let out: string;
    let upper: boolean;
    let lower: boolean;
    if (code < 0x80) {
      // ASCII, most of any page: no regex per character (this loop runs over every card's dated text).
      index++;
      upper = code >= 0x41 && code <= 0x5a;
      lower = code >= 0x61 && code <= 0x7a;
      out = code >= 0x09 && code <= 0x0d ? ' ' : upper ? String.fromCharCode(code + 0x20) : text[start]!;
    } else {
      const char = String.fromCodePoint(text.codePointAt(index)!);
      index += char.length;
      const folding = foldChar(char);
      if (folding === null) continue;
      ({ out, upper, lower } = folding);
    }
    if (splitGluedWords && upper && previousLower) out = ' ' + out;
    previousLower = lower;
    // One entry per UTF-16 unit of the output, as regex indexes count them (an emoji is two).
    folded += out;
    if (!withMap) continue;
    for (let k = 0; k < out.length; k++) {
      from.push(start);
      to.push(index);
    }
  }
  return { folded, from, to };
}

/** Printable ASCII only: folding is lower-casing and nothing else. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The folded form of a page text, for comparing labels in any language: lower case, accents folded,
 * spaces collapsed, trimmed. Used by the status, action and deadline readers so all tables fold alike.
 */
export function foldPageText(text: string): string {
  const folded = PLAIN_ASCII.test(text) ? text.toLowerCase() : foldWithMap(text, false).folded;
  return folded.replace(/ +/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Month names
// ---------------------------------------------------------------------------------------------------------

/**
 * Variants Intl doesn't produce (or produces only in some ICU versions), added by hand:
 * - en "sept": US style "Sept. 1, 2026"; en "june"/"july" are already Intl's long names.
 * - ru "июн", "июл", "мар", "сен", "ноя", "фев": three-letter forms used by some aliexpress.ru builds and by
 *   older ICU, whose short genitive forms differ ("июн." vs "июня").
 * - it/es/pt "set": "1 set 2026" (Italian and Portuguese short form; Spanish UIs sometimes print it too).
 * - es "sep", "setiembre": Latin-American spellings.
 * - fr "juil", "fevr", "sep": abbreviations without their dot or in short English-like form.
 * - de "sept", "mär", "jän", "jänner": Intl's `short` is "Sep"/"Mär" standalone but "Sept."/"März" in dates;
 *   Austrian German writes January "Jänner".
 * - pl "paz": "paź" typed without its accent folds to "paz" anyway; listed for clarity.
 */
const HAND_MONTH_VARIANTS: ReadonlyArray<readonly [string, number]> = [
  ['sept', 9],
  ['июн', 6],
  ['июл', 7],
  ['мар', 3],
  ['сен', 9],
  ['ноя', 11],
  ['фев', 2],
  ['set', 9],
  ['sep', 9],
  ['setiembre', 9],
  ['juil', 7],
  ['fevr', 2],
  ['mär', 3],
  ['jän', 1],
  ['jänner', 1],
  ['paz', 10],
];

/**
 * Month words that are also common words in some of our languages ("set", pt "out" = October, "ago" = it/es/pt
 * August, pl "sie" = German "Sie", pl "lis"). Without a year they are read only with their abbreviation dot
 * ("7 ago."), so "sold out 2 items" never becomes a date.
 */
const WORDLIKE_MONTHS = new Set(['set', 'out', 'ago', 'sie', 'lis']);

/** The month (1–12) of each folded month word, without its trailing dot. */
const MONTH_BY_WORD: ReadonlyMap<string, number> = buildMonthTable();

function monthPart(locale: string, options: Intl.DateTimeFormatOptions, month: number): string | null {
  // The 15th at noon UTC, formatted in UTC: the same calendar day everywhere.
  const date = new Date(Date.UTC(2024, month - 1, 15, 12));
  const part = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    .formatToParts(date)
    .find((p) => p.type === 'month');
  return part ? part.value : null;
}

function buildMonthTable(): Map<string, number> {
  const table = new Map<string, number>();
  const conflicts = new Set<string>();
  const add = (word: string, month: number): void => {
    const key = foldPageText(word).replace(/\.$/, '');
    if (!/^\p{L}{3,}$/u.test(key)) return; // numeric (ja "9") or one/two-letter forms are not month words
    const known = table.get(key);
    if (known !== undefined && known !== month) conflicts.add(key);
    table.set(key, month);
  };
  for (const locale of MONTH_LANGUAGES) {
    for (let month = 1; month <= 12; month++) {
      // Stand-alone names ("сентябрь", "wrzesień") and the forms used inside a date: ru and pl decline the
      // month ("1 сентября", "1 września"), which only `{ day, month }` formatting produces.
      for (const options of [
        { month: 'long' },
        { month: 'short' },
        { day: 'numeric', month: 'long' },
        { day: 'numeric', month: 'short' },
      ] as const) {
        const word = monthPart(locale, options, month);
        if (word) add(word, month);
      }
    }
  }
  for (const [word, month] of HAND_MONTH_VARIANTS) add(word, month);
  // A word naming two different months would be a guess: drop it (none today; the tests check that).
  for (const key of conflicts) table.delete(key);
  return table;
}

/** For tests: the folded month words and their months. */
export function monthWordTable(): ReadonlyMap<string, number> {
  return MONTH_BY_WORD;
}

// ---------------------------------------------------------------------------------------------------------
// Patterns (all run on folded text, so they only see lower case, unaccented letters)
// ---------------------------------------------------------------------------------------------------------

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A month word: longest alternatives first, a whole word, an optional abbreviation dot (captured). */
const MONTH = `(?<!\\p{L})(${[...MONTH_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})(?!\\p{L})(\\.?)`;
/** A year of four digits not glued to more digits; an optional Russian "г."/"года" after it. */
const YEAR = `(\\d{4})(?!\\d)(?:\\s*г(?:ода|\\.)?(?!\\p{L}))?`;
/** The day before a month: "1", "01", French "1er", Spanish/Portuguese "1º", Italian "1°", German "1.". */
const DAY_BEFORE = `(?<![\\d.,$€£¥₽₩])(\\d{1,2})(?:er|º|ª|°)?\\.?`;

/** Shapes of a printed day, tried on the same text; overlaps are resolved by position and length. */
const PATTERNS = {
  /** "2026-09-01", "2026/09/01", "2026. 9. 1." (ko), "2026年9月1日" (ja), "2026년 9월 1일" (ko). */
  yearFirst: new RegExp(
    `(?<![\\d.,])(\\d{4})\\s*(?:[-./]|年|년)\\s*(\\d{1,2})\\s*(?:[-./]|月|월)\\s*(\\d{1,2})(?![\\d])(?:\\s*(?:日|일)|\\.(?!\\d))?`,
    'gu',
  ),
  /** "01.09.2026", "1-9-2026", "09/01/2026": day/month order decided in `numericOrder`. */
  numeric: new RegExp(`(?<![\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])`, 'gu'),
  /** "Sep 1, 2026", "September 1 2026", "Apr. 24", "Jul. 28 18:39", "Sep 1st". */
  monthFirst: new RegExp(
    `${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?!\\s*[.:]\\d{2}(?!\\d))(?:\\s*,?\\s*${YEAR})?`,
    'gu',
  ),
  /** "1 Sep, 2026", "1 сент. 2026 г.", "1 de set. de 2026", "1er septembre 2026", "1. Sept. 2026", "01-Sep-2026". */
  dayFirst: new RegExp(
    `${DAY_BEFORE}(?:\\s*|-)(?:de\\s+|del\\s+)?${MONTH}(?:(?:\\s*,\\s*|\\s+|-)(?:de\\s+|del\\s+)?${YEAR})?`,
    'gu',
  ),
  /** ko "9월 1일", ja "9月1日" without a year. */
  cjkMonthDay: /(?<![\d年년])(\d{1,2})\s*(?:月|월)\s*(\d{1,2})\s*(?:日|일)/gu,
} as const;

/**
 * What a text must contain for each numeric pattern to match anywhere in it: a year followed by its separator,
 * a digit-separator-digit run, a CJK month sign (tests/unit/dates.test.ts reads random texts with and without them).
 */
const GATES = {
  yearFirst: /\d{4}\s*(?:[-./]|年|년)/u,
  numeric: /\d[./-]\d/,
  cjkMonthDay: /[月월]/u,
} as const;

/** Each gated pattern with its gate, for the property test that a gate never hides a match. */
export const GATED_PATTERNS_FOR_TESTS = (['yearFirst', 'numeric', 'cjkMonthDay'] as const).map((name) => ({
  name,
  pattern: PATTERNS[name],
  gate: GATES[name],
}));

// ---------------------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------------------

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days between two calendar days, by their UTC midnights (no DST drift). */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * The year of a day printed without one: the nearest to `now` (a delivery estimate, a deadline), or with
 * `preferPast` the latest such day not after tomorrow (an order date; the +1 day absorbs time zones).
 * Feb 29 looks up to four years around `now` for a leap year.
 */
function inferYear(month: number, day: number, now: Date, preferPast: boolean): number | null {
  // The buyer's calendar day (local time, as everywhere a page's day is placed).
  const thisYear = now.getFullYear();
  const todayNumber = dayNumber(thisYear, now.getMonth() + 1, now.getDate());
  let best: { year: number; score: number } | null = null;
  for (let year = thisYear - 4; year <= thisYear + 4; year++) {
    if (!isValidDay(year, month, day)) continue;
    const offset = dayNumber(year, month, day) - todayNumber;
    if (preferPast) {
      if (offset > 1) continue;
      if (!best || year > best.year) best = { year, score: -offset };
    } else {
      const score = Math.abs(offset);
      // On a tie (exactly half a year away) the later year: a deadline ahead matters more than one gone.
      if (!best || score < best.score || (score === best.score && year > best.year)) best = { year, score };
    }
  }
  return best ? best.year : null;
}

interface ReadOptions {
  now?: Date;
  locale?: string;
  preferPast?: boolean;
}

/** Whether slashed numeric dates put the month first: only for a US English page (en-US). */
function monthFirstLocale(locale: string | undefined): boolean | undefined {
  if (!locale) return undefined;
  return locale.trim().toLowerCase().replace('_', '-') === 'en-us';
}

/** Day and month of "a.b.YYYY" / "a/b/YYYY", or null when the order can't be known. */
function numericOrder(
  first: number,
  second: number,
  separator: string,
  year: number,
  locale: string | undefined,
): { month: number; day: number } | null {
  const dayFirst = { day: first, month: second };
  const monthFirst = { day: second, month: first };
  const valid = (o: { day: number; month: number }): boolean => isValidDay(year, o.month, o.day);
  // Dots and dashes: day first, as everywhere in Europe (ru "01.09.2026", de, pl).
  if (separator !== '/') return valid(dayFirst) ? dayFirst : null;
  if (first === second) return valid(dayFirst) ? dayFirst : null;
  const usOrder = monthFirstLocale(locale);
  const preferred = usOrder === undefined ? null : usOrder ? monthFirst : dayFirst;
  if (preferred && valid(preferred)) return preferred;
  // A number above 12 can't be a month: then only one reading is possible, whatever the locale.
  const readings = [dayFirst, monthFirst].filter(valid);
  if (readings.length === 1) return readings[0]!;
  return null;
}

interface Candidate {
  start: number;
  end: number;
  day: string;
  /** The page printed no year: the day depends on `preferPast`. */
  yearInferred: boolean;
}

/** `printedMonth` is the month word as printed, with its dot if any ("ago." is a month, "ago" may be a word). */
function resolveNamed(
  month: number,
  day: number,
  yearText: string | undefined,
  printedMonth: string,
  opts: ReadOptions,
): string | null {
  if (yearText === undefined) {
    if (WORDLIKE_MONTHS.has(printedMonth)) return null;
    if (!opts.now || !Number.isFinite(opts.now.getTime())) return null;
    const year = inferYear(month, day, opts.now, opts.preferPast ?? false);
    return year === null ? null : isoDay(year, month, day);
  }
  const year = Number(yearText);
  return isValidDay(year, month, day) ? isoDay(year, month, day) : null;
}

/**
 * Every match of a global pattern, like `text.matchAll(pattern)` but without the copy of the pattern `matchAll`
 * makes on each call: for the month-name patterns (hundreds of alternatives) that copy cost 25 times the match.
 */
function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}

function collectCandidates(folded: string, opts: ReadOptions): Candidate[] {
  const found: Candidate[] = [];
  const push = (m: RegExpMatchArray, day: string | null, yearInferred = false): void => {
    if (day !== null && m.index !== undefined)
      found.push({ start: m.index, end: m.index + m[0].length, day, yearInferred });
  };

  // The numeric and CJK patterns only run on a text that has what each of them needs (a cheap test against a full
  // scan, and most dated texts are "Sep 1, 2026"): the gates are necessary conditions, so the readings don't change.
  if (GATES.yearFirst.test(folded)) {
    for (const m of matches(PATTERNS.yearFirst, folded)) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      push(m, isValidDay(year, month, day) ? isoDay(year, month, day) : null);
    }
  }
  if (GATES.numeric.test(folded)) {
    for (const m of matches(PATTERNS.numeric, folded)) {
      const year = Number(m[4]);
      const order = numericOrder(Number(m[1]), Number(m[3]), m[2]!, year, opts.locale);
      push(m, order ? isoDay(year, order.month, order.day) : null);
    }
  }
  // Groups: monthFirst = month word, its dot, day, year; dayFirst = day, month word, its dot, year.
  for (const m of matches(PATTERNS.monthFirst, folded)) {
    const month = MONTH_BY_WORD.get(m[1]!);
    if (month !== undefined) push(m, resolveNamed(month, Number(m[3]), m[4], m[1]! + m[2]!, opts), m[4] === undefined);
  }
  for (const m of matches(PATTERNS.dayFirst, folded)) {
    const month = MONTH_BY_WORD.get(m[2]!);
    if (month !== undefined) push(m, resolveNamed(month, Number(m[1]), m[4], m[2]! + m[3]!, opts), m[4] === undefined);
  }
  if (GATES.cjkMonthDay.test(folded)) {
    for (const m of matches(PATTERNS.cjkMonthDay, folded)) {
      const [month, day] = [Number(m[1]), Number(m[2])];
      push(m, month >= 1 && month <= 12 ? resolveNamed(month, day, undefined, '', opts) : null, true);
    }
  }

  // Overlapping readings: the longest wins ("Aug 5, 2026" over "5Aug" in the glued "R$5Aug 5, 2026"), then
  // the earliest ("Apr 24 May 14" is two dates, not "24 May"). Returned in text order.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(folded.length);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (taken.subarray(c.start, c.end).some((t) => t === 1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Texts longer than this are cut: no page prints a date block this long, and it bounds the work. */
const MAX_TEXT = 100_000;

interface DateHit {
  day: string;
  match: string;
  index: number;
}

function readDates(text: string, opts: ReadOptions): DateHit[] {
  return readDateCandidates(text, opts).map(({ day, match, index }) => ({ day, match, index }));
}

function readDateCandidates(text: string, opts: ReadOptions): Array<DateHit & { yearInferred: boolean }> {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Every printed day has a digit: most texts handed here (a status, a store name) have none.
  if (!DIGIT.test(text)) return [];
  const source = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const { folded, from, to } = foldWithMap(source, true);
  return collectCandidates(folded, opts).map((c) => {
    const index = from[c.start]!;
    const end = to[c.end - 1]!;
    return { day: c.day, match: source.slice(index, end).trim(), index, yearInferred: c.yearInferred };
  });
}

const DIGIT = /\d/;

// ---------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------

/**
 * Reads a calendar day printed by a page, in any of en, ru, it, es, pt, fr, de, pl (and ko/ja numeric forms).
 * Returns 'YYYY-MM-DD' or null. Text around the date is allowed ("Order date: Sep 1, 2026", "от 1 сентября");
 * the first date in the text is read. A date without a year takes the year that puts it nearest to `opts.now`
 * (with `preferPast`, the latest such day not after now + 1 day); without `now` it is not read.
 * Numeric dd/mm vs mm/dd: dots and dashes are day-first; slashes follow `opts.locale` ('en-US' → month first,
 * any other → day first); with no locale and both parts ≤ 12 → null. Invalid days and years outside
 * 2000..2100 → null.
 */
export function parsePageDate(
  text: string,
  opts?: { now?: Date; locale?: string; preferPast?: boolean },
): string | null {
  // Only the day is wanted: no map back to the original text (this runs for the order date of every card).
  if (typeof text !== 'string' || text.length === 0 || !DIGIT.test(text)) return null;
  const source = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  return collectCandidates(foldWithMap(source, true, false).folded, opts ?? {})[0]?.day ?? null;
}

/** Finds every date in a longer text, in order, with the matched substring and its index in `text`. */
export function findPageDates(
  text: string,
  opts?: { now?: Date; locale?: string },
): Array<{ day: string; match: string; index: number }> {
  return readDates(text, { now: opts?.now, locale: opts?.locale });
}

/**
 * `findPageDates` and `findPastPageDates` of the same text in one pass when no date lacks its year (then both
 * readings are the same): a card's dated text is read for deadlines and for events alike.
 */
export function findPageDatesBothWays(
  text: string,
  opts: { now?: Date; locale?: string },
): { nearest: DateHit[]; past: DateHit[] } {
  const found = readDateCandidates(text, { now: opts.now, locale: opts.locale });
  const nearest = found.map(({ day, match, index }) => ({ day, match, index }));
  const past = found.some((hit) => hit.yearInferred) ? readDates(text, { ...opts, preferPast: true }) : nearest;
  return { nearest, past };
}

/** `findPageDates` for things that already happened: year-less dates take the latest past year. */
export function findPastPageDates(
  text: string,
  opts: { now?: Date; locale?: string },
): Array<{ day: string; match: string; index: number }> {
  return readDates(text, { ...opts, preferPast: true });
}

/** dayjs's format for an instant with its offset, e.g. `2026-09-04T23:59:59.999+02:00` (IsoInstantSchema). */
export const INSTANT_FORMAT = 'YYYY-MM-DDTHH:mm:ss.SSSZ';

/**
 * The instant a date-only deadline starts or ends for the buyer, in the buyer's own time zone (the machine's):
 * 'end-of-day' → 23:59:59.999 local of that day; 'start-of-day' → 00:00 local. ISO string with offset.
 * `day` must be a valid 'YYYY-MM-DD' (as returned by `parsePageDate`); anything else throws a RangeError,
 * because it is a programming error, not page text.
 */
export function dayToInstant(day: string, boundary: 'start-of-day' | 'end-of-day'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`dayToInstant: not a calendar day: ${JSON.stringify(day).slice(0, 40)}`);
  }
  const [year, month, date] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  return localIsoInstant(
    boundary === 'end-of-day' ? new Date(year, month, date, 23, 59, 59, 999) : new Date(year, month, date),
  );
}
