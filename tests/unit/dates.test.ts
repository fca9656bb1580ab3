import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import fc from 'fast-check';
import { IsoDaySchema, IsoInstantSchema } from '@/utils/model';
import {
  INSTANT_FORMAT,
  dayToInstant,
  findPageDates,
  findPastPageDates,
  GATED_PATTERNS_FOR_TESTS,
  monthWordTable,
  parsePageDate,
} from '@/utils/pages/dates';
import { localIsoInstant } from '@/utils/rules/dates';
import { formatDay, isoDay } from '../harness/fixtures';

const NBSP = '\u00a0';
/** A fixed "now": 21 Nov 2026, noon local. */
const NOW = new Date(2026, 10, 21, 12);

describe('parsePageDate: explicit dates in every language', () => {
  it.each([
    // en: V2 list/API ("Sep 1, 2026"), day-first English (chriskomus), long form, with the label around it
    ['Sep 1, 2026', '2026-09-01'],
    ['1 Sep, 2026', '2026-09-01'],
    ['September 1, 2026', '2026-09-01'],
    ['Sept. 1, 2026', '2026-09-01'],
    ['Order date: Sep 1, 2026', '2026-09-01'],
    ['Order date: Jan 24, 2025', '2025-01-24'],
    ['Estimated delivery date: Aug 3, 2026', '2026-08-03'],
    ['Sep 1st, 2026', '2026-09-01'],
    // ru
    ['1 сент. 2026 г.', '2026-09-01'],
    ['1 сентября 2026', '2026-09-01'],
    ['1 сентября 2026 года', '2026-09-01'],
    [`26${NBSP}дек.${NBSP}2026${NBSP}г.`, '2026-12-26'],
    ['01.09.2026', '2026-09-01'],
    ['5 мая 2026', '2026-05-05'],
    ['12 июн. 2026', '2026-06-12'],
    // it
    ['1 set 2026', '2026-09-01'],
    ['1 settembre 2026', '2026-09-01'],
    ['1° agosto 2026', '2026-08-01'],
    // es
    ['1 sept 2026', '2026-09-01'],
    ['1 de septiembre de 2026', '2026-09-01'],
    ['Pedido efectuado el: 3 ene. 2026', '2026-01-03'],
    // pt
    ['1 de set. de 2026', '2026-09-01'],
    ['15 de julho de 2026', '2026-07-15'],
    ['1º de março de 2026', '2026-03-01'],
    // fr
    ['1 sept. 2026', '2026-09-01'],
    ['1er septembre 2026', '2026-09-01'],
    ['3 août 2026', '2026-08-03'],
    ['3 févr. 2026', '2026-02-03'],
    // de
    ['1. Sept. 2026', '2026-09-01'],
    ['14. März 2026', '2026-03-14'],
    ['1. Januar 2026', '2026-01-01'],
    // pl
    ['1 wrz 2026', '2026-09-01'],
    ['1 września 2026', '2026-09-01'],
    ['5 paź 2026', '2026-10-05'],
    ['2 maja 2026', '2026-05-02'],
    // ISO, ko, ja
    ['2026-09-01', '2026-09-01'],
    ['2026. 9. 1.', '2026-09-01'],
    ['2026/09/01', '2026-09-01'],
    ['2026년 9월 1일', '2026-09-01'],
    ['2026年9月1日', '2026-09-01'],
    // glued by textContent (label and value in separate elements)
    ['Paid onJul 15, 2026', '2026-07-15'],
  ])('%j → %s', (text, expected) => {
    expect(parsePageDate(text, { now: NOW })).toBe(expected);
  });
});

