/** The on-page UI's English strings: the keys every other language has (see `index.ts`). */
export const EN = {
  estimatedHint: 'Estimated from AliExpress rules, not printed on your order page: check the order page.',
  exact: 'from your order page',
  noDeadline: 'No deadline to watch',
  protectionUnknown: 'Protection end date unknown: open the order page so OrderShield can read it.',
  showDates: 'Show all dates',
  hideDates: 'Hide dates',
  quietMarker: 'OrderShield: nothing to watch',
  quietHint: 'No deadline or action for this order now. You can hide these markers in OrderShield’s options.',
  timelineTitle: 'Deadlines of this order',
  timelineEmpty: 'No dates known yet. Open the order page so OrderShield can read them.',
  badgeRegion: 'OrderShield for order {orderId}',
  panelTitle: 'OrderShield: what to do with this order',
  nextAction: 'What to do now',
  nothingToDo: 'Nothing to do now: OrderShield keeps watching the dates.',
  evidence: 'Evidence checklist',
  evidenceTitle: 'Keep this evidence',
  addReminder: 'Add a reminder',
  reminderDate: 'Date',
  reminderText: 'Note',
  reminderDefault: 'Check order {orderId}',
  save: 'Save',
  reminderSaved: 'Reminder saved for {date}.',
  reminderFailed: 'Could not save the reminder. Reload the page and try again.',
  copyMessage: 'Copy a dispute message',
  copied: 'Copied. Edit it, then paste it into the dispute form.',
  copyManually: 'Select the text and copy it.',
  messageLabel: 'Dispute message (in English: the seller reads English)',
  checkBeforeConfirmShort: 'Check the item first',
  // Advice (domain.md §1, §5, §6).
  open_dispute_now: 'Not received yet? Open a dispute now.',
  extend_protection: 'Ask the seller to extend protection: they may take 48 hours to answer.',
  late_dispute_now:
    'Protection ended ({since}). Still not received? Open a dispute now: AliExpress usually allows it for up to {days} days after that date, until about {date}.',
  protection_ended:
    'Protection and the usual {days} days after it have passed. Not received? Contact AliExpress support.',
  check_before_confirm: 'Check the item first: after confirming you have {days} days for a return.',
  can_escalate: 'You can escalate the dispute to AliExpress now.',
  seller_answer_overdue: 'The seller’s answer is overdue: escalate the dispute.',
  ship_return_by: 'Ship the return by {date} and keep the tracking number.',
  refund_overdue: 'Your refund is overdue: contact support (check your Alipay balance too).',
  decision_overdue: 'AliExpress’s decision is overdue: ask support in the chat.',
  dont_cancel_dispute: 'Don’t cancel the dispute until the money is back, whatever the seller promises.',
  // Evidence (domain.md §2).
  ev_quality: 'Sharp, well lit, one defect per photo; the form takes few files, so make collages',
  // #13 dispute guidance
  filmUnboxing:
    'Film the unboxing, from the sealed parcel with the label visible: without it a missing or broken item is hard to prove.',
  disputeRules: 'One dispute per order; once closed it cannot be reopened, and it can be edited only a few times.',
  // Ship-by limit (domain.md §1 awaiting_shipment)
  seller_must_ship_by: 'The seller must ship by {date}.',
  seller_ship_overdue:
    'The seller hasn’t shipped in time: you can ask to cancel the order for a full refund (the seller has 48 hours to answer, then it cancels itself).',
  // Report this page
  reportTitle: 'OrderShield couldn’t read this page',
  reportBody:
    'AliExpress may have changed how this page is built. A report of the page helps the developers fix it: copy it, then attach it to a bug report for the OrderShield developers.',
  reportKeeps: 'The report keeps the page’s structure, class names and labels.',
  reportDrops: 'It leaves out names, addresses, order numbers, prices and tracking numbers.',
  reportButton: 'Copy a report for the developers',
  reportDismiss: 'Dismiss',
  reportCopied: 'Copied. Paste it into a bug report for the OrderShield developers.',
  reportDownloaded:
    'Copying was not allowed, so the report was saved as a file. Attach the file to a bug report for the OrderShield developers.',
} as const;

export type PageKey = keyof typeof EN;
