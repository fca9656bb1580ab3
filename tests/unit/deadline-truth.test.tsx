/**
 * Issue 12 §1, "Deadline truth": every date a buyer sees is right or marked. Each block states what a buyer would
 * notice on one surface or rule; `now` is always injected, so these hold on any day and in any zone (npm test also
 * runs them in Europe/Berlin and Pacific/Auckland).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import dayjs from 'dayjs';
import { DEFAULT_SETTINGS, type Deadline, type TrackedOrder } from '@/utils/model';
import { computeDeadlines, EMPTY_REMINDER_STATE, planReminders } from '@/utils/rules';
import { adviceFor } from '@/utils/rules/advice';
import { headlineDeadline, orderView } from '@/utils/rules/order-view';
import { reminderText } from '@/utils/background/notification-text';
import { buildCalendar, calendarEntries } from '@/utils/transfer/ics';
import { disputeMessage } from '@/utils/guide/composer';
import { SETTINGS_MIGRATIONS } from '@/utils/storage-migrations';
import { SettingsSchema } from '@/utils/model';
import { Badge } from '@/components/page/Badge';
import { OrderRow } from '@/components/popup/OrderRow';
import { DeadlineForm } from '@/components/popup/DeadlineForm';
import { LangContext } from '@/components/shared/LangContext';
import { pageOrder, trackedOrder } from './support/factories';

/** A local wall-clock moment in the zone the tests run in. */
const at = (wall: string) => dayjs(wall).toDate();
const localInstant = (wall: string) => dayjs(wall).format('YYYY-MM-DDTHH:mm:ss.SSSZ');

/** "Refund if no delivery before Sep 4, 2026", as the reader stores it: Sep 4 00:00 local, exact. */
const printedBefore: Deadline = {
  kind: 'protection_end',
  at: localInstant('2026-09-04 00:00'),
  confidence: 'exact',
  source: 'page:no-delivery-refund',
  pageText: 'Refund if no delivery before Sep 4, 2026',
};

function inTransit(overrides: Partial<TrackedOrder> = {}, deadlines: Deadline[] = [printedBefore]): TrackedOrder {
  return trackedOrder({
    facts: pageOrder({ status: 'awaiting_delivery', events: { shippedAt: '2026-07-16' }, deadlines }),
    ...overrides,
  });
}

/** The planned reminder of the printed protection end that a notification would show. */
function protectionReminder(order: TrackedOrder, leadDays: number | null, urgency: 'today' | 'overdue', fireAt: Date) {
  return {
    id: 'x',
    orderId: order.orderId,
    deadlineKey: `${order.orderId}:protection_end`,
    day: '2026-09-03',
    kind: 'protection_end' as const,
    leadDays,
    fireAt: fireAt.toISOString(),
    deadline: printedBefore,
    urgency,
  };
}

const host = () => {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
};
afterEach(() => document.body.replaceChildren());

