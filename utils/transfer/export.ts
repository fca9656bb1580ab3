/**
 * The export file (README "Export format"): `ordershield-export-YYYY-MM-DD.json`, versioned, readable by a
 * person and by another tool. Each order carries its facts and the deadlines OrderShield showed at export
 * time (page-printed, the buyer's own, the rule estimates), and `record`, the complete stored order, so that
 * an import restores it with nothing lost. Pure: "now" is a parameter.
 */
import { z } from 'zod';
import {
  DeadlineSchema,
  IsoInstantSchema,
  OrderItemSchema,
  SettingsSchema,
  TrackedOrderSchema,
  type Settings,
  type TrackedOrder,
} from '@/utils/model';
import { computeDeadlines } from '@/utils/rules';
import { localIsoDay } from '@/utils/rules/dates';

export const EXPORT_FORMAT = 'ordershield-export';
export const EXPORT_VERSION = 1;

/** One exported order: the readable summary (`status`/`kind` use the model's enums) plus the full record. */
export const ExportedOrderSchema = z.object({
  orderId: TrackedOrderSchema.shape.orderId,
  site: z.string(),
  status: z.string(),
  statusText: z.string(),
  orderedAt: z.string().optional(),
  store: z.object({ name: z.string(), url: z.string().optional() }).optional(),
  total: z.string().optional(),
  items: z.array(OrderItemSchema.pick({ title: true, quantity: true, price: true })),
  deadlines: z.array(DeadlineSchema),
  archived: z.boolean(),
  manual: z.boolean().optional(),
  /** The stored order as it is: what an import restores (the fields above are for reading). */
  record: TrackedOrderSchema,
});
export type ExportedOrder = z.infer<typeof ExportedOrderSchema>;

export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoInstantSchema,
  orders: z.array(ExportedOrderSchema),
  settings: SettingsSchema,
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export function exportOrder(order: TrackedOrder, settings: Settings, now: Date): ExportedOrder {
  const { facts } = order;
  return {
    orderId: order.orderId,
    site: facts.site,
    status: facts.status,
    statusText: facts.statusText,
    ...(facts.orderedAt ? { orderedAt: facts.orderedAt } : {}),
    ...(facts.store ? { store: facts.store } : {}),
    ...(facts.total ? { total: facts.total } : {}),
    items: facts.items.map((item) => ({
      ...(item.title ? { title: item.title } : {}),
      ...(item.quantity ? { quantity: item.quantity } : {}),
      ...(item.price ? { price: item.price } : {}),
    })),
    deadlines: computeDeadlines(order, settings, now),
    archived: order.archived,
    ...(order.manual ? { manual: true } : {}),
    record: order,
  };
}

/** The whole file, orders sorted by id so two exports of the same data are byte-identical but for the time. */
export function buildExport(orders: readonly TrackedOrder[], settings: Settings, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    orders: [...orders]
      .sort((a, b) => a.orderId.localeCompare(b.orderId))
      .map((order) => exportOrder(order, settings, now)),
    settings,
  };
}

/** `ordershield-export-YYYY-MM-DD.json`, the buyer's local day. */
export function exportFileName(now: Date): string {
  return `ordershield-export-${localIsoDay(now)}.json`;
}

export function exportJson(orders: readonly TrackedOrder[], settings: Settings, now: Date): string {
  return `${JSON.stringify(buildExport(orders, settings, now), null, 2)}\n`;
}
