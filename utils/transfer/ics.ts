/**
 * The calendar export (`.ics`): one event per upcoming deadline, each with its reminders as alarms, written
 * with the maintained `ics` library (RFC 5545 folding and escaping are its job, not ours). Pure.
 *
 * UIDs are stable: `<orderId>-<kind>@ordershield` (one deadline per kind and order, `computeDeadlines`), and
 * for the buyer's custom reminders a hash of their instant and label. Importing a newer file into the same
 * calendar therefore moves an event instead of adding a second one; SEQUENCE grows with the export time,
 * which strict calendar clients require before they accept the update.
 */
import { createEvents, type Alarm, type EventAttributes } from 'ics';
import type { Deadline, Settings, TrackedOrder } from '@/utils/model';
import { fnv1a } from '@/utils/hash';
import { localIsoDay } from '@/utils/rules/dates';
import { leadMoment } from '@/utils/rules/reminders';
import { actionFor, orderView, type DeadlineView, type OrderView } from '@/utils/rules/order-view';
import { countedFromText, deadlineName, deadlineWhen, estimatedWord, type UiLanguage } from '@/utils/i18n';
import { nextActionText } from '@/utils/i18n/page';

const UID_DOMAIN = 'ordershield';
/** Sequence epoch: minutes since 2025-01-01 stays far below the 32-bit limit some clients impose. */
const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1);
/** Each event is a short block ending at the deadline, so it shows up on the right day in any view. */
const EVENT_MINUTES = 30;

export function deadlineUid(orderId: string, deadline: Deadline): string {
  const tail =
    // FNV-1a, enough to tell two custom reminders of one order apart.
    deadline.kind === 'custom'
      ? `custom-${fnv1a(`${deadline.at}|${deadline.label ?? ''}`).toString(36)}`
      : deadline.kind;
  return `${orderId}-${tail}@${UID_DOMAIN}`;
}

export interface CalendarEntry {
  order: TrackedOrder;
  deadline: Deadline;
  /** The order's view at export time (rules/order-view.ts): the event says what the badge says. */
  view: OrderView;
  entry: DeadlineView;
}

/** The deadlines that go into the calendar: upcoming ones of orders not archived. */
export function calendarEntries(orders: readonly TrackedOrder[], settings: Settings, now: Date): CalendarEntry[] {
  return orders
    .filter((order) => !order.archived)
    .flatMap((order) => {
      const view = orderView(order, settings, now);
      return view.deadlines.map((entry) => ({ order, deadline: entry.deadline, view, entry }));
    })
    .filter(({ deadline }) => Date.parse(deadline.at) >= now.getTime());
}

/**
 * One alarm per reminder lead day of the kind (the options' lead times), at the very moment the extension's own
 * reminder fires (`leadMoment`: 09:00 local on the last day minus the lead, the on-the-day one never after the
 * deadline). Absolute triggers, because the library writes a zero relative trigger as `-PT`, which RFC 5545 does not
 * allow.
 */
function alarmsFor(deadline: Deadline, settings: Settings, title: string): Alarm[] {
  const dueMs = Date.parse(deadline.at);
  const leads = [...new Set(settings.leadDays[deadline.kind] ?? [0])].sort((a, b) => b - a);
  return leads.map((days) => ({
    action: 'display',
    description: title,
    trigger: Math.floor(leadMoment(dueMs, days) / 1000) * 1000,
  }));
}

export function buildCalendar(
  entries: readonly CalendarEntry[],
  settings: Settings,
  now: Date,
  lang: UiLanguage = 'en',
): string {
  const sequence = Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
  const events: EventAttributes[] = entries.map(({ order, deadline, view, entry }) => {
    const end = Math.floor(Date.parse(deadline.at) / 1000) * 1000;
    const what = deadlineName(deadline, lang);
    const store = order.facts.store?.name ? ` · ${order.facts.store.name}` : '';
    // An estimate says so in the title, which is also the alarm's text: a calendar shows nothing else at a glance.
    const estimated = entry.estimated ? ` (≈ ${estimatedWord(lang)})` : '';
    const title = `${what}${estimated} · ${order.orderId}${store}`;
    const item = order.facts.items[0]?.title;
    const confidence =
      deadline.confidence === 'estimated' ? `≈ estimated (${deadline.source})` : `exact (${deadline.source})`;
    // The event ends at the deadline itself, so it sits on the last day; the description names that day in words.
    const when = deadlineWhen(deadline, lang);
    const countedFrom = countedFromText(deadline, lang);
    // What to do, as a reminder of this deadline says it (the order's advice about it, else the kind's action).
    const todo = nextActionText(actionFor(view, deadline), lang);
    return {
      uid: deadlineUid(order.orderId, deadline),
      sequence,
      title,
      description: [when, todo, item, deadline.pageText, confidence, countedFrom].filter(Boolean).join('\n'),
      start: end - EVENT_MINUTES * 60_000,
      startInputType: 'utc',
      startOutputType: 'utc',
      end,
      endInputType: 'utc',
      endOutputType: 'utc',
      categories: ['OrderShield'],
      alarms: alarmsFor(deadline, settings, title),
      productId: 'ordershield/ics',
      calName: 'OrderShield deadlines',
    };
  });
  const { error, value } = createEvents(events, { productId: 'ordershield/ics', calName: 'OrderShield deadlines' });
  if (error || value === null) throw error ?? new Error('calendar could not be written');
  return value;
}

/** `ordershield-deadlines-YYYY-MM-DD.ics`, the buyer's local day. */
export function calendarFileName(now: Date): string {
  return `ordershield-deadlines-${localIsoDay(now)}.ics`;
}
