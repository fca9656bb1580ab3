/** The toolbar icon's tooltip in Spanish. */
import type { ToolbarTexts } from './en';

export const ES = {
  needAction: {
    one: '1 pedido requiere acción esta semana',
    other: '{count} pedidos requieren acción esta semana',
  },
  overdue: { one: '1 pedido está vencido', other: '{count} pedidos están vencidos' },
  nothing: 'OrderShield: ningún pedido requiere acción esta semana',
} satisfies ToolbarTexts;
