/**
 * The spreadsheet export (README "Export format"): one row per order, for a buyer who keeps their orders in
 * Excel, LibreOffice or Google Sheets. The JSON export stays the complete, importable backup; this file is for
 * reading and sorting, and nothing imports it.
 *
 * - UTF-8 with a byte-order mark: without it Excel opens the file as the system code page and mangles Cyrillic,
 *   accents and currency signs.
 * - RFC 4180 quoting: commas, quotes and line breaks inside a seller's title stay in their cell. Written here in
 *   a few lines rather than with a CSV library: the one that fits (papaparse) also bundles a remote-file loader
 *   (XMLHttpRequest), which the no-network audit (tests/e2e/no-network.e2e.ts) rightly refuses in a bundle.
 * - Seller-written text is hostile: a cell starting with `=`, `+`, `-` or `@` would run as a formula when the
 *   file is opened (CSV injection, OWASP), and so can one starting with a tab or carriage return, which some
 *   spreadsheets strip first: such a cell gets a leading `'`. Only the first character matters, also in a cell
 *   with line breaks (papaparse's own pattern missed those: tests/unit/csv-export.test.ts).
 *
 * Pure: "now" and the settings are parameters; the next deadline is the one every other surface leads with.
 */
import type { Settings, TrackedOrder } from '@/utils/model';
import { orderView } from '@/utils/rules/order-view';
import { exportFileName } from '@/utils/transfer/export';

/** The columns, in order. Their header names are English on purpose: a column name is data, not UI text. */
export const CSV_COLUMNS = [
  'order id',
  'site',
  'status',
  'status on the page',
  'order date',
  'store',
  'items',
  'total',
  'tracking number',
  'next deadline',
  'next deadline date',
  'estimated or exact',
] as const;

const STARTS_A_FORMULA = /^[=+\-@\t\r]/;

/** The BOM that tells spreadsheet programs the file is UTF-8. */
const UTF8_BOM = '\uFEFF';

/** Items in one cell: "2 × Phone case; USB cable" (quantity only when more than one). */
function itemsCell(order: TrackedOrder): string {
  return order.facts.items
    .map((item) => {
      const title = item.title ?? '';
      return item.quantity !== undefined && item.quantity > 1 ? `${item.quantity} × ${title}` : title;
    })
    .filter((text) => text !== '')
    .join('; ');
}

function orderRow(order: TrackedOrder, settings: Settings, now: Date): string[] {
  const { facts } = order;
  const next = orderView(order, settings, now).next?.deadline;
  return [
    order.orderId,
    facts.site,
    facts.status,
    facts.statusText,
    facts.orderedAt ?? '',
    facts.store?.name ?? '',
    itemsCell(order),
    facts.total ?? '',
    facts.trackingNumber ?? '',
    next?.kind ?? '',
    next?.at ?? '',
    next ? next.confidence : '',
  ];
}

/** One cell: neutralised if it would start a formula, quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  const safe = STARTS_A_FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file's text, BOM first, CRLF line ends (RFC 4180). */
export function ordersToCsv(orders: readonly TrackedOrder[], settings: Settings, now: Date): string {
  const rows = [[...CSV_COLUMNS], ...orders.map((order) => orderRow(order, settings, now))];
  return UTF8_BOM + rows.map((row) => row.map(cell).join(',')).join('\r\n');
}

/** `ordershield-orders-YYYY-MM-DD.csv`: the same local day as the JSON export's name. */
export function csvFileName(now: Date): string {
  return exportFileName(now)
    .replace('ordershield-export-', 'ordershield-orders-')
    .replace(/\.json$/, '.csv');
}
