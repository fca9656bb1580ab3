/**
 * The model's runtime values that the content script needs (caps, defaults, the enum values, the web-link and
 * ISO-instant checks), without zod. `utils/model.ts` builds its schemas from these lists and re-exports all of
 * them, so every other context keeps importing from there; only the content script's modules import this file
 * directly, which keeps zod (~80 kB minified) out of the script that runs on every order page. The content script
 * validates nothing itself: the background checks everything it sends (utils/messages.ts) and everything it reads
 * from storage (the `readPageData` message). tests/e2e/build-audit.e2e.ts fails if zod reaches the content script.
 */
import type { RuleSettings, Settings } from '@/utils/model';

/**
 * Caps for page-derived text and arrays: a real order serializes to well under 4 KB, a hostile page's maximal one
 * to at most 16 KB (tests/unit/storage-size.test.ts), so a few hundred hostile orders cannot fill the browser's
 * 10 MB `storage.local`. Over-long texts are cut and over-long lists shortened (never the whole order refused);
 * the `hard` maxima are what older versions accepted, so nothing already stored turns invalid.
 */
export const CAPS = {
  /** Status words, store name, dispute state. */
  shortText: 120,
  /** A deadline's free label (custom reminders). */
  label: 80,
  /** Prices, totals, tracking numbers, unread field names. */
  codeText: 60,
  /** A deadline's source, written by OrderShield ("rule:extensionRequestDaysBefore=7 before the printed protection end"). */
  source: 80,
  /** An item's title (AliExpress titles run to ~250 chars; the tail is cut with an ellipsis). */
  title: 200,
  /** The page's own words for a printed deadline. */
  pageText: 160,
  /** A link or picture address read from a page (longer ones are dropped). */
  url: 200,
  site: 100,
  items: 5,
  deadlines: 8,
  /**
   * The buyer's own dates are never cut (they are the buyer's data, and no page can write them: they come only from
   * the buyer's clicks in the popup and the order panel), so what is kept is the hard limit.
   */
  userDeadlines: 50,
  stageHistory: 12,
  unread: 10,
  evidence: 30,
  playbook: 12,
  hard: { items: 200, deadlines: 50, unread: 30, stageHistory: 50, userDeadlines: 50, evidence: 100, playbook: 30 },
} as const;

/**
 * Normalized order stages, `../shared/domain.md` §1, plus `unknown` for a status text we can't place.
 * An unknown text must map to `unknown` (with the raw text kept), never to a guess.
 */
export const ORDER_STAGES = [
  'awaiting_payment',
  'awaiting_shipment',
  'awaiting_delivery',
  'completed',
  'dispute_open',
  'dispute_escalated',
  'return_required',
  'refund_pending',
  'dispute_lost',
  'closed',
  'unknown',
] as const;

/**
 * The reminders OrderShield's guide schedules for the buyer (popup: the appeal playbook's steps 6 and 7, the
 * chargeback and PayPal estimates after it). Stored on the `custom` deadline (`Deadline.guideReminder`) so that
 * every surface names it in the buyer's language of the moment, and the popup still knows it after a language change.
 */
export const GUIDE_REMINDERS = ['next_day', 'review_day', 'chargeback', 'paypal'] as const;

/** Every deadline OrderShield tracks (domain.md §1, §4, §6). */
export const DEADLINE_KINDS = [
  'protection_end',
  'extension_request_by',
  'dispute_window_end',
  'return_window_end',
  'seller_response_due',
  'escalation_available',
  'auto_escalation',
  'decision_expected',
  'return_ship_by',
  'refund_due',
  'appeal_follow_up',
  /**
   * After the printed protection end, an order still not received can usually still be disputed for about 15 days
   * (AliExpress help texts 2020–2024, domain.md "After the delivery deadline"): always an estimate.
   */
  'late_dispute_window_end',
  /**
   * The seller's processing limit an awaiting-shipment order page prints ("The seller will ship the order by
   * <date>", domain.md §1 `awaiting_shipment`): read from the page only (no rule estimates it), and only in that
   * stage, so a delivery promise ("ships in 3 days") is never taken for it.
   */
  'ship_by',
  'custom',
] as const;

/** The dispute types of domain.md §2 (the site's own reasons, grouped); `DisputeTypeSchema` is built from them. */
export const DISPUTE_TYPE_VALUES = [
  'not_received',
  'not_as_described',
  'not_working',
  'poor_quality',
  'counterfeit',
  'short_quantity',
  'damaged',
  'wrong_shipping',
  'in_transit_ending',
  'wrong_item',
  'seller_closed',
] as const;

/** The language setting's values: `auto` (the browser's language) or one of the 8 UI languages. */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'ru', 'it', 'es', 'pt', 'fr', 'de', 'pl'] as const;

/**
 * Whether a text is a web address OrderShield may show as a link: http(s) only (`javascript:` and `data:` are
 * valid URLs too, and must never become a link), and one the URL parser accepts. Plain links (a lower-case host
 * ending in letters, printable ASCII after it) are known to parse, so the parser is skipped for them: this runs on
 * every link of every card read (tests/unit/model.test.ts checks the shortcut against the parser).
 */
export function isWebLink(text: string): boolean {
  if (!WEB_SCHEME.test(text)) return false;
  if (PLAIN_LINK.test(text) && !text.includes('xn--')) return true;
  return URL.canParse(text);
}
const WEB_SCHEME = /^https?:\/\//i;
const PLAIN_LINK = /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,63}(?:[/?#][\x21-\x7e]*)?$/;

/**
 * An instant with its offset, e.g. `2026-09-04T00:00:00.000+02:00` or `…Z`: exactly what `IsoInstantSchema`
 * (zod's `z.iso.datetime({ offset: true })`) accepts, real calendar days included (no Feb 30), for the rules that
 * run in the content script. tests/unit/model.test.ts checks the two agree.
 */
export function isIsoInstant(text: string): boolean {
  return ISO_INSTANT.test(text);
}
const ISO_INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

export const DEFAULT_RULES: RuleSettings = {
  protectionDays: 40,
  lateDisputeDays: 15,
  extensionRequestDaysBefore: 7,
  returnWindowDays: 7,
  disputeWindowDays: 90,
  sellerResponseDays: 5,
  escalationAfterDays: 3,
  autoEscalationDays: 15,
  decisionDays: 60,
  returnShipDays: 10,
  refundWaitDays: 60,
  stuckTrackingDays: 10,
};

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  notificationsEnabled: true,
  showQuietMarkers: true,
  leadDays: {
    protection_end: [7, 3, 1, 0],
    extension_request_by: [0],
    dispute_window_end: [7, 1],
    return_window_end: [2, 0],
    seller_response_due: [0],
    escalation_available: [0],
    auto_escalation: [0],
    decision_expected: [0],
    return_ship_by: [2, 0],
    refund_due: [0],
    appeal_follow_up: [0],
    // Past the printed protection end: keep reminding until the usual late window closes.
    late_dispute_window_end: [10, 5, 2, 0],
    // The day the seller's limit passes: from then on the buyer may ask to cancel (advice `seller_ship_overdue`).
    ship_by: [0],
    custom: [0],
  },
  rules: DEFAULT_RULES,
};