describe('parsePageDate: dates without a year', () => {
  it.each([
    // nearest to now (21 Nov 2026)
    ['от 1 сентября', NOW, false, '2026-09-01'],
    ['Apr. 24', NOW, false, '2027-04-24'], // 154 days ahead beats 211 days back
    ['Apr. 24', NOW, true, '2026-04-24'], // something that happened: the past one
    ['Tue | Jul. 28 18:39', NOW, false, '2026-07-28'],
    ['9월 1일', NOW, false, '2026-09-01'],
    // year rollover
    ['Jan 3', new Date(2026, 11, 28, 12), false, '2027-01-03'],
    ['28 дек.', new Date(2027, 0, 3, 12), false, '2026-12-28'],
    ['от 28 декабря', new Date(2027, 0, 3, 12), true, '2026-12-28'],
    // preferPast: the latest such day not after now + 1 day
    ['Jan 4', new Date(2027, 0, 3, 12), true, '2027-01-04'],
    ['Jan 5', new Date(2027, 0, 3, 12), true, '2026-01-05'],
    // Feb 29: only leap years qualify
    ['29 февраля', NOW, false, '2028-02-29'],
    ['29 февраля', NOW, true, '2024-02-29'],
  ])('%j (now %s, preferPast %s) → %s', (text, now, preferPast, expected) => {
    expect(parsePageDate(text, { now, preferPast })).toBe(expected);
  });

  it('cannot place a year-less date without "now" (no global clock)', () => {
    expect(parsePageDate('от 1 сентября')).toBeNull();
    expect(parsePageDate('Sep 1, 2026')).toBe('2026-09-01');
  });
});

describe('parsePageDate: numeric order and invalid input', () => {
  it.each([
    // dots and dashes: day first, whatever the locale
    ['01.09.2026', undefined, '2026-09-01'],
    ['01.09.2026', 'en-US', '2026-09-01'],
    ['1-9-2026', undefined, '2026-09-01'],
    // slashes: by locale
    ['09/01/2026', 'en-US', '2026-09-01'],
    ['09/01/2026', 'en_US', '2026-09-01'],
    ['09/01/2026', 'pt-BR', '2026-01-09'],
    ['09/01/2026', 'ru', '2026-01-09'],
    ['09/01/2026', undefined, null],
    ['13/01/2026', undefined, '2026-01-13'],
    ['01/13/2026', undefined, '2026-01-13'],
    ['13/01/2026', 'en-US', '2026-01-13'], // 13 can't be a month
    ['05/05/2026', undefined, '2026-05-05'],
    // invalid days and years
    ['Feb 30, 2026', undefined, null],
    ['31.04.2026', undefined, null],
    ['29 Feb 2027', undefined, null],
    ['29 Feb 2028', undefined, '2028-02-29'],
    ['Sep 1, 1999', undefined, null],
    ['1 Sep 2101', undefined, null],
    ['2100-12-31', undefined, '2100-12-31'],
    ['2000-01-01', undefined, '2000-01-01'],
    // things that are not dates
    ['Total: US $26.70x1', undefined, null],
    ['R$132,74', undefined, null],
    ['Order ID: 8212313961591322', undefined, null],
    ['3 days ago', undefined, null],
    ['sold out 2 items', undefined, null],
    ['ready in 7 set', undefined, null],
    ['7 ago.', undefined, '2026-08-07'],
    ['', undefined, null],
  ])('%j (locale %s) → %s', (text, locale, expected) => {
    expect(parsePageDate(text, { now: NOW, locale })).toBe(expected);
  });
});

