/**
 * The single source of OrderShield's types: every shape that crosses a boundary (page → content script →
 * background → storage → popup) is a zod schema here, and its TypeScript type is inferred from it.
 *
 * Page-derived strings are hostile input: every text field has a length cap so a page cannot blow up
 * storage, and nothing here is ever rendered as HTML.
 */
import { z } from 'zod';
import {
  CAPS,
  DEADLINE_KINDS,
  DEFAULT_RULES,
  DEFAULT_SETTINGS,
  isIsoInstant,
  isWebLink,
  LANGUAGE_SETTINGS,
  ORDER_STAGES,
  DISPUTE_TYPE_VALUES,
  GUIDE_REMINDERS,
} from './model-constants';

// The runtime values live in a zod-free module (the content script imports them from there); every other context
// keeps importing them from here.
export {
  CAPS,
  DEADLINE_KINDS,
  DEFAULT_RULES,
  DEFAULT_SETTINGS,
  isIsoInstant,
  isWebLink,
  GUIDE_REMINDERS,
  LANGUAGE_SETTINGS,
  ORDER_STAGES,
};

// Extension pages, the service worker and content scripts forbid eval (MV3's CSP): zod would probe
// `new Function` once, which the browser reports as a CSP violation even though zod catches it. Its
// interpreted path is what runs there anyway.
z.config({ jitless: true });

const SHORT_TEXT = CAPS.shortText;
const LONG_TEXT = 1000;

/**
 * Over-long page text is cut (with an ellipsis) rather than rejected: a hostile or broken page with a 10 KB
 * title must not cost the buyer the whole order, only the tail of that title.
 */
const capped = (max: number) =>
  // One `overwrite` step (trim, then cut) rather than trim + a transform: the same result without a second schema
  // in a pipe, on each of the dozen texts of every card read.
  z.string().overwrite((text) => {
    const trimmed = text.trim();
    return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
  });
const shortText = capped(SHORT_TEXT);
const codeText = capped(CAPS.codeText);
/** A list of at most `hard` entries (more is refused), kept to its first (or newest) `keep`. */
const cappedArray = <T extends z.ZodType>(item: T, keep: number, hard: number, which: 'first' | 'newest' = 'first') =>
  z
    .array(item)
    .max(hard)
    .overwrite((list) => (list.length <= keep ? list : which === 'first' ? list.slice(0, keep) : list.slice(-keep)));

/** A link or picture address read from a page: one that is not a web link is dropped, not the whole order. */
const pageUrl = z.string().max(CAPS.url).refine(isWebLink, 'not a web link').optional().catch(undefined);

/** AliExpress order ids: 14–15 digits in 2014–2019, 16 now; parsers elsewhere accept 10–22 (pages.md §4). */
export const OrderIdSchema = z.string().regex(/^\d{10,22}$/, 'an order id is 10–22 digits');
export type OrderId = z.infer<typeof OrderIdSchema>;

/** The host the order was read on: aliexpress.com and its language subdomains, aliexpress.us, aliexpress.ru. */
export const SiteSchema = z
  .string()
  .max(CAPS.site)
  .regex(/^([a-z0-9-]+\.)*aliexpress\.(com|us|ru)$/, 'not an AliExpress host');
export type Site = z.infer<typeof SiteSchema>;

/** Calendar day as printed by a page (no time, no zone): `YYYY-MM-DD`. */
export const IsoDaySchema = z.iso.date();
/** An instant with its offset, e.g. `2026-09-04T00:00:00.000+02:00` or `…Z`. */
export const IsoInstantSchema = z.iso.datetime({ offset: true });

/**
 * Normalized order stages, `../shared/domain.md` §1, plus `unknown` for a status text we can't place.
 * An unknown text must map to `unknown` (with the raw text kept), never to a guess.
 */
export const OrderStageSchema = z.enum(ORDER_STAGES);
export type OrderStage = z.infer<typeof OrderStageSchema>;

/** Every deadline OrderShield tracks (domain.md §1, §4, §6). */
export const DeadlineKindSchema = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

export type GuideReminder = (typeof GUIDE_REMINDERS)[number];

/**
 * `exact`: printed by the buyer's own order page (always wins, domain.md rule 1).
 * `estimated`: computed from a rule in the settings (domain.md rule 2); the UI must say so.
 */
