/**
 * Issue 15 §4 as the buyer reads it, in English and Russian: a stuck parcel and a delivered-but-not-received parcel
 * are said on the card badge (with their severity), on the popup row, and by the protection end's reminder; the
 * stuck threshold is the buyer's setting. And settings stored before `showQuietMarkers` existed still read (as
 * true). Dates are built from today, so it holds on any day and in any time zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import dayjs from 'dayjs';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings, type TrackedOrder } from '@/utils/model';
import { orderView } from '@/utils/rules/order-view';
import { formatLocalDay, type UiLanguage } from '@/utils/i18n';
import { lastDayText } from '@/utils/i18n/labels';
import { reminderText } from '@/utils/background/notification-text';
import { Badge } from '@/components/page/Badge';
import { OrderRow } from '@/components/popup/OrderRow';
import { LangContext } from '@/components/shared/LangContext';
import { pageOrder, trackedOrder } from './support/factories';

const TODAY = dayjs().startOf('day');
const NOW = TODAY.add(12, 'hour').toDate();
const day = (offset: number) => TODAY.add(offset, 'day').format('YYYY-MM-DD');
const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const el of hosts.splice(0)) {
    render(null, el);
    el.remove();
  }
});
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** In transit, the page printing "before <today + 21>" (last day: today + 20). */
function inTransit(tracking: TrackedOrder['tracking']): TrackedOrder {
  return trackedOrder({
    facts: pageOrder({
      status: 'awaiting_delivery',
      actions: [],
      deadlines: [
        {
          kind: 'protection_end',
          at: TODAY.add(21, 'day').toISOString(),
          confidence: 'exact',
          source: 'page:test',
        },
      ],
    }),
    tracking,
  });
}
const stuck = inTransit({
  trackingNumber: 'LP00123456789012',
  lastEvent: { text: 'Departed from sorting center', at: day(-12) },
  eventCount: 7,
  delivered: false,
  readAt: NOW.toISOString(),
});
const delivered = inTransit({
  trackingNumber: 'LP00123456789012',
  lastEvent: { title: 'Delivered', at: day(-2) },
  eventCount: 21,
  delivered: true,
  deliveredAt: day(-2),
  readAt: NOW.toISOString(),
});

function badgeAdvice(order: TrackedOrder, lang: UiLanguage, settings: Settings = DEFAULT_SETTINGS) {
  const el = document.createElement('div');
  document.body.append(el);
  hosts.push(el);
  render(<Badge order={order} settings={settings} now={NOW} lang={lang} />, el);
  return [...el.querySelectorAll('[data-testid="advice"] li')].map((li) => ({
    id: li.getAttribute('data-advice'),
    severity: li.getAttribute('data-severity'),
    text: clean(li.textContent),
  }));
}

function rowAdvice(order: TrackedOrder, lang: UiLanguage): string {
  const el = document.createElement('div');
  document.body.append(el);
  hosts.push(el);
  render(
    <LangContext.Provider value={lang}>
      <ul>
        <OrderRow view={orderView(order, DEFAULT_SETTINGS, NOW)} />
      </ul>
    </LangContext.Provider>,
    el,
  );
  return clean(el.querySelector('[data-testid="row-advice"]')?.textContent);
}

function protectionReminder(order: TrackedOrder, lang: UiLanguage): string {
  const view = orderView(order, DEFAULT_SETTINGS, NOW);
  const deadline = view.next!.deadline;
  const note = reminderText(
    {
      id: 'g',
      urgency: 'later',
      reminders: [
        {
          id: 'r',
          orderId: order.orderId,
          deadlineKey: `${order.orderId}:protection_end`,
          kind: 'protection_end',
          leadDays: 7,
          fireAt: NOW.toISOString(),
          deadline,
          day: day(0),
          urgency: 'later',
        },
      ],
    },
    { [order.orderId]: order },
    NOW,
    lang,
  );
  return clean(note.message.split('\n')[1]);
}

const WORDS = {
  en: {
    stuck: (date: string) => `Tracking hasn’t moved for 12 days: ask the seller, and open a dispute by ${date}.`,
    delivered: (date: string) => `Tracking says delivered on ${date}. Not received? Open a dispute now.`,
    protection: 'Protection can end soon after a delivered scan',
  },
  ru: {
    stuck: (date: string) =>
      `Трекинг не обновлялся 12 дней: напишите продавцу и откройте спор до ${date} включительно.`,
    delivered: (date: string) => `По трекингу посылка доставлена ${date}. Не получили? Откройте спор сейчас.`,
    protection: 'Защита может закончиться вскоре после отметки о доставке',
  },
} as const;

describe.each(['en', 'ru'] as const)('tracking warnings where the buyer looks (%s)', (lang) => {
  const lastDay = lastDayText(TODAY.add(21, 'day').toISOString(), lang)!;

  it('stuck for 12 days: a warning on the badge and the row, said by the protection end’s reminder', () => {
    const expected = WORDS[lang].stuck(lastDay);
    expect(badgeAdvice(stuck, lang)).toEqual([{ id: 'tracking_stuck', severity: 'warning', text: expected }]);
    expect(rowAdvice(stuck, lang)).toBe(expected);
    expect(protectionReminder(stuck, lang)).toBe(expected);
  });

  it('delivered two days ago: critical, with the warning that protection can end soon after the scan', () => {
    const said = WORDS[lang].delivered(formatLocalDay(dayjs(day(-2)).valueOf(), lang));
    const [first] = badgeAdvice(delivered, lang);
    expect(first).toMatchObject({ id: 'tracking_delivered', severity: 'critical' });
    expect(first!.text.startsWith(said)).toBe(true);
    expect(first!.text).toContain(WORDS[lang].protection);
    // The row is short: the call to action only.
    expect(rowAdvice(delivered, lang)).toBe(said);
    expect(protectionReminder(delivered, lang).startsWith(said)).toBe(true);
  });

  it('the threshold is the buyer’s: with "stuck after 15 days", 12 days without movement says nothing', () => {
    const patient = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, stuckTrackingDays: 15 } };
    expect(badgeAdvice(stuck, lang, patient)).toEqual([]);
  });
});

describe('showQuietMarkers', () => {
  it('settings stored before the option existed stay valid and show the markers', () => {
    const { showQuietMarkers: _absent, ...old } = DEFAULT_SETTINGS;
    const parsed = SettingsSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.showQuietMarkers).toBe(true);
    expect(SettingsSchema.parse({ ...old, showQuietMarkers: false }).showQuietMarkers).toBe(false);
  });
});
