/** Names of order stages and deadline kinds, per UI language (English complete; others fall back). */
import type { DeadlineKind, OrderStage } from '@/utils/model';
import type { UiLanguage } from '@/utils/i18n/core';

const STAGE_LABELS_EN: Record<OrderStage, string> = {
  awaiting_payment: 'Awaiting payment',
  awaiting_shipment: 'Awaiting shipment',
  awaiting_delivery: 'Awaiting delivery',
  completed: 'Completed',
  dispute_open: 'Dispute open',
  dispute_escalated: 'Dispute escalated',
  return_required: 'Return required',
  refund_pending: 'Refund pending',
  dispute_lost: 'Dispute lost',
  closed: 'Closed',
  unknown: 'Status not recognized',
};

const DEADLINE_LABELS_EN: Record<DeadlineKind, string> = {
  protection_end: 'Buyer protection ends',
  extension_request_by: 'Ask the seller to extend protection by',
  dispute_window_end: 'Dispute window closes',
  return_window_end: 'Return window closes',
  seller_response_due: 'Seller must answer by',
  escalation_available: 'You can escalate from',
  auto_escalation: 'Automatic escalation',
  decision_expected: 'Decision expected by',
  return_ship_by: 'Ship the return by',
  refund_due: 'Refund due by',
  appeal_follow_up: 'Appeal follow-up',
  custom: 'Reminder',
};

const STAGE_LABELS: Partial<Record<UiLanguage, Partial<Record<OrderStage, string>>>> = {};
const DEADLINE_LABELS: Partial<Record<UiLanguage, Partial<Record<DeadlineKind, string>>>> = {};

export function stageLabel(stage: OrderStage, lang: UiLanguage = 'en'): string {
  return STAGE_LABELS[lang]?.[stage] ?? STAGE_LABELS_EN[stage];
}

export function deadlineLabel(kind: DeadlineKind, lang: UiLanguage = 'en'): string {
  return DEADLINE_LABELS[lang]?.[kind] ?? DEADLINE_LABELS_EN[kind];
}
