/**
 * Names of order stages and deadline kinds, and the wording every surface shares (badge, panel, popup, notification,
 * calendar), in English: the shape every other language has (`Labels`, checked with `satisfies`).
 */
import type { DeadlineKind, GuideReminder, OrderStage } from '@/utils/model';
import type { Urgency } from '@/utils/rules/urgency';

export interface Labels {
  stages: Record<OrderStage, string>;
  deadlines: Record<DeadlineKind, string>;
  /** What to do about a deadline of a kind when no advice names it (utils/i18n/labels.ts `deadlineAction`). */
  actions: Record<DeadlineKind, string>;
  /** "Last day: {date}": the day a deadline can last be met (rules/last-day.ts decides which day and kinds). */
  lastDay: string;
  /** "{date} (your date)": a date the buyer set, marked as theirs wherever it is shown beside the page's. */
  yourDate: string;
  /** "{amount} left": the amount is "3 days" / "5 hours" with the language's plural form (Intl). */
  left: string;
  /** The word beside a date computed from a rule. */
  estimated: string;
  /** The words beside the urgency icon and in a notification's title (rules/urgency.ts; `none` has none). */
  urgency: Record<Exclude<Urgency, 'none'>, string>;
  /** "The page says {page}; you set {yours}": the buyer's later date next to the page's, which still counts. */
  buyerLater: string;
  /** What a stage clock counts from: the day OrderShield first saw the step, or the day the page prints. */
  countedFrom: { firstSeen: string; printed: string };
  /**
   * The names of the reminders the guide schedules (Deadline.guideReminder); the estimates' "{date}" is the estimated
   * last day the reminder warns of (utils/guide/after-appeal.ts).
   */
  guideReminders: Record<GuideReminder, string>;
  /**
   * What to do when a guide reminder comes (its notification's second line, the calendar entry, the panel's "what to
   * do now"): the playbook step it was scheduled from, in a sentence (utils/guide/playbook.ts, domain.md §4). The
   * estimates' reminders fall a week before the estimated last day (utils/guide/after-appeal.ts): "this week".
   */
  guideReminderActions: Record<GuideReminder, string>;
}

export const EN = {
  stages: {
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
  },
  deadlines: {
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
    late_dispute_window_end: 'Late dispute window closes (not received)',
    ship_by: 'The seller must ship by',
    custom: 'Reminder',
  },
  actions: {
    protection_end:
      'Check the tracking. Not received as this date nears? Ask the seller to extend protection, or open a dispute.',
    extension_request_by: 'Ask the seller to extend protection today: they may take 48 hours to answer.',
    dispute_window_end: 'Defective or not as described? Open a dispute before the window closes.',
    return_window_end: 'Check the item now: after this date you can no longer ask for a return or refund.',
    seller_response_due: 'The seller’s answer is due. Check the dispute: a silent seller means an automatic refund.',
    escalation_available: 'You can escalate the dispute to AliExpress now.',
    auto_escalation: 'The dispute should be escalated to AliExpress about now. Check it.',
    decision_expected: 'AliExpress’s decision is due. Check the dispute; no answer yet? Ask support.',
    return_ship_by: 'Ship the return and keep the tracking number.',
    refund_due: 'Your refund is overdue: contact support (check your Alipay balance too). Do not cancel the dispute.',
    appeal_follow_up: 'Go back to the support chat with your appeal number and ask for the result.',
    late_dispute_window_end:
      'Protection has ended and the parcel is not here? Open a dispute now: AliExpress usually allows it until this date.',
    ship_by:
      'The seller must ship by this date. Not shipped after it? You can ask to cancel the order for a full refund.',
    custom: 'Your reminder.',
  },
  lastDay: 'Last day: {date}',
  yourDate: '{date} (your date)',
  left: '{amount} left',
  estimated: 'estimated',
  urgency: { overdue: 'Passed', today: 'Today', soon: 'Soon', later: 'Reminder' },
  buyerLater:
    'The page says {page}; you set {yours}. OrderShield keeps to the page’s date until the page shows the extension.',
  countedFrom: {
    firstSeen: '{days} days from {date}, when OrderShield first saw this step',
    printed: '{days} days from {date}, as the order page shows',
  },
  guideReminders: {
    next_day: 'Back to the support chat with the appeal number',
    review_day: 'Ask support for the appeal result',
    chargeback: 'Chargeback through your bank: last day about {date} (estimated)',
    paypal: 'PayPal dispute: last day about {date} (estimated)',
  },
  guideReminderActions: {
    next_day:
      'Open the support chat, give your appeal number and ask them to check that your text and files are attached.',
    review_day:
      'Ask support for the result of your appeal. Not reviewed yet? Ask for the new date and set a reminder for it.',
    chargeback:
      'Ask your bank for a chargeback this week, with the order, the dispute and the appeal. Your bank may allow less time.',
    paypal:
      'Open a PayPal dispute this week, with the order and your evidence. For “not as described” the limit may come sooner.',
  },
} satisfies Labels;
