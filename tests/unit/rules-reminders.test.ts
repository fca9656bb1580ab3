import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  EMPTY_REMINDER_STATE,
  computeDeadlines,
  markRemindersHandled,
  occurrenceDay,
  pinLegacyDone,
  snoozeEnd,
  PlannedReminderSchema,
  ReminderGroupSchema,
  ReminderStateSchema,
  daysLeft,
  dueNow,
  nextWakeUp,
  planReminders,
  recordSent,
  setDeadlineDone,
  setOrderMuted,
  snoozeDeadlines,
  type PlannedReminder,
  type ReminderState,
} from '@/utils/rules';
import {
  DEFAULT_SETTINGS as CURRENT_DEFAULTS,
  TrackedOrderSchema,
  type Deadline,
  type OrderEvents,
  type OrderStage,
  type Settings,
  type StageSeen,
  type TrackedOrder,
} from '@/utils/model';

/**
 * The planner's cases below were written on a 90-day protection estimate and without the late dispute window after
 * protection (both issue 12 changes, tested in deadline-truth.test.tsx): pinned here, so each case keeps its dates
 * and tests the planner alone.
 */
const DEFAULT_SETTINGS: Settings = {
  ...CURRENT_DEFAULTS,
  rules: { ...CURRENT_DEFAULTS.rules, protectionDays: 90 },
  leadDays: { ...CURRENT_DEFAULTS.leadDays, late_dispute_window_end: [] },
};

/** A local wall-clock time as an instant with offset, and back: the cases read the same in any zone. */
const local = (wallClock: string): string => dayjs(wallClock).format('YYYY-MM-DDTHH:mm:ss.SSSZ');
const at = (wallClock: string): Date => new Date(dayjs(wallClock).valueOf());
const localWall = (instant: string): string => dayjs(instant).format('YYYY-MM-DD HH:mm');

interface OrderParts {
  orderId?: string;
  status?: OrderStage;
  orderedAt?: string;
  events?: OrderEvents;
  pageDeadlines?: Deadline[];
  userDeadlines?: Deadline[];
  stageHistory?: StageSeen[];
  archived?: boolean;
}

function makeOrder(parts: OrderParts = {}): TrackedOrder {
  const orderId = parts.orderId ?? '8200000000000001';
  return TrackedOrderSchema.parse({
    orderId,
    facts: {
      orderId,
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
    },
    firstSeenAt: local('2026-06-01 10:00'),
    lastSeenAt: local('2026-07-01 10:00'),
    stageHistory: parts.stageHistory ?? [],
    userDeadlines: parts.userDeadlines ?? [],
    archived: parts.archived ?? false,
  });
}

/** Shipped Jun 6: protection ends Sep 4 23:59:59.999 local, ask for an extension by Aug 28 (default rules). */
const IN_TRANSIT = makeOrder({ orderId: '8200000000000001', events: { shippedAt: '2026-06-06' } });
/** Completed Jun 20, ordered May 1: return window ends Jun 27, dispute window Jul 30. */
const COMPLETED = makeOrder({
  orderId: '8200000000000002',
  status: 'completed',
  orderedAt: '2026-05-01',
  events: { completedAt: '2026-06-20' },
});

/** "kind lead @ local fire time (urgency)" — what the buyer would see, in order. */
function describePlan(plan: readonly PlannedReminder[]): string[] {
  return plan.map(
    (r) => `${r.kind} ${r.leadDays === null ? 'overdue' : `${r.leadDays}d`} @ ${localWall(r.fireAt)} (${r.urgency})`,
  );
}

function withLeads(leadDays: Partial<Settings['leadDays']>): Settings {
  return { ...DEFAULT_SETTINGS, leadDays: { ...DEFAULT_SETTINGS.leadDays, ...leadDays } };
}

/** The order's deadline of `kind` (as computed on Jul 1, 2026, or `now`). */
function deadlineOf(order: TrackedOrder, kind: Deadline['kind'], now = at('2026-07-01 12:00')): Deadline {
  const deadline = computeDeadlines(order, DEFAULT_SETTINGS, now).find((d) => d.kind === kind);
  if (!deadline) throw new Error(`no ${kind} deadline`);
  return deadline;
}

/** "Remind me later" for the order's deadline of `kind` until `until`. */
function snooze(state: ReminderState, order: TrackedOrder, kind: Deadline['kind'], until: Date): ReminderState {
  return snoozeDeadlines(state, [{ deadlineKey: `${order.orderId}:${kind}`, at: deadlineOf(order, kind).at, until }]);
}