describe('"before X" means the last day is X−1, on every surface', () => {
  const lastEvening = at('2026-09-03 23:00');

  it('the badge says "Last day: Sep 3, 2026" and hours left, not "1 day", with an hour to go', () => {
    const root = host();
    render(<Badge order={inTransit()} settings={DEFAULT_SETTINGS} now={lastEvening} lang="en" />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('Last day: Sep 3, 2026');
    expect(text).toContain('1 hour left');
    expect(text).not.toContain('Sep 4');
    expect(root.querySelector('[data-testid="urgency"]')?.getAttribute('data-urgency')).toBe('today');
  });

  it('the popup row says the last day and the hours', () => {
    const root = host();
    render(<OrderRow view={orderView(inTransit(), DEFAULT_SETTINGS, lastEvening)} />, root);
    expect(root.querySelector('[data-testid="deadline"]')?.textContent).toContain('Last day: Sep 3, 2026');
    expect(root.querySelector('[data-testid="time-left"]')?.textContent).toContain('1 hour left');
  });

  it('the notification names the last day', () => {
    const order = inTransit();
    const reminder = protectionReminder(order, 0, 'today', lastEvening);
    const text = reminderText(
      { id: 'g', urgency: 'today', reminders: [reminder] },
      { [order.orderId]: order },
      lastEvening,
    );
    expect(text.message).toContain('Last day: Sep 3, 2026');
    expect(text.message).toContain('1 hour left');
    expect(text.message).not.toContain('Sep 4');
  });

  it('the calendar event sits on the last day and says it', () => {
    const order = inTransit();
    const ics = buildCalendar(
      calendarEntries([order], DEFAULT_SETTINGS, at('2026-08-20 12:00')),
      DEFAULT_SETTINGS,
      at('2026-08-20 12:00'),
    ).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('Last day: Sep 3\\, 2026');
  });

  it('the calendar alarms fire at the very moments of the extension’s own reminders, the last one on the last day', () => {
    const order = inTransit();
    const now = at('2026-08-20 12:00');
    const planned = planReminders([order], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, now)
      .filter((r) => r.kind === 'protection_end')
      .map((r) => Date.parse(r.fireAt))
      .sort();
    expect(planned.map((ms) => dayjs(ms).format('YYYY-MM-DD HH:mm'))).toEqual([
      '2026-08-27 09:00',
      '2026-08-31 09:00',
      '2026-09-02 09:00',
      '2026-09-03 09:00',
    ]);
    const ics = buildCalendar(calendarEntries([order], DEFAULT_SETTINGS, now), DEFAULT_SETTINGS, now);
    const event = ics.split('BEGIN:VEVENT').find((block) => block.includes('protection_end@ordershield'))!;
    const triggers = [...event.matchAll(/TRIGGER;VALUE=DATE-TIME:(\d{8}T\d{6}Z)/g)].map((m) =>
      Date.parse(m[1]!.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z')),
    );
    expect(triggers.sort()).toEqual(planned);
  });

  it('the dispute message names the last day of protection', () => {
    const message = disputeMessage(
      inTransit(),
      computeDeadlines(inTransit(), DEFAULT_SETTINGS, lastEvening),
      lastEvening,
    );
    expect(message).toContain('Last day of buyer protection: Sep 3, 2026');
    expect(message).not.toContain('Sep 4');
  });
});

describe('an estimate is never later than the real date', () => {
  it('the captured order (shipped Jul 16, page says "before Sep 4") gets an estimate no later than its real last day', () => {
    const order = inTransit({}, []);
    const estimate = computeDeadlines(order, DEFAULT_SETTINGS, at('2026-08-01 12:00')).find(
      (d) => d.kind === 'protection_end',
    )!;
    expect(estimate.confidence).toBe('estimated');
    expect(Date.parse(estimate.at)).toBeLessThanOrEqual(Date.parse(printedBefore.at));
  });

  it.each([40, 50, 60, 75, 90])('is early for a seller-set protection of %i days', (sellerDays) => {
    const order = inTransit({}, []);
    const real = dayjs('2026-07-16').add(sellerDays, 'day').endOf('day').valueOf();
    const estimate = computeDeadlines(order, DEFAULT_SETTINGS, at('2026-08-01 12:00')).find(
      (d) => d.kind === 'protection_end',
    )!;
    expect(Date.parse(estimate.at)).toBeLessThanOrEqual(real);
  });

  it('settings v1 → v2: the old 90-day default becomes the new one, a buyer’s own value stays', () => {
    const v1 = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, protectionDays: 90 } } as Record<
      string,
      unknown
    >;
    delete (v1.rules as Record<string, unknown>).lateDisputeDays;
    const { late_dispute_window_end: _new, ...v1Leads } = DEFAULT_SETTINGS.leadDays;
    v1.leadDays = v1Leads;
    const migrated = SettingsSchema.parse(SETTINGS_MIGRATIONS[2]!(v1));
    expect(migrated.rules.protectionDays).toBe(DEFAULT_SETTINGS.rules.protectionDays);
    expect(migrated.rules.lateDisputeDays).toBe(15);
    const own = SettingsSchema.parse(
      SETTINGS_MIGRATIONS[2]!({ ...v1, rules: { ...(v1.rules as object), protectionDays: 75 } }),
    );
    expect(own.rules.protectionDays).toBe(75);
  });
});