export const ConfidenceSchema = z.enum(['exact', 'estimated']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const DeadlineSchema = z.object({
  kind: DeadlineKindSchema,
  at: IsoInstantSchema,
  confidence: ConfidenceSchema,
  /** Where it came from: `page:<what>` for printed dates, `rule:<setting>` for estimates, `user` for edits. */
  // Written by OrderShield, never by the page: room for a rule's name, value and basis.
  source: capped(CAPS.source),
  /** The page's own words, when the date was printed (kept so the buyer can check our reading). */
  pageText: capped(CAPS.pageText).optional(),
  /** Free label, used by custom reminders. */
  label: capped(CAPS.label).optional(),
  /**
   * Set on a `custom` reminder the guide scheduled (GUIDE_REMINDERS): its name is then the guide's words in the
   * buyer's current language (utils/i18n/labels.ts `deadlineName`), not `label`, which keeps the words it was made
   * with (what an older OrderShield, which reads only `label`, shows; and the calendar entry's id).
   */
  guideReminder: z.enum(GUIDE_REMINDERS).optional(),
  /**
   * What an estimate counts from (computed, never stored by a reader): the local day and whether that day was printed
   * by the page or is the day OrderShield first saw the stage, which can be later than the real start. Surfaces say
   * it: "10 days from Nov 3, when OrderShield first saw this step".
   */
  countedFrom: z
    .object({ day: IsoDaySchema, days: z.number().int().min(0).max(400), firstSeen: z.boolean() })
    .optional(),
  /**
   * The buyer's own date for this kind when it is LATER than the page's (computed): the page's date still counts,
   * because "the seller extended it, just wait" is the stalling red flag of the guides (domain.md §5), until the
   * page itself shows the later date. Surfaces warn: "The page says Sep 4; you set Sep 20".
   */
  buyerLaterAt: IsoInstantSchema.optional(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Actions the page offers for an order: a language-independent signal of its stage. */
export const OrderActionSchema = z.enum([
  'pay',
  'cancel',
  'confirm_received',
  'open_dispute',
  'view_dispute',
  'track',
  'extend_protection',
  'leave_feedback',
  'add_to_cart',
  'remove',
  'contact_seller',
  'receipt',
]);
export type OrderAction = z.infer<typeof OrderActionSchema>;

export const OrderItemSchema = z.object({
  /** Missing when a multi-item card shows thumbnails only. */
  title: capped(CAPS.title).optional(),
  imageUrl: pageUrl,
  quantity: z.number().int().positive().max(100_000).optional(),
  /** Unit price exactly as shown, e.g. `US $26.70`. */
  price: codeText.optional(),
  url: pageUrl,
});
export type OrderItem = z.infer<typeof OrderItemSchema>;

export const StoreSchema = z.object({
  name: shortText,
  url: pageUrl,
});

/** Dates of things that already happened, as printed by the page. */
export const OrderEventsSchema = z.object({
  paidAt: IsoDaySchema.optional(),
  shippedAt: IsoDaySchema.optional(),
  deliveredAt: IsoDaySchema.optional(),
  completedAt: IsoDaySchema.optional(),
  disputeOpenedAt: IsoDaySchema.optional(),
});
export type OrderEvents = z.infer<typeof OrderEventsSchema>;

/** Which page an order was read from: the detection result, see `utils/pages/detect.ts`. */
export const PageKindSchema = z.enum(['global-list', 'global-detail', 'ru-list', 'ru-detail', 'global-tracking']);
export type PageKind = z.infer<typeof PageKindSchema>;

/** One order as read from one page, at one moment. Everything but the id is optional: unknown stays unknown. */
export const PageOrderSchema = z.object({
  orderId: OrderIdSchema,
  site: SiteSchema,
  pageKind: PageKindSchema,
  status: OrderStageSchema,
  /** The page's own status words, kept even when we could normalize them. */
  statusText: shortText,
  orderedAt: IsoDaySchema.optional(),
  store: StoreSchema.optional(),
  items: cappedArray(OrderItemSchema, CAPS.items, CAPS.hard.items),
  /** Total as shown, e.g. `US $1.99`, `R$132,74`, `1 234,56 ₽`. */
  total: codeText.optional(),
  actions: z.array(OrderActionSchema).max(20),
  trackingNumber: codeText.optional(),
  disputeState: shortText.optional(),
  events: OrderEventsSchema,
  deadlines: cappedArray(DeadlineSchema, CAPS.deadlines, CAPS.hard.deadlines),
  /** Fields the parser looked for and could not read: shown to the buyer, never filled with a guess. */
  unread: cappedArray(codeText, CAPS.unread, CAPS.hard.unread),
});
export type PageOrder = z.infer<typeof PageOrderSchema>;

/** The first day a stage was seen: how "dispute opened on" is known when no page prints it. */
export const StageSeenSchema = z.object({ stage: OrderStageSchema, firstSeenAt: IsoInstantSchema });
export type StageSeen = z.infer<typeof StageSeenSchema>;

/**
 * The dispute types of domain.md §2 (the site's own reasons, grouped), and three situations the guides treat on
 * their own (issue #13): still in transit while protection ends (seed 002), a completely wrong item (seed 002: "не
 * тот товар"), the seller closed the dispute without refunding (seed 000: contact support with the dispute status).
 * New values go at the end: stored guide states keep their meaning.
 */
export const DisputeTypeSchema = z.enum(DISPUTE_TYPE_VALUES);
export type DisputeType = z.infer<typeof DisputeTypeSchema>;

/** Ids of ticked items (checklist items, playbook steps): short ascii ids defined in `utils/guide/`. */
const GuideIdSchema = z.string().regex(/^[a-z0-9_.-]{1,60}$/);

/** What the buyer ticked and chose in the order view; every field optional, ids only (no page text). */
export const GuideStateSchema = z.object({
  disputeType: DisputeTypeSchema.optional(),
  /** Ticked evidence items (`utils/guide/checklists.ts` ids). */
  evidence: cappedArray(GuideIdSchema, CAPS.evidence, CAPS.hard.evidence).optional(),
  /** Ticked appeal-playbook steps (`utils/guide/playbook.ts` ids). */
  playbook: cappedArray(GuideIdSchema, CAPS.playbook, CAPS.hard.playbook).optional(),
});
export type GuideState = z.infer<typeof GuideStateSchema>;

/**
 * What AliExpress's own tracking page (www.aliexpress.com/p/tracking/index.html?tradeOrderId=…, pages.md §2.3) showed
 * at one moment: `utils/pages/tracking.ts` reads it, the background keeps the latest reading on the order. Optional
 * parts stay absent when the page didn't show them (unknown stays unknown).
 */
export const TrackingFactsSchema = z.object({
  trackingNumber: codeText.optional(),
  /** The carrier or shipping service as printed ("AliExpress standard shipping", "Cainiao Super Economy"). */
  carrier: shortText.optional(),
  /** The newest event: its title ("In transit"), its text ("Package left carrier facility") and its day. */
  lastEvent: z
    .object({
      title: shortText.optional(),
      text: capped(CAPS.pageText).optional(),
      /** The local day the page dates the event (printed without a year: the latest past such day). */
      at: IsoDaySchema.optional(),
      /** The page's own words for the time ("Tue | Jul. 28 18:39"), so the buyer can check our reading. */
      timeText: codeText.optional(),
    })
    .optional(),
  /** How many events the page listed (0: "no tracking information yet"). */
  eventCount: z.number().int().min(0).max(1000).optional(),
  /** true: the carrier reported the parcel delivered; false: the page was read and says nothing of the kind. */
  delivered: z.boolean().optional(),
  /** The day of the delivered scan. */
  deliveredAt: IsoDaySchema.optional(),
  /**
   * "Refund if no delivery before <date>" as the tracking page prints it (a `protection_end`, `exact`). It can be a
   * day earlier than the order page's for the same order (reference captures: Sep 3 here, Sep 4 there).
   */
  protectionEnd: DeadlineSchema.optional(),
  /** When OrderShield read the tracking page. */
  readAt: IsoInstantSchema,
});
export type TrackingFacts = z.infer<typeof TrackingFactsSchema>;

/** One tracked order: the merged page facts plus what only OrderShield knows (history, the buyer's edits). */
export const TrackedOrderSchema = z.object({
  orderId: OrderIdSchema,
  /** The merged page facts (newer page facts win, see `utils/merge-orders.ts`). */
  facts: PageOrderSchema,
  firstSeenAt: IsoInstantSchema,
  lastSeenAt: IsoInstantSchema,
  stageHistory: cappedArray(StageSeenSchema, CAPS.stageHistory, CAPS.hard.stageHistory, 'newest'),
  /** The buyer's own deadlines and corrections: a page read never overwrites these. */
  userDeadlines: cappedArray(DeadlineSchema, CAPS.userDeadlines, CAPS.hard.userDeadlines, 'newest'),
  archived: z.boolean(),
  /** Added by hand from the popup (e.g. an order seen only in the mobile app); the page merges into it later. */
  manual: z.boolean().optional(),
  /** The buyer's work on a dispute in the popup's order view (domain.md §2–§4); optional so v1 data stays valid. */
  guide: GuideStateSchema.optional(),
  /** The latest reading of the order's tracking page; optional so orders stored before it stay valid. */
  tracking: TrackingFactsSchema.optional(),
});
export type TrackedOrder = z.infer<typeof TrackedOrderSchema>;

/** A page the content script recognized by URL but could not read: the popup shows it, with its URL. */
export const UnreadablePageSchema = z.object({
  url: z.url().max(LONG_TEXT),
  pageKind: PageKindSchema,
  reason: shortText,
  seenAt: IsoInstantSchema,
});
export type UnreadablePage = z.infer<typeof UnreadablePageSchema>;

/** Rule values (domain.md §1): each is a setting with the documented default. */
export const RuleSettingsSchema = z.object({
  /**
   * Protection length from shipment, days, for an order whose page shows no date. Sellers set it, up to 90 (seed 002);
   * 40/50/60/75/90 are seen and the captured 2026 order prints 50. The estimate must be early, never late, so the
   * default is the shortest commonly seen (README "Deadlines").
   */
  protectionDays: z.number().int().min(1).max(365),
  /**
   * Days after the protection end during which a not-received order can usually still be disputed (AliExpress help
   * texts 2020–2024: "until the 15th day after delivery time is over"; a 2025 guide: 15 days). Estimated.
   */
  lateDisputeDays: z.number().int().min(0).max(60),
  /** Ask the seller to extend this many days before the end: the seller may take 48 h (domain.md §1). */
  extensionRequestDaysBefore: z.number().int().min(1).max(60),
  /** Return/refund window after confirming receipt (2026 page text: 7 days; official page: 15). */
  returnWindowDays: z.number().int().min(1).max(365),
  /** Dispute window for defective / not-as-described items, from the order date (2026 page text: 90). */
  disputeWindowDays: z.number().int().min(1).max(365),
  /** Seller's answer to a dispute (domain.md §1: 5 days, then automatic refund). */
  sellerResponseDays: z.number().int().min(1).max(60),
  /** The buyer may escalate this many days after opening (domain.md §1: 3). */
  escalationAfterDays: z.number().int().min(1).max(60),
  /** Automatic escalation (seed 002: 15 days; seed 000: 7). */
  autoEscalationDays: z.number().int().min(1).max(90),
  /** Decision after escalation (seed 002: 15–60 days; the later bound is the default). */
  decisionDays: z.number().int().min(1).max(180),
  /** Ship a return within (seed 000: 10 days). */
  returnShipDays: z.number().int().min(1).max(60),
  /** Refund should arrive within (seed 000: up to 60 days). */
  refundWaitDays: z.number().int().min(1).max(180),
  /**
   * Tracking that hasn't moved for this many days is "stuck" (utils/rules/tracking.ts). AliExpress's help ("I have not
   * received my order", 2018) says carriers take 3 to 7 days to update a status, and buyer guides (alixpectations.com,
   * "package stuck") say to message the seller after more than a week without movement: 10 days is past the longest
   * normal gap, with a margin. A default, so settings stored before it stay valid (they read as 10).
   */
  stuckTrackingDays: z.number().int().min(1).max(90).default(10),
});
export type RuleSettings = z.infer<typeof RuleSettingsSchema>;

export const LanguageSettingSchema = z.enum(LANGUAGE_SETTINGS);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

export const SettingsSchema = z.object({
  language: LanguageSettingSchema,
  notificationsEnabled: z.boolean(),
  /**
   * A card with nothing to watch (no deadline, no advice) gets a small quiet marker; false shows nothing on it
   * (issue 15 §6). A default, so settings stored before it stay valid.
   */
  showQuietMarkers: z.boolean().default(true),
  /** Days before a deadline to remind, per kind (domain.md §6). 0 = on the day. */
  leadDays: z.record(DeadlineKindSchema, z.array(z.number().int().min(0).max(60)).max(8)),
  rules: RuleSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