/** The popup's Done for the order's current deadline of `kind`. */
function markDone(state: ReminderState, order: TrackedOrder, kind: Deadline['kind'], now: Date): ReminderState {
  const deadline = deadlineOf(order, kind, now);
  const key = `${order.orderId}:${kind}`;
  return setDeadlineDone(
    state,
    key,
    { at: deadline.at, day: occurrenceDay(deadline, state.deadlines[key]) ?? '' },
    now,
  );
}

/** One alarm: plan, show what is due, remember it as shown. */
function fire(orders: TrackedOrder[], state: ReminderState, now: Date, settings = DEFAULT_SETTINGS) {
  const group = dueNow(planReminders(orders, settings, state, now), now);
  return { shown: group?.reminders ?? [], state: recordSent(state, group?.reminders ?? [], now) };
}

describe('planReminders: lead times (domain.md §6)', () => {
  it('plans every lead at 09:00 local of the deadline day minus the lead', () => {
    expect(
      describePlan(planReminders([IN_TRANSIT], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, at('2026-07-01 12:00'))),
    ).toEqual([
      'extension_request_by 0d @ 2026-08-28 09:00 (today)',
      'protection_end 7d @ 2026-08-28 09:00 (soon)',
      'protection_end 3d @ 2026-09-01 09:00 (soon)',
      'protection_end 1d @ 2026-09-03 09:00 (soon)',
      'protection_end 0d @ 2026-09-04 09:00 (today)',
    ]);
  });

  it.each<[string, string, string]>([
    [
      'a deadline at 07:00 gets its on-the-day reminder 3 hours before it, not at or after it',
      '2026-07-10 07:00',
      'custom 0d @ 2026-07-10 04:00 (today)',
    ],
    ['a deadline at 18:00 gets it at 09:00', '2026-07-10 18:00', 'custom 0d @ 2026-07-10 09:00 (today)'],
    [
      'a deadline at 00:00 (a printed "before <date>") gets it at 09:00 on its last day, the day before',
      '2026-07-10 00:00',
      'custom 0d @ 2026-07-09 09:00 (today)',
    ],
  ])('%s', (_case, deadlineAt, expected) => {
    const order = makeOrder({
      status: 'closed',
      userDeadlines: [
        { kind: 'custom', at: local(deadlineAt), confidence: 'exact', source: 'user', label: 'Call the bank' },
      ],
    });
    expect(
      describePlan(planReminders([order], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, at('2026-07-01 12:00'))),
    ).toEqual([expected]);
  });

  it('a lead repeated in the settings is planned once; a kind with no leads is silent', () => {
    const settings = withLeads({ protection_end: [3, 3], extension_request_by: [] });
    expect(describePlan(planReminders([IN_TRANSIT], settings, EMPTY_REMINDER_STATE, at('2026-07-01 12:00')))).toEqual([
      'protection_end 3d @ 2026-09-01 09:00 (soon)',
    ]);
  });

  it('every planned reminder matches its schema and has a unique id', () => {
    const plan = planReminders([IN_TRANSIT, COMPLETED], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, at('2026-07-01 12:00'));
    for (const reminder of plan) expect(PlannedReminderSchema.safeParse(reminder).success).toBe(true);
    expect(new Set(plan.map((r) => r.id)).size).toBe(plan.length);
  });
});

describe('planReminders: deadlines already past', () => {
  it('a deadline past when first seen gets ONE overdue reminder, due now', () => {
    const now = at('2026-07-01 12:00');
    const plan = planReminders([COMPLETED], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, now);
    expect(describePlan(plan)).toEqual([
      'return_window_end overdue @ 2026-06-27 23:59 (overdue)',
      'dispute_window_end 7d @ 2026-07-23 09:00 (soon)',
      'dispute_window_end 1d @ 2026-07-29 09:00 (soon)',
    ]);
    expect(dueNow(plan, now)?.reminders.map((r) => r.kind)).toEqual(['return_window_end']);
  });

  it('a deadline that passed over 30 days ago is history: no reminder', () => {
    expect(planReminders([COMPLETED], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, at('2026-09-15 12:00'))).toEqual([]);
  });

  it('a deadline that passed after its reminders were shown gets no extra overdue one', () => {
    let state = EMPTY_REMINDER_STATE;
    state = fire([COMPLETED], state, at('2026-07-01 12:00')).state; // the overdue return window
    state = fire([COMPLETED], state, at('2026-07-29 10:00')).state; // the 1-day dispute-window reminder
    expect(planReminders([COMPLETED], DEFAULT_SETTINGS, state, at('2026-08-02 12:00'))).toEqual([]);
  });
});

