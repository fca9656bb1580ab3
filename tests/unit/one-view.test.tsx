/**
 * Issue 14 §1, "decide once, render everywhere": over a table of orders × settings × "now" (stages, printed and
 * estimated dates, the buyer's own dates, different "ask to extend" thresholds, before / on / after the last day),
 * in English, German and Russian, every surface states the same next deadline, time left, estimated marker and advice:
 * the card badge, the order panel, the popup's row and order view (rendered with Preact into happy-dom and read
 * as text), the notification and the calendar event. Each row also pins what a buyer must be told (the deadline's
 * kind, days left, whether it is estimated, which advice), so the surfaces cannot agree on something wrong.
 * Dates are built from today, so the table holds on any day and in any time zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import dayjs from 'dayjs';
import {
  DEFAULT_SETTINGS,
  type Deadline,
  type DeadlineKind,
  type OrderStage,
  type Settings,
  type TrackedOrder,
} from '@/utils/model';
import { actionFor, orderView, type OrderView as View } from '@/utils/rules/order-view';
import type { AdviceId } from '@/utils/rules/advice';
import type { ReminderGroup } from '@/utils/rules';
import { EMPTY_REMINDER_STATE } from '@/utils/rules';
import { deadlineName, deadlineWhen, estimatedWord, timeLeftText, type UiLanguage } from '@/utils/i18n';
import { nextActionText } from '@/utils/i18n/page';
import { reminderText } from '@/utils/background/notification-text';
import { buildCalendar, calendarEntries, deadlineUid } from '@/utils/transfer/ics';
import { Badge } from '@/components/page/Badge';
import { OrderPanel } from '@/components/page/OrderPanel';
import { OrderRow } from '@/components/popup/OrderRow';
import { OrderView } from '@/components/popup/OrderView';
import { LangContext } from '@/components/shared/LangContext';
import { pageOrder, trackedOrder } from './support/factories';

const TODAY = dayjs().startOf('day');
const NOON = TODAY.add(12, 'hour').toDate();
const instant = (d: dayjs.Dayjs) => d.format('YYYY-MM-DDTHH:mm:ss.SSSZ');
/** A page's "before <day>": stored as that day's 00:00, so its last day is the day before (`lastDay` days away). */
const printedBefore = (kind: DeadlineKind, lastDay: number): Deadline => ({
  kind,
  at: instant(TODAY.add(lastDay + 1, 'day')),
  confidence: 'exact',
  source: 'page:test',
  pageText: `${kind} printed`,
});
/** A page's "by <day>" (the seller will ship the order by …): the end of that day, `lastDay` days away. */
const printedBy = (kind: DeadlineKind, lastDay: number): Deadline => ({
  kind,
  at: instant(TODAY.add(lastDay, 'day').endOf('day')),
  confidence: 'exact',
  source: 'page:test',
  pageText: `${kind} printed`,
});
/** The buyer's own date: the end of the day `lastDay` days away. */
const ownDate = (kind: DeadlineKind, lastDay: number, label?: string): Deadline => ({
  kind,
  at: instant(TODAY.add(lastDay, 'day').endOf('day')),
  confidence: 'exact',
  source: 'user',
  ...(label ? { label } : {}),
});

function order(
  stage: OrderStage,
  deadlines: Deadline[],
  extra: { userDeadlines?: Deadline[]; shippedDaysAgo?: number; stageSeenDaysAgo?: number } = {},
): TrackedOrder {
  const seen = TODAY.subtract(extra.stageSeenDaysAgo ?? 1, 'day').toISOString();
  return trackedOrder({
    facts: pageOrder({
      status: stage,
      deadlines,
      actions: [],
      events: extra.shippedDaysAgo
        ? { shippedAt: TODAY.subtract(extra.shippedDaysAgo, 'day').format('YYYY-MM-DD') }
        : {},
    }),
    userDeadlines: extra.userDeadlines ?? [],
    stageHistory: [{ stage, firstSeenAt: seen }],
  });
}

