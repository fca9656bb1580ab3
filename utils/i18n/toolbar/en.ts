/**
 * The toolbar icon's tooltip in English: the keys every other language has. A count meets a noun here, so each
 * sentence has the plural forms of `Intl.PluralRules` (`one`, `other`; some languages add `few` / `many`).
 */
export const EN = {
  needAction: { one: '1 order needs action this week', other: '{count} orders need action this week' },
  overdue: { one: '1 order is overdue', other: '{count} orders are overdue' },
  nothing: 'OrderShield: no order needs action this week',
} as const;

export type ToolbarKey = keyof typeof EN;
/** A sentence with a count: its forms by plural category (`other` always present). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type ToolbarTexts = { needAction: PluralForms; overdue: PluralForms; nothing: string };