describe('planReminders: catching up after a gap', () => {
  it('of the leads already past only the latest fires; a passed deadline fires once as overdue', () => {
    const now = at('2026-09-02 10:00');
    expect(
      describePlan(
        dueNow(planReminders([IN_TRANSIT], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, now), now)?.reminders ?? [],
      ),
    ).toEqual(['protection_end 3d @ 2026-09-01 09:00 (soon)']);
  });

  it('now jumping 10 days at a time: each deadline fires at most once per jump and never repeats', () => {
    let state = EMPTY_REMINDER_STATE;
    const shownPerJump: string[][] = [];
    for (let jump = 0; jump <= 9; jump++) {
      const result = fire(
        [IN_TRANSIT, COMPLETED],
        state,
        dayjs('2026-07-01 12:00')
          .add(jump * 10, 'day')
          .toDate(),
      );
      state = result.state;
      shownPerJump.push(describePlan(result.shown).map((line) => line.replace(/ @ .*/, '')));
    }
    expect(shownPerJump).toEqual([
      ['return_window_end overdue'], // Jul 1: it ended Jun 27 and was never announced
      [], // Jul 11
      [], // Jul 21: the dispute window's 7-day moment is Jul 23
      ['dispute_window_end overdue'], // Jul 31: Jul 23, Jul 29 and the Jul 30 end all passed: one overdue, no burst
      [], // Aug 10
      [], // Aug 20
      ['protection_end 7d'], // Aug 30: the 7-day moment (Aug 28) caught up once; a passed "ask to extend" is not news
      [], // Sep 9: protection ended Sep 4, but it was announced: no repeat
      [],
      [],
    ]);
  });

  it('planning twice with the shown ids recorded fires nothing twice', () => {
    const now = at('2026-09-02 10:00');
    const first = fire([IN_TRANSIT, COMPLETED], EMPTY_REMINDER_STATE, now);
    expect(first.shown.length).toBeGreaterThan(0);
    const second = fire([IN_TRANSIT, COMPLETED], first.state, now);
    expect(second.shown).toEqual([]);
    expect(
      dueNow(
        planReminders([IN_TRANSIT, COMPLETED], DEFAULT_SETTINGS, first.state, at('2026-09-02 20:00')),
        at('2026-09-02 20:00'),
      ),
    ).toBeNull();
  });

  it('a deadline moved to another day (the page printed the real date) is announced again for that day', () => {
    const shownForEstimate = fire([IN_TRANSIT], EMPTY_REMINDER_STATE, at('2026-09-02 10:00')).state;
    const printed = makeOrder({
      orderId: IN_TRANSIT.orderId,
      events: { shippedAt: '2026-06-06' },
      pageDeadlines: [
        {
          kind: 'protection_end',
          at: local('2026-09-06 23:59'),
          confidence: 'exact',
          source: 'page:detail_order_services',
        },
      ],
    });
    const now = at('2026-09-02 11:00');
    expect(
      describePlan(dueNow(planReminders([printed], DEFAULT_SETTINGS, shownForEstimate, now), now)?.reminders ?? []),
    ).toEqual(['protection_end 7d @ 2026-08-30 09:00 (soon)']);
    expect(nextWakeUp(planReminders([printed], DEFAULT_SETTINGS, shownForEstimate, now), now)).toBe(
      new Date(at('2026-09-03 09:00')).toISOString(),
    );
  });
});

