/** The toolbar icon's tooltip in Russian (one / few / many, as Intl.PluralRules says). */
import type { ToolbarTexts } from './en';

export const RU = {
  needAction: {
    one: '{count} заказ требует действий на этой неделе',
    few: '{count} заказа требуют действий на этой неделе',
    many: '{count} заказов требуют действий на этой неделе',
    other: '{count} заказа требуют действий на этой неделе',
  },
  overdue: {
    one: '{count} заказ просрочен',
    few: '{count} заказа просрочены',
    many: '{count} заказов просрочены',
    other: '{count} заказа просрочены',
  },
  nothing: 'OrderShield: на этой неделе ни один заказ не требует действий',
} satisfies ToolbarTexts;