const withExtension = (days: number): Settings => ({
  ...DEFAULT_SETTINGS,
  rules: { ...DEFAULT_SETTINGS.rules, extensionRequestDaysBefore: days },
});

interface Row {
  name: string;
  order: TrackedOrder;
  settings: Settings;
  now: Date;
  /** What the buyer must be told, pinned independently of the code. */
  kind: DeadlineKind;
  days?: number;
  estimated: boolean;
  /** The advice about the next deadline, or null for the kind's own action. */
  advice: AdviceId | null;
  buyerLater?: boolean;
}

const ROWS: Row[] = [
  {
    name: 'in transit, printed end in 10 days, extend at 7: nothing to do yet',
    order: order('awaiting_delivery', [printedBefore('protection_end', 10)]),
    settings: withExtension(7),
    now: NOON,
    kind: 'protection_end',
    days: 10,
    estimated: false,
    advice: null,
  },
  {
    name: 'the same order for a buyer who asks 10 days before: ask the seller now',
    order: order('awaiting_delivery', [printedBefore('protection_end', 10)]),
    settings: withExtension(10),
    now: NOON,
    kind: 'protection_end',
    days: 10,
    estimated: false,
    advice: 'extend_protection',
  },
  {
    name: '5 days left for a buyer who asks 4 days before: not yet (the old notification said "extend")',
    order: order('awaiting_delivery', [printedBefore('protection_end', 5)]),
    settings: withExtension(4),
    now: NOON,
    kind: 'protection_end',
    days: 5,
    estimated: false,
    advice: null,
  },
  {
    name: '7 days left, default settings: ask the seller to extend',
    order: order('awaiting_delivery', [printedBefore('protection_end', 7)]),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    days: 7,
    estimated: false,
    advice: 'extend_protection',
  },
  {
    name: '3 days left: open a dispute now',
    order: order('awaiting_delivery', [printedBefore('protection_end', 3)]),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    days: 3,
    estimated: false,
    advice: 'open_dispute_now',
  },
  {
    name: 'on the last day, hours left: open a dispute now',
    order: order('awaiting_delivery', [printedBefore('protection_end', 0)]),
    settings: withExtension(10),
    now: NOON,
    kind: 'protection_end',
    days: 0,
    estimated: false,
    advice: 'open_dispute_now',
  },
  {
    name: 'the day after the last day: the late dispute window leads, open a dispute now',
    order: order('awaiting_delivery', [printedBefore('protection_end', -1)]),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'late_dispute_window_end',
    estimated: true,
    advice: 'late_dispute_now',
  },
  {
    name: 'no printed date: the estimate from the shipping day (40 days), marked estimated',
    order: order('awaiting_delivery', [], { shippedDaysAgo: 35 }),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    estimated: true,
    advice: 'extend_protection',
  },
  {
    name: 'the buyer’s later date does not win: the page’s date counts, and every surface warns',
    order: order('awaiting_delivery', [printedBefore('protection_end', 5)], {
      userDeadlines: [ownDate('protection_end', 20)],
    }),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    days: 5,
    estimated: false,
    advice: 'extend_protection',
    buyerLater: true,
  },
  {
    name: 'the buyer’s earlier date wins',
    order: order('awaiting_delivery', [printedBefore('protection_end', 20)], {
      userDeadlines: [ownDate('protection_end', 2)],
    }),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    days: 2,
    estimated: false,
    advice: 'open_dispute_now',
  },
  {
    name: 'return required, seen 8 days ago: ship the return by an estimated date',
    order: order('return_required', [], { stageSeenDaysAgo: 8 }),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'return_ship_by',
    estimated: true,
    advice: 'ship_return_by',
  },
  {
    name: 'dispute open, the seller’s answer passed: escalate',
    order: order('dispute_open', [printedBefore('seller_response_due', -3)]),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'seller_response_due',
    estimated: false,
    advice: 'seller_answer_overdue',
  },
  {
    name: 'completed, the return window closes in 2 days: the kind’s own action',
    order: order('completed', [printedBefore('return_window_end', 2)]),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'return_window_end',
    days: 2,
    estimated: false,
    advice: null,
  },
  {
    name: 'awaiting shipment, the seller must ship in 5 days: the page’s ship-by date leads',
    order: order('awaiting_shipment', [printedBy('ship_by', 5)]),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'ship_by',
    days: 5,
    estimated: false,
    advice: 'seller_must_ship_by',
  },
  {
    name: 'still awaiting shipment 2 days after the ship-by date: ask to cancel for a full refund',
    order: order('awaiting_shipment', [printedBy('ship_by', -2)]),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'ship_by',
    estimated: false,
    advice: 'seller_ship_overdue',
  },
  {
    name: 'shipped before the ship-by date: the kept ship-by no longer counts, protection leads',
    order: order('awaiting_delivery', [printedBy('ship_by', 3)], { shippedDaysAgo: 2 }),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    estimated: true,
    advice: null,
  },
  {
    name: 'the buyer’s own reminder, with its label',
    order: order('completed', [], { userDeadlines: [ownDate('custom', 4, 'Call the courier')] }),
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'custom',
    days: 4,
    estimated: false,
    advice: null,
  },
  {
    // Issue 15 §4: the tracking page's newest event is 12 days old while protection runs 20 more days.
    name: 'in transit, tracking stuck for 12 days: ask the seller, open a dispute by the last day',
    order: {
      ...order('awaiting_delivery', [printedBefore('protection_end', 20)]),
      tracking: {
        trackingNumber: 'LP00123456789012',
        lastEvent: { text: 'Departed from sorting center', at: TODAY.subtract(12, 'day').format('YYYY-MM-DD') },
        eventCount: 7,
        delivered: false,
        readAt: NOON.toISOString(),
      },
    },
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    days: 20,
    estimated: false,
    advice: 'tracking_stuck',
  },
  {
    name: 'in transit, tracking says delivered 2 days ago: not received? open a dispute now',
    order: {
      ...order('awaiting_delivery', [printedBefore('protection_end', 15)]),
      tracking: {
        trackingNumber: 'LP00123456789012',
        lastEvent: { title: 'Delivered', at: TODAY.subtract(2, 'day').format('YYYY-MM-DD') },
        eventCount: 21,
        delivered: true,
        deliveredAt: TODAY.subtract(2, 'day').format('YYYY-MM-DD'),
        readAt: NOON.toISOString(),
      },
    },
    settings: DEFAULT_SETTINGS,
    now: NOON,
    kind: 'protection_end',
    days: 15,
    estimated: false,
    advice: 'tracking_delivered',
  },
];

