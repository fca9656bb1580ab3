/**
 * The one typed protocol between OrderShield's contexts. Every message is validated with zod where it is received
 * (`dispatchMessage`): a content script runs next to a hostile page, so the background trusts nothing it receives.
 * The sender does not parse what it sends (its payload is typed; the receiver checks it anyway), nor the answer
 * (`dispatchMessage` checks it before answering): `sendMessage` lives in the zod-free `message-client.ts`, so the
 * content script carries none of the schemas below.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  DeadlineKindSchema,
  DeadlineSchema,
  GuideStateSchema,
  IsoDaySchema,
  IsoInstantSchema,
  LANGUAGE_SETTINGS,
  LanguageSettingSchema,
  OrderIdSchema,
  OrderStageSchema,
  PageKindSchema,
  PageOrderSchema,
  SettingsSchema,
  type PageOrder,
  type Settings,
  SiteSchema,
  type TrackedOrder,
  TrackedOrderSchema,
  TrackingFactsSchema,
} from '@/utils/model';
import type { OtherLanguage, SharedTexts } from '@/utils/i18n/languages';

export { sendMessage } from '@/utils/message-client';

const PageUrlSchema = z.url().max(1000);

/** The orders of a page report that pass `PageOrderSchema`; each refused one is logged with its first reason. */
function eachValidOrder(orders: unknown[]): PageOrder[] {
  return orders.flatMap((order) => {
    const parsed = PageOrderSchema.safeParse(order);
    if (parsed.success) return [parsed.data];
    console.warn('[OrderShield] a card the schema refused was left out:', parsed.error.issues[0]?.message);
    return [];
  });
}

