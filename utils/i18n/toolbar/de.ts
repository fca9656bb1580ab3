/** The toolbar icon's tooltip in German. */
import type { ToolbarTexts } from './en';

export const DE = {
  needAction: {
    one: '1 Bestellung braucht diese Woche Ihr Handeln',
    other: '{count} Bestellungen brauchen diese Woche Ihr Handeln',
  },
  overdue: { one: '1 Bestellung ist überfällig', other: '{count} Bestellungen sind überfällig' },
  nothing: 'OrderShield: Keine Bestellung braucht diese Woche Ihr Handeln',
} satisfies ToolbarTexts;