describe('planReminders: snooze, mute, done, archive', () => {
  it('a snoozed reminder comes back once at the end of the snooze, then not again', () => {
    const shownAt = at('2026-09-01 09:05');
    const afterShown = fire([IN_TRANSIT], EMPTY_REMINDER_STATE, shownAt).state; // extension overdue + protection 3d
    const snoozed = snooze(afterShown, IN_TRANSIT, 'protection_end', at('2026-09-02 18:00'));

    const during = at('2026-09-02 10:00');
    const planDuring = planReminders([IN_TRANSIT], DEFAULT_SETTINGS, snoozed, during);
    expect(dueNow(planDuring, during)).toBeNull();
    expect(describePlan(planDuring)).toEqual([
      'protection_end 3d @ 2026-09-02 18:00 (soon)',
      'protection_end 1d @ 2026-09-03 09:00 (soon)',
      'protection_end 0d @ 2026-09-04 09:00 (today)',
    ]);

    const after = fire([IN_TRANSIT], snoozed, at('2026-09-02 19:00'));
    expect(describePlan(after.shown).map((line) => line.replace(/ @ .*/, ''))).toEqual(['protection_end 3d']);
    expect(fire([IN_TRANSIT], after.state, at('2026-09-02 20:00')).shown).toEqual([]);
  });

  it('a snooze past the deadline brings back one overdue reminder', () => {
    const shown = fire([IN_TRANSIT], EMPTY_REMINDER_STATE, at('2026-09-04 09:30')).state;
    const snoozed = snooze(shown, IN_TRANSIT, 'protection_end', at('2026-09-05 09:00'));
    const now = at('2026-09-05 09:00');
    expect(
      describePlan(dueNow(planReminders([IN_TRANSIT], DEFAULT_SETTINGS, snoozed, now), now)?.reminders ?? []),
    ).toEqual(['protection_end overdue @ 2026-09-05 09:00 (overdue)']);
  });

  it.each<[string, (state: ReminderState) => ReminderState, string[]]>([
    [
      'a muted order is silent',
      (s) => setOrderMuted(s, IN_TRANSIT.orderId, true, at('2026-07-01 12:00')),
      ['return_window_end', 'dispute_window_end'],
    ],
    [
      'unmuting brings it back',
      (s) =>
        setOrderMuted(
          setOrderMuted(s, IN_TRANSIT.orderId, true, at('2026-07-01 12:00')),
          IN_TRANSIT.orderId,
          false,
          at('2026-07-01 12:00'),
        ),
      ['return_window_end', 'extension_request_by', 'protection_end', 'dispute_window_end'],
    ],
    [
      'a kind marked done is silent, the order’s other kinds are not',
      (s) => markDone(s, IN_TRANSIT, 'protection_end', at('2026-07-01 12:00')),
      ['return_window_end', 'extension_request_by', 'dispute_window_end'],
    ],
  ])('%s', (_case, change, kinds) => {
    const plan = planReminders(
      [IN_TRANSIT, COMPLETED],
      DEFAULT_SETTINGS,
      change(EMPTY_REMINDER_STATE),
      at('2026-07-01 12:00'),
    );
    expect([...new Set(plan.map((r) => r.kind))].sort()).toEqual([...kinds].sort());
  });

  it('custom reminders are done one by one, keyed by their instant', () => {
    const order = makeOrder({
      status: 'dispute_lost',
      userDeadlines: [
        {
          kind: 'custom',
          at: local('2026-07-02 10:00'),
          confidence: 'exact',
          source: 'user',
          label: 'Return to the chat with the appeal number',
        },
        {
          kind: 'custom',
          at: local('2026-07-09 10:00'),
          confidence: 'exact',
          source: 'user',
          label: 'Ask for the appeal result',
        },
      ],
    });
    const now = at('2026-07-01 12:00');
    const [first] = planReminders([order], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, now);
    const state = setDeadlineDone(
      EMPTY_REMINDER_STATE,
      first?.deadlineKey ?? '',
      { at: first?.deadline.at ?? '', day: first?.day ?? '' },
      now,
    );
    expect(planReminders([order], DEFAULT_SETTINGS, state, now).map((r) => r.deadline.label)).toEqual([
      'Ask for the appeal result',
    ]);
  });

  it('reminder ids do not depend on when the plan is made', () => {
    const ids = (wallClock: string) =>
      planReminders([IN_TRANSIT], withLeads({ protection_end: [1] }), EMPTY_REMINDER_STATE, at(wallClock)).map(
        (r) => r.id,
      );
    expect(ids('2026-07-01 12:00')).toEqual(ids('2026-08-15 08:00'));
    expect(ids('2026-07-01 12:00')).toContain(`${IN_TRANSIT.orderId}:protection_end@2026-09-04:1d`);
  });

  it('an archived order is not planned', () => {
    expect(
      planReminders(
        [{ ...IN_TRANSIT, archived: true }],
        DEFAULT_SETTINGS,
        EMPTY_REMINDER_STATE,
        at('2026-07-01 12:00'),
      ),
    ).toEqual([]);
  });

  it('the state stays valid through every update', () => {
    let state = fire([IN_TRANSIT, COMPLETED], EMPTY_REMINDER_STATE, at('2026-09-02 10:00')).state;
    state = snooze(state, IN_TRANSIT, 'protection_end', at('2026-09-03 10:00'));
    state = setOrderMuted(state, COMPLETED.orderId, true, at('2026-09-02 10:00'));
    state = markDone(state, COMPLETED, 'dispute_window_end', at('2026-09-02 10:00'));
    state = markRemindersHandled(
      state,
      [
        {
          deadlineKey: `${IN_TRANSIT.orderId}:protection_end`,
          id: `${IN_TRANSIT.orderId}:protection_end@2026-09-04:3d`,
        },
      ],
      at('2026-09-02 10:00'),
    );
    expect(ReminderStateSchema.safeParse(state).success).toBe(true);
  });
});