/** Request and response schema of each message, by type. Add a message here and nowhere else. */
export const MESSAGES = {
  /** Content script → background: the orders read from a page (each card once, batched). */
  pageRead: {
    request: z.object({
      url: PageUrlSchema,
      pageKind: PageKindSchema,
      // Each card on its own: one the schema refuses (a hostile card with 10,000 items) is dropped with its reason,
      // never the whole batch of up to 500 real orders read with it.
      orders: z.array(z.unknown()).max(500).transform(eachValidOrder),
    }),
    response: z.object({ stored: z.number().int(), tracked: z.number().int() }),
  },
  /**
   * Content script → background: the stored orders and settings the on-page features show. The content script
   * does not read storage itself: the background reads it through `readOrders` / `readSettings`, which validate
   * every entry (an invalid one is left out here and stays in storage for the writer to quarantine; invalid
   * settings read as the defaults), so the content script needs neither zod nor the storage library.
   */
  readPageData: {
    request: z.object({
      // Only these orders (those whose keys changed), or every order when absent.
      orderIds: z.array(OrderIdSchema).max(5000).optional(),
      // The words of the language in use come with the answer, when the page does not hold them yet: the content
      // script carries English alone (utils/i18n/every-language.ts). `browser` is the browser's language (the
      // setting `auto` follows it), `held` the languages the page already has.
      texts: z
        .object({
          browser: z.string().max(35),
          held: z.array(LanguageSettingSchema.exclude(['auto'])).max(LANGUAGE_SETTINGS.length),
        })
        .optional(),
    }),
    // Built by the background from validated storage reads (the thousands of orders are not parsed a second time)
    // and from its own texts.
    response: z.object({
      orders: z.array(z.custom<TrackedOrder>()),
      settings: z.custom<Settings>(),
      texts: z.custom<{ lang: OtherLanguage; texts: SharedTexts }>().optional(),
    }),
  },
  /**
   * Content script → background: what an order's tracking page shows (utils/pages/tracking.ts). Kept on the tracked
   * order (`stored: true`); an order OrderShield has not read from an order page yet is not created from it
   * (`stored: false`): the tracking page says nothing of the order's stage, store or items.
   */
  trackingRead: {
    request: z.object({ url: PageUrlSchema, orderId: OrderIdSchema, tracking: TrackingFactsSchema }),
    response: z.object({ stored: z.boolean() }),
  },
  /** Content script → background: an order page we recognized by URL but could not read. */
  pageUnreadable: {
    request: z.object({ url: PageUrlSchema, pageKind: PageKindSchema, reason: z.string().max(200) }),
    response: z.object({ recorded: z.boolean() }),
  },
  /**
   * Popup / options / on-page panel → background: the buyer's own deadline for an order. A non-custom kind
   * replaces the buyer's earlier date of that kind (e.g. "the seller extended protection to …") and wins over
   * the page and the rules; a `custom` one is added.
   */
  setUserDeadline: {
    request: z.object({ orderId: OrderIdSchema, deadline: DeadlineSchema.extend({ source: z.literal('user') }) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Removes one of the buyer's own deadlines (by kind and instant). */
  removeUserDeadline: {
    request: z.object({ orderId: OrderIdSchema, kind: DeadlineKindSchema, at: IsoInstantSchema }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * Per-order reminder controls: snooze every deadline of the order (until, but never past a deadline's last
   * call: rules `snoozeEnd`), mute/unmute the order, mark a deadline DATE done/undone (`at` picks the deadline of
   * that kind with that instant; without it, the order's current one). `error: 'save-failed'`: storage refused the
   * change (full?); the popup says so.
   */
  updateReminders: {
    request: z.discriminatedUnion('action', [
      z.object({ action: z.literal('snooze'), orderId: OrderIdSchema, until: IsoInstantSchema }),
      z.object({ action: z.enum(['mute', 'unmute']), orderId: OrderIdSchema }),
      z.object({
        action: z.enum(['done', 'undone']),
        orderId: OrderIdSchema,
        kind: DeadlineKindSchema,
        at: IsoInstantSchema.optional(),
      }),
    ]),
    response: z.object({ ok: z.boolean(), error: z.literal('save-failed').optional() }),
  },
  /** Archive (hide from the urgency list, no reminders) or bring back an order. */
  setArchived: {
    request: z.object({ orderId: OrderIdSchema, archived: z.boolean() }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Popup → background: an order the buyer adds by hand (e.g. seen only in the mobile app). */
  addManualOrder: {
    request: z.object({
      orderId: OrderIdSchema,
      site: SiteSchema,
      status: OrderStageSchema,
      orderedAt: IsoDaySchema.optional(),
      storeName: z.string().trim().max(200).optional(),
      itemTitle: z.string().trim().max(1000).optional(),
    }),
    /** `existed`: the id was already tracked; nothing was changed. */
    response: z.object({ ok: z.boolean(), existed: z.boolean() }),
  },
  /** Popup → background: the order view's dispute type and ticks (evidence checklist, appeal playbook). */
  setGuide: {
    request: z.object({ orderId: OrderIdSchema, guide: GuideStateSchema }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Options → background: the whole settings object (validated; the background is the only writer). */
  saveSettings: {
    request: SettingsSchema,
    response: z.object({ ok: z.boolean() }),
  },
  /** Options → background: orders read from an export file, merged without losing anything stored. */
  importData: {
    request: z.object({ orders: z.array(TrackedOrderSchema).max(20_000), settings: SettingsSchema.optional() }),
    response: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  },
  /** Options → background: forget everything OrderShield stored (after the buyer confirmed). */
  clearAllData: {
    request: z.object({ confirm: z.literal('clear-all') }),
    response: z.object({ ok: z.boolean() }),
  },
} as const;

export type MessageType = keyof typeof MESSAGES;

/**
 * Messages only the extension's own pages (popup, options) may send: they replace or erase what the buyer stored.
 * A content script runs next to a hostile page, so one of these from a content script (whose sender URL is the
 * web page's) is refused by `dispatchMessage`.
 */
export const EXTENSION_PAGE_ONLY: ReadonlySet<MessageType> = new Set<MessageType>([
  'saveSettings',
  'importData',
  'clearAllData',
]);

/** The extension's own origin (`chrome-extension://<id>/`, `moz-extension://<uuid>/`), or null where unknown. */
function ownOrigin(): string | null {
  try {
    // `new URL(…).origin` is "null" for these schemes in some engines: the prefix is cut by hand.
    return /^[a-z-]+-extension:\/\/[^/]+\//.exec(browser.runtime.getURL('/'))?.[0] ?? null;
  } catch {
    return null;
  }
}

/** Whether the sender is one of the extension's own pages (not a content script in a web page). */
export function isExtensionPageSender(sender: { url?: string }, extensionOrigin: string | null): boolean {
  if (!extensionOrigin || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(extensionOrigin);
}
export type MessageRequest<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['request']>;
export type MessageResponse<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['response']>;

const EnvelopeSchema = z.object({
  ordershield: z.literal(1),
  type: z.enum(Object.keys(MESSAGES) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

export type MessageHandlers = {
  [T in MessageType]: (
    payload: MessageRequest<T>,
    sender: { url?: string; tabId?: number },
  ) => Promise<MessageResponse<T>>;
};

/**
 * Validates an incoming message and runs its handler. Returns undefined for anything that isn't ours or
 * doesn't validate (the sender then gets no answer and its promise rejects), never throws.
 */
export async function dispatchMessage(
  raw: unknown,
  sender: { url?: string; tab?: { id?: number } },
  handlers: Partial<MessageHandlers>,
  options: { extensionOrigin?: string | null } = {},
): Promise<unknown> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return undefined;
  const { type, payload } = envelope.data;
  if (EXTENSION_PAGE_ONLY.has(type)) {
    const origin = options.extensionOrigin !== undefined ? options.extensionOrigin : ownOrigin();
    if (!isExtensionPageSender(sender, origin)) {
      console.warn(
        `[OrderShield] refused ${type}: only the extension's own pages may send it (sender ${String(sender.url).slice(0, 100)})`,
      );
      return undefined;
    }
  }
  const request = MESSAGES[type].request.safeParse(payload);
  if (!request.success) {
    console.warn(`[OrderShield] rejected ${type} message:`, request.error.issues.slice(0, 3));
    return undefined;
  }
  const handler = handlers[type] as ((p: unknown, s: { url?: string; tabId?: number }) => Promise<unknown>) | undefined;
  if (!handler) return undefined;
  const context = {
    ...(sender.url ? { url: sender.url } : {}),
    ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
  };
  return MESSAGES[type].response.parse(await handler(request.data, context));
}
