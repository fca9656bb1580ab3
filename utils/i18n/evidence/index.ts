/**
 * The words of the evidence checklist (`shared/domain.md` §2), one source for the popup's checklist and the order
 * page's panel (issue #13: the two lists used to disagree). Apart from the page and popup dictionaries so that each
 * bundle takes only these few lines per language; every language is complete by type (`Record<EvidenceId, string>`).
 */
import type { EvidenceId } from '@/utils/guide/checklists';
import type { UiLanguage } from '@/utils/i18n/core';
import { EN } from './en';

/** English, and the other languages as registered (utils/i18n/languages.ts); one not registered reads English. */
export const EVIDENCE_WORDS: Partial<Record<UiLanguage, Record<EvidenceId, string>>> = { en: EN };

/** An evidence item in the buyer's language. */
export function evidenceText(id: EvidenceId, lang: UiLanguage): string {
  return (EVIDENCE_WORDS[lang] ?? EN)[id];
}
