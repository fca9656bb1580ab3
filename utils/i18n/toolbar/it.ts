/** The toolbar icon's tooltip in Italian. */
import type { ToolbarTexts } from './en';

export const IT = {
  needAction: {
    one: '1 ordine richiede un’azione questa settimana',
    other: '{count} ordini richiedono un’azione questa settimana',
  },
  overdue: { one: '1 ordine è scaduto', other: '{count} ordini sono scaduti' },
  nothing: 'OrderShield: nessun ordine richiede azioni questa settimana',
} satisfies ToolbarTexts;
