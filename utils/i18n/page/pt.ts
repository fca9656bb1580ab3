/** The on-page UI's strings in Portuguese (Brazil). */
import type { PageKey } from './en';

export const PT = {
  estimatedHint: 'Estimada pelas regras do AliExpress, não impressa na página do pedido: confira a página do pedido.',
  exact: 'da página do pedido',
  noDeadline: 'Nenhum prazo para acompanhar',
  protectionUnknown: 'Fim da proteção desconhecido: abra a página do pedido para o OrderShield lê-lo.',
  showDates: 'Ver todas as datas',
  hideDates: 'Ocultar datas',
  quietMarker: 'OrderShield: nada para acompanhar',
  quietHint: 'Nenhum prazo ou ação para este pedido agora. Você pode ocultar estas marcas nas opções do OrderShield.',
  timelineTitle: 'Prazos deste pedido',
  timelineEmpty: 'Nenhuma data conhecida. Abra a página do pedido para o OrderShield lê-las.',
  badgeRegion: 'OrderShield do pedido {orderId}',
  panelTitle: 'OrderShield: o que fazer com este pedido',
  nextAction: 'O que fazer agora',
  nothingToDo: 'Nada a fazer agora: o OrderShield continua acompanhando as datas.',
  evidence: 'Lista de provas',
  evidenceTitle: 'Guarde estas provas',
  addReminder: 'Adicionar um lembrete',
  reminderDate: 'Data',
  reminderText: 'Nota',
  reminderDefault: 'Verificar o pedido {orderId}',
  save: 'Salvar',
  reminderSaved: 'Lembrete salvo para {date}.',
  reminderFailed: 'Não foi possível salvar o lembrete. Recarregue a página e tente de novo.',
  copyMessage: 'Copiar uma mensagem de disputa',
  copied: 'Copiado. Edite e cole no formulário da disputa.',
  copyManually: 'Selecione o texto e copie.',
  messageLabel: 'Mensagem de disputa (em inglês: o vendedor lê inglês)',
  checkBeforeConfirmShort: 'Confira o item primeiro',
  open_dispute_now: 'Ainda não recebeu? Abra uma disputa agora.',
  extend_protection: 'Peça ao vendedor para estender a proteção: ele pode levar 48 horas para responder.',
  late_dispute_now:
    'A proteção terminou ({since}). Ainda não recebeu? Abra uma disputa agora: o AliExpress costuma permitir até {days} dias depois dessa data, até cerca de {date}.',
  protection_ended:
    'A proteção e os {days} dias habituais depois dela já passaram. Não recebeu? Fale com o suporte do AliExpress.',
  check_before_confirm: 'Confira o item primeiro: depois de confirmar você tem {days} dias para uma devolução.',
  can_escalate: 'Você já pode escalar a disputa para o AliExpress.',
  seller_answer_overdue: 'A resposta do vendedor está atrasada: escale a disputa.',
  ship_return_by: 'Envie a devolução até {date} e guarde o código de rastreio.',
  refund_overdue: 'Seu reembolso está atrasado: fale com o suporte (confira também o saldo do Alipay).',
  decision_overdue: 'A decisão do AliExpress está atrasada: pergunte ao suporte no chat.',
  dont_cancel_dispute: 'Não cancele a disputa até o dinheiro voltar, não importa o que o vendedor prometa.',
  ev_quality: 'Nítidas, bem iluminadas, um defeito por foto; o formulário aceita poucos arquivos: faça colagens',
  // #13 dispute guidance
  filmUnboxing:
    'Filme a abertura a partir do pacote fechado, com a etiqueta visível: sem isso, um item em falta ou partido é difícil de provar.',
  disputeRules:
    'Uma só disputa por pedido; depois de fechada não pode ser reaberta, e só pode ser alterada poucas vezes.',
  // Ship-by limit (domain.md §1 awaiting_shipment)
  seller_must_ship_by: 'O vendedor deve enviar o pedido até {date}.',
  seller_ship_overdue:
    'O vendedor não enviou a tempo: você pode pedir o cancelamento do pedido com reembolso total (o vendedor tem 48 horas para responder; depois ele é cancelado automaticamente).',
  // Report this page
  reportTitle: 'O OrderShield não conseguiu ler esta página',
  reportBody:
    'O AliExpress pode ter mudado a estrutura desta página. Um relatório da página ajuda os desenvolvedores a corrigir isso: copie-o e anexe-o a um relatório de erro para os desenvolvedores do OrderShield.',
  reportKeeps: 'O relatório mantém a estrutura da página, os nomes de classe e os rótulos.',
  reportDrops: 'Ele deixa de fora nomes, endereços, números de pedido, preços e códigos de rastreio.',
  reportButton: 'Copiar um relatório para os desenvolvedores',
  reportDismiss: 'Fechar',
  reportCopied: 'Copiado. Cole-o em um relatório de erro para os desenvolvedores do OrderShield.',
  reportDownloaded:
    'A cópia não foi permitida, então o relatório foi salvo como arquivo. Anexe o arquivo a um relatório de erro para os desenvolvedores do OrderShield.',
} satisfies Partial<Record<PageKey, string>>;
