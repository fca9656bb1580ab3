/**
 * Every UI language says every string of the popup and options page (`popup.ts`), of the on-page UI
 * (`page.ts`) and every stage/deadline name (`labels.ts`), with the same `{placeholders}` as English: a missing
 * key shows English in the middle of a translated screen, a missing `{days}` shows a sentence without its number.
 * Also the store name and description (`public/_locales`), which the browser reads in its own language.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_KINDS, DEFAULT_RULES, ORDER_STAGES } from '@/utils/model';
import { UI_LANGUAGES, deadlineLabel, stageLabel, type UiLanguage } from '@/utils/i18n';
import { LABEL_TRANSLATIONS, labelLanguages } from '@/utils/i18n/labels';
import { EVIDENCE_WORDS } from '@/utils/i18n/evidence';
import { PAGE_KEYS, PAGE_TRANSLATIONS, t as pageText } from '@/utils/i18n/page';
import {
  isPopupLanguageLoaded,
  loadPopupLanguage,
  POPUP_LANGUAGE_LOADERS,
  t as popupText,
  type PopupKey,
} from '@/utils/i18n/popup';
import { POPUP_TRANSLATIONS } from '@/utils/i18n/popup/all';
import { TRACKING_TRANSLATIONS, type TrackingKey } from '@/utils/i18n/tracking';
import { WELCOME_TRANSLATIONS, t as welcomeText, type WelcomeKey } from '@/utils/i18n/welcome';

const OTHER_LANGUAGES = UI_LANGUAGES.filter((lang) => lang !== 'en');
const POPUP_KEYS = Object.keys(POPUP_TRANSLATIONS.en) as PopupKey[];

/** The `{name}` placeholders of a template, sorted, duplicates kept (a template may use a name twice). */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** Each language's own dictionary (no English fallback), as a plain key → text map. */
function popupDictionary(lang: UiLanguage): Partial<Record<string, string>> {
  return (POPUP_TRANSLATIONS as Partial<Record<UiLanguage, Partial<Record<string, string>>>>)[lang] ?? {};
}
function pageDictionary(lang: UiLanguage): Partial<Record<string, string>> {
  return (PAGE_TRANSLATIONS as Partial<Record<UiLanguage, Partial<Record<string, string>>>>)[lang] ?? {};
}

describe('popup and options page (popup.ts)', () => {
  it('covers every UI language, English included', () => {
    expect(Object.keys(POPUP_TRANSLATIONS).sort()).toEqual([...UI_LANGUAGES].sort());
    expect(Object.keys(POPUP_LANGUAGE_LOADERS).sort()).toEqual([...OTHER_LANGUAGES].sort());
  });

  // The pages load only the language in use (utils/i18n/popup/index.ts): each loader brings its whole language, and
  // until it has, the pages do not render (the popup and options App wait for it).
  it.each(OTHER_LANGUAGES)('%s: speaks English until its own texts are loaded, then its own', async (lang) => {
    expect(isPopupLanguageLoaded(lang)).toBe(false);
    expect(popupText('settings', lang)).toBe(POPUP_TRANSLATIONS.en.settings);
    await loadPopupLanguage(lang);
    expect(isPopupLanguageLoaded(lang)).toBe(true);
    expect(POPUP_KEYS.filter((key) => popupText(key, lang) !== POPUP_TRANSLATIONS[lang][key])).toEqual([]);
  });

  // The shared words (on-page texts, stage and deadline names, evidence, tracking) come in the same chunk: the
  // popup says exactly what the content script, which gets them from the background (every language), says on the page.
  it.each(OTHER_LANGUAGES)('%s: its chunk brings the shared words the page uses, the same ones', async (lang) => {
    const { SHARED } = await POPUP_LANGUAGE_LOADERS[lang]();
    expect(SHARED).toEqual({
      page: PAGE_TRANSLATIONS[lang],
      labels: LABEL_TRANSLATIONS[lang],
      evidence: EVIDENCE_WORDS[lang],
      tracking: TRACKING_TRANSLATIONS[lang],
    });
    expect(SHARED.labels.stages.awaiting_delivery).not.toBe(LABEL_TRANSLATIONS.en!.stages.awaiting_delivery);
  });

  it.each(OTHER_LANGUAGES)('%s: has its own text for every key', (lang) => {
    const dictionary = popupDictionary(lang);
    expect(POPUP_KEYS.filter((key) => !dictionary[key]?.trim())).toEqual([]);
    expect(Object.keys(dictionary).filter((key) => !POPUP_KEYS.includes(key as PopupKey))).toEqual([]);
  });

  it.each(OTHER_LANGUAGES)('%s: keeps exactly the placeholders of English', (lang) => {
    const dictionary = popupDictionary(lang);
    const different = POPUP_KEYS.filter((key) => {
      const text = dictionary[key];
      return text !== undefined && placeholders(text).join() !== placeholders(POPUP_TRANSLATIONS.en[key]).join();
    });
    expect(different).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: a filled-in message shows every value and no braces', async (lang) => {
    await loadPopupLanguage(lang);
    const values = {
      id: '8212313961591322',
      date: '4 IX 2026',
      done: 3,
      total: 7,
      added: 11,
      updated: 12,
      unchanged: 13,
      count: 14,
      reason: 'XYZ',
      value: 90,
      rule: 'RULE',
    };
    for (const key of POPUP_KEYS) {
      const shown = popupText(key, lang, values);
      expect(shown, key).not.toMatch(/[{}]/);
      for (const name of placeholders(POPUP_TRANSLATIONS.en[key]))
        expect(shown, key).toContain(String(values[name as keyof typeof values]));
    }
  });

  it.each(OTHER_LANGUAGES)('%s: no longer sentence is left in English', (lang) => {
    const dictionary = popupDictionary(lang);
    // Short words may be the same ("Total", "Status", "OrderShield"); a phrase that equals English was not translated.
    expect(
      POPUP_KEYS.filter(
        (key) => POPUP_TRANSLATIONS.en[key].length > 12 && dictionary[key] === POPUP_TRANSLATIONS.en[key],
      ),
    ).toEqual([]);
  });
});