describe('the fixture harness month names (written by hand) are all read', () => {
  const LANGS = ['en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl'] as const;
  const PATTERNS = ['D MMM YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'MMMM D, YYYY', 'D. MMM YYYY', 'DD.MM.YYYY'];
  const cases = LANGS.flatMap((lang) =>
    Array.from({ length: 12 }, (_, i) => i + 1).flatMap((month) =>
      PATTERNS.map((pattern) => ({ lang, month, pattern })),
    ),
  );

  it.each(cases)('$lang month $month as "$pattern"', ({ lang, month, pattern }) => {
    // Day 10 of the month; "today" a year later so the offset is negative and crosses a year.
    const today = new Date(2027, month - 1, 10, 12);
    const printed = formatDay(today, -365, pattern, lang);
    expect(parsePageDate(printed, { now: today })).toBe(isoDay(today, -365));
  });

  it.each(LANGS)('%s: every month without a year ("D MMMM") lands on the nearest year', (lang) => {
    for (let offset = -150; offset <= 150; offset += 11) {
      const printed = formatDay(NOW, offset, 'D MMMM', lang);
      expect(parsePageDate(printed, { now: NOW }), printed).toBe(isoDay(NOW, offset));
      const short = formatDay(NOW, offset, 'D MMM', lang);
      // Undotted short forms that are also words ("7 set", "7 ago", "7 sie", "7 lis") need a year.
      if (!['set', 'ago', 'sie', 'lis'].some((w) => short.endsWith(` ${w}`))) {
        expect(parsePageDate(short, { now: NOW }), short).toBe(isoDay(NOW, offset));
      }
    }
  });

  it('the Intl-built month table has no word naming two months and covers every language', () => {
    const table = monthWordTable();
    for (const [word, month] of [
      ['sep', 9],
      ['сентября', 9],
      ['сент', 9],
      ['settembre', 9],
      ['septiembre', 9],
      ['setembro', 9],
      ['septembre', 9],
      ['september', 9],
      ['wrzesnia', 9],
      ['wrz', 9],
      ['marz', 3],
      ['aout', 8],
      ['мая', 5],
    ] as const) {
      expect(table.get(word), word).toBe(month);
    }
  });
});

describe('findPageDates', () => {
  it('finds every date in order, with its substring and index', () => {
    const text = 'Delivery: Apr. 24 - May. 14';
    const found = findPageDates(text, { now: NOW });
    expect(found.map((f) => f.day)).toEqual(['2027-04-24', '2027-05-14']);
    for (const f of found) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
    expect(found.map((f) => f.match)).toEqual(['Apr. 24', 'May. 14']);
  });

  it('reads the real detail block glued together by textContent', () => {
    const text =
      'Order placed onJul 15, 2026Paid onJul 15, 2026Shipment completed onJul 16, 2026Order completed onJul 28, 2026';
    expect(findPageDates(text).map((f) => f.day)).toEqual(['2026-07-15', '2026-07-15', '2026-07-16', '2026-07-28']);
  });

  it('keeps indexes right around NBSP, accents and two-character letters', () => {
    const text = `Payé le 3${NBSP}août${NBSP}2026 · 🚚 Livré le 9 sept. 2026`;
    const found = findPageDates(text);
    expect(found.map((f) => [f.day, f.match])).toEqual([
      ['2026-08-03', `3${NBSP}août${NBSP}2026`],
      ['2026-09-09', '9 sept. 2026'],
    ]);
    for (const f of found) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
  });

  it('prefers the full reading when a price is glued to a date ("R$5Aug 5, 2026")', () => {
    expect(findPageDates('R$5Aug 5, 2026').map((f) => f.day)).toEqual(['2026-08-05']);
  });

  it('is fast and quiet on 10 KB of hostile text', () => {
    const chunk =
      '1 сент. 2026 г. ((((((1.1.1.1.1 Sep Sep Sep 99/99/9999 2026-13-45 ' + '9'.repeat(40) + ' a'.repeat(20);
    const hostile = chunk.repeat(Math.ceil(10_240 / chunk.length));
    const started = performance.now();
    const found = findPageDates(hostile, { now: NOW });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.day === '2026-09-01')).toBe(true);
  });
});

