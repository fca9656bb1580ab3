/**
 * The reminders the guide schedules (the appeal playbook's steps, the chargeback and PayPal estimates) are named in
 * the buyer's language of the moment on every surface, and the playbook still knows them after a language change:
 * a buyer who switches from English to German is neither shown English reminders nor offered to schedule them again.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'preact';
import dayjs from 'dayjs';
import { DEFAULT_SETTINGS, type Deadline, type TrackedOrder } from '@/utils/model';
import { UI_LANGUAGES, formatDate, type UiLanguage } from '@/utils/i18n';
import { loadPopupLanguage } from '@/utils/i18n/popup';
import { deadlineAction, deadlineName, guideReminderName } from '@/utils/i18n/labels';
import { EMPTY_REMINDER_STATE, planReminders } from '@/utils/rules';
import { orderView } from '@/utils/rules/order-view';
import { reminderText } from '@/utils/background/notification-text';
import { buildCalendar, calendarEntries } from '@/utils/transfer/ics';
import { PLAYBOOK_STEPS, playbookReminder } from '@/utils/guide/playbook';
import { afterAppealEstimate, afterAppealReminder } from '@/utils/guide/after-appeal';
import { AppealPlaybook } from '@/components/popup/AppealPlaybook';
import { PopupTimeline } from '@/components/popup/PopupTimeline';
import { LangContext } from '@/components/shared/LangContext';
import { pageOrder, trackedOrder } from './support/factories';

beforeAll(() => Promise.all(UI_LANGUAGES.map(loadPopupLanguage)));
afterEach(() => document.body.replaceChildren());

const OTHER_LANGUAGES = UI_LANGUAGES.filter((lang) => lang !== 'en');
const nextDayStep = PLAYBOOK_STEPS.find((step) => step.id === 'next_day')!;

/** A lost dispute paid 30 days ago, with the reminders an English-speaking buyer scheduled from the playbook. */
function lostWithEnglishReminders(now: Date): { order: TrackedOrder; chargebackDay: string } {
  const paid = dayjs(now).subtract(30, 'day').format('YYYY-MM-DD');
  const bare = trackedOrder({ facts: pageOrder({ status: 'dispute_lost', events: { paidAt: paid } }) });
  const estimate = afterAppealEstimate(bare)!;
  const nextDay = playbookReminder(nextDayStep, guideReminderName('next_day', 'en')!, now)!;
  const chargebackLabel = guideReminderName('chargeback', 'en', dayjs(estimate.chargebackBy).startOf('day').valueOf())!;
  const chargeback = afterAppealReminder(estimate.chargebackBy, 'chargeback', chargebackLabel, now)!;
  return { order: { ...bare, userDeadlines: [nextDay, chargeback] }, chargebackDay: estimate.chargebackBy };
}

/** A reminder the buyer wrote themselves, in three days. */
function buyersOwnReminder(): Deadline {
  return {
    kind: 'custom',
    at: dayjs().add(3, 'day').endOf('day').toISOString(),
    confidence: 'exact',
    source: 'user',
    label: 'Call the bank',
  };
}

function renderIn(lang: UiLanguage, node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>, root);
  return root;
}

