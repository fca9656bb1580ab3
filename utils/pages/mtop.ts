/**
 * Reader of the order pages' own data responses (the `mtop` gateway, pages.md §3): the list
 * (`mtop.aliexpress.trade.buyer.order.list`) and the order page (`mtop.aliexpress.trade.buyer.order.detail`).
 * They carry what the DOM only says in the buyer's language: button *types* (`CONFIRM_GOODS`, `OPEN_DISPUTE`,
 * `TRACKING` …), the numeric status, and the service text "Refund if no delivery before …".
 *
 * Pure: a parsed JSON body in, per-order facts out. The body comes from the page (hostile): it is validated
 * loosely (only the fields read here, each optional) and never trusted for anything but these facts.
 * Real captures: ../shared/reference/aliexpress-api/ (tests/unit/mtop.test.ts).
 */
import type { Deadline, OrderAction, OrderEvents, OrderStage, PageOrder } from '@/utils/model';
import { actionFromButtonType } from '@/utils/pages/actions';
import { findPageDatesBothWays, parsePageDate } from '@/utils/pages/dates';
import { readPrintedDeadlines } from '@/utils/pages/printed-deadlines';
import { normalizeStatus } from '@/utils/pages/status';
import {
  either,
  finite,
  list,
  looseObject,
  optional,
  recordOf,
  safeParse,
  text,
  type Check,
  type Checked,
} from '@/utils/pages/shape';

/** The apis whose responses are read; anything else passing by is ignored. */
export const MTOP_APIS = [
  'mtop.aliexpress.trade.buyer.order.list',
  'mtop.aliexpress.trade.buyer.order.detail',
] as const;

/** What the data says about one order (every field may be missing). */
export interface DataFacts {
  orderId: string;
  statusText?: string;
  /** `utParams.args.orderStatus` / `global.orderStatus` (pages.md §4: 9 = completed or expired; 8 disputed). */
  numericStatus?: number;
  actions: OrderAction[];
  orderedAt?: string;
  events: Partial<OrderEvents>;
  deadlines: Deadline[];
}

// Checked with the small shape checks of shape.ts (a wrong field refuses its object, unknown keys are kept), not
// zod: the content script carries these on every order page.
const Text = text(2000);
const anything: Check<unknown> = (value) => value;
const Button = looseObject({ type: optional(text(60)), text: optional(Text) });
const Component = looseObject({ tag: optional(text(100)), fields: optional(recordOf(anything)) });
const Body = looseObject({
  api: optional(text(200)),
  data: optional(
    looseObject({
      data: optional(recordOf(Component)),
      global: optional(looseObject({ orderStatus: optional(finite) })),
    }),
  ),
});

const OrderIdValue = optional(either(text(Infinity), finite));
const Buttons = optional(list(Button, 30));

const ListFields = looseObject({
  orderId: OrderIdValue,
  statusText: optional(Text),
  orderDateText: optional(Text),
  buttons: Buttons,
  utParams: optional(looseObject({ args: optional(looseObject({ orderStatus: optional(finite) })) })),
});

const DetailStatusFields = looseObject({
  orderId: OrderIdValue,
  title: optional(Text),
  reminder: optional(Text),
  buttonVOList: Buttons,
});

const DetailInfoFields = looseObject({
  tradeOrderId: OrderIdValue,
  orderCreatTime: optional(Text),
  payTime: optional(Text),
  orderShipTime: optional(Text),
  orderEndTime: optional(Text),
});

const DetailServicesFields = looseObject({
  data: optional(list(looseObject({ content: optional(Text) }), 30)),
});

const ORDER_ID = /^\d{10,22}$/;

function idOf(value: unknown): string | undefined {
  const id =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? String(value)
        : undefined
      : typeof value === 'string'
        ? value
        : undefined;
  return id && ORDER_ID.test(id) ? id : undefined;
}

