/**
 * What a buyer reads, in every UI language (issue #13): no internal citations or setting keys on the options page
 * or in the popup, reminder lead times as plain choices, translated notification buttons, the unboxing advice beside
 * "Confirm received", the composer's amount rule and stage fields, and the after-appeal estimates.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'preact';
import dayjs from 'dayjs';
import { DEFAULT_RULES, DEFAULT_SETTINGS, type TrackedOrder } from '@/utils/model';
import { UI_LANGUAGES, type UiLanguage } from '@/utils/i18n';
import { loadPopupLanguage, t as popupText } from '@/utils/i18n/popup';
import { POPUP_TRANSLATIONS } from '@/utils/i18n/popup/all';
import { EN as PAGE_EN } from '@/utils/i18n/page/en';
import { PAGE_TRANSLATIONS } from '@/utils/i18n/page';
import { NOTIFICATION_BUTTONS, notificationButtons } from '@/utils/i18n/notification-buttons';
import { LangContext } from '@/components/shared/LangContext';
import { PopupTimeline } from '@/components/popup/PopupTimeline';
import { orderView } from '@/utils/rules/order-view';
import { computeDeadlines, EMPTY_REMINDER_STATE } from '@/utils/rules';
import { SettingsForm, leadChoicesFor, toggleLead } from '@/components/options/SettingsForm';
import { QuarantineList } from '@/components/options/QuarantineList';
import { DataSection } from '@/components/options/DataSection';
import { ConfirmHint } from '@/components/page/ConfirmHint';
import { DisputeComposer } from '@/components/popup/DisputeComposer';
import { AppealPlaybook } from '@/components/popup/AppealPlaybook';
import {
  afterAppealEstimate,
  afterAppealReminder,
  CHARGEBACK_DAYS,
  PAYPAL_DISPUTE_DAYS,
  REMIND_DAYS_BEFORE,
} from '@/utils/guide/after-appeal';
import { pageOrder, trackedOrder } from './support/factories';

const RULE_NAMES = Object.keys(DEFAULT_RULES);
/** Developer words: seed numbers, section signs, the guide's name, setting keys, "key=value", a file format. */
const JARGON = [
  /\bseeds?\s*\d/i,
  /§/,
  /domain guide/i,
  /\w=\d/,
  /\bJSON\b/,
  new RegExp(`\\b(${RULE_NAMES.join('|')})\\b`),
];

function jargonIn(text: string): string[] {
  return JARGON.filter((pattern) => pattern.test(text)).map(String);
}

const host = () => {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
};
afterEach(() => document.body.replaceChildren());

// The popup loads its language before it renders; so do these tests, for every language at once.
beforeAll(() => Promise.all(UI_LANGUAGES.map(loadPopupLanguage)));

describe('no jargon where a buyer reads', () => {
  it.each(UI_LANGUAGES)(
    '%s: no text of the popup or the options page cites seeds, sections or setting keys',
    (lang) => {
      const dictionary = POPUP_TRANSLATIONS[lang] as Record<string, string>;
      const found = Object.entries(dictionary).filter(([, text]) => jargonIn(text).length > 0);
      expect(found).toEqual([]);
    },
  );

  it.each(UI_LANGUAGES)('%s: a rule-based date’s source does not show the setting key', (lang) => {
    const shown = popupText('sourceRule', lang, { rule: 'extensionRequestDaysBefore=7' });
    expect(jargonIn(shown)).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: the options page as rendered says no seed, section, key or "JSON"', (lang) => {
    const root = host();
    render(
      <LangContext.Provider value={lang}>
        <SettingsForm settings={DEFAULT_SETTINGS} />
        <DataSection />
        <QuarantineList
          entries={[
            { from: 'local:orders', id: '8214398062177351', value: null, reason: 'bad date', keptAt: '2026-01-01' },
          ]}
        />
      </LangContext.Provider>,
      root,
    );
    const text = root.textContent ?? '';
    expect(jargonIn(text)).toEqual([]);
    // Each rule's source is a sentence a buyer can judge, not a citation.
    for (const key of RULE_NAMES) expect(text).toContain(popupText(`src.${key}` as never, lang));
    expect(text).toContain(popupText('exportJson', lang));
    expect(text).toContain(popupText('quarantineTitle', lang));
  });

  it.each(UI_LANGUAGES)('%s: the popup’s deadline list names no setting behind an estimated date', (lang) => {
    const shipped = dayjs().subtract(5, 'day').format('YYYY-MM-DD');
    const inTransit = trackedOrder({
      facts: pageOrder({ status: 'awaiting_delivery', events: { shippedAt: shipped } }),
    });
    const deadlines = computeDeadlines(inTransit, DEFAULT_SETTINGS, new Date());
    expect(deadlines.some((d) => d.source.startsWith('rule:'))).toBe(true);
    const root = host();
    render(
      <LangContext.Provider value={lang}>
        <PopupTimeline
          order={inTransit}
          rows={orderView(inTransit, DEFAULT_SETTINGS, new Date()).deadlines}
          reminders={EMPTY_REMINDER_STATE}
        />
      </LangContext.Provider>,
      root,
    );
    expect(root.textContent).toContain(popupText('sourceRule', lang));
    expect(jargonIn(root.textContent ?? '')).toEqual([]);
  });

  it('English names the buyer’s actions: a backup file, not "Export JSON"; unreadable data, not "entries kept aside"', () => {
    expect(POPUP_TRANSLATIONS.en.exportJson).toBe('Save a backup file');
    expect(POPUP_TRANSLATIONS.en.importJson).toBe('Restore from a backup file');
    expect(POPUP_TRANSLATIONS.en.quarantineTitle).not.toMatch(/entries kept aside/i);
    expect(POPUP_TRANSLATIONS.en['src.extensionRequestDaysBefore']).not.toMatch(/domain|§/);
  });
});

