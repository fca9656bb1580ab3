/**
 * Fixture pages are HTML templates in the real pages' structure whose dates are written relative to
 * "today", so the demo always shows live countdowns and the unit tests can pin "today".
 *
 *   {{date:-20|MMM D, YYYY|en}}   → the day 20 days before today, e.g. "Sep 1, 2026"
 *   {{date:+35|D MMM YYYY г.|ru}} → "26 дек. 2026 г."
 *
 * Format tokens: YYYY, MM (01–12), DD (01–31), D (1–31), MMMM (full month name), MMM (short name), ddd (short
 * weekday name: the tracking page prints "Tue | Jul. 28 18:39").
 * Month names here are written by hand (not from Intl) so that the parsers, which build their tables from
 * Intl, are tested against an independent source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'aliexpress');

const MONTHS: Record<string, { short: string[]; long: string[] }> = {
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  ru: {
    short: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
    long: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
  },
  it: {
    short: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    long: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
  },
  es: {
    short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    long: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
  },
  pt: {
    short: ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
    long: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
  },
  fr: {
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    long: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
  },
  de: {
    short: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    long: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
  },
  pl: {
    short: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
    long: [
      'stycznia',
      'lutego',
      'marca',
      'kwietnia',
      'maja',
      'czerwca',
      'lipca',
      'sierpnia',
      'września',
      'października',
      'listopada',
      'grudnia',
    ],
  },
};

/** Short weekday names, Sunday first (as `Date.getUTCDay` counts), written by hand like the months. */
const WEEKDAYS: Record<string, string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  ru: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  it: ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'],
  es: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
  pt: ['dom.', 'seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.'],
  fr: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  de: ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'],
  pl: ['niedz.', 'pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.'],
};

const DAY_MS = 86_400_000;

/** The calendar day `offsetDays` from `today` (local calendar day of `today`), as y/m/d numbers. */
export function shiftDay(today: Date, offsetDays: number): { y: number; m: number; d: number } {
  const base = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const t = new Date(base + offsetDays * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** `YYYY-MM-DD` of the day `offsetDays` from `today`: what a parser should read from a `{{date:…}}` token. */
export function isoDay(today: Date, offsetDays: number): string {
  const { y, m, d } = shiftDay(today, offsetDays);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function formatDay(today: Date, offsetDays: number, pattern: string, lang: string): string {
  const { y, m, d } = shiftDay(today, offsetDays);
  const months = MONTHS[lang] ?? MONTHS.en!;
  return pattern.replace(/YYYY|MMMM|MMM|MM|DD|ddd|D/g, (token) => {
    switch (token) {
      case 'ddd':
        return (WEEKDAYS[lang] ?? WEEKDAYS.en!)[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
      case 'YYYY':
        return String(y);
      case 'MMMM':
        return months.long[m - 1]!;
      case 'MMM':
        return months.short[m - 1]!;
      case 'MM':
        return String(m).padStart(2, '0');
      case 'DD':
        return String(d).padStart(2, '0');
      default:
        return String(d);
    }
  });
}

const TOKEN = /\{\{date:([+-]?\d+)\|([^|}]+)\|([a-z]{2})\}\}/g;

/** Fills every `{{date:…}}` token of a template. Unknown tokens are left as they are (and fail tests loudly). */
export function renderFixture(template: string, today: Date): string {
  return template.replace(TOKEN, (_all, offset: string, pattern: string, lang: string) =>
    formatDay(today, Number(offset), pattern, lang),
  );
}

export function loadFixture(name: string, today: Date = new Date()): string {
  return renderFixture(readFileSync(join(FIXTURE_DIR, name), 'utf8'), today);
}

export function listFixtures(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}
