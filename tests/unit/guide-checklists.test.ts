import { describe, expect, it } from 'vitest';
import {
  DISPUTE_TYPES,
  QUALITY_RULES,
  checklistFor,
  checklistProgress,
  suggestedDisputeType,
  toggleTick,
} from '@/utils/guide/checklists';
import { PLAYBOOK_STEPS, playbookReminder } from '@/utils/guide/playbook';
import { redFlagsFor } from '@/utils/guide/red-flags';
import type { PopupKey } from '@/utils/i18n/popup';
import { POPUP_TRANSLATIONS } from '@/utils/i18n/popup/all';
import { GuideStateSchema } from '@/utils/model';
import { pageOrder, trackedOrder } from './support/factories';

describe('evidence checklists (domain.md §2)', () => {
  it('covers all eight dispute types, each with the four common items first', () => {
    expect(DISPUTE_TYPES).toHaveLength(8);
    for (const type of DISPUTE_TYPES) {
      const items = checklistFor(type);
      expect(items.slice(0, 4)).toEqual(['common.order', 'common.chat', 'common.snapshot', 'common.payment']);
      expect(items.length).toBeGreaterThan(4);
    }
  });

  it('has words for every item, rule, step and flag in English, Russian and Italian', () => {
    const keys: string[] = [
      ...DISPUTE_TYPES.flatMap((type) => checklistFor(type).map((id) => `ev.${id}`)),
      ...QUALITY_RULES,
      ...PLAYBOOK_STEPS.map((s) => `pb.${s.id}`),
      ...redFlagsFor('unknown').map((id) => `rf.${id}`),
    ];
    for (const lang of ['en', 'ru', 'it'] as const) {
      const dictionary = POPUP_TRANSLATIONS[lang] as Partial<Record<PopupKey, string>>;
      expect(keys.filter((key) => !dictionary[key as PopupKey])).toEqual([]);
    }
  });

  it('stores valid ids only', () => {
    const ids = DISPUTE_TYPES.flatMap(checklistFor);
    expect(
      GuideStateSchema.safeParse({ evidence: ids.slice(0, 100), playbook: PLAYBOOK_STEPS.map((s) => s.id) }).success,
    ).toBe(true);
  });

  it.each([
    [[], 'not_as_described.photos', true, ['not_as_described.photos']],
    [['common.order'], 'common.order', false, []],
    [['common.order'], 'common.order', true, ['common.order']],
  ])('toggleTick(%j, %s, %s) = %j', (ticked, id, on, result) => {
    expect(toggleTick(ticked, id, on)).toEqual(result);
  });

  it('counts only the ticks of the chosen type', () => {
    expect(checklistProgress('counterfeit', ['common.order', 'not_received.tracking', 'counterfeit.marks'])).toEqual({
      done: 2,
      total: 5,
    });
  });

  it.each([
    ['awaiting_delivery', 'not_received'],
    ['completed', null],
  ] as const)('suggests a type for %s: %s', (status, type) => {
    expect(suggestedDisputeType(trackedOrder({ facts: pageOrder({ status }) }))).toBe(type);
  });
});

describe('appeal playbook (domain.md §4)', () => {
  const now = new Date(2026, 10, 21, 15, 0);
  const step = (id: string) => PLAYBOOK_STEPS.find((s) => s.id === id)!;

  it('schedules "next day" for the end of tomorrow, labelled', () => {
    const reminder = playbookReminder(step('next_day'), 'Back to the chat', now);
    expect(reminder).toMatchObject({ kind: 'custom', source: 'user', confidence: 'exact', label: 'Back to the chat' });
    expect(new Date(reminder!.at)).toEqual(new Date(2026, 10, 22, 23, 59, 59, 999));
  });

  it.each([
    ['2026-11-28', new Date(2026, 10, 28, 23, 59, 59, 999)],
    ['2026-11-20', null],
    ['not a day', null],
  ])('schedules the review day %s', (typed, expected) => {
    const reminder = playbookReminder(step('review_day'), 'Ask for the result', now, typed);
    expect(reminder ? new Date(reminder.at) : null).toEqual(expected);
  });

  it('gives no reminder for a step without a date', () => {
    expect(playbookReminder(step('survey'), 'x', now)).toBeNull();
  });

  it('puts the stage’s most pressing red flag first', () => {
    expect(redFlagsFor('dispute_open')[0]).toBe('close_for_coupon');
    expect(redFlagsFor('awaiting_delivery')[0]).toBe('stalling');
    expect(redFlagsFor('closed')).toHaveLength(4);
  });
});