describe('on-page UI (page.ts)', () => {
  it.each(OTHER_LANGUAGES)('%s: has its own text for every key', (lang) => {
    const dictionary = pageDictionary(lang);
    expect(PAGE_KEYS.filter((key) => !dictionary[key]?.trim())).toEqual([]);
  });

  it.each(OTHER_LANGUAGES)('%s: keeps exactly the placeholders of English', (lang) => {
    const dictionary = pageDictionary(lang);
    const different = PAGE_KEYS.filter((key) => {
      const text = dictionary[key];
      return text !== undefined && placeholders(text).join() !== placeholders(pageText(key, 'en')).join();
    });
    expect(different).toEqual([]);
  });
});

describe('tracking warnings and facts (tracking/)', () => {
  const ENGLISH = TRACKING_TRANSLATIONS.en!;
  const KEYS = Object.keys(ENGLISH) as TrackingKey[];
  const dictionary = (lang: UiLanguage) =>
    (TRACKING_TRANSLATIONS as Partial<Record<UiLanguage, Partial<Record<string, string>>>>)[lang] ?? {};

  it('covers every UI language, English included', () => {
    expect(Object.keys(TRACKING_TRANSLATIONS).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(OTHER_LANGUAGES)('%s: its own text for every key, with exactly the placeholders of English', (lang) => {
    const own = dictionary(lang);
    expect(KEYS.filter((key) => !own[key]?.trim())).toEqual([]);
    expect(KEYS.filter((key) => own[key] === ENGLISH[key] && own[key].length > 12)).toEqual([]);
    expect(KEYS.filter((key) => placeholders(own[key] ?? '').join() !== placeholders(ENGLISH[key]).join())).toEqual([]);
  });
});

describe('welcome page (welcome/*.ts)', () => {
  const WELCOME_KEYS = Object.keys(WELCOME_TRANSLATIONS.en) as WelcomeKey[];
  const dictionary = (lang: UiLanguage) =>
    (WELCOME_TRANSLATIONS as Partial<Record<UiLanguage, Partial<Record<string, string>>>>)[lang] ?? {};

  it('covers every UI language, English included', () => {
    expect(Object.keys(WELCOME_TRANSLATIONS).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(OTHER_LANGUAGES)('%s: its own text for every key, no longer sentence left in English', (lang) => {
    expect(WELCOME_KEYS.filter((key) => !dictionary(lang)[key]?.trim())).toEqual([]);
    expect(
      WELCOME_KEYS.filter(
        (key) => WELCOME_TRANSLATIONS.en[key].length > 12 && dictionary(lang)[key] === welcomeText(key),
      ),
    ).toEqual([]);
  });

  it('fr: a no-break space before : ; ? ! and inside « »', () => {
    expect(WELCOME_KEYS.filter((key) => /[^\u00a0\u202f][:;?!»]|«[^\u00a0]/.test(welcomeText(key, 'fr')))).toEqual([]);
  });
});

describe('stage and deadline names (labels.ts)', () => {
  it.each(OTHER_LANGUAGES)('%s: names every stage and deadline kind in its own words', (lang) => {
    expect(labelLanguages()).toContain(lang);
    for (const stage of ORDER_STAGES) expect(stageLabel(stage, lang).trim(), stage).not.toBe('');
    for (const kind of DEADLINE_KINDS) expect(deadlineLabel(kind, lang).trim(), kind).not.toBe('');
    // A language without its own deadline block falls back to English for all of them at once.
    expect(DEADLINE_KINDS.filter((kind) => deadlineLabel(kind, lang) !== deadlineLabel(kind, 'en'))).not.toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: labels carry no placeholders (they are shown as they are)', (lang) => {
    const labels = [
      ...ORDER_STAGES.map((s) => stageLabel(s, lang)),
      ...DEADLINE_KINDS.map((k) => deadlineLabel(k, lang)),
    ];
    expect(labels.filter((label) => /[{}]/.test(label))).toEqual([]);
  });
});

describe('typography of the popup and options page', () => {
  beforeAll(() => Promise.all(OTHER_LANGUAGES.map(loadPopupLanguage)));

  // Opening and closing quotation marks of each language.
  const QUOTES: Record<UiLanguage, [string, string]> = {
    en: ['“', '”'],
    ru: ['«', '»'],
    it: ['“', '”'],
    es: ['«', '»'],
    pt: ['“', '”'],
    fr: ['«', '»'],
    de: ['„', '“'],
    pl: ['„', '”'],
  };

  it.each(UI_LANGUAGES)('%s: quotes open and close with the language’s own marks', (lang) => {
    const [open, close] = QUOTES[lang];
    const wrong = POPUP_KEYS.filter((key) => {
      const marks = (popupText(key, lang).match(/["«»„“”]/g) ?? []).join('');
      return marks !== (open + close).repeat(marks.length / 2);
    });
    expect(wrong).toEqual([]);
  });

  it('fr: a no-break space before : ; ? ! and inside « », never an ordinary one', () => {
    const wrong = POPUP_KEYS.filter((key) => /[^\u00a0\u202f][:;?!»]|«[^\u00a0]/.test(popupText(key, 'fr')));
    expect(wrong).toEqual([]);
  });
});

describe('store name and description (public/_locales)', () => {
  // Chrome's locale folder of each UI language: Portuguese is written for Brazil (pt_BR).
  const LOCALE_FOLDERS: Record<UiLanguage, string> = {
    en: 'en',
    ru: 'ru',
    it: 'it',
    es: 'es',
    pt: 'pt_BR',
    fr: 'fr',
    de: 'de',
    pl: 'pl',
  };
  const messagesOf = (lang: UiLanguage) =>
    JSON.parse(
      readFileSync(resolve(__dirname, '../../public/_locales', LOCALE_FOLDERS[lang], 'messages.json'), 'utf8'),
    ) as Record<string, { message?: string }>;

  it.each(UI_LANGUAGES)('%s: a name and a description the Chrome Web Store accepts', (lang) => {
    const messages = messagesOf(lang);
    const name = messages.extName?.message ?? '';
    const description = messages.extDescription?.message ?? '';
    expect(name).toContain('OrderShield');
    expect(name.length).toBeLessThanOrEqual(75);
    expect(description.length).toBeGreaterThan(0);
    // Chrome refuses a manifest description longer than 132 characters (counted as characters, not bytes).
    expect([...description].length).toBeLessThanOrEqual(132);
    if (lang !== 'en') expect(description).not.toBe(messagesOf('en').extDescription?.message);
  });
});

describe('every rule setting is named and sourced on the options page', () => {
  beforeAll(() => Promise.all(OTHER_LANGUAGES.map(loadPopupLanguage)));

  // The options page builds each rule's label and source from its key: a setting added to the model without its
  // words renders an empty label (axe: "label", critical), as the late dispute window once did.
  const RULE_KEYS = Object.keys(DEFAULT_RULES) as Array<keyof typeof DEFAULT_RULES>;
  it.each(UI_LANGUAGES)('%s', (lang) => {
    for (const key of RULE_KEYS) {
      for (const prefix of ['rule', 'src'] as const) {
        const id = `${prefix}.${key}` as PopupKey;
        expect(popupText(id, lang), id).not.toBe(id);
        expect(popupText(id, lang).length, id).toBeGreaterThan(3);
      }
    }
  });
});