function actionsOf(buttons: ReadonlyArray<Checked<typeof Button>> | undefined): OrderAction[] {
  const actions = (buttons ?? [])
    .map((b) => (b.type ? actionFromButtonType(b.type) : null))
    .filter((a): a is OrderAction => a !== null);
  return [...new Set(actions)];
}

/**
 * Every order a response describes. An unknown api, a failed call or an unexpected shape gives `[]`.
 * `now` resolves dates and keeps printed deadlines within range, like the DOM readers.
 */
export function readMtopResponse(api: string, raw: unknown, now: Date): DataFacts[] {
  try {
    const body = safeParse(Body, raw);
    if (!body.success) return [];
    const components = Object.values(body.data.data?.data ?? {});
    if (api.endsWith('.order.list')) {
      return components.flatMap((component) => {
        if (component.tag !== 'pc_om_list_order') return [];
        const fields = safeParse(ListFields, component.fields);
        const orderId = fields.success ? idOf(fields.data.orderId) : undefined;
        if (!fields.success || !orderId) return [];
        const orderedAt = fields.data.orderDateText
          ? parsePageDate(fields.data.orderDateText, { now, preferPast: true })
          : null;
        const numericStatus = fields.data.utParams?.args?.orderStatus;
        return [
          {
            orderId,
            ...(fields.data.statusText ? { statusText: fields.data.statusText.trim() } : {}),
            ...(numericStatus !== undefined ? { numericStatus } : {}),
            actions: actionsOf(fields.data.buttons),
            ...(orderedAt ? { orderedAt } : {}),
            events: {},
            deadlines: [],
          },
        ];
      });
    }
    if (api.endsWith('.order.detail')) {
      const byTag = (tag: string) => components.find((c) => c.tag === tag)?.fields;
      const status = safeParse(DetailStatusFields, byTag('detail_order_status_block') ?? {});
      const info = safeParse(DetailInfoFields, byTag('detail_simple_order_info_component') ?? {});
      const services = safeParse(DetailServicesFields, byTag('detail_order_services') ?? {});
      const orderId =
        (info.success ? idOf(info.data.tradeOrderId) : undefined) ??
        (status.success ? idOf(status.data.orderId) : undefined);
      if (!orderId) return [];
      const day = (text: string | undefined) =>
        text ? (parsePageDate(text, { now, preferPast: true }) ?? undefined) : undefined;
      const events: Partial<OrderEvents> = {};
      if (info.success) {
        const paid = day(info.data.payTime);
        const shipped = day(info.data.orderShipTime);
        const completed = day(info.data.orderEndTime);
        if (paid) events.paidAt = paid;
        if (shipped) events.shippedAt = shipped;
        if (completed) events.completedAt = completed;
      }
      const orderedAt = info.success ? day(info.data.orderCreatTime) : undefined;
      const texts = [
        status.success ? status.data.reminder : undefined,
        ...(services.success ? (services.data.data ?? []).map((s) => s.content) : []),
      ];
      const printed = readPrintedDeadlines(texts.filter(Boolean).join('\n'), {
        now,
        ...(orderedAt ? { orderedAt } : {}),
        ...(events.completedAt ? { completedAt: events.completedAt } : {}),
      });
      const numericStatus = body.data.data?.global?.orderStatus;
      return [
        {
          orderId,
          ...(status.success && status.data.title ? { statusText: status.data.title.trim() } : {}),
          ...(numericStatus !== undefined ? { numericStatus } : {}),
          actions: actionsOf(status.success ? status.data.buttonVOList : undefined),
          ...(orderedAt ? { orderedAt } : {}),
          events,
          deadlines: printed.deadlines.map((d) => ({ ...d, source: d.source.replace(/^page:/, 'page-data:') })),
        },
      ];
    }
    return [];
  } catch {
    return [];
  }
}