describe('dayToInstant', () => {
  it.each([
    ['2026-09-04', 'start-of-day', new Date(2026, 8, 4, 0, 0, 0, 0)],
    ['2026-09-04', 'end-of-day', new Date(2026, 8, 4, 23, 59, 59, 999)],
    ['2028-02-29', 'end-of-day', new Date(2028, 1, 29, 23, 59, 59, 999)],
    ['2026-12-31', 'end-of-day', new Date(2026, 11, 31, 23, 59, 59, 999)],
    ['2026-03-29', 'start-of-day', new Date(2026, 2, 29, 0, 0, 0, 0)], // a European DST change day
  ] as const)('%s %s is that local instant, ISO with offset', (day, boundary, local) => {
    const at = dayToInstant(day, boundary);
    expect(IsoInstantSchema.safeParse(at).success).toBe(true);
    expect(new Date(at).getTime()).toBe(local.getTime());
    expect(at.startsWith(day)).toBe(true);
  });

  it('writes the same instant text as dayjs in zones with odd offsets and DST', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of [
        'UTC',
        'Europe/Moscow',
        'America/Sao_Paulo',
        'Asia/Kolkata',
        'America/St_Johns',
        'Pacific/Chatham',
        'America/Los_Angeles',
      ]) {
        process.env.TZ = tz; // Node re-reads the zone when TZ is assigned
        fc.assert(
          fc.property(
            fc.date({
              min: new Date('2000-01-01T00:00:00Z'),
              max: new Date('2100-12-31T00:00:00Z'),
              noInvalidDate: true,
            }),
            (date) => {
              expect(localIsoInstant(date)).toBe(dayjs(date).format(INSTANT_FORMAT));
            },
          ),
          { numRuns: 500 },
        );
        expect(dayToInstant('2026-09-04', 'end-of-day')).toBe(
          dayjs(new Date(2026, 8, 4))
            .endOf('day')
            .format(INSTANT_FORMAT),
        );
        expect(dayToInstant('2026-03-29', 'start-of-day')).toBe(
          dayjs(new Date(2026, 2, 29))
            .startOf('day')
            .format(INSTANT_FORMAT),
        );
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('rejects what is not a calendar day (a programming error, not page text)', () => {
    expect(() => dayToInstant('2026-02-30', 'end-of-day')).toThrow(RangeError);
    expect(() => dayToInstant('Sep 4', 'end-of-day')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const validDay = (day: string | null): boolean => {
    if (day === null) return true;
    const year = Number(day.slice(0, 4));
    return IsoDaySchema.safeParse(day).success && year >= 2000 && year <= 2100;
  };

  it('parsePageDate reads the first day findPageDates finds (it skips only the map back to the text)', () => {
    const pieces = fc.constantFrom(
      ' ',
      '.',
      ',',
      '1',
      '12',
      '29',
      '2026',
      'Sep',
      'SEP',
      'сент.',
      'Дата',
      'de',
      'set',
      'Order date:',
      'PaidOn',
      'é',
      '\u00ad',
      '\u00a0',
      '年',
      '9月1日',
      'x2',
      'Ago',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.array(pieces, { maxLength: 10 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (t, past) => {
        const expected = (past ? findPastPageDates(t, { now: NOW }) : findPageDates(t, { now: NOW }))[0]?.day ?? null;
        expect(parsePageDate(t, { now: NOW, preferPast: past })).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('a numeric pattern never matches a text its gate turns away (the gates only skip hopeless scans)', () => {
    const pieces = fc.constantFrom(
      ' ',
      '.',
      '/',
      '-',
      '1',
      '9',
      '12',
      '31',
      '2026',
      '20261',
      '年',
      '월',
      '月',
      '일',
      '日',
      '년',
      '\u00a0',
      'x',
      'Sep',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        for (const { name, pattern, gate } of GATED_PATTERNS_FOR_TESTS) {
          const scanned = new RegExp(pattern.source, pattern.flags.replace('g', '')).test(t);
          if (scanned) expect(gate.test(t), `${name} on ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    // And the gates do turn texts away: the common "Sep 1, 2026" runs none of the three scans.
    expect(GATED_PATTERNS_FOR_TESTS.filter(({ gate }) => gate.test('order date: sep 1, 2026'))).toEqual([]);
  });

  it('random text never throws and any day read is a valid date within 2000..2100', () => {
    const pieces = fc.constantFrom(
      ' ',
      '.',
      ',',
      '/',
      '-',
      '1',
      '12',
      '29',
      '31',
      '2026',
      '1999',
      'Sep',
      'сент.',
      'февраля',
      'de',
      'г.',
      '\u00a0',
      'März',
      '년',
      '월',
      '일',
      '年',
      'Feb',
      '30',
      '00',
      '2101',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(
        text,
        fc.date({ min: new Date(2001, 0, 1), max: new Date(2099, 0, 1), noInvalidDate: true }),
        fc.boolean(),
        (t, now, preferPast) => {
          const day = parsePageDate(t, { now, preferPast });
          expect(validDay(day)).toBe(true);
          for (const f of findPageDates(t, { now })) {
            expect(validDay(f.day)).toBe(true);
            expect(t.slice(f.index, f.index + f.match.length)).toBe(f.match);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any day printed by the harness in any language and pattern is read back', () => {
    const langs = fc.constantFrom('en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl');
    const patterns = fc.constantFrom(
      'D MMM YYYY',
      'D MMMM YYYY',
      'MMM D, YYYY',
      'DD.MM.YYYY',
      'YYYY-MM-DD',
      'Order date: D MMMM YYYY',
    );
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), langs, patterns, (offset, lang, pattern) => {
        const printed = formatDay(NOW, offset, pattern, lang);
        expect(parsePageDate(printed, { now: NOW })).toBe(isoDay(NOW, offset));
      }),
      { numRuns: 400 },
    );
  });
});
