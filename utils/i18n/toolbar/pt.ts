/** The toolbar icon's tooltip in Portuguese (Brazil). */
import type { ToolbarTexts } from './en';

export const PT = {
  needAction: {
    one: '1 pedido precisa de ação esta semana',
    other: '{count} pedidos precisam de ação esta semana',
  },
  overdue: { one: '1 pedido está atrasado', other: '{count} pedidos estão atrasados' },
  nothing: 'OrderShield: nenhum pedido precisa de ação esta semana',
} satisfies ToolbarTexts;