describe('issue 12 §2: reminder moments count from the last day', () => {
  /** A page's "Refund if no delivery before Sep 4": stored as Sep 4 00:00 local, its last day is Sep 3. */
  const printed = makeOrder({
    orderId: '8200000000000010',
    pageDeadlines: [
      { kind: 'protection_end', at: local('2026-09-04 00:00'), confidence: 'exact', source: 'page:no-delivery-refund' },
    ],
  });
  const noExtension = withLeads({ extension_request_by: [] });

  it('a printed "before Sep 4" gets 7, 3 and 1 days before its last day (Sep 3) and one early on Sep 3', () => {
    expect(describePlan(planReminders([printed], noExtension, EMPTY_REMINDER_STATE, at('2026-07-01 12:00')))).toEqual([
      'protection_end 7d @ 2026-08-27 09:00 (soon)',
      'protection_end 3d @ 2026-08-31 09:00 (soon)',
      'protection_end 1d @ 2026-09-02 09:00 (soon)',
      'protection_end 0d @ 2026-09-03 09:00 (today)',
    ]);
  });

  it('on the last day the on-the-day reminder is still to come or due, never at the (passed) deadline', () => {
    const morning = at('2026-09-03 08:00');
    expect(
      describePlan(
        dueNow(planReminders([printed], noExtension, EMPTY_REMINDER_STATE, morning), morning)?.reminders ?? [],
      ),
    ).toEqual([
      'protection_end 1d @ 2026-09-02 09:00 (today)', // the catch-up of yesterday's reminder, today
    ]);
    const shown = fire([printed], EMPTY_REMINDER_STATE, morning).state;
    expect(nextWakeUp(planReminders([printed], noExtension, shown, morning), morning)).toBe(
      at('2026-09-03 09:00').toISOString(),
    );
  });

  it.each(Array.from({ length: 24 }, (_, hour) => hour))(
    'every lead of a deadline at %i:00 fires before the deadline',
    (hour) => {
      const order = makeOrder({
        status: 'closed',
        userDeadlines: [
          {
            kind: 'custom',
            at: local(`2026-07-10 ${String(hour).padStart(2, '0')}:00`),
            confidence: 'exact',
            source: 'user',
            label: 'x',
          },
        ],
      });
      const plan = planReminders(
        [order],
        withLeads({ custom: [3, 1, 0] }),
        EMPTY_REMINDER_STATE,
        at('2026-07-01 12:00'),
      );
      expect(plan.map((r) => r.leadDays)).toEqual([3, 1, 0]);
      for (const reminder of plan) expect(Date.parse(reminder.fireAt)).toBeLessThan(Date.parse(reminder.deadline.at));
    },
  );
});

