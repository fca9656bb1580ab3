import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_PHRASES,
  DISPUTE_TYPES,
  QUALITY_RULES,
  evidenceForOrder,
  isPhysicalProblem,
  checklistFor,
  checklistProgress,
  suggestedDisputeType,
  toggleTick,
} from '@/utils/guide/checklists';
import { PLAYBOOK_STEPS, playbookReminder } from '@/utils/guide/playbook';
import { RED_FLAGS, redFlagsFor } from '@/utils/guide/red-flags';
import { problemsOf } from '@/utils/guide/composer';
import { UI_LANGUAGES } from '@/utils/i18n';
import { evidenceText } from '@/utils/i18n/evidence';
import type { PopupKey } from '@/utils/i18n/popup';
import { POPUP_TRANSLATIONS } from '@/utils/i18n/popup/all';
import { DisputeTypeSchema, GuideStateSchema } from '@/utils/model';
import { pageOrder, trackedOrder } from './support/factories';

describe('evidence checklists (domain.md §2)', () => {
  it('covers every dispute type and situation, each with the four common items first', () => {
    expect([...DISPUTE_TYPES].sort()).toEqual([...DisputeTypeSchema.options].sort());
    for (const type of DISPUTE_TYPES) {
      const items = checklistFor(type);
      expect(items.slice(0, 4)).toEqual(['common.order', 'common.chat', 'common.snapshot', 'common.payment']);
      expect(items.length).toBeGreaterThan(4);
    }
  });

  it('has words for every item in every language, the same words on the page and in the popup', () => {
    const ids = [...new Set(DISPUTE_TYPES.flatMap((type) => checklistFor(type)))];
    for (const lang of UI_LANGUAGES) {
      expect(ids.filter((id) => !evidenceText(id, lang)?.trim())).toEqual([]);
      // Translated, not English left in place.
      if (lang !== 'en') expect(ids.filter((id) => evidenceText(id, lang) === evidenceText(id, 'en'))).toEqual([]);
    }
  });

  it('has words for every rule, step, type, problem and flag in English, Russian and Italian', () => {
    const keys: string[] = [
      ...DISPUTE_TYPES.map((type) => `type.${type}`),
      ...DISPUTE_TYPES.flatMap((type) => problemsOf(type).map((id) => `pr.${id}`)),
      ...QUALITY_RULES,
      ...PLAYBOOK_STEPS.map((s) => `pb.${s.id}`),
      ...redFlagsFor('unknown').map((id) => `rf.${id}`),
      ...['open', 'escalated', 'appeal', 'return_shipped', 'refund_follow_up', 'seller_closed'].map(
        (s) => `messageFor.${s}`,
      ),
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
      total: 7,
    });
  });

  // Issue #13: video where the guides expect it, packaging photos on every physical-problem list (seeds 000, 003, 004).
  it.each([
    'damaged',
    'poor_quality',
    'not_as_described',
    'not_working',
    'short_quantity',
    'wrong_item',
    'counterfeit',
  ] as const)('%s: asks for the unboxing video and the packaging photos', (type) => {
    expect(checklistFor(type)).toEqual(expect.arrayContaining(['physical.unboxing', 'physical.packaging']));
    expect(isPhysicalProblem(type)).toBe(true);
  });

  it.each(['not_received', 'in_transit_ending', 'wrong_shipping', 'seller_closed'] as const)(
    '%s: no unboxing video asked (nothing arrived, or the item is not the problem)',
    (type) => {
      expect(checklistFor(type)).not.toContain('physical.unboxing');
    },
  );

  it('the new situations have their own lists', () => {
    expect(checklistFor('in_transit_ending')).toEqual(
      expect.arrayContaining(['not_received.tracking', 'not_received.countdown', 'in_transit_ending.extension']),
    );
    expect(checklistFor('wrong_item')).toEqual(expect.arrayContaining(['wrong_item.photos', 'wrong_item.label']));
    expect(checklistFor('seller_closed')).toEqual(
      expect.arrayContaining(['seller_closed.status', 'seller_closed.original', 'common.chat']),
    );
  });

  it('the page panel lists the same items as the popup for the stored type, and the unboxing once delivered', () => {
    const stored = trackedOrder({ facts: pageOrder({ status: 'completed' }), guide: { disputeType: 'poor_quality' } });
    expect(evidenceForOrder(stored)).toEqual(checklistFor('poor_quality'));
    expect(evidenceForOrder(trackedOrder({ facts: pageOrder({ status: 'awaiting_delivery' }) }))).toEqual(
      checklistFor('not_received'),
    );
    expect(evidenceForOrder(trackedOrder({ facts: pageOrder({ status: 'completed' }) }))).toEqual(
      expect.arrayContaining(['common.order', 'physical.unboxing', 'physical.packaging']),
    );
  });

  it('every item has an English phrase for the message or is marked as not a file', () => {
    for (const id of new Set(DISPUTE_TYPES.flatMap((type) => checklistFor(type))))
      expect(ATTACHMENT_PHRASES[id], id).not.toBeUndefined();
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

  it('puts the stage’s most pressing red flag first, and always lists them all', () => {
    expect(redFlagsFor('dispute_open')[0]).toBe('close_for_coupon');
    expect(redFlagsFor('awaiting_delivery')[0]).toBe('no_tracking');
    expect(redFlagsFor('awaiting_shipment')[0]).toBe('not_shipped');
    expect([...redFlagsFor('closed')].sort()).toEqual([...RED_FLAGS].sort());
    expect(new Set(redFlagsFor('awaiting_delivery')).size).toBe(RED_FLAGS.length);
  });

  it('warns of the issue #13 red flags in plain words', () => {
    const en = POPUP_TRANSLATIONS.en;
    expect(en['rf.no_tracking']).toMatch(/tracking/);
    expect(en['rf.evasive_seller']).toMatch(/dodges/);
    expect(en['rf.reviews_contradict']).toMatch(/Reviews contradict/);
    expect(en['rf.extend_and_wait']).toMatch(/extend and wait/);
  });

  it('the appeal: evidence ready before the chat, a rejected appeal filed again, peak seasons slower', () => {
    const ids = PLAYBOOK_STEPS.map((s) => s.id);
    expect(ids.indexOf('prepare_evidence')).toBeLessThan(ids.indexOf('chat'));
    expect(ids).toEqual(expect.arrayContaining(['appeal_again', 'peak_season']));
    expect(POPUP_TRANSLATIONS.en['pb.peak_season']).toMatch(/11\.11.*New Year/);
  });
});
