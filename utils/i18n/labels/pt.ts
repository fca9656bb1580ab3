/** Labels and shared wording in Portuguese (shape: `Labels`, ./en.ts). */
import type { Labels } from './en';

export const PT = {
  stages: {
    awaiting_payment: 'Aguardando pagamento',
    awaiting_shipment: 'Aguardando envio',
    awaiting_delivery: 'Aguardando entrega',
    completed: 'Concluído',
    dispute_open: 'Disputa aberta',
    dispute_escalated: 'Disputa escalada',
    return_required: 'Devolução necessária',
    refund_pending: 'Reembolso pendente',
    dispute_lost: 'Disputa perdida',
    closed: 'Encerrado',
    unknown: 'Status não reconhecido',
  },
  deadlines: {
    protection_end: 'A proteção ao comprador termina',
    extension_request_by: 'Peça para estender a proteção até',
    dispute_window_end: 'Fim do prazo para abrir disputa',
    return_window_end: 'Fim do prazo de devolução',
    seller_response_due: 'O vendedor deve responder até',
    escalation_available: 'Você pode escalar a disputa a partir de',
    auto_escalation: 'Escalada automática da disputa',
    decision_expected: 'Decisão prevista até',
    return_ship_by: 'Envie a devolução até',
    refund_due: 'Reembolso previsto até',
    appeal_follow_up: 'Acompanhar o recurso',
    late_dispute_window_end: 'Prazo tardio de disputa (não recebido) termina',
    ship_by: 'O vendedor deve enviar até',
    custom: 'Lembrete',
  },
  actions: {
    protection_end:
      'Confira o rastreio. Não recebeu e a data está chegando? Peça ao vendedor para estender a proteção ou abra uma disputa.',
    extension_request_by: 'Peça hoje ao vendedor para estender a proteção: ele pode levar 48 horas para responder.',
    dispute_window_end: 'Com defeito ou diferente do anúncio? Abra uma disputa antes do prazo acabar.',
    return_window_end: 'Confira o item agora: depois desta data não dá mais para pedir devolução ou reembolso.',
    seller_response_due:
      'O vendedor deve responder. Confira a disputa: se ele não responder, o reembolso é automático.',
    escalation_available: 'Você já pode escalar a disputa para o AliExpress.',
    auto_escalation: 'A disputa deve ser escalada para o AliExpress por agora. Confira.',
    decision_expected: 'A decisão do AliExpress é esperada. Confira a disputa; sem resposta? Pergunte ao suporte.',
    return_ship_by: 'Envie a devolução e guarde o código de rastreio.',
    refund_due:
      'Seu reembolso está atrasado: fale com o suporte (confira também o saldo do Alipay). Não cancele a disputa.',
    appeal_follow_up: 'Volte ao chat do suporte com o número do recurso e pergunte o resultado.',
    late_dispute_window_end:
      'A proteção terminou e o pacote não chegou? Abra uma disputa agora: o AliExpress costuma permitir até esta data.',
    ship_by:
      'O vendedor deve enviar o pedido até esta data. Não enviou? Você pode pedir o cancelamento do pedido com reembolso total.',
    custom: 'Seu lembrete.',
  },
  lastDay: 'Último dia: {date}',
  yourDate: '{date} (sua data)',
  left: 'tempo restante: {amount}',
  estimated: 'estimada',
  urgency: { overdue: 'Vencido', today: 'Hoje', soon: 'Em breve', later: 'Lembrete' },
  buyerLater:
    'A página diz {page}; você definiu {yours}. O OrderShield segue a data da página até a página mostrar a extensão.',
  countedFrom: {
    firstSeen: '{days} dias desde {date}, quando o OrderShield viu esta etapa pela primeira vez',
    printed: '{days} dias desde {date}, como mostra a página do pedido',
  },
  guideReminders: {
    next_day: 'Voltar ao chat do suporte com o número do recurso',
    review_day: 'Pedir ao suporte o resultado do recurso',
    chargeback: 'Estorno pelo banco: último dia por volta de {date} (estimativa)',
    paypal: 'Disputa no PayPal: último dia por volta de {date} (estimativa)',
  },
  guideReminderActions: {
    next_day:
      'Abra o chat do suporte, informe o número do recurso e peça que confirmem que o texto e os arquivos estão anexados.',
    review_day:
      'Pergunte ao suporte o resultado do seu recurso. Ainda não analisado? Pergunte a nova data e crie um lembrete.',
    chargeback:
      'Nesta semana peça ao seu banco um chargeback, com o pedido, a disputa e o recurso. Seu banco pode dar menos tempo.',
    paypal:
      'Nesta semana abra uma disputa no PayPal com o pedido e suas provas. Para “diferente do anunciado” o limite pode chegar antes.',
  },
} satisfies Labels;