describe('issue 12 §2: done and snooze act on one reminder of one deadline date', () => {
  const key = `${IN_TRANSIT.orderId}:protection_end`;
  const extendedTo = (wallClock: string) =>
    makeOrder({
      orderId: IN_TRANSIT.orderId,
      events: { shippedAt: '2026-06-06' },
      userDeadlines: [{ kind: 'protection_end', at: local(wallClock), confidence: 'exact', source: 'user' }],
    });
  const noExtension = withLeads({ extension_request_by: [] });

  it('Done on the 7-day reminder: the 3, 1 and 0-day reminders of that date still come', () => {
    const seen = at('2026-08-28 09:05');
    const { shown, state } = fire([IN_TRANSIT], EMPTY_REMINDER_STATE, seen, noExtension);
    expect(describePlan(shown).map((line) => line.replace(/ @ .*/, ''))).toEqual(['protection_end 7d']);
    const handled = markRemindersHandled(state, shown, seen);
    expect(describePlan(planReminders([IN_TRANSIT], noExtension, handled, seen))).toEqual([
      'protection_end 3d @ 2026-09-01 09:00 (soon)',
      'protection_end 1d @ 2026-09-03 09:00 (soon)',
      'protection_end 0d @ 2026-09-04 09:00 (today)',
    ]);
    // …and a snooze of the deadline later does not bring the handled one back.
    const snoozed = snooze(handled, IN_TRANSIT, 'protection_end', at('2026-08-29 10:00'));
    expect(fire([IN_TRANSIT], snoozed, at('2026-08-29 10:00'), noExtension).shown).toEqual([]);
  });

  it('Done in the popup silences that date; the seller extending protection starts the new date’s reminders', () => {
    const now = at('2026-08-28 10:00');
    const done = markDone(EMPTY_REMINDER_STATE, IN_TRANSIT, 'protection_end', now);
    expect(planReminders([IN_TRANSIT], noExtension, done, now)).toEqual([]);
    expect(describePlan(planReminders([extendedTo('2026-09-19 23:59')], noExtension, done, now))).toEqual([
      'protection_end 7d @ 2026-09-12 09:00 (soon)',
      'protection_end 3d @ 2026-09-16 09:00 (soon)',
      'protection_end 1d @ 2026-09-18 09:00 (soon)',
      'protection_end 0d @ 2026-09-19 09:00 (today)',
    ]);
  });

  it('a snooze holds its date only: a date extended since is reminded on its own schedule', () => {
    const shown = fire([IN_TRANSIT], EMPTY_REMINDER_STATE, at('2026-09-01 09:05'), noExtension).state;
    const snoozed = snooze(shown, IN_TRANSIT, 'protection_end', at('2026-09-10 09:00'));
    const now = at('2026-09-12 10:00');
    expect(
      describePlan(
        dueNow(planReminders([extendedTo('2026-09-19 23:59')], noExtension, snoozed, now), now)?.reminders ?? [],
      ),
    ).toEqual(['protection_end 7d @ 2026-09-12 09:00 (soon)']);
  });

  it('old stored state (done = a bare time) still reads, and covers the date current when it was marked', () => {
    const shown = fire([IN_TRANSIT], EMPTY_REMINDER_STATE, at('2026-08-28 09:05'), noExtension).state;
    // As an earlier version wrote it: ids with the instant's written day, no remembered occurrence, done = a time.
    const old = {
      deadlines: { [key]: { sent: { [`${key}@2026-09-04:7d`]: at('2026-08-28 09:05').toISOString() } } },
      mutedOrders: {},
      done: { [key]: at('2026-08-28 09:10').toISOString() },
    };
    expect(ReminderStateSchema.parse(old)).toEqual(old);
    expect(Object.keys(shown.deadlines[key]!.sent)).toEqual([`${key}@2026-09-04:7d`]);
    const now = at('2026-09-02 10:00');
    expect(planReminders([IN_TRANSIT], noExtension, old, now)).toEqual([]);
    const extended = extendedTo('2026-09-19 23:59');
    expect(
      describePlan(planReminders([extended], noExtension, old, now)).map((line) => line.replace(/ @ .*/, '')),
    ).toEqual(['protection_end 7d', 'protection_end 3d', 'protection_end 1d', 'protection_end 0d']);
    // Pinned by the background to the date it covered: the same answers, and valid new-shape state.
    const pinned = pinLegacyDone(old, [IN_TRANSIT], noExtension, now);
    expect(pinned.done[key]).toEqual({
      markedAt: old.done[key],
      day: '2026-09-04',
      at: deadlineOf(IN_TRANSIT, 'protection_end', now).at,
    });
    expect(ReminderStateSchema.safeParse(pinned).success).toBe(true);
    expect(planReminders([IN_TRANSIT], noExtension, pinned, now)).toEqual([]);
    expect(planReminders([extended], noExtension, pinned, now)).toHaveLength(4);
    // Pinned while the extension is already in force: it keeps the date it was marked for (from the shown ids).
    expect(pinLegacyDone(old, [extended], noExtension, now).done[key]).toEqual({
      markedAt: old.done[key],
      day: '2026-09-04',
    });
  });
});