describe('reminder lead times as choices', () => {
  it.each(UI_LANGUAGES)('%s: ticks, not comma-separated numbers; the defaults ticked', (lang) => {
    const root = host();
    render(
      <LangContext.Provider value={lang}>
        <SettingsForm settings={DEFAULT_SETTINGS} />
      </LangContext.Provider>,
      root,
    );
    expect(root.querySelectorAll('input[type="text"][data-lead], [data-lead] input[type="text"]')).toHaveLength(0);
    const protection = root.querySelector('[data-lead="protection_end"]')!;
    const ticked = [...protection.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .filter((box) => box.checked)
      .map((box) => Number(box.dataset.days));
    expect(ticked.sort((a, b) => a - b)).toEqual([...DEFAULT_SETTINGS.leadDays.protection_end].sort((a, b) => a - b));
    const words = protection.textContent ?? '';
    expect(words).toContain(popupText('leadOnDay', lang));
    expect(words).not.toMatch(/,\s*\d/);
  });

  it('keeps the stored format: a list of whole days, latest first, and shows a stored value outside the presets', () => {
    expect(toggleLead([7, 3, 1, 0], 2, true)).toEqual([7, 3, 2, 1, 0]);
    expect(toggleLead([7, 3, 1, 0], 3, false)).toEqual([7, 1, 0]);
    expect(leadChoicesFor([4])).toContain(4);
    expect(leadChoicesFor([])).toEqual([0, 1, 2, 3, 5, 7, 10, 14]);
  });
});

describe('notification buttons', () => {
  it.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))('%s: translated', (lang) => {
    const [tomorrow, done] = notificationButtons(lang);
    expect(tomorrow.title).not.toBe(NOTIFICATION_BUTTONS.en.remindTomorrow);
    expect(done.title.trim()).not.toBe('');
    expect(done.title).not.toBe('Done');
  });
});

describe('film the unboxing beside "Confirm received"', () => {
  it.each(UI_LANGUAGES)('%s: the hint says to check the item and to film the unboxing', (lang) => {
    const root = host();
    render(<ConfirmHint days={7} lang={lang} />, root);
    const pageDictionary = (lang === 'en' ? PAGE_EN : PAGE_TRANSLATIONS[lang]) as Record<string, string>;
    expect(root.querySelector('[data-testid="film-unboxing"]')?.textContent).toBe(pageDictionary.filmUnboxing);
    expect(root.textContent).toContain('7');
  });
});

function renderIn(lang: UiLanguage, node: preact.ComponentChild) {
  const root = host();
  render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>, root);
  return root;
}

