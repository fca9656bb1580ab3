/** Portuguese texts of the tracking warnings and facts (keys and placeholders: `en.ts`). */
import type { TrackingKey } from './en';

export const PT = {
  stuck: 'O rastreamento está parado há {duration}: fale com o vendedor e abra uma disputa até {date}.',
  stuckNoDate:
    'O rastreamento está parado há {duration}: fale com o vendedor e abra uma disputa antes de a proteção terminar.',
  delivered: 'O rastreamento diz entregue em {date}. Não recebeu? Abra uma disputa agora.',
  deliveredNoDate: 'O rastreamento diz entregue. Não recebeu? Abra uma disputa agora.',
  deliveredProtection:
    'A proteção pode terminar logo após um registro de entrega: segundo guias para compradores, o AliExpress confirma o pedido sozinho cerca de 7 dias depois.',
  checkedOn:
    'Rastreamento verificado pela última vez em {date}: abra a página de rastreamento para ver eventos mais novos.',
  trackingNumber: 'Código de rastreamento: {number}',
  lastEvent: 'Último evento do rastreamento, {date}: {event}',
  lastEventNoDate: 'Último evento do rastreamento: {event}',
  noEventsYet: 'Ainda não há eventos de rastreamento.',
} satisfies Record<TrackingKey, string>;