describe('issue 12 §2: a deadline that crosses midnight between readings is the same date', () => {
  const noExtension = withLeads({ extension_request_by: [] });
  const reading = (at: string, source: Deadline['source'] = 'page:no-delivery-refund') =>
    makeOrder({
      orderId: '8200000000000011',
      pageDeadlines: [{ kind: 'protection_end', at, confidence: 'exact', source }],
    });

  it.each<[string, string, string]>([
    [
      '23:59:59.999 vs 00:00 next day',
      local('2026-09-04 23:59:59.999'),
      dayjs(local('2026-09-04 23:59:59.999')).add(1, 'ms').format('YYYY-MM-DDTHH:mm:ss.SSSZ'),
    ],
    [
      'the same instant written in UTC (another day as written)',
      local('2026-09-04 23:59:59.999'),
      new Date(Date.parse(local('2026-09-04 23:59:59.999')) + 1).toISOString(),
    ],
    [
      'recomputed 5 hours later (another zone)',
      local('2026-09-04 23:59:59.999'),
      new Date(Date.parse(local('2026-09-04 23:59:59.999')) + 5 * 3_600_000).toISOString(),
    ],
    [
      'recomputed 5 hours earlier (another zone)',
      local('2026-09-05 00:00'),
      new Date(Date.parse(local('2026-09-05 00:00')) - 5 * 3_600_000).toISOString(),
    ],
  ])('%s: nothing repeats', (_case, first, second) => {
    let state = fire([reading(first)], EMPTY_REMINDER_STATE, at('2026-09-01 09:05'), noExtension).state;
    expect(Object.keys(state.deadlines)).toHaveLength(1);
    for (const wallClock of ['2026-09-01 12:00', '2026-09-02 20:00']) {
      const result = fire([reading(second)], state, at(wallClock), noExtension);
      expect(result.shown).toEqual([]);
      state = result.state;
    }
    // The next lead still comes, once (the 1-day or on-the-day one, by where the later reading puts the last day).
    const next = fire([reading(second)], state, at('2026-09-04 09:30'), noExtension);
    expect(next.shown).toHaveLength(1);
    expect(next.shown[0]!.leadDays).toBeLessThan(3);
    // Read the first way again: nothing already shown comes back.
    const sent = Object.values(next.state.deadlines).flatMap((d) => Object.keys(d.sent));
    const again = fire([reading(first)], next.state, at('2026-09-04 10:00'), noExtension).shown;
    expect(again.filter((r) => sent.includes(r.id))).toEqual([]);
  });

  it('a seller extending by one day is a new date: its reminders come again', () => {
    const state = fire(
      [reading(local('2026-09-04 23:59:59.999'))],
      EMPTY_REMINDER_STATE,
      at('2026-09-01 09:05'),
      noExtension,
    ).state;
    const now = at('2026-09-02 10:00');
    expect(
      fire([reading(local('2026-09-05 23:59:59.999'), 'user')], state, now, noExtension).shown.map((r) => r.leadDays),
    ).toEqual([3]);
  });
});

describe('issue 12 §2: "remind me tomorrow" never lands after the deadline', () => {
  const due = Date.parse(local('2026-09-05 00:00')); // "before Sep 5": its last day is Sep 4
  it.each<[string, string, string]>([
    ['days ahead: tomorrow', '2026-09-01 10:00', '2026-09-02 10:00'],
    ['tomorrow is the last day, hours before its end: tomorrow', '2026-09-03 10:00', '2026-09-04 10:00'],
    ['tomorrow would be past the deadline: the last day’s morning', '2026-09-03 22:00', '2026-09-04 09:00'],
    ['on the last day, after its morning: 3 hours later', '2026-09-04 10:00', '2026-09-04 13:00'],
    ['on the last day, 2½ hours left: an hour before the end', '2026-09-04 21:30', '2026-09-04 23:00'],
    ['30 minutes left: halfway there', '2026-09-04 23:30', '2026-09-04 23:45'],
    ['already passed: tomorrow (its one overdue reminder then)', '2026-09-05 10:00', '2026-09-06 10:00'],
  ])('%s', (_case, now, expected) => {
    const end = snoozeEnd(due, at(now).getTime());
    expect(localWall(new Date(end).toISOString())).toBe(expected);
    if (at(now).getTime() < due) expect(end).toBeLessThan(due);
  });
});

describe('dueNow and nextWakeUp', () => {
  const now = at('2026-09-02 10:00');
  const plan = planReminders([IN_TRANSIT, COMPLETED], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, now);

  it('several reminders due at once become one group, most pressing first', () => {
    const group = dueNow(plan, now);
    expect(ReminderGroupSchema.safeParse(group).success).toBe(true);
    // The passed "ask to extend" date gets no reminder of its own (protection_end's reminders cover it).
    expect(group?.urgency).toBe('soon');
    expect(group?.reminders.map((r) => `${r.kind}:${r.urgency}`)).toEqual(['protection_end:soon']);
    expect(dueNow([...plan].reverse(), now)?.id).toBe(group?.id);
  });

  it('nextWakeUp is the earliest reminder still to come, null when none is left', () => {
    expect(localWall(nextWakeUp(plan, now) ?? '')).toBe('2026-09-03 09:00');
    expect(nextWakeUp(plan, at('2026-09-04 09:00'))).toBeNull();
    expect(dueNow([], now)).toBeNull();
  });
});

