import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import fc from 'fast-check';
import { computeDeadlines } from '@/utils/rules';
import {
  DEFAULT_SETTINGS,
  DeadlineSchema,
  IsoInstantSchema,
  ORDER_STAGES,
  TrackedOrderSchema,
  type Deadline,
  type DeadlineKind,
  type OrderEvents,
  type OrderStage,
  type PageOrder,
  type Settings,
  type StageSeen,
  type TrackedOrder,
} from '@/utils/model';

/** A local wall-clock time (`2026-06-12 15:00`) as an instant with offset: the test reads the same in any zone. */
const local = (wallClock: string): string => dayjs(wallClock).format('YYYY-MM-DDTHH:mm:ss.SSSZ');
/** How the buyer reads a deadline: its local day and time. */
const localWall = (at: string): string => dayjs(at).format('YYYY-MM-DD HH:mm:ss.SSS');
const endOfLocalDay = (day: string): string => `${day} 23:59:59.999`;

const NOW = new Date(dayjs('2026-07-01 12:00').valueOf());

interface OrderParts {
  status?: OrderStage;
  orderedAt?: string;
  events?: OrderEvents;
  pageDeadlines?: Deadline[];
  userDeadlines?: Deadline[];
  stageHistory?: StageSeen[];
  facts?: Partial<PageOrder>;
}

/** A valid tracked order with only what a case needs; validated so a test never feeds impossible data. */
function makeOrder(parts: OrderParts = {}): TrackedOrder {
  return TrackedOrderSchema.parse({
    orderId: '8200000000000001',
    facts: {
      orderId: '8200000000000001',
      site: 'www.aliexpress.com',
      pageKind: 'global-detail',
      status: parts.status ?? 'awaiting_delivery',
      statusText: 'status as printed',
      orderedAt: parts.orderedAt,
      items: [],
      actions: [],
      events: parts.events ?? {},
      deadlines: parts.pageDeadlines ?? [],
      unread: [],
      ...parts.facts,
    },
    firstSeenAt: local('2026-05-01 10:00'),
    lastSeenAt: local('2026-07-01 10:00'),
    stageHistory: parts.stageHistory ?? [],
    userDeadlines: parts.userDeadlines ?? [],
    archived: false,
  });
}

function withRules(rules: Partial<Settings['rules']>): Settings {
  return { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, ...rules } };
}

/** kind → "local wall time | confidence | source" for compact, readable expectations. */
function summary(deadlines: Deadline[]): Record<string, string> {
  return Object.fromEntries(deadlines.map((d) => [d.kind, `${localWall(d.at)} | ${d.confidence} | ${d.source}`]));
}

const seen = (stage: OrderStage, wallClock: string): StageSeen => ({ stage, firstSeenAt: local(wallClock) });