describe('the composer as the buyer uses it', () => {
  const multi = trackedOrder({
    orderId: '8214398062177351',
    facts: pageOrder({
      orderId: '8214398062177351',
      status: 'completed',
      items: [
        { title: 'Phone case', quantity: 1, price: 'US $3.10' },
        { title: 'Cable 2 m', quantity: 1, price: 'US $2.50' },
      ],
      total: 'US $5.60',
    }),
  });

  it('a multi-item order asks which item; partial refund: empty amount and the warning', () => {
    const root = renderIn('en', <DisputeComposer order={multi} type="poor_quality" evidence={[]} now={new Date()} />);
    expect(root.querySelector('[data-testid="composer-item"]')).not.toBeNull();
    expect(root.querySelector<HTMLInputElement>('[data-testid="partial-amount"]')!.value).toBe('');
    expect(root.querySelector('[data-testid="partial-warning"]')?.textContent).toMatch(/too much loses the case/);
    expect(root.textContent).not.toContain('US $5.60');
  });

  it.each(UI_LANGUAGES)('%s: before opening or closing, the three dispute rules are said', (lang) => {
    const root = renderIn(lang, <DisputeComposer order={multi} type="damaged" evidence={[]} now={new Date()} />);
    const rules = root.querySelector('[data-testid="dispute-rules"]')?.textContent ?? '';
    for (const key of ['disputeRule.one', 'disputeRule.no_reopen', 'disputeRule.few_edits'] as const)
      expect(rules).toContain(popupText(key, lang));
  });

  it('asking for a return: the note to read the return policy and weigh the return cost, the buyer decides', async () => {
    const root = renderIn('en', <DisputeComposer order={multi} type="poor_quality" evidence={[]} now={new Date()} />);
    expect(root.querySelector('[data-testid="return-policy"]')).toBeNull();
    const withReturn = root.querySelector<HTMLInputElement>('input[value="full_refund_with_return"]')!;
    withReturn.checked = true;
    withReturn.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const note = root.querySelector('[data-testid="return-policy"]')?.textContent ?? '';
    expect(note).toMatch(/return policy/);
    expect(note).toMatch(/costs more than the item is worth/);
    expect(note).toMatch(/You decide/);
  });

  it('return required: a field for the return tracking number, and the message writes it', () => {
    const returning: TrackedOrder = { ...multi, facts: { ...multi.facts, status: 'return_required' } };
    const root = renderIn('en', <DisputeComposer order={returning} type="damaged" evidence={[]} now={new Date()} />);
    expect(root.querySelector('[data-testid="return-tracking"]')).not.toBeNull();
    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="composer-text"]')!.value).toContain(
      'Return tracking number: [enter the return tracking number]',
    );
  });
});

describe('after the AliExpress path: chargeback and PayPal, estimated from the payment date', () => {
  const paidDaysAgo = 30;
  const paid = dayjs().subtract(paidDaysAgo, 'day').format('YYYY-MM-DD');
  const lost = trackedOrder({ facts: pageOrder({ status: 'dispute_lost', events: { paidAt: paid } }) });

  it('estimates a day early rather than late', () => {
    const estimate = afterAppealEstimate(lost)!;
    expect(dayjs(estimate.chargebackBy).format('YYYY-MM-DD')).toBe(
      dayjs(paid)
        .add(CHARGEBACK_DAYS - 1, 'day')
        .format('YYYY-MM-DD'),
    );
    expect(dayjs(estimate.paypalBy).format('YYYY-MM-DD')).toBe(
      dayjs(paid)
        .add(PAYPAL_DISPUTE_DAYS - 1, 'day')
        .format('YYYY-MM-DD'),
    );
    expect(estimate.fromOrderDate).toBe(false);
  });

  it('a reminder a week before each estimated last day, as the buyer’s own dated reminder; none once that day passed', () => {
    const estimate = afterAppealEstimate(lost)!;
    const reminder = afterAppealReminder(estimate.chargebackBy, 'chargeback', 'Chargeback', new Date())!;
    expect(reminder).toMatchObject({ kind: 'custom', source: 'user', label: 'Chargeback' });
    expect(dayjs(reminder.at).format('YYYY-MM-DD')).toBe(
      dayjs(paid)
        .add(CHARGEBACK_DAYS - 1 - REMIND_DAYS_BEFORE, 'day')
        .format('YYYY-MM-DD'),
    );
    const longAgo = dayjs()
      .subtract(CHARGEBACK_DAYS + 30, 'day')
      .format('YYYY-MM-DD');
    const old = afterAppealEstimate(trackedOrder({ facts: pageOrder({ events: { paidAt: longAgo } }) }))!;
    expect(afterAppealReminder(old.chargebackBy, 'chargeback', 'Chargeback', new Date())).toBeNull();
  });

  it('unknown without a payment or order date', () => {
    expect(afterAppealEstimate(trackedOrder({ facts: pageOrder({ orderedAt: undefined, events: {} }) }))).toBeNull();
  });

  it.each(UI_LANGUAGES)('%s: the playbook shows both, each marked estimated and whose rule it is', (lang) => {
    const root = renderIn(lang, <AppealPlaybook order={lost} guide={{}} onChange={() => {}} now={new Date()} />);
    const text = root.querySelector('[data-testid="after-appeal"]')?.textContent ?? '';
    expect(text).toContain('PayPal');
    expect(text).toContain('120');
    expect(text).toContain('180');
    expect(root.querySelectorAll('[data-estimate] button')).toHaveLength(2);
  });

  it('English says "estimated" and "depends on your bank / PayPal"', () => {
    expect(POPUP_TRANSLATIONS.en.afterAppealChargeback).toMatch(/estimated.*depends on your bank/);
    expect(POPUP_TRANSLATIONS.en.afterAppealPaypal).toMatch(/estimated.*depends on PayPal/);
  });
});
