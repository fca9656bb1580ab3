/**
 * After the AliExpress path is exhausted (a lost dispute and appeal, `shared/domain.md` §4 step 9, seeds 003, 004):
 * a chargeback through the card issuer, or a PayPal dispute. Their limits belong to the bank and to PayPal, not
 * to AliExpress, so OrderShield only ESTIMATES the last day from the payment date and always says whose rule it is.
 * Pure.
 *
 * Sources (README "Dispute guidance"):
 * - Chargeback: card schemes give the issuing bank 120 calendar days from the transaction date for a first
 *   chargeback (Visa, Mastercard, Amex, Discover, UnionPay, JCB; from the delivery date when delivery came later):
 *   Adyen, "Chargeback guidelines", https://docs.adyen.com/developers/risk-management/dispute-management/chargeback-guidelines .
 *   Banks set their own, often shorter, time to ask them: hence "depends on your bank".
 * - PayPal: "Item Not Received: Dispute must be opened within 180 days of the date you sent the payment to the
 *   seller" (PayPal Help Center, "Dispute filing timeframes",
 *   https://www.paypal.com/ch/cshelp/article/dispute-filing-timeframes-help1173 ; also domain.md §4: 180 days).
 *   For "significantly not as described" the same page says 30 days from delivery or 180 from payment, whichever
 *   is sooner: the buyer is told the earlier limit may apply.
 */
import type { Deadline, TrackedOrder } from '@/utils/model';
import { endOfDayAfter, formatInstant, instantMs, localDayOf, parseIsoDay, shiftLocalDays } from '@/utils/rules/dates';

/** Card schemes' first-chargeback window, calendar days from the transaction (Adyen, see above). */
export const CHARGEBACK_DAYS = 120;
/** PayPal's dispute window for an item not received, days from the payment (PayPal Help Center, see above). */
export const PAYPAL_DISPUTE_DAYS = 180;

export interface AfterAppealEstimate {
  /** Last day (end of the local day, ISO instant), always an estimate. */
  chargebackBy: string;
  paypalBy: string;
  /** Whether the count starts from the order date because no payment date was read (they are usually the same day). */
  fromOrderDate: boolean;
}

/** The estimated last days, from the payment date (else the order date); `null` when neither is known. */
export function afterAppealEstimate(order: TrackedOrder): AfterAppealEstimate | null {
  const paid = parseIsoDay(order.facts.events.paidAt);
  const start = paid ?? parseIsoDay(order.facts.orderedAt);
  if (start === null) return null;
  // One day less than the window: how the day of payment is counted differs, and an estimate must be early, never
  // late (domain.md §1's rule for every estimate).
  const chargebackBy = formatInstant(endOfDayAfter(start, CHARGEBACK_DAYS - 1));
  const paypalBy = formatInstant(endOfDayAfter(start, PAYPAL_DISPUTE_DAYS - 1));
  if (chargebackBy === null || paypalBy === null) return null;
  return { chargebackBy, paypalBy, fromOrderDate: paid === null };
}

/** How long before an estimated last day the buyer's reminder falls: a week to reach the bank or PayPal. */
export const REMIND_DAYS_BEFORE = 7;

/**
 * The reminder a buyer schedules for an estimate: a `custom` deadline (the background's `setUserDeadline`, as the
 * playbook's own reminders) at the end of the day a week before the estimated last day, named with that day
 * (`which` names it on every surface in the buyer's language; `label` keeps the words it was made with).
 * `null` when that day is already past (the buyer should act now, not be reminded).
 */
export function afterAppealReminder(
  estimatedLastDay: string,
  which: 'chargeback' | 'paypal',
  label: string,
  now: Date,
): (Deadline & { source: 'user' }) | null {
  const last = instantMs(estimatedLastDay);
  if (last === null) return null;
  const remindDay = localDayOf(shiftLocalDays(last, -REMIND_DAYS_BEFORE));
  if (remindDay < localDayOf(now.getTime())) return null;
  const at = formatInstant(endOfDayAfter(remindDay, 0));
  if (at === null) return null;
  return { kind: 'custom', at, confidence: 'exact', source: 'user', label: label.slice(0, 200), guideReminder: which };
}

/**
 * The estimated last day (its local midnight, epoch ms) that an estimate's reminder made by `afterAppealReminder`
 * warns of: REMIND_DAYS_BEFORE after the reminder's own day, so its name can be written again in any language.
 * Null for an unreadable instant.
 */
export function lastDayWarnedOf(reminderAt: string): number | null {
  const ms = instantMs(reminderAt);
  return ms === null ? null : localDayOf(shiftLocalDays(localDayOf(ms), REMIND_DAYS_BEFORE));
}
