/**
 * The content script checks the page's own data with the small checks of utils/pages/shape.ts instead of zod
 * (issue 14 §5: zod cost ~7 kB gzip on every order page). They must accept and refuse exactly what the zod
 * schemas they replaced did, on any JSON a page script could post.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  either,
  finite,
  list,
  literal,
  looseObject,
  oneOf,
  optional,
  recordOf,
  safeParse,
  text,
  type Check,
} from '@/utils/pages/shape';

const anything: Check<unknown> = (value) => value;

/** The list card's fields (utils/pages/mtop.ts), as the shape checks and as the zod schema it replaced. */
const button = looseObject({ type: optional(text(6)), text: optional(text(8)) });
const listFields = looseObject({
  orderId: optional(either(text(Infinity), finite)),
  statusText: optional(text(8)),
  buttons: optional(list(button, 3)),
  utParams: optional(looseObject({ args: optional(looseObject({ orderStatus: optional(finite) })) })),
  fields: optional(recordOf(anything)),
  kind: optional(oneOf(['a', 'b'])),
  version: optional(literal(1)),
});
const ZodButton = z.object({ type: z.string().max(6).optional(), text: z.string().max(8).optional() }).loose();
const ZodListFields = z
  .object({
    orderId: z.union([z.string(), z.number()]).optional(),
    statusText: z.string().max(8).optional(),
    buttons: z.array(ZodButton).max(3).optional(),
    utParams: z
      .object({ args: z.object({ orderStatus: z.number().optional() }).loose().optional() })
      .loose()
      .optional(),
    fields: z.record(z.string(), z.unknown()).optional(),
    kind: z.enum(['a', 'b']).optional(),
    version: z.literal(1).optional(),
  })
  .loose();

/** Values near the shape: each field missing, fitting, too long, of another type or of any JSON value. */
const field = <T>(fitting: fc.Arbitrary<T>) =>
  fc.option(fc.oneof(fitting, fc.jsonValue(), fc.constant(null), fc.double()), { nil: undefined });
const nearButton = fc.record(
  { type: field(fc.string({ maxLength: 9 })), text: field(fc.string({ maxLength: 10 })), extra: fc.jsonValue() },
  { requiredKeys: [] },
);
const nearListFields = fc.record(
  {
    orderId: field(fc.oneof(fc.string(), fc.integer(), fc.constant(Infinity))),
    statusText: field(fc.string({ maxLength: 10 })),
    buttons: field(fc.array(nearButton, { maxLength: 4 })),
    utParams: field(fc.record({ args: field(fc.record({ orderStatus: field(fc.double()) })) })),
    fields: field(fc.dictionary(fc.string(), fc.jsonValue())),
    kind: field(fc.constantFrom('a', 'b', 'c')),
    version: field(fc.constantFrom(1, 2, '1')),
    other: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('shape checks agree with the zod schemas they replaced', () => {
  it('on values near the shape and on any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(nearListFields, fc.jsonValue(), fc.array(nearListFields)), (value) => {
        const ours = safeParse(listFields, value);
        const theirs = ZodListFields.safeParse(value);
        expect(ours.success).toBe(theirs.success);
        if (ours.success && theirs.success) expect(ours.data).toEqual(theirs.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a posted "__proto__" key instead of copying it, as zod does', () => {
    const posted = JSON.parse('{"__proto__": {"statusText": "forged"}, "fields": {"__proto__": {"x": 1}, "a": 2}}');
    const result = safeParse(listFields, posted);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(Object.keys(result.data)).toEqual(['fields']);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(result.data.statusText).toBeUndefined();
    expect(Object.getPrototypeOf(result.data.fields)).toBe(Object.prototype);
    expect(result.data.fields).toEqual({ a: 2 });
    expect(result.data).toEqual(ZodListFields.parse(posted));
  });

  it('refuses an over-long text, a long list and a wrong type, and keeps unknown keys', () => {
    expect(safeParse(listFields, { statusText: 'x'.repeat(9) }).success).toBe(false);
    expect(safeParse(listFields, { buttons: [{}, {}, {}, {}] }).success).toBe(false);
    expect(safeParse(listFields, { orderId: { id: 1 } }).success).toBe(false);
    expect(safeParse(listFields, { utParams: { args: { orderStatus: '9' } } }).success).toBe(false);
    expect(safeParse(listFields, [])).toEqual({ success: false });
    expect(safeParse(listFields, { orderId: 8214398062177351, more: [1] })).toEqual({
      success: true,
      data: { orderId: 8214398062177351, more: [1] },
    });
  });
});
