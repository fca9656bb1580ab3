import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rebaseDates } from '../harness/rebase-dates';

// The frozen v1 storage example is rebased onto the day a test runs (tests/e2e/faults.e2e.ts): its deadlines must
// keep their distance to that day and their page text must keep naming the same day as the deadline.
describe('rebaseDates', () => {
  const v1 = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/storage/v1-orders.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it.each([new Date(2026, 11, 7, 10), new Date(2027, 1, 28, 23, 30), new Date(2030, 6, 1, 0, 5)])(
    'moves every date by whole days onto %s',
    (today) => {
      const rebased = rebaseDates(v1, '2026-11-21', today) as typeof v1;
      const order = rebased['8214398062177351'] as {
        lastSeenAt: string;
        facts: { deadlines: Array<{ at: string; pageText: string }> };
      };
      const localDay = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      expect(order.lastSeenAt.slice(0, 10)).toBe(localDay);
      const [protection] = order.facts.deadlines;
      // Nov 21 → Nov 30 is 9 days: still 9 days after the (rebased) reading, with the offset kept.
      const end = new Date(Date.parse(`${localDay}T00:00:00.000+00:00`) + 9 * 86_400_000);
      expect(protection!.at).toBe(`${end.toISOString().slice(0, 10)}T00:00:00.000+00:00`);
      const printed = end.toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(protection!.pageText).toBe(`Refund if no delivery before ${printed}`);
      // Order ids and other non-date text are left as they were.
      expect(Object.keys(rebased)).toEqual(Object.keys(v1));
    },
  );
});
