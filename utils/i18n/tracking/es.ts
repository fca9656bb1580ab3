/** Spanish texts of the tracking warnings and facts (keys and placeholders: `en.ts`). */
import type { TrackingKey } from './en';

export const ES = {
  stuck: 'El seguimiento no se mueve desde hace {duration}: escribe al vendedor y abre una disputa hasta el {date}.',
  stuckNoDate:
    'El seguimiento no se mueve desde hace {duration}: escribe al vendedor y abre una disputa antes de que termine la protección.',
  delivered: 'El seguimiento dice entregado el {date}. ¿No lo recibiste? Abre una disputa ahora.',
  deliveredNoDate: 'El seguimiento dice entregado. ¿No lo recibiste? Abre una disputa ahora.',
  deliveredProtection:
    'La protección puede terminar poco después de un escaneo de entrega: según guías para compradores, AliExpress confirma el pedido por sí solo unos 7 días después.',
  checkedOn:
    'Seguimiento consultado por última vez el {date}: abre la página de seguimiento para ver eventos más recientes.',
  trackingNumber: 'Número de seguimiento: {number}',
  lastEvent: 'Último evento de seguimiento, {date}: {event}',
  lastEventNoDate: 'Último evento de seguimiento: {event}',
  noEventsYet: 'Todavía no hay eventos de seguimiento.',
} satisfies Record<TrackingKey, string>;