describe('after the printed date: "open a dispute now", never "too late", while the usual window runs', () => {
  const order = inTransit();

  it('the day after: advice to open a dispute now with the window’s estimated end, the window leads as pressing', () => {
    const now = at('2026-09-05 10:00');
    const deadlines = computeDeadlines(order, DEFAULT_SETTINGS, now);
    const late = deadlines.find((d) => d.kind === 'late_dispute_window_end')!;
    expect(late.confidence).toBe('estimated');
    expect(dayjs(Date.parse(late.at) - 1).format('YYYY-MM-DD')).toBe('2026-09-18');
    const advice = adviceFor(order, deadlines, DEFAULT_SETTINGS, now, 'card');
    expect(advice.map((a) => a.id)).toContain('late_dispute_now');
    expect(advice.map((a) => a.id)).not.toContain('protection_ended');
    const headline = headlineDeadline(deadlines, now, 'awaiting_delivery')!;
    expect(headline.deadline.kind).toBe('late_dispute_window_end');
    expect(headline.urgency).toBe('soon');

    const root = host();
    render(<Badge order={order} settings={DEFAULT_SETTINGS} now={now} lang="en" />, root);
    expect(root.textContent).toContain(
      'Open a dispute now: AliExpress usually allows it for up to 15 days after that date, until about Sep 18, 2026 (estimated)',
    );
    expect(root.textContent).not.toMatch(/Contact AliExpress support/);
  });

  it('the reminders go on during that window, the last one early on its last day', () => {
    const plan = planReminders([order], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, at('2026-09-04 10:00'));
    const late = plan
      .filter((r) => r.kind === 'late_dispute_window_end')
      .map((r) => dayjs(r.fireAt).format('YYYY-MM-DD HH:mm'));
    expect(late).toEqual(['2026-09-08 09:00', '2026-09-13 09:00', '2026-09-16 09:00', '2026-09-18 09:00']);
  });

  it('once that window closed too: contact support', () => {
    const now = at('2026-09-20 10:00');
    const deadlines = computeDeadlines(order, DEFAULT_SETTINGS, now);
    expect(adviceFor(order, deadlines, DEFAULT_SETTINGS, now, 'card').map((a) => a.id)).toContain('protection_ended');
  });

  it('the reminder when protection passes says to open a dispute now, not that it is over', () => {
    const reminder = protectionReminder(order, null, 'overdue', at('2026-09-04 00:00'));
    const text = reminderText(
      { id: 'g', urgency: 'overdue', reminders: [reminder] },
      { [order.orderId]: order },
      at('2026-09-04 08:00'),
    );
    expect(text.message).toContain('Open a dispute now');
  });
});

