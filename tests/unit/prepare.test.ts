/**
 * Getting the readers ready at idle time must be harmless: it never throws, and the readers read the same
 * afterwards (it only warms up what they compute anyway). What it saves is measured by `npm run bench`
 * (figures in utils/pages/prepare.ts).
 */
import { describe, expect, it } from 'vitest';
import { prepareReaders } from '@/utils/pages/prepare';
import { parsePageDate } from '@/utils/pages/dates';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';

describe('prepareReaders', () => {
  it('never throws, also with a broken clock, and leaves the readers reading as before', () => {
    const now = new Date(2026, 10, 21, 12);
    const before = [
      parsePageDate('Order date: Sep 1, 2026', { now }),
      readPrintedDeadlines('Refund if no delivery before Dec 4, 2026', { now }),
    ];
    expect(() => prepareReaders(new Date(Number.NaN))).not.toThrow();
    prepareReaders(now);
    expect([
      parsePageDate('Order date: Sep 1, 2026', { now }),
      readPrintedDeadlines('Refund if no delivery before Dec 4, 2026', { now }),
    ]).toEqual(before);
  });
});