describe('a guide reminder is named in the language in use', () => {
  it('keeps the words it was made with in `label` (what a version before this one shows)', () => {
    const { order } = lostWithEnglishReminders(new Date());
    expect(order.userDeadlines.map((d) => d.label)).toEqual([
      'Back to the support chat with the appeal number',
      expect.stringMatching(/^Chargeback through your bank: last day about .+ \(estimated\)$/),
    ]);
    expect(order.userDeadlines.map((d) => d.guideReminder)).toEqual(['next_day', 'chargeback']);
  });

  it.each(OTHER_LANGUAGES)('%s: timeline, notification and calendar name it in that language', (lang) => {
    const now = new Date();
    const { order, chargebackDay } = lostWithEnglishReminders(now);
    const nextDayName = guideReminderName('next_day', lang);
    const chargebackName = deadlineName(order.userDeadlines[1]!, lang);
    expect(nextDayName).not.toBe(guideReminderName('next_day', 'en'));
    // The estimate's name carries its estimated last day, written as that language writes dates.
    expect(chargebackName).toContain(formatDate(chargebackDay, lang));
    expect(chargebackName).not.toContain('Chargeback through your bank');

    // Popup timeline.
    const timeline = renderIn(
      lang,
      <PopupTimeline
        order={order}
        rows={orderView(order, DEFAULT_SETTINGS, now).deadlines}
        reminders={EMPTY_REMINDER_STATE}
      />,
    ).textContent!;
    expect(timeline).toContain(nextDayName);
    expect(timeline).toContain(chargebackName);
    expect(timeline).not.toContain('appeal number');

    // The notification of tomorrow's reminder, on its day.
    const tomorrow = dayjs(now).add(1, 'day').hour(10).toDate();
    const due = planReminders([order], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, tomorrow).filter(
      (reminder) => reminder.deadline.guideReminder === 'next_day',
    );
    expect(due.length, 'the step reminder is planned').toBeGreaterThan(0);
    const note = reminderText(
      { id: 'g', urgency: due[0]!.urgency, reminders: [due[0]!] },
      { [order.orderId]: order },
      tomorrow,
      lang,
    );
    expect(note.message).toContain(nextDayName);
    expect(note.message).not.toContain('appeal number');

    // The calendar file.
    const ics = buildCalendar(calendarEntries([order], DEFAULT_SETTINGS, now), DEFAULT_SETTINGS, now, lang)
      .replace(/\r\n[ \t]/g, '')
      .replace(/\\,/g, ',');
    expect(ics).toContain(nextDayName);
    expect(ics).not.toContain('appeal number');
  });

  it.each(OTHER_LANGUAGES)('%s: the playbook still shows both reminders as set, and offers no second one', (lang) => {
    const now = new Date();
    const { order } = lostWithEnglishReminders(now);
    const root = renderIn(lang, <AppealPlaybook order={order} guide={{}} onChange={() => {}} now={now} />);
    const step = root.querySelector('[data-step="next_day"]')!;
    expect(step.querySelector('[data-testid="step-reminder"]'), 'step 6 says its reminder is set').not.toBeNull();
    const chargeback = root.querySelector('[data-estimate="chargeback"]')!;
    expect(chargeback.querySelector('button'), 'no second chargeback reminder offered').toBeNull();
    // The PayPal estimate has none yet: its button is offered.
    expect(root.querySelector('[data-estimate="paypal"] button')).not.toBeNull();
  });

  it('a reminder stored before guide names keeps its label and is still found in its own language', () => {
    const now = new Date();
    const { order } = lostWithEnglishReminders(now);
    const legacy: TrackedOrder = {
      ...order,
      userDeadlines: order.userDeadlines.map(({ guideReminder: _dropped, ...rest }): Deadline => rest),
    };
    expect(deadlineName(legacy.userDeadlines[0]!, 'de')).toBe('Back to the support chat with the appeal number');
    const root = renderIn('en', <AppealPlaybook order={legacy} guide={{}} onChange={() => {}} now={now} />);
    expect(root.querySelector('[data-step="next_day"] [data-testid="step-reminder"]')).not.toBeNull();
    expect(root.querySelector('[data-estimate="chargeback"] button')).toBeNull();
  });

  it('a reminder the buyer wrote keeps their words in every language', () => {
    for (const lang of UI_LANGUAGES) expect(deadlineName(buyersOwnReminder(), lang)).toBe('Call the bank');
  });
});

describe('a guide reminder says what to do now, from its step', () => {
  /** The notification of the step reminder due tomorrow, and the calendar file, in `lang`. */
  function surfaces(lang: UiLanguage) {
    const now = new Date();
    const { order } = lostWithEnglishReminders(now);
    const tomorrow = dayjs(now).add(1, 'day').hour(10).toDate();
    const due = planReminders([order], DEFAULT_SETTINGS, EMPTY_REMINDER_STATE, tomorrow).find(
      (reminder) => reminder.deadline.guideReminder === 'next_day',
    )!;
    const note = reminderText(
      { id: 'g', urgency: due.urgency, reminders: [due] },
      { [order.orderId]: order },
      tomorrow,
      lang,
    );
    const ics = buildCalendar(calendarEntries([order], DEFAULT_SETTINGS, now), DEFAULT_SETTINGS, now, lang)
      .replace(/\r\n[ \t]/g, '')
      .replace(/\\([,;\\])/g, '$1')
      .replace(/\\n/g, '\n');
    return { order, secondLine: note.message.split('\n')[1], ics };
  }

  it('English: back to the chat with the appeal number, on the notification and in the calendar', () => {
    const { order, secondLine, ics } = surfaces('en');
    expect(secondLine).toBe(
      'Open the support chat, give your appeal number and ask them to check that your text and files are attached.',
    );
    expect(ics).toContain(secondLine);
    // The chargeback estimate's reminder, a week before the estimated last day, says to go to the bank.
    expect(ics).toContain('Ask your bank for a chargeback this week');
    expect(ics).not.toContain(deadlineAction({ kind: 'custom' }, 'en'));
    expect(order.userDeadlines).toHaveLength(2);
  });

  it.each(OTHER_LANGUAGES)('%s: the step’s action in that language, not the generic “your reminder”', (lang) => {
    const { secondLine, ics } = surfaces(lang);
    const action = deadlineAction({ kind: 'custom', guideReminder: 'next_day' }, lang);
    expect(secondLine).toBe(action);
    expect(action).not.toBe(deadlineAction({ kind: 'custom', guideReminder: 'next_day' }, 'en'));
    expect(ics).toContain(action);
    expect(ics).not.toContain(deadlineAction({ kind: 'custom' }, lang));
  });

  it('a reminder the buyer wrote still says “your reminder”', () => {
    expect(deadlineAction(buyersOwnReminder(), 'en')).toBe('Your reminder.');
  });
});