describe('daysLeft: local calendar days, hours on the last day', () => {
  const deadline = local('2026-09-04 23:59:59.999');
  it.each<[string, string, { days: number; hours: number | null; overdue: boolean }]>([
    ['two days before', '2026-09-02 08:00', { days: 2, hours: null, overdue: false }],
    ['the evening before counts as 1 day, not 0', '2026-09-03 23:00', { days: 1, hours: null, overdue: false }],
    ['on the day: hours left', '2026-09-04 08:00', { days: 0, hours: 15, overdue: false }],
    ['the last minutes', '2026-09-04 23:30', { days: 0, hours: 0, overdue: false }],
    ['just after midnight: overdue by a day', '2026-09-05 00:30', { days: -1, hours: null, overdue: true }],
  ])('%s', (_case, wallClock, expected) => {
    expect(daysLeft(deadline, at(wallClock))).toEqual(expected);
  });

  // A page's "Refund if no delivery before Sep 4" is Sep 4 00:00: its last day is Sep 3 (issue 12 §1).
  const printedBefore = local('2026-09-04 00:00');
  it.each<[string, string, { days: number; hours: number | null; overdue: boolean }]>([
    ['"before Sep 4" two days before the last day', '2026-09-01 12:00', { days: 2, hours: null, overdue: false }],
    [
      '"before Sep 4" on Sep 3 at 23:00: the last day, 1 hour left',
      '2026-09-03 23:00',
      { days: 0, hours: 1, overdue: false },
    ],
    [
      '"before Sep 4" on Sep 3 at 08:00: the last day, 16 hours left',
      '2026-09-03 08:00',
      { days: 0, hours: 16, overdue: false },
    ],
    [
      '"before Sep 4" at Sep 4 00:00: passed, its last day was yesterday',
      '2026-09-04 00:00',
      { days: -1, hours: null, overdue: true },
    ],
  ])('%s', (_case, wallClock, expected) => {
    expect(daysLeft(printedBefore, at(wallClock))).toEqual(expected);
  });

  it('a deadline across a daylight-saving change still counts calendar days', () => {
    expect(daysLeft(local('2026-11-02 12:00'), at('2026-10-20 12:00'))?.days).toBe(13);
    expect(daysLeft(local('2026-03-30 12:00'), at('2026-03-27 12:00'))?.days).toBe(3);
    // The same across New Zealand's changes (Sep 27 and Apr 5, 2026): npm test runs this file in Pacific/Auckland too.
    expect(daysLeft(local('2026-10-01 12:00'), at('2026-09-20 12:00'))?.days).toBe(11);
    expect(daysLeft(local('2026-04-08 12:00'), at('2026-04-01 12:00'))?.days).toBe(7);
  });

  it('an unreadable date gives null, not a guess', () => {
    expect(daysLeft('Sep 4', at('2026-09-01 12:00'))).toBeNull();
  });
});

describe('planReminders: speed', () => {
  it('plans 5,000 orders (logged, not asserted: machines differ)', () => {
    const stages: Array<Partial<OrderParts>> = [
      { events: { shippedAt: '2026-06-06' } },
      { status: 'completed', orderedAt: '2026-05-01', events: { completedAt: '2026-06-20' } },
      { status: 'dispute_open', stageHistory: [{ stage: 'dispute_open', firstSeenAt: local('2026-06-28 10:00') }] },
      { status: 'refund_pending', stageHistory: [{ stage: 'refund_pending', firstSeenAt: local('2026-06-10 10:00') }] },
      { status: 'closed' },
    ];
    const orders = Array.from({ length: 5000 }, (_, index) =>
      makeOrder({ ...stages[index % stages.length], orderId: String(8_200_000_000_000_000 + index * 7) }),
    );
    const now = at('2026-07-01 12:00');
    const timings: string[] = [];
    let plan: PlannedReminder[] = [];
    for (let run = 1; run <= 3; run++) {
      const started = performance.now();
      plan = planReminders(orders, DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, now);
      timings.push(`${(performance.now() - started).toFixed(1)} ms`);
    }
    // The first run includes the JIT warming up (a service worker woken by its alarm pays it too).
    console.log(`planReminders: ${orders.length} orders → ${plan.length} reminders; runs: ${timings.join(', ')}`);
    expect(plan.length).toBeGreaterThan(orders.length);
  });
});
