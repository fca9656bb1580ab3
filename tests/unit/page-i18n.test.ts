/** The words of time left, whatever the surface (utils/i18n/labels.ts `timeLeftText`). */
function timeLeft(at: string, now: Date, lang: UiLanguage) {
  const left = daysLeft(at, now);
  return left ? { text: timeLeftText(left, lang), overdue: left.overdue, days: left.days } : null;
}

/** The on-page words in every UI language: complete dictionaries, the right plural forms, local dates. */
import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS, GUIDE_REMINDERS, ORDER_STAGES } from '@/utils/model';
import { UI_LANGUAGES, deadlineAction, deadlineLabel, stageLabel, timeLeftText, type UiLanguage } from '@/utils/i18n';
import { labelLanguages } from '@/utils/i18n/labels';
import { PAGE_KEYS, PAGE_TRANSLATIONS, adviceText, t } from '@/utils/i18n/page';
import { reminderText } from '@/utils/background/notification-text';
import { daysLeft } from '@/utils/rules';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00');
const inDays = (days: number, hour = 23) => {
  const d = new Date(NOW);
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
};
const OTHER_LANGUAGES = UI_LANGUAGES.filter((l) => l !== 'en');

describe('every language says everything in its own words', () => {
  it.each(OTHER_LANGUAGES)('%s: every on-page string is translated', (lang) => {
    const missing = PAGE_KEYS.filter((key) => !PAGE_TRANSLATIONS[lang]?.[key]);
    expect(missing).toEqual([]);
  });

  it.each(OTHER_LANGUAGES)('%s: stage and deadline labels are translated', (lang) => {
    expect(labelLanguages()).toContain(lang);
    for (const stage of ORDER_STAGES) expect(stageLabel(stage, lang)).not.toBe(stageLabel(stage, 'en'));
    for (const kind of DEADLINE_KINDS) expect(deadlineLabel(kind, lang)).not.toBe(deadlineLabel(kind, 'en'));
  });

  it.each(OTHER_LANGUAGES)('%s: the deadlines’ next actions are translated', (lang) => {
    for (const kind of DEADLINE_KINDS) expect(deadlineAction({ kind }, lang)).not.toBe(deadlineAction({ kind }, 'en'));
    for (const guideReminder of GUIDE_REMINDERS) {
      const reminder = { kind: 'custom', guideReminder } as const;
      expect(deadlineAction(reminder, lang)).not.toBe(deadlineAction(reminder, 'en'));
    }
  });
});

describe('days and hours left, with each language’s plural forms', () => {
  it.each<[UiLanguage, number, string]>([
    ['en', 1, '1 day left'],
    ['en', 5, '5 days left'],
    ['ru', 1, 'осталось: 1 день'],
    ['ru', 3, 'осталось: 3 дня'],
    ['ru', 5, 'осталось: 5 дней'],
    ['ru', 21, 'осталось: 21 день'],
    ['pl', 1, 'pozostało: 1 dzień'],
    ['pl', 3, 'pozostało: 3 dni'],
    ['pl', 22, 'pozostało: 22 dni'],
    ['it', 1, 'tempo rimasto: 1 giorno'],
    ['it', 9, 'tempo rimasto: 9 giorni'],
    ['de', 1, 'noch 1 Tag'],
    ['de', 6, 'noch 6 Tage'],
    ['es', 2, 'tiempo restante: 2 días'],
    ['pt', 1, 'tempo restante: 1 dia'],
    ['fr', 4, 'temps restant : 4 jours'],
  ])('%s, %i days ahead → "%s"', (lang, days, expected) => {
    const left = timeLeft(inDays(days), NOW, lang);
    // Intl puts no-break spaces in some languages ("4\u00a0jours"): compare the words, not the space kind.
    expect({ ...left, text: left?.text.replace(/[\u00a0\u202f]/g, ' ') }).toEqual({
      text: expected,
      overdue: false,
      days,
    });
  });

  it.each<[UiLanguage, string]>([
    ['en', '5 hours left'],
    ['ru', 'осталось: 5 часов'],
    ['pl', 'pozostało: 5 godzin'],
    ['it', 'tempo rimasto: 5 ore'],
  ])('%s: on the last day the hours are counted → "%s"', (lang, expected) => {
    const fiveHoursLater = new Date(NOW.getTime() + 5 * 3_600_000 + 60_000).toISOString();
    expect(timeLeft(fiveHoursLater, NOW, lang)?.text).toBe(expected);
  });

  it.each<[UiLanguage, string]>([
    ['en', '2 days ago'],
    ['ru', '2 дня назад'],
    ['it', '2 giorni fa'],
  ])('%s: a passed date says how long ago → "%s"', (lang, expected) => {
    expect(timeLeft(inDays(-2), NOW, lang)).toEqual({ text: expected, overdue: true, days: -2 });
  });

  it.each<[UiLanguage, number, string]>([
    ['ru', 2, 'осталось: 2 часа'],
    ['pl', 2, 'pozostało: 2 godziny'],
    ['de', 1, 'noch 1 Stunde'],
  ])('%s: %i hours → "%s"', (lang, count, expected) => {
    expect(timeLeftText({ days: 0, hours: count, overdue: false }, lang)).toBe(expected);
  });
});

describe('advice and reminders carry their numbers and dates', () => {
  it.each<[UiLanguage, string]>([
    ['en', 'after confirming you have 15 days for a return'],
    ['it', 'dopo la conferma hai 15 giorni per un reso'],
    ['de', 'nach der Bestätigung haben Sie 15 Tage'],
  ])('%s: check before confirming names the return window', (lang, fragment) => {
    expect(adviceText('check_before_confirm', lang, { days: 15 })).toContain(fragment);
  });

  it('an unknown key in a template is left visible rather than dropped', () => {
    expect(t('ship_return_by', 'en', {})).toContain('{date}');
  });

  it.each<[UiLanguage, string]>([
    ['en', 'Buyer protection ends'],
    ['ru', 'Защита покупателя заканчивается'],
    ['pl', 'Koniec ochrony kupującego'],
  ])('%s: a notification names the deadline and the action in the language', (lang, label) => {
    const protection = { kind: 'protection_end', at: inDays(3), confidence: 'exact', source: 'page:test' } as const;
    const order = trackedOrder({ facts: pageOrder({ deadlines: [protection] }) });
    const text = reminderText(
      {
        id: 'g1',
        urgency: 'soon',
        reminders: [
          {
            id: 'r1',
            orderId: order.orderId,
            deadlineKey: `${order.orderId}:protection_end`,
            kind: 'protection_end',
            deadline: protection,
            leadDays: 3,
            fireAt: NOW.toISOString(),
            urgency: 'soon',
            daysLeft: { days: 3, hours: null, overdue: false },
          },
        ],
      } as never,
      { [order.orderId]: order },
      NOW,
      lang,
    );
    expect(text.message).toContain(label);
    // 3 days before the end, in transit: the badge's advice, "open a dispute now", in the language.
    expect(text.message).toContain(t('open_dispute_now', lang));
  });
});