describe('computeDeadlines: the rule of each stage (domain.md §1, default settings)', () => {
  it.each<[string, OrderParts, Record<string, string>]>([
    [
      'awaiting_delivery: 40 days from shipment (early: the real page printed 50), extension request 7 days before, late dispute window 15 days after',
      { status: 'awaiting_delivery', orderedAt: '2026-06-01', events: { shippedAt: '2026-06-06' } },
      {
        protection_end: `${endOfLocalDay('2026-07-16')} | estimated | rule:protectionDays=40 from shipment`,
        extension_request_by: `${endOfLocalDay('2026-07-09')} | estimated | rule:extensionRequestDaysBefore=7 before the estimated protection end`,
        late_dispute_window_end: `${endOfLocalDay('2026-07-31')} | estimated | rule:lateDisputeDays=15 after the estimated protection end`,
      },
    ],
    [
      'completed: 7-day return window from completion, 90-day dispute window from the order date',
      { status: 'completed', orderedAt: '2026-05-01', events: { completedAt: '2026-06-20' } },
      {
        return_window_end: `${endOfLocalDay('2026-06-27')} | estimated | rule:returnWindowDays=7 from completion`,
        dispute_window_end: `${endOfLocalDay('2026-07-30')} | estimated | rule:disputeWindowDays=90 from order date`,
      },
    ],
    [
      'dispute_open with the opening day printed',
      {
        status: 'dispute_open',
        events: { disputeOpenedAt: '2026-06-10' },
        stageHistory: [seen('dispute_open', '2026-06-12 15:00')],
      },
      {
        escalation_available: `${endOfLocalDay('2026-06-13')} | estimated | rule:escalationAfterDays=3 from dispute opened`,
        seller_response_due: `${endOfLocalDay('2026-06-15')} | estimated | rule:sellerResponseDays=5 from dispute opened`,
        auto_escalation: `${endOfLocalDay('2026-06-25')} | estimated | rule:autoEscalationDays=15 from dispute opened`,
      },
    ],
    [
      'dispute_open known only from the day it was first seen',
      {
        status: 'dispute_open',
        stageHistory: [seen('awaiting_delivery', '2026-06-07 09:00'), seen('dispute_open', '2026-06-12 15:00')],
      },
      {
        escalation_available: `${endOfLocalDay('2026-06-15')} | estimated | rule:escalationAfterDays=3 from dispute first seen`,
        seller_response_due: `${endOfLocalDay('2026-06-17')} | estimated | rule:sellerResponseDays=5 from dispute first seen`,
        auto_escalation: `${endOfLocalDay('2026-06-27')} | estimated | rule:autoEscalationDays=15 from dispute first seen`,
      },
    ],
    [
      'dispute_escalated: decision within 60 days',
      {
        status: 'dispute_escalated',
        stageHistory: [seen('dispute_open', '2026-05-20 10:00'), seen('dispute_escalated', '2026-06-01 08:00')],
      },
      {
        decision_expected: `${endOfLocalDay('2026-07-31')} | estimated | rule:decisionDays=60 from escalation first seen`,
      },
    ],
    [
      'return_required: ship the item back within 10 days',
      { status: 'return_required', stageHistory: [seen('return_required', '2026-06-20 18:30')] },
      {
        return_ship_by: `${endOfLocalDay('2026-06-30')} | estimated | rule:returnShipDays=10 from return request first seen`,
      },
    ],
    [
      'refund_pending: money back within 60 days',
      { status: 'refund_pending', stageHistory: [seen('refund_pending', '2026-05-10 11:00')] },
      {
        refund_due: `${endOfLocalDay('2026-07-09')} | estimated | rule:refundWaitDays=60 from refund decision first seen`,
      },
    ],
    [
      'dispute_lost: appeal within 7 days of the result (low confidence, still estimated)',
      { status: 'dispute_lost', stageHistory: [seen('dispute_lost', '2026-06-25 20:00')] },
      {
        appeal_follow_up: `${endOfLocalDay('2026-07-02')} | estimated | rule:appealWithinDays=7 from dispute lost first seen (low confidence)`,
      },
    ],
  ])('%s', (_case, parts, expected) => {
    expect(summary(computeDeadlines(makeOrder(parts), DEFAULT_SETTINGS, NOW))).toEqual(expected);
  });

  const everythingKnown: OrderParts = {
    orderedAt: '2026-05-01',
    events: {
      paidAt: '2026-05-01',
      shippedAt: '2026-05-03',
      deliveredAt: '2026-05-20',
      completedAt: '2026-05-25',
      disputeOpenedAt: '2026-06-01',
    },
    stageHistory: ORDER_STAGES.map((stage, index) => seen(stage, `2026-06-${String(index + 10)} 10:00`)),
  };
  it.each<OrderStage>(['awaiting_payment', 'awaiting_shipment', 'closed', 'unknown'])(
    '%s: no rule applies even when every date is known',
    (status) => {
      expect(computeDeadlines(makeOrder({ ...everythingKnown, status }), DEFAULT_SETTINGS, NOW)).toEqual([]);
    },
  );

  it.each<[OrderStage, DeadlineKind[]]>([
    ['awaiting_delivery', ['protection_end', 'extension_request_by', 'late_dispute_window_end']],
    ['completed', ['dispute_window_end', 'return_window_end']],
    ['dispute_open', ['escalation_available', 'seller_response_due', 'auto_escalation']],
    ['dispute_escalated', ['decision_expected']],
    ['return_required', ['return_ship_by']],
    ['refund_pending', ['refund_due']],
    ['dispute_lost', ['appeal_follow_up']],
  ])('%s gives only its own kinds, never another stage’s, from the same facts', (status, kinds) => {
    const found = computeDeadlines(makeOrder({ ...everythingKnown, status }), DEFAULT_SETTINGS, NOW).map((d) => d.kind);
    expect([...found].sort()).toEqual([...kinds].sort());
  });

  it.each<[string, Partial<Settings['rules']>, OrderParts, DeadlineKind, string, string]>([
    [
      'a 60-day protection',
      { protectionDays: 60 },
      { events: { shippedAt: '2026-06-06' } },
      'protection_end',
      '2026-08-05',
      'rule:protectionDays=60 from shipment',
    ],
    [
      'a 15-day return window',
      { returnWindowDays: 15 },
      { status: 'completed', events: { completedAt: '2026-06-20' } },
      'return_window_end',
      '2026-07-05',
      'rule:returnWindowDays=15 from completion',
    ],
    [
      'a 7-day automatic escalation (seed 000)',
      { autoEscalationDays: 7 },
      { status: 'dispute_open', events: { disputeOpenedAt: '2026-06-10' } },
      'auto_escalation',
      '2026-06-17',
      'rule:autoEscalationDays=7 from dispute opened',
    ],
    [
      'asking for an extension 5 days before',
      { extensionRequestDaysBefore: 5 },
      { events: { shippedAt: '2026-06-06' } },
      'extension_request_by',
      '2026-07-11',
      'rule:extensionRequestDaysBefore=5 before the estimated protection end',
    ],
  ])('the buyer’s settings drive the rule: %s', (_case, rules, parts, kind, day, source) => {
    const deadline = computeDeadlines(makeOrder(parts), withRules(rules), NOW).find((d) => d.kind === kind);
    expect(deadline && localWall(deadline.at)).toBe(endOfLocalDay(day));
    expect(deadline?.source).toBe(source);
  });
});

