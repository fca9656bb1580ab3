import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { CSV_COLUMNS, csvFileName, ordersToCsv } from '@/utils/transfer/csv';
import { pageOrder, trackedOrder } from './support/factories';

// "Now" is the run's moment and the deadline lies ahead of it, so the test holds on any day.
const NOW = new Date();
const inDays = (days: number) => new Date(NOW.valueOf() + days * 86_400_000).toISOString();

/** What a spreadsheet program reads: the BOM stripped, RFC 4180 parsed. */
function cells(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const HOSTILE_TITLES = [
  '=HYPERLINK("http://evil.example","Click")',
  '+1 cable, "premium"\nsecond line',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=cmd|calc',
  'Чехол «Премиум»; 2 шт.',
];

describe('CSV export', () => {
  it('has a header row, then one row per order with the next deadline every surface leads with', () => {
    const printed = { kind: 'protection_end' as const, at: inDays(12), confidence: 'exact' as const, source: 'page' };
    const a = trackedOrder({ orderId: '8214398062177351', facts: pageOrder({ deadlines: [printed] }) });
    const b = trackedOrder({
      orderId: '8214398062177352',
      facts: pageOrder({ orderId: '8214398062177352', deadlines: [], trackingNumber: 'LP00123456789CN' }),
    });
    const rows = cells(ordersToCsv([a, b], DEFAULT_SETTINGS, NOW));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const first = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(first).toMatchObject({
      'order id': '8214398062177351',
      site: 'www.aliexpress.com',
      status: 'awaiting_delivery',
      'status on the page': 'Awaiting delivery',
      'order date': '2026-10-04',
      store: 'LIMA Store',
      items: 'USB C Hub 7 in 1',
      total: 'R$31,93',
      'next deadline': 'protection_end',
      'next deadline date': printed.at,
      'estimated or exact': 'exact',
    });
    expect(rows[2]![CSV_COLUMNS.indexOf('tracking number')]).toBe('LP00123456789CN');
  });

  it('keeps commas, quotes, line breaks and Cyrillic inside their cell, and neutralises formulas', () => {
    const orders = HOSTILE_TITLES.map((title, i) =>
      trackedOrder({
        orderId: `82143980621773${String(i).padStart(2, '0')}`,
        facts: pageOrder({ items: [{ title, quantity: 2 }], store: { name: title } }),
      }),
    );
    const rows = cells(ordersToCsv(orders, DEFAULT_SETTINGS, NOW)).slice(1);
    const storeColumn = CSV_COLUMNS.indexOf('store');
    const itemsColumn = CSV_COLUMNS.indexOf('items');
    expect(rows).toHaveLength(HOSTILE_TITLES.length);
    rows.forEach((row, i) => {
      const title = HOSTILE_TITLES[i]!;
      // A cell a spreadsheet would run as a formula starts with a quote mark; other text is kept exactly.
      const startsFormula = /^[=+\-@\t\r]/.test(title);
      expect(row[storeColumn]).toBe(startsFormula ? `'${title}` : title);
      expect(row[itemsColumn]).toBe(`2 × ${title}`);
      expect(row).toHaveLength(CSV_COLUMNS.length);
    });
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('is named after the buyer’s local day, like the JSON export', () => {
    expect(csvFileName(new Date(2026, 0, 5, 23, 30))).toBe('ordershield-orders-2026-01-05.csv');
  });
});
