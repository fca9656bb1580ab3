/**
 * The texts every surface shares, per language: the on-page texts and advice (./page), stage and deadline names
 * (./labels), the evidence words (./evidence) and the tracking warnings (./tracking). English is built into each;
 * another language is registered whole with `registerLanguage`: every one at the start of the background
 * (./every-language.ts); only the one in use by the content script (handed over by the background with its first
 * answer: utils/background/page-data.ts) and by the popup and options page (loaded with their own texts in one
 * chunk per language before they render: ./popup/index.ts). A language not registered reads English.
 */
import type { EvidenceId } from '@/utils/guide/checklists';
import type { UiLanguage } from './core';
import { EVIDENCE_WORDS } from './evidence';
import { LABEL_TRANSLATIONS } from './labels';
import type { Labels } from './labels/en';
import { PAGE_TRANSLATIONS, type PageKey } from './page';
import { TRACKING_TRANSLATIONS, type TrackingKey } from './tracking';

export type OtherLanguage = Exclude<UiLanguage, 'en'>;

/** One language's shared texts (`./languages/<lang>.ts`); each part complete by type where English's is. */
export interface SharedTexts {
  page: Partial<Record<PageKey, string>>;
  labels: Labels;
  evidence: Record<EvidenceId, string>;
  tracking: Record<TrackingKey, string>;
}

export function registerLanguage(lang: OtherLanguage, texts: SharedTexts): void {
  PAGE_TRANSLATIONS[lang] = texts.page;
  LABEL_TRANSLATIONS[lang] = texts.labels;
  EVIDENCE_WORDS[lang] = texts.evidence;
  TRACKING_TRANSLATIONS[lang] = texts.tracking;
}
