/** Labels and shared wording in Spanish (shape: `Labels`, ./en.ts). */
import type { Labels } from './en';

export const ES = {
  stages: {
    awaiting_payment: 'Pendiente de pago',
    awaiting_shipment: 'Pendiente de envío',
    awaiting_delivery: 'Pendiente de entrega',
    completed: 'Completado',
    dispute_open: 'Disputa abierta',
    dispute_escalated: 'Disputa escalada',
    return_required: 'Devolución necesaria',
    refund_pending: 'Reembolso pendiente',
    dispute_lost: 'Disputa perdida',
    closed: 'Cerrado',
    unknown: 'Estado no reconocido',
  },
  deadlines: {
    protection_end: 'La protección al comprador termina',
    extension_request_by: 'Pide ampliar la protección antes del',
    dispute_window_end: 'Se cierra el plazo para abrir una disputa',
    return_window_end: 'Se cierra el plazo de devolución',
    seller_response_due: 'El vendedor debe responder antes del',
    escalation_available: 'Puedes escalar la disputa desde el',
    auto_escalation: 'Escalado automático de la disputa',
    decision_expected: 'Decisión prevista antes del',
    return_ship_by: 'Envía la devolución antes del',
    refund_due: 'Reembolso previsto antes del',
    appeal_follow_up: 'Seguimiento de la apelación',
    late_dispute_window_end: 'Plazo tardío de disputa (no recibido) termina',
    ship_by: 'El vendedor debe enviar antes del',
    custom: 'Recordatorio',
  },
  actions: {
    protection_end:
      'Revisa el seguimiento. ¿No lo has recibido y se acerca la fecha? Pide al vendedor que amplíe la protección o abre una disputa.',
    extension_request_by: 'Pide hoy al vendedor que amplíe la protección: puede tardar 48 horas en responder.',
    dispute_window_end: '¿Defectuoso o no coincide con la descripción? Abre una disputa antes de que cierre el plazo.',
    return_window_end: 'Revisa el artículo ya: después de esta fecha no podrás pedir devolución ni reembolso.',
    seller_response_due: 'El vendedor debe responder. Revisa la disputa: si no contesta, el reembolso es automático.',
    escalation_available: 'Ya puedes escalar la disputa a AliExpress.',
    auto_escalation: 'La disputa debería escalarse a AliExpress por estas fechas. Revísala.',
    decision_expected: 'Se espera la decisión de AliExpress. Revisa la disputa; ¿sin respuesta? Pregunta al soporte.',
    return_ship_by: 'Envía la devolución y guarda el número de seguimiento.',
    refund_due:
      'Tu reembolso se ha retrasado: contacta con el soporte (revisa también tu saldo de Alipay). No canceles la disputa.',
    appeal_follow_up: 'Vuelve al chat de soporte con tu número de apelación y pregunta por el resultado.',
    late_dispute_window_end:
      'La protección terminó y el paquete no ha llegado? Abre una disputa ahora: AliExpress suele permitirlo hasta esta fecha.',
    ship_by:
      'El vendedor debe enviar el pedido antes de esta fecha. ¿No lo ha enviado? Puede pedir la cancelación del pedido con reembolso completo.',
    custom: 'Tu recordatorio.',
  },
  lastDay: 'Último día: {date}',
  yourDate: '{date} (tu fecha)',
  left: 'tiempo restante: {amount}',
  estimated: 'estimada',
  urgency: { overdue: 'Vencido', today: 'Hoy', soon: 'Pronto', later: 'Recordatorio' },
  buyerLater:
    'La página indica {page}; tú pusiste {yours}. OrderShield sigue la fecha de la página hasta que la página muestre la ampliación.',
  countedFrom: {
    firstSeen: '{days} días desde el {date}, cuando OrderShield vio este paso por primera vez',
    printed: '{days} días desde el {date}, según la página del pedido',
  },
  guideReminders: {
    next_day: 'Volver al chat de soporte con el número de la apelación',
    review_day: 'Pedir al soporte el resultado de la apelación',
    chargeback: 'Contracargo con tu banco: último día hacia el {date} (estimado)',
    paypal: 'Disputa en PayPal: último día hacia el {date} (estimado)',
  },
  guideReminderActions: {
    next_day:
      'Abre el chat de soporte, da el número de la apelación y pide que comprueben que el texto y los archivos están adjuntos.',
    review_day:
      'Pide a soporte el resultado de tu apelación. ¿Aún sin revisar? Pregunta la nueva fecha y pon un recordatorio.',
    chargeback:
      'Esta semana pide a tu banco un contracargo, con el pedido, la disputa y la apelación. Tu banco puede dar menos tiempo.',
    paypal:
      'Esta semana abre una disputa en PayPal con el pedido y tus pruebas. Para “no coincide con la descripción” el límite puede llegar antes.',
  },
} satisfies Labels;