const LANGS: UiLanguage[] = ['en', 'de', 'ru'];

/** Intl puts no-break spaces in some languages: compare words, not the kind of space. */
const clean = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

function host(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}
afterEach(() => document.body.replaceChildren());

/** What one surface states about the next deadline. */
interface Stated {
  label: string;
  left: string;
  date: string;
  estimated: boolean;
}

function readHeadline(root: Element): Stated {
  return {
    label: clean(root.querySelector('[data-testid="deadline-label"]')?.textContent),
    left: clean(root.querySelector('[data-testid="time-left"]')?.textContent),
    date: clean(root.querySelector('[data-testid="deadline-date"]')?.textContent),
    estimated: root.querySelector('[data-testid="estimated"]') !== null,
  };
}

const adviceTexts = (root: Element) =>
  [...root.querySelectorAll('[data-testid="advice"] li')].map((li) => clean(li.textContent));

/** RFC 5545 text as a reader sees it: lines unfolded, escapes undone. */
const unfold = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/g, '\n');

describe.each(LANGS)('every surface says the same (%s)', (lang) => {
  it.each(ROWS)('$name', (row) => {
    const view: View = orderView(row.order, row.settings, row.now);
    const next = view.next!;
    expect(next, 'the view has a next deadline').not.toBeNull();

    // What the buyer must be told, pinned.
    expect(next.deadline.kind).toBe(row.kind);
    if (row.days !== undefined) expect(next.left?.days).toBe(row.days);
    expect(next.estimated).toBe(row.estimated);
    const action = actionFor(view, next.deadline);
    expect('advice' in action ? action.advice.id : null).toBe(row.advice);

    // The words every surface must state.
    const label = clean(deadlineName(next.deadline, lang));
    const left = clean(timeLeftText(next.left, lang));
    const when = clean(deadlineWhen(next.deadline, lang));
    const todo = clean(nextActionText(action, lang));
    const date = `${row.estimated ? '≈ ' : ''}${when}`;
    expect(left).not.toBe('');
    expect(when).not.toBe('');
    // A date the buyer set (not their own reminder, theirs by name) is marked as theirs on every surface below.
    const yours = { en: 'your date', de: 'Ihr Datum', ru: 'ваша дата' }[lang as 'en' | 'de' | 'ru'];
    expect(when.includes(`(${yours})`)).toBe(next.deadline.source === 'user' && next.deadline.kind !== 'custom');

    // The card badge.
    const badge = host();
    render(<Badge order={row.order} settings={row.settings} now={row.now} lang={lang} />, badge);
    expect(readHeadline(badge)).toEqual({ label, left, date, estimated: row.estimated });
    const onBadge = adviceTexts(badge);
    if ('advice' in action) expect(onBadge.some((text) => text.startsWith(todo))).toBe(true);
    else expect(onBadge.every((text) => !text.startsWith(todo))).toBe(true);
    expect(badge.querySelector('[data-testid="buyer-date-warning"]') !== null).toBe(row.buyerLater ?? false);

    // The order panel.
    const panel = host();
    render(
      <OrderPanel
        order={row.order}
        settings={row.settings}
        now={row.now}
        lang={lang}
        addReminder={async () => true}
        copy={async () => true}
      />,
      panel,
    );
    expect(readHeadline(panel.querySelector('.os-head')!)).toEqual({ label, left, date, estimated: row.estimated });
    const nextAction = panel.querySelector('[data-testid="next-action"]')!;
    if ('advice' in action) expect(adviceTexts(nextAction).some((text) => text.startsWith(todo))).toBe(true);
    else if (view.advice.length === 0)
      expect(clean(nextAction.querySelector('[data-testid="fallback-action"]')?.textContent)).toBe(todo);
    expect(panel.querySelector('[data-testid="buyer-date-warning"]') !== null).toBe(row.buyerLater ?? false);

    // The popup's row.
    const popupRow = host();
    render(
      <LangContext.Provider value={lang}>
        <ul>
          <OrderRow view={view} />
        </ul>
      </LangContext.Provider>,
      popupRow,
    );
    const deadline = popupRow.querySelector('[data-testid="deadline"]')!;
    expect(deadline.getAttribute('data-kind')).toBe(row.kind);
    expect(clean(deadline.querySelector('span:not([class])')?.textContent)).toBe(label);
    expect(clean(deadline.querySelector('strong')?.textContent)).toBe(date);
    expect(clean(deadline.querySelector('[data-testid="time-left"]')?.textContent)).toBe(`· ${left}`);
    expect(deadline.querySelector('[data-testid="estimated"]') !== null).toBe(row.estimated);
    // A tracking warning is on the row too: the first words of the same advice.
    const rowAdvice = popupRow.querySelector('[data-testid="row-advice"]');
    expect(rowAdvice?.getAttribute('data-advice') ?? null).toBe(
      row.advice?.startsWith('tracking_') ? row.advice : null,
    );
    if (rowAdvice) expect(todo.startsWith(clean(rowAdvice.textContent))).toBe(true);

    // The popup's order view: the next deadline's line in the timeline.
    const popupView = host();
    render(
      <LangContext.Provider value={lang}>
        <OrderView
          order={row.order}
          settings={row.settings}
          reminders={EMPTY_REMINDER_STATE}
          now={row.now}
          onBack={() => {}}
        />
      </LangContext.Provider>,
      popupView,
    );
    const item = [...popupView.querySelectorAll('.timeline-item')].find(
      (li) => li.getAttribute('data-kind') === row.kind && li.getAttribute('data-at') === next.deadline.at,
    )!;
    expect(item, 'the next deadline is in the popup timeline').toBeDefined();
    expect(clean(item.querySelector('.timeline-what')?.textContent)).toBe(label);
    expect(clean(item.querySelector('strong')?.textContent)).toBe(date);
    expect(clean(item.querySelector('[data-testid="time-left"]')?.textContent)).toBe(`· ${left}`);
    expect(item.querySelector('[data-testid="estimated"]') !== null).toBe(row.estimated);
    expect(popupView.querySelector('[data-testid="buyer-date-warning"]') !== null).toBe(row.buyerLater ?? false);
    // What the tracking page showed: the number and the newest event.
    const facts = clean(popupView.querySelector('[data-testid="tracking-facts"]')?.textContent);
    if (row.order.tracking) {
      expect(facts).toContain(row.order.tracking.trackingNumber!);
      expect(facts).toContain(row.order.tracking.lastEvent!.title ?? row.order.tracking.lastEvent!.text!);
    } else expect(facts).toBe('');
    const popupAction = popupView.querySelector('[data-testid="next-action"]')!;
    if ('advice' in action) expect(adviceTexts(popupAction).some((text) => text.startsWith(todo))).toBe(true);
    else if (view.advice.length === 0)
      expect(clean(popupAction.querySelector('[data-testid="fallback-action"]')?.textContent)).toBe(todo);

    // The notification of a reminder of that deadline, due now.
    const group: ReminderGroup = {
      id: 'g',
      urgency: next.urgency,
      reminders: [
        {
          id: 'r',
          orderId: row.order.orderId,
          deadlineKey: `${row.order.orderId}:${row.kind}`,
          kind: row.kind,
          leadDays: next.passed ? null : (next.left?.days ?? 0),
          fireAt: row.now.toISOString(),
          deadline: next.deadline,
          day: TODAY.format('YYYY-MM-DD'),
          urgency: next.urgency,
        },
      ],
    };
    const note = reminderText(group, { [row.order.orderId]: row.order }, row.now, lang, row.settings);
    const [first, second] = note.message.split('\n').map(clean);
    expect(first).toContain(`${label} · ${left} (${when}`);
    expect(first!.includes(`, ${estimatedWord(lang)})`)).toBe(row.estimated);
    expect(second).toBe(todo);

    // The calendar event (upcoming deadlines only: a calendar has no "passed").
    if (!next.passed) {
      const ics = unfold(
        buildCalendar(calendarEntries([row.order], row.settings, row.now), row.settings, row.now, lang),
      );
      const event = ics
        .split('BEGIN:VEVENT')
        .find((block) => block.includes(`UID:${deadlineUid(row.order.orderId, next.deadline)}`))!;
      expect(event, 'the next deadline has an event').toBeDefined();
      const summary = clean(/SUMMARY:(.*)/.exec(event)?.[1]);
      expect(summary.startsWith(label)).toBe(true);
      expect(summary.includes(`(≈ ${estimatedWord(lang)})`)).toBe(row.estimated);
      const description = clean(/DESCRIPTION:([\s\S]*?)\r\n[A-Z-]+[:;]/.exec(event)?.[1]);
      expect(description).toContain(when);
      expect(description).toContain(todo);
    }
  });
});
