/**
 * The stored order index (utils/order-index.ts): its entries as one string, read back exactly; its summary agrees
 * with its entries; what isn't an index is refused (and kept aside by the store), and the first v2 form still reads.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeIndex,
  decodeIndexEntries,
  encodeIndex,
  encodeIndexEntries,
  indexSummary,
  OrderIndexSchema,
  soonestTime,
  type OrderIndex,
} from '@/utils/order-index';

const orderId = fc.stringMatching(/^[1-9]\d{9,21}$/);
const time = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 8_640_000_000_000 }));
const anIndex: fc.Arbitrary<OrderIndex> = fc.record({
  next: fc.dictionary(orderId, time, { maxKeys: 60 }),
  plannedUnder: fc.string({ maxLength: 40 }),
  plannedAt: fc.integer({ min: 0, max: 8_640_000_000_000 }),
  stateStamp: fc.string({ maxLength: 20 }),
});

describe('the order index as stored', () => {
  it('reads back exactly what was written, with the summary of its entries', () => {
    fc.assert(
      fc.property(anIndex, (index) => {
        const stored = encodeIndex(index);
        expect(typeof stored.next).toBe('string');
        const read = decodeIndex(JSON.parse(JSON.stringify(stored)));
        expect(read.ok && read.index).toEqual(index);
        expect(indexSummary(stored)).toEqual({
          soonest: soonestTime(index.next),
          plannedUnder: index.plannedUnder,
          plannedAt: index.plannedAt,
          stateStamp: index.stateStamp,
        });
      }),
    );
  });

  it('is far smaller than the object it replaces, and a time is at most 8 characters until the year 2058', () => {
    const next = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [String(8310000000000000 + i), 1_796_000_000_000 + i * 60_000]),
    );
    const compact = encodeIndexEntries(next);
    expect(compact.length).toBeLessThan(JSON.stringify(next).length * 0.85);
    expect((2_800_000_000_000).toString(36)).toHaveLength(8);
  });

  it('the summary says 0 when an order waits to be planned, and null when no order has a time', () => {
    expect(soonestTime({ '8310000000000000': 1_796_000_000_000, '8310000000000001': 0 })).toBe(0);
    expect(soonestTime({ '8310000000000000': null })).toBeNull();
    expect(soonestTime({})).toBeNull();
    expect(decodeIndexEntries('')).toEqual({});
  });

  it.each([
    ['an id that is no order id', '83100:lz3k8x0'],
    ['a negative time', '8310000000000000:-5'],
    ['a time with a fraction', '8310000000000000:lz3k.8'],
    ['a stray comma', '8310000000000000:lz3k8x0,'],
    ['two entries run together', '8310000000000000:lz3k8x08310000000000001:0'],
    ['a prototype key', '__proto__:0'],
    ['page text', '<img src=x onerror=alert(1)>'],
  ])('refuses %s (the store keeps it aside and lists the orders again)', (_name, entries) => {
    expect(decodeIndexEntries(entries)).toBeNull();
    const read = decodeIndex({ next: entries, plannedUnder: '', plannedAt: 0, stateStamp: '' });
    expect(read.ok).toBe(false);
  });

  it('still reads the first v2 form (entries as an object), which has no summary to trust', () => {
    const first = {
      next: { '8310000000000000': 1_796_000_000_000, '8310000000000001': null },
      plannedUnder: 'x',
      plannedAt: 5,
      stateStamp: 'y',
    };
    expect(decodeIndex(first)).toEqual({ ok: true, index: OrderIndexSchema.parse(first) });
    expect(indexSummary(first)).toBeNull();
  });

  it('a summary that no longer matches its entries (a hand edit) is not trusted', () => {
    const stored = encodeIndex({
      next: { '8310000000000000': 1_796_000_000_000 },
      plannedUnder: '',
      plannedAt: 0,
      stateStamp: '',
    });
    expect(indexSummary({ ...stored, next: `${stored.next},8310000000000001:0` })).toBeNull();
    expect(indexSummary({ ...stored, soonest: 'soon' })).toBeNull();
    expect(indexSummary(null)).toBeNull();
    expect(indexSummary('8310000000000000:0')).toBeNull();
  });

  it('will not write an index naming something that is not an order id', () => {
    expect(() => encodeIndexEntries({ 'order:1': 0 })).toThrow(/not an order id/);
  });
});
