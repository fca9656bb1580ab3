/** The toolbar icon's tooltip in Polish (one / few / many, as Intl.PluralRules says). */
import type { ToolbarTexts } from './en';

export const PL = {
  needAction: {
    one: '{count} zamówienie wymaga działania w tym tygodniu',
    few: '{count} zamówienia wymagają działania w tym tygodniu',
    many: '{count} zamówień wymaga działania w tym tygodniu',
    other: '{count} zamówienia wymaga działania w tym tygodniu',
  },
  overdue: {
    one: '{count} zamówienie jest po terminie',
    few: '{count} zamówienia są po terminie',
    many: '{count} zamówień jest po terminie',
    other: '{count} zamówienia jest po terminie',
  },
  nothing: 'OrderShield: w tym tygodniu żadne zamówienie nie wymaga działania',
} satisfies ToolbarTexts;
