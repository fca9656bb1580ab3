/** The toolbar icon's tooltip in French (no-break space before the colon). */
import type { ToolbarTexts } from './en';

export const FR = {
  needAction: {
    one: '{count} commande demande une action cette semaine',
    other: '{count} commandes demandent une action cette semaine',
  },
  overdue: { one: '{count} commande est en retard', other: '{count} commandes sont en retard' },
  nothing: 'OrderShield\u00a0: aucune commande ne demande d’action cette semaine',
} satisfies ToolbarTexts;