describe('computeDeadlines: who wins (domain.md rules 1–3)', () => {
  const printedProtection: Deadline = {
    kind: 'protection_end',
    at: local('2026-09-01 00:00'),
    confidence: 'exact',
    source: 'page:detail_order_services',
    pageText: 'Refund if no delivery before Sep 1, 2026',
  };

  it('a printed protection end beats the rule, and the extension request counts from it', () => {
    const deadlines = computeDeadlines(
      makeOrder({ events: { shippedAt: '2026-06-06' }, pageDeadlines: [printedProtection] }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(summary(deadlines)).toEqual({
      extension_request_by:
        '2026-08-25 00:00:00.000 | estimated | rule:extensionRequestDaysBefore=7 before the printed protection end',
      protection_end: '2026-09-01 00:00:00.000 | exact | page:detail_order_services',
      late_dispute_window_end:
        '2026-09-16 00:00:00.000 | estimated | rule:lateDisputeDays=15 after the printed protection end',
    });
    expect(deadlines.find((d) => d.kind === 'protection_end')?.pageText).toBe(
      'Refund if no delivery before Sep 1, 2026',
    );
  });

  it('a printed protection end is used even with no shipment date (the page is the truth)', () => {
    const kinds = computeDeadlines(makeOrder({ pageDeadlines: [printedProtection] }), DEFAULT_SETTINGS, NOW).map(
      (d) => d.kind,
    );
    expect(kinds).toEqual(['extension_request_by', 'protection_end', 'late_dispute_window_end']);
  });

  it('a printed return window beats the rule for a completed order', () => {
    const printed: Deadline = {
      kind: 'return_window_end',
      at: local('2026-07-05 23:59'),
      confidence: 'exact',
      source: 'page:return notice',
    };
    const deadlines = computeDeadlines(
      makeOrder({
        status: 'completed',
        orderedAt: '2026-05-01',
        events: { completedAt: '2026-06-20' },
        pageDeadlines: [printed],
      }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(summary(deadlines)['return_window_end']).toBe('2026-07-05 23:59:00.000 | exact | page:return notice');
    expect(summary(deadlines)['dispute_window_end']).toContain('estimated');
  });

  it('the buyer’s own EARLIER date beats the printed one and the rule; the extension counts from it', () => {
    const own: Deadline = {
      kind: 'protection_end',
      at: local('2026-08-28 12:00'),
      confidence: 'exact',
      source: 'user',
    };
    const deadlines = computeDeadlines(
      makeOrder({ events: { shippedAt: '2026-06-06' }, pageDeadlines: [printedProtection], userDeadlines: [own] }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(summary(deadlines)).toEqual({
      extension_request_by:
        '2026-08-21 12:00:00.000 | estimated | rule:extensionRequestDaysBefore=7 before your protection end',
      protection_end: '2026-08-28 12:00:00.000 | exact | user',
      late_dispute_window_end:
        '2026-09-12 12:00:00.000 | estimated | rule:lateDisputeDays=15 after your protection end',
    });
  });

  it('the buyer’s LATER date does not beat the printed one: the page keeps counting, with the buyer’s date kept beside it', () => {
    const own: Deadline = {
      kind: 'protection_end',
      at: local('2026-09-10 12:00'),
      confidence: 'exact',
      source: 'user',
    };
    const deadlines = computeDeadlines(
      makeOrder({ events: { shippedAt: '2026-06-06' }, pageDeadlines: [printedProtection], userDeadlines: [own] }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(summary(deadlines)['protection_end']).toBe('2026-09-01 00:00:00.000 | exact | page:detail_order_services');
    expect(deadlines.find((d) => d.kind === 'protection_end')?.buyerLaterAt).toBe(own.at);
    expect(summary(deadlines)['extension_request_by']).toContain('before the printed protection end');
  });

  it('the buyer’s own date for a derived kind beats the derivation', () => {
    const own: Deadline = {
      kind: 'extension_request_by',
      at: local('2026-08-20 18:00'),
      confidence: 'estimated',
      source: 'user',
    };
    const deadlines = computeDeadlines(
      makeOrder({ events: { shippedAt: '2026-06-06' }, userDeadlines: [own] }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(summary(deadlines)['extension_request_by']).toBe('2026-08-20 18:00:00.000 | estimated | user');
  });

  it('two printed dates of one kind: the earlier one wins, so the buyer is warned early', () => {
    const later: Deadline = { ...printedProtection, at: local('2026-09-03 00:00') };
    const deadlines = computeDeadlines(makeOrder({ pageDeadlines: [later, printedProtection] }), DEFAULT_SETTINGS, NOW);
    expect(deadlines.filter((d) => d.kind === 'protection_end').map((d) => localWall(d.at))).toEqual([
      '2026-09-01 00:00:00.000',
    ]);
  });

  it.each<OrderStage>(['closed', 'unknown', 'awaiting_shipment', 'dispute_open'])(
    '%s: custom deadlines and printed dates are always kept',
    (status) => {
      const customs: Deadline[] = [
        {
          kind: 'custom',
          at: local('2026-07-03 10:00'),
          confidence: 'exact',
          source: 'user',
          label: 'Ask support for the appeal result',
        },
        {
          kind: 'custom',
          at: local('2026-07-02 10:00'),
          confidence: 'exact',
          source: 'user',
          label: 'Check the Alipay balance',
        },
        {
          kind: 'custom',
          at: local('2026-07-02 10:00'),
          confidence: 'exact',
          source: 'user',
          label: 'Check the Alipay balance',
        },
      ];
      const labels = computeDeadlines(
        makeOrder({ status, userDeadlines: customs, pageDeadlines: [printedProtection] }),
        DEFAULT_SETTINGS,
        NOW,
      ).map((d) => d.label ?? d.kind);
      expect(labels).toEqual(['Check the Alipay balance', 'Ask support for the appeal result', 'protection_end']);
    },
  );

  it.each<[string, OrderParts]>([
    ['a shipment on 9999-12-31 (90 days later is year 10000)', { events: { shippedAt: '9999-12-31' } }],
    ['a dispute opened on 9999-12-30', { status: 'dispute_open', events: { disputeOpenedAt: '9999-12-30' } }],
  ])('a date that cannot be written as an instant gives no deadline: %s', (_case, parts) => {
    expect(computeDeadlines(makeOrder(parts), DEFAULT_SETTINGS, NOW)).toEqual([]);
  });

  it('an unreadable date from storage is dropped, not thrown on', () => {
    const broken = { ...printedProtection, at: 'before Sep 4' };
    const deadlines = computeDeadlines(
      { ...makeOrder({ events: { shippedAt: '2026-06-06' } }), userDeadlines: [broken] },
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(summary(deadlines)['protection_end']).toContain('rule:protectionDays=40');
  });
});

describe('computeDeadlines: unknown stays unknown (domain.md rule 3)', () => {
  it.each<[string, OrderParts]>([
    [
      'awaiting_delivery with only an order date: protection is never counted from the order',
      { orderedAt: '2026-06-01', events: { paidAt: '2026-06-01' } },
    ],
    [
      'dispute_open with neither an opening day nor a history entry',
      { status: 'dispute_open', stageHistory: [seen('awaiting_delivery', '2026-06-07 09:00')] },
    ],
    [
      'dispute_escalated never seen in the history',
      { status: 'dispute_escalated', stageHistory: [seen('dispute_open', '2026-06-07 09:00')] },
    ],
    ['return_required with an empty history', { status: 'return_required' }],
    ['refund_pending with an empty history', { status: 'refund_pending' }],
    ['dispute_lost with an empty history', { status: 'dispute_lost' }],
    [
      'completed with neither completion nor order date',
      { status: 'completed', events: { deliveredAt: '2026-06-15' } },
    ],
  ])('%s → no deadline', (_case, parts) => {
    expect(computeDeadlines(makeOrder(parts), DEFAULT_SETTINGS, NOW)).toEqual([]);
  });

  it.each<[string, OrderParts, DeadlineKind[]]>([
    [
      'no completion date: no return window, the dispute window still counts from the order',
      { status: 'completed', orderedAt: '2026-05-01', stageHistory: [seen('completed', '2026-06-20 10:00')] },
      ['dispute_window_end'],
    ],
    [
      'no order date: the return window alone',
      { status: 'completed', events: { completedAt: '2026-06-20' } },
      ['return_window_end'],
    ],
  ])('completed, %s', (_case, parts, kinds) => {
    expect(computeDeadlines(makeOrder(parts), DEFAULT_SETTINGS, NOW).map((d) => d.kind)).toEqual(kinds);
  });
});

describe('computeDeadlines: the stage history', () => {
  it('a dispute cancelled back to awaiting_delivery: dispute clocks gone, protection from shipment again', () => {
    const order = makeOrder({
      status: 'awaiting_delivery',
      events: { shippedAt: '2026-06-06' },
      stageHistory: [
        seen('awaiting_delivery', '2026-06-07 09:00'),
        seen('dispute_open', '2026-06-12 15:00'),
        seen('awaiting_delivery', '2026-06-20 09:00'),
      ],
    });
    expect(computeDeadlines(order, DEFAULT_SETTINGS, NOW).map((d) => d.kind)).toEqual([
      'extension_request_by',
      'protection_end',
      'late_dispute_window_end',
    ]);
  });

  it.each<[string, StageSeen[], string]>([
    [
      'a dispute reopened counts from its new start',
      [
        seen('awaiting_delivery', '2026-06-07 09:00'),
        seen('dispute_open', '2026-06-12 15:00'),
        seen('awaiting_delivery', '2026-06-20 09:00'),
        seen('dispute_open', '2026-06-25 09:00'),
      ],
      '2026-06-30',
    ],
    [
      'a stage recorded on every read does not slide: the run’s first entry counts',
      [
        seen('dispute_open', '2026-06-12 15:00'),
        seen('dispute_open', '2026-06-14 15:00'),
        seen('dispute_open', '2026-06-28 15:00'),
      ],
      '2026-06-17',
    ],
    [
      'an unsorted history is read in time order',
      [seen('dispute_open', '2026-06-14 15:00'), seen('dispute_open', '2026-06-12 15:00')],
      '2026-06-17',
    ],
    [
      'the history not yet updated after a return: the older start, earlier rather than late',
      [seen('dispute_open', '2026-06-12 15:00'), seen('awaiting_delivery', '2026-06-20 09:00')],
      '2026-06-17',
    ],
    [
      'an entry stamped after now (clock jumped back) is ignored',
      [
        seen('dispute_open', '2026-06-12 15:00'),
        seen('awaiting_delivery', '2026-06-20 09:00'),
        seen('dispute_open', '2026-07-20 09:00'),
      ],
      '2026-06-17',
    ],
  ])('%s', (_case, stageHistory, sellerDay) => {
    const deadlines = computeDeadlines(makeOrder({ status: 'dispute_open', stageHistory }), DEFAULT_SETTINGS, NOW);
    const sellerResponse = deadlines.find((d) => d.kind === 'seller_response_due');
    expect(sellerResponse && localWall(sellerResponse.at)).toBe(endOfLocalDay(sellerDay));
  });

  it('results come sorted by date', () => {
    const deadlines = computeDeadlines(
      makeOrder({
        status: 'dispute_open',
        events: { disputeOpenedAt: '2026-06-10' },
        userDeadlines: [
          {
            kind: 'custom',
            at: local('2026-06-14 08:00'),
            confidence: 'exact',
            source: 'user',
            label: 'Chat with the seller',
          },
        ],
      }),
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(deadlines.map((d) => d.label ?? d.kind)).toEqual([
      'escalation_available',
      'Chat with the seller',
      'seller_response_due',
      'auto_escalation',
    ]);
  });
});

describe('computeDeadlines: local days, whatever the zone (TZ is left as the machine has it)', () => {
  it.each<[string, string, string]>([
    ['first seen at 23:30 local counts from that day', '2026-06-12 23:30', '2026-06-17'],
    ['first seen at 00:10 local counts from the new day', '2026-06-13 00:10', '2026-06-18'],
  ])('%s', (_case, wallClock, sellerDay) => {
    const order = makeOrder({ status: 'dispute_open', stageHistory: [seen('dispute_open', wallClock)] });
    const sellerResponse = computeDeadlines(order, DEFAULT_SETTINGS, NOW).find((d) => d.kind === 'seller_response_due');
    expect(sellerResponse && localWall(sellerResponse.at)).toBe(endOfLocalDay(sellerDay));
  });

  it('an instant stored in UTC near midnight counts from the LOCAL day it falls on', () => {
    const firstSeenAt = '2026-06-12T23:30:00.000Z';
    const localDay = dayjs(firstSeenAt).format('YYYY-MM-DD'); // Jun 12 west of Greenwich-ish, Jun 13 east of it
    const order = makeOrder({ status: 'dispute_open', stageHistory: [{ stage: 'dispute_open', firstSeenAt }] });
    const sellerResponse = computeDeadlines(order, DEFAULT_SETTINGS, NOW).find((d) => d.kind === 'seller_response_due');
    expect(sellerResponse && localWall(sellerResponse.at)).toBe(
      endOfLocalDay(dayjs(localDay).add(5, 'day').format('YYYY-MM-DD')),
    );
  });

  it('a rule date across a daylight-saving change still ends at 23:59:59.999 local', () => {
    // 90 days from Jan 15 crosses both Europe's (Mar 29) and New Zealand's (Apr 5) change: npm test runs both zones.
    const deadline = computeDeadlines(
      makeOrder({ events: { shippedAt: '2026-01-15' } }),
      withRules({ protectionDays: 90 }),
      NOW,
    ).find((d) => d.kind === 'protection_end');
    expect(deadline && localWall(deadline.at)).toBe(endOfLocalDay('2026-04-15'));
  });

  it('every written instant carries an offset and reads back as the same moment', () => {
    for (const deadline of computeDeadlines(
      makeOrder({ events: { shippedAt: '2026-03-29' } }),
      DEFAULT_SETTINGS,
      NOW,
    )) {
      expect(deadline.at).toMatch(/[+-]\d{2}:\d{2}$|Z$/);
      expect(IsoInstantSchema.safeParse(deadline.at).success).toBe(true);
    }
  });
});

describe('computeDeadlines: property — random facts never throw and give valid, sorted deadlines', () => {
  const isoDay = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const dayOrJunk = fc.option(
    fc.oneof(isoDay, fc.constantFrom('9999-12-31', '0000-01-01', '2026-02-31', 'yesterday', '')),
    { nil: undefined },
  );
  const instant = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString());
  const instantOrJunk = fc.oneof(instant, fc.constantFrom('9999-12-31T23:59:59Z', 'soon', '2026-13-01T00:00:00Z'));
  const kind = fc.constantFrom<DeadlineKind>(...DeadlineSchema.shape.kind.options);
  const deadline = fc.record({
    kind,
    at: instantOrJunk,
    confidence: fc.constantFrom('exact' as const, 'estimated' as const),
    source: fc.constantFrom('page:x', 'user'),
    label: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  });
  const stage = fc.constantFrom<OrderStage>(...ORDER_STAGES);
  const dayCount = (max: number) => fc.integer({ min: 1, max });

  it('holds for 500 random orders', () => {
    fc.assert(
      fc.property(
        fc.record({
          status: stage,
          orderedAt: dayOrJunk,
          events: fc.record({
            paidAt: dayOrJunk,
            shippedAt: dayOrJunk,
            deliveredAt: dayOrJunk,
            completedAt: dayOrJunk,
            disputeOpenedAt: dayOrJunk,
          }),
          pageDeadlines: fc.array(deadline, { maxLength: 4 }),
          userDeadlines: fc.array(deadline, { maxLength: 3 }),
          stageHistory: fc.array(fc.record({ stage, firstSeenAt: instantOrJunk }), { maxLength: 6 }),
        }),
        fc.record({
          protectionDays: dayCount(365),
          extensionRequestDaysBefore: dayCount(60),
          returnWindowDays: dayCount(365),
          disputeWindowDays: dayCount(365),
          sellerResponseDays: dayCount(60),
          escalationAfterDays: dayCount(60),
          autoEscalationDays: dayCount(90),
          decisionDays: dayCount(180),
          returnShipDays: dayCount(60),
          refundWaitDays: dayCount(180),
        }),
        instant,
        (parts, rules, nowText) => {
          // Built without the schema on purpose: stored data may be older or broken, the rules must cope.
          const valid = makeOrder();
          const order: TrackedOrder = {
            ...valid,
            facts: {
              ...valid.facts,
              status: parts.status,
              orderedAt: parts.orderedAt,
              events: parts.events,
              deadlines: parts.pageDeadlines,
            },
            userDeadlines: parts.userDeadlines,
            stageHistory: parts.stageHistory,
          };
          const deadlines = computeDeadlines(order, withRules(rules), new Date(nowText));
          const times = deadlines.map((d) => Date.parse(d.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
          for (const d of deadlines) {
            expect(IsoInstantSchema.safeParse(d.at).success).toBe(true);
            expect(DeadlineSchema.safeParse(d).success).toBe(true);
          }
          const singleKinds = deadlines.filter((d) => d.kind !== 'custom').map((d) => d.kind);
          expect(new Set(singleKinds).size).toBe(singleKinds.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
