/** The on-page UI's strings in Spanish. */
import type { PageKey } from './en';

export const ES = {
  estimatedHint:
    'Estimada con las reglas de AliExpress, no impresa en la página del pedido: revisa la página del pedido.',
  exact: 'de la página del pedido',
  noDeadline: 'Sin plazos que vigilar',
  protectionUnknown: 'Fin de la protección desconocido: abre la página del pedido para que OrderShield lo lea.',
  showDates: 'Ver todas las fechas',
  hideDates: 'Ocultar fechas',
  quietMarker: 'OrderShield: nada que vigilar',
  quietHint:
    'Ahora no hay plazos ni acciones para este pedido. Puedes ocultar estas marcas en las opciones de OrderShield.',
  timelineTitle: 'Plazos de este pedido',
  timelineEmpty: 'Aún no hay fechas. Abre la página del pedido para que OrderShield las lea.',
  badgeRegion: 'OrderShield para el pedido {orderId}',
  panelTitle: 'OrderShield: qué hacer con este pedido',
  nextAction: 'Qué hacer ahora',
  nothingToDo: 'Nada que hacer ahora: OrderShield sigue vigilando las fechas.',
  evidence: 'Lista de pruebas',
  evidenceTitle: 'Guarda estas pruebas',
  addReminder: 'Añadir un recordatorio',
  reminderDate: 'Fecha',
  reminderText: 'Nota',
  reminderDefault: 'Revisar el pedido {orderId}',
  save: 'Guardar',
  reminderSaved: 'Recordatorio guardado para el {date}.',
  reminderFailed: 'No se pudo guardar el recordatorio. Recarga la página e inténtalo de nuevo.',
  copyMessage: 'Copiar un mensaje de disputa',
  copied: 'Copiado. Edítalo y pégalo en el formulario de la disputa.',
  copyManually: 'Selecciona el texto y cópialo.',
  messageLabel: 'Mensaje de disputa (en inglés: el vendedor lee inglés)',
  checkBeforeConfirmShort: 'Revisa el artículo primero',
  open_dispute_now: '¿Aún no lo has recibido? Abre una disputa ahora.',
  extend_protection: 'Pide al vendedor que amplíe la protección: puede tardar 48 horas en responder.',
  late_dispute_now:
    'La protección terminó ({since}). ¿Sigue sin llegar? Abre una disputa ahora: AliExpress suele permitirlo hasta {days} días después de esa fecha, hasta aproximadamente {date}.',
  protection_ended:
    'Han pasado la protección y los {days} días habituales posteriores. ¿No lo has recibido? Contacta con el soporte de AliExpress.',
  check_before_confirm: 'Revisa el artículo primero: tras confirmar tienes {days} días para una devolución.',
  can_escalate: 'Ya puedes escalar la disputa a AliExpress.',
  seller_answer_overdue: 'La respuesta del vendedor se ha retrasado: escala la disputa.',
  ship_return_by: 'Envía la devolución antes del {date} y guarda el número de seguimiento.',
  refund_overdue: 'Tu reembolso se ha retrasado: contacta con el soporte (revisa también tu saldo de Alipay).',
  decision_overdue: 'La decisión de AliExpress se ha retrasado: pregunta al soporte en el chat.',
  dont_cancel_dispute: 'No canceles la disputa hasta recuperar el dinero, prometa lo que prometa el vendedor.',
  ev_quality: 'Nítidas, bien iluminadas, un defecto por foto; el formulario admite pocos archivos: haz collages',
  // #13 dispute guidance
  filmUnboxing:
    'Graba el desembalaje desde el paquete cerrado, con la etiqueta visible: sin eso, un artículo que falta o roto es difícil de probar.',
  disputeRules: 'Una sola disputa por pedido; cerrada no se puede reabrir, y solo se puede modificar unas pocas veces.',
  // Ship-by limit (domain.md §1 awaiting_shipment)
  seller_must_ship_by: 'El vendedor debe enviar el pedido antes del {date}.',
  seller_ship_overdue:
    'El vendedor no ha enviado a tiempo: puede pedir la cancelación del pedido con reembolso completo (el vendedor tiene 48 horas para responder; después se cancela solo).',
  // Report this page
  reportTitle: 'OrderShield no pudo leer esta página',
  reportBody:
    'Puede que AliExpress haya cambiado la estructura de esta página. Un informe de la página ayuda a los desarrolladores a arreglarlo: cópialo y adjúntalo a un informe de error para los desarrolladores de OrderShield.',
  reportKeeps: 'El informe conserva la estructura de la página, los nombres de clase y las etiquetas.',
  reportDrops: 'Omite nombres, direcciones, números de pedido, precios y números de seguimiento.',
  reportButton: 'Copiar un informe para los desarrolladores',
  reportDismiss: 'Cerrar',
  reportCopied: 'Copiado. Pégalo en un informe de error para los desarrolladores de OrderShield.',
  reportDownloaded:
    'No se permitió copiar, así que el informe se guardó como archivo. Adjunta el archivo a un informe de error para los desarrolladores de OrderShield.',
} satisfies Partial<Record<PageKey, string>>;