/** Where the page's data and its DOM disagree (logged, never silently resolved). */
export function disagreements(dom: PageOrder, data: DataFacts): string[] {
  const out: string[] = [];
  if (data.orderedAt && dom.orderedAt && data.orderedAt !== dom.orderedAt) {
    out.push(`order date: page shows ${dom.orderedAt}, data says ${data.orderedAt}`);
  }
  if (data.statusText && dom.statusText && data.statusText.toLowerCase() !== dom.statusText.toLowerCase()) {
    out.push(`status: page shows "${dom.statusText}", data says "${data.statusText}"`);
  }
  for (const action of ['confirm_received', 'open_dispute', 'pay'] as const) {
    if (
      data.actions.includes(action) !== dom.actions.includes(action) &&
      dom.actions.length > 0 &&
      data.actions.length > 0
    ) {
      out.push(`action ${action}: ${dom.actions.includes(action) ? 'on the page only' : 'in the data only'}`);
    }
  }
  return out;
}

/**
 * Every calendar day printed in a text (the order's visible card or page), read both ways for dates without a year.
 * Page data may only use a date that is among these: the buyer can see it.
 */
export function visibleDays(text: string, now: Date): Set<string> {
  const { nearest, past } = findPageDatesBothWays(text, { now });
  return new Set([...nearest, ...past].map((hit) => hit.day));
}

/**
 * The stages page data may settle for a label the DOM could not place: only those before delivery, where the
 * buyer's risk is a missed protection deadline. None of them ends a deadline (as `completed` or `closed` would) or
 * starts a dispute's.
 */
const DATA_FILLABLE_STAGES: ReadonlySet<OrderStage> = new Set([
  'awaiting_payment',
  'awaiting_shipment',
  'awaiting_delivery',
]);

const sameActions = (a: readonly OrderAction[], b: readonly OrderAction[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * The DOM reading completed by the data. Any script on the page can post "data" (the channel is the page's own
 * window), so the data never goes beyond what the buyer sees of that order (`visible`: the days printed in the
 * order's card or page, `visibleDays`):
 * - a date (order date, event, printed deadline) is taken only to fill a gap, and only when that same day is
 *   printed in the order's visible text;
 * - a stage only fills `unknown`, only with a stage before delivery (`DATA_FILLABLE_STAGES`), and only when the
 *   buttons the DOM read (if any) are the data's; the status words used are the page's own;
 * - nothing the DOM read is ever replaced or removed.
 */
export function completeWithData(dom: PageOrder, data: DataFacts, visible: ReadonlySet<string>): PageOrder {
  const shown = (day: string | undefined): day is string => day !== undefined && visible.has(day);
  const kinds = new Set(dom.deadlines.map((d) => d.kind));
  let status = dom.status;
  let actions = dom.actions;
  if (
    dom.status === 'unknown' &&
    data.actions.length > 0 &&
    (dom.actions.length === 0 || sameActions(dom.actions, data.actions))
  ) {
    const stage = normalizeStatus(dom.statusText, {
      actions: data.actions,
      ...(data.numericStatus !== undefined ? { numericStatus: data.numericStatus } : {}),
    }).stage;
    if (DATA_FILLABLE_STAGES.has(stage)) {
      status = stage;
      actions = data.actions;
    }
  }
  const events: Partial<OrderEvents> = { ...dom.events };
  for (const [key, day] of Object.entries(data.events) as Array<[keyof OrderEvents, string | undefined]>) {
    if (events[key] === undefined && shown(day)) events[key] = day;
  }
  const orderedAt = dom.orderedAt ?? (shown(data.orderedAt) ? data.orderedAt : undefined);
  const added = data.deadlines.filter((d) => !kinds.has(d.kind) && shown(d.at.slice(0, 10)));
  if (
    status === dom.status &&
    actions === dom.actions &&
    orderedAt === dom.orderedAt &&
    added.length === 0 &&
    Object.keys(events).length === Object.keys(dom.events).length
  ) {
    return dom;
  }
  return {
    ...dom,
    status,
    actions,
    ...(orderedAt ? { orderedAt } : {}),
    events,
    deadlines: [...dom.deadlines, ...added],
    unread: orderedAt && !dom.orderedAt ? dom.unread.filter((field) => field !== 'order date') : dom.unread,
  };
}