describe('estimates are marked, and stage clocks say what they count from', () => {
  const firstSeen = '2026-11-03T10:00:00.000Z';
  const returning = trackedOrder({
    facts: pageOrder({ status: 'return_required', actions: [] }),
    stageHistory: [{ stage: 'return_required', firstSeenAt: firstSeen }],
  });
  const now = at('2026-11-05 12:00');

  it('"Ship the return by" says the date is estimated and counts from when OrderShield first saw the step', () => {
    const root = host();
    render(<Badge order={returning} settings={DEFAULT_SETTINGS} now={now} lang="en" />, root);
    const advice = root.querySelector('[data-advice="ship_return_by"]')?.textContent ?? '';
    const seenDay = dayjs(firstSeen).format('MMM D, YYYY');
    expect(advice).toMatch(/Ship the return by .+ \(estimated\)/);
    expect(advice).toContain(`10 days from ${seenDay}, when OrderShield first saw this step`);
  });

  it('the calendar title and alarm text say "estimated"', () => {
    const ics = buildCalendar(calendarEntries([returning], DEFAULT_SETTINGS, now), DEFAULT_SETTINGS, now).replace(
      /\r\n[ \t]/g,
      '',
    );
    expect(ics).toMatch(/SUMMARY:Ship the return by \(≈ estimated\)/);
    expect(ics).toMatch(/DESCRIPTION:Ship the return by \(≈ estimated\)/);
  });

  it('an estimated protection end in the dispute message is said to be one', () => {
    const order = inTransit({}, []);
    const message = disputeMessage(order, computeDeadlines(order, DEFAULT_SETTINGS, now), now);
    expect(message).toMatch(/Last day of buyer protection \(estimated, see the order page\): about /);
  });
});

describe('the buyer’s date vs the page’s date', () => {
  const later: Deadline = {
    kind: 'protection_end',
    at: localInstant('2026-09-20 23:59:59.999'),
    confidence: 'exact',
    source: 'user',
  };
  const earlier: Deadline = {
    kind: 'protection_end',
    at: localInstant('2026-08-30 23:59:59.999'),
    confidence: 'exact',
    source: 'user',
  };
  const now = at('2026-08-25 12:00');

  it('a later date of the buyer does not win: the page’s date counts, and the badge warns', () => {
    const order = inTransit({ userDeadlines: [later] });
    const protection = computeDeadlines(order, DEFAULT_SETTINGS, now).find((d) => d.kind === 'protection_end')!;
    expect(protection.at).toBe(printedBefore.at);
    expect(protection.buyerLaterAt).toBe(later.at);
    const root = host();
    render(<Badge order={order} settings={DEFAULT_SETTINGS} now={now} lang="en" />, root);
    expect(root.querySelector('[data-testid="buyer-date-warning"]')?.textContent).toContain(
      'The page says Sep 3, 2026; you set Sep 20, 2026.',
    );
  });

  it('an earlier date of the buyer wins, with no warning', () => {
    const order = inTransit({ userDeadlines: [earlier] });
    const protection = computeDeadlines(order, DEFAULT_SETTINGS, now).find((d) => d.kind === 'protection_end')!;
    expect(protection.at).toBe(earlier.at);
    expect(protection.buyerLaterAt).toBeUndefined();
  });

  it('once the page itself prints the later date, it counts and the warning goes', () => {
    const extended: Deadline = { ...printedBefore, at: localInstant('2026-09-21 00:00') };
    const order = inTransit({ userDeadlines: [later] }, [extended]);
    const protection = computeDeadlines(order, DEFAULT_SETTINGS, now).find((d) => d.kind === 'protection_end')!;
    expect(protection.source).toBe('user');
    expect(protection.buyerLaterAt).toBeUndefined();
  });

  it('the form says what it stores, and warns before saving a date later than the page’s', () => {
    const root = host();
    render(
      <LangContext.Provider value="en">
        <DeadlineForm order={inTransit()} />
      </LangContext.Provider>,
      root,
    );
    expect(root.querySelector('[data-testid="override-stores"]')?.textContent).toContain(
      'A page that says “before Sep 4” means the last day is Sep 3',
    );
    const select = root.querySelector('select') as HTMLSelectElement;
    select.value = 'protection_end';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const input = root.querySelector('input[type="date"]') as HTMLInputElement;
    input.value = '2026-09-20';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return vi.waitFor(() => {
      expect(root.querySelector('[data-testid="override-saves-as"]')?.textContent).toContain(
        'last day Sep 20, 2026, until 23:59',
      );
      expect(root.querySelector('[data-testid="buyer-date-warning"]')?.textContent).toContain(
        'The page says Sep 3, 2026; you set Sep 20, 2026.',
      );
    });
  });
});
