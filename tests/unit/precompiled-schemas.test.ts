/**
 * The readers check every card with PageOrderSchema compiled ahead of time (utils/precompiled-schemas.ts). This file
 * checks the three things that make that safe: the generated code is the code zod generates for today's schema (a
 * stale file fails here, and is never used at run time), nothing is evaluated from a string (it works where `new
 * Function` throws, as under an extension's CSP), and the compiled check answers exactly as the interpreted schema
 * does: same verdict, same output, same issues, on every fixture reading and on random damage to them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageOrderSchema, type PageOrder } from '@/utils/model';
import { pageOrderCheck, preparePageOrderCheck, withPrecompiledParser } from '@/utils/precompiled-schemas';
import { PAGE_ORDER_PARSER } from '@/utils/precompiled/page-order';
import { globalListReader } from '@/utils/pages/global-list';
import { ruDetailReader } from '@/utils/pages/ru-detail';
import { PRECOMPILED, moduleText, precompiledPath } from '../tools/precompile-schemas';
import { fixtureDocument } from './support/dom';

const NOW = new Date(2026, 10, 21, 12, 0);

/** Real readings: every card of the English list and a Russian order page with a dispute. */
function fixtureOrders(): PageOrder[] {
  const url = 'https://www.aliexpress.com/p/order/index.html';
  const list = fixtureDocument('global-list-en-mixed.html', url, NOW);
  const cards = globalListReader.findCards(list).map((card) => globalListReader.readCard(card, { url: new URL(url), now: NOW }));
  const detailUrl = 'https://aliexpress.ru/order-list/8213550917364410';
  const detail = ruDetailReader.read(fixtureDocument('ru-detail-ru-dispute.html', detailUrl, NOW), { url: new URL(detailUrl), now: NOW });
  const orders = [...cards, detail].flatMap((result) => (result.ok ? [result.order] : []));
  expect(orders.length).toBeGreaterThan(5);
  return orders;
}

describe('precompiled PageOrderSchema', () => {
  it.each(PRECOMPILED.map((entry) => [entry.file, entry] as const))('utils/precompiled/%s.ts is what `npm run schemas:precompile` writes today', (_file, entry) => {
    expect(readFileSync(precompiledPath(entry), 'utf8')).toBe(moduleText(entry));
  });

  it('is installed without evaluating code: it works where `new Function` throws (an extension CSP)', () => {
    const realFunction = globalThis.Function;
    let evalAttempts = 0;
    globalThis.Function = function () {
      evalAttempts++;
      throw new EvalError('Evaluating a string as JavaScript violates the Content Security Policy');
    } as unknown as FunctionConstructor;
    try {
      const check = withPrecompiledParser(PageOrderSchema, PAGE_ORDER_PARSER);
      expect(check).not.toBe(PageOrderSchema);
      expect(check.safeParse(fixtureOrders()[0]).success).toBe(true);
    } finally {
      globalThis.Function = realFunction;
    }
    expect(evalAttempts).toBe(0);
    expect(globalThis.Function).toBe(realFunction);
  });

  it('the readers use the compiled check once prepared (at idle), and a stale parser (other code) is never used', () => {
    preparePageOrderCheck();
    expect(pageOrderCheck()).not.toBe(PageOrderSchema);
    let staleCalls = 0;
    const stale = { hash: '0000000000000000', factory: () => () => (staleCalls++, { anything: true }) };
    const check = withPrecompiledParser(PageOrderSchema, stale);
    expect(check).toBe(PageOrderSchema);
    expect(check.safeParse({ orderId: 'not an id' }).success).toBe(false);
    expect(staleCalls).toBe(0);
  });

  it('answers as the interpreted schema on every fixture reading, without running the interpreted parser', () => {
    preparePageOrderCheck();
    const PageOrderCheck = pageOrderCheck();
    const orders = fixtureOrders();
    for (const order of orders) expect(PageOrderCheck.safeParse(order)).toEqual(PageOrderSchema.safeParse(order));
    // The interpreted parser runs only for what the fast path refuses: never for a valid reading, always for a bad one.
    const internals = PageOrderSchema._zod;
    const interpreted = internals.run;
    let interpretedRuns = 0;
    internals.run = (payload, ctx) => {
      interpretedRuns++;
      return interpreted(payload, ctx);
    };
    try {
      for (const order of orders) PageOrderCheck.safeParse(order);
      expect(interpretedRuns).toBe(0);
      expect(PageOrderCheck.safeParse({ ...orders[0], orderId: 'not an id' }).success).toBe(false);
      expect(interpretedRuns).toBe(1);
    } finally {
      internals.run = interpreted;
    }
  });

  it('answers as the interpreted schema on damaged readings: same verdict, output and issues', () => {
    preparePageOrderCheck();
    const PageOrderCheck = pageOrderCheck();
    const orders = fixtureOrders();
    const hostileText = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', '   ', 'x'.repeat(1500), 'javascript:alert(1)', 'data:text/html,x', 'https://ok.example/x', '2026-02-30',
        '2026-09-01', '2026-09-01T00:00:00.000+02:00', 'awaiting_delivery', 'nope', '8214398062177351', '12'),
    );
    const hostileValue = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
      fc.array(hostileText, { maxLength: 3 }), fc.dictionary(fc.constantFrom('name', 'url', 'title', 'kind', 'at'), hostileText));
    // A path into the order (a top-level field, a field of its store, first item or first deadline) and a value for it.
    const path = fc.oneof(
      fc.constantFrom(...Object.keys(PageOrderSchema.shape)).map((key) => [key]),
      fc.constantFrom('name', 'url', 'extra').map((key) => ['store', key]),
      fc.constantFrom('title', 'imageUrl', 'quantity', 'price', 'url', 'extra').map((key) => ['items', 0, key]),
      fc.constantFrom('kind', 'at', 'confidence', 'source', 'pageText').map((key) => ['deadlines', 0, key]),
    );
    fc.assert(
      fc.property(fc.nat(orders.length - 1), fc.array(fc.tuple(path, hostileValue), { maxLength: 3 }), (index, edits) => {
        const order: Record<string, unknown> = structuredClone(orders[index]!);
        for (const [keys, value] of edits) {
          let target: unknown = order;
          for (const key of keys.slice(0, -1)) target = (target as Record<string | number, unknown> | undefined)?.[key];
          if (target && typeof target === 'object') (target as Record<string | number, unknown>)[keys.at(-1)!] = value;
        }
        expect(PageOrderCheck.safeParse(order)).toEqual(PageOrderSchema.safeParse(order));
      }),
      { numRuns: 3000 },
    );
  });
});
