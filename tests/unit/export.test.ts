import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { buildExport, exportFileName, exportJson, ExportFileSchema } from '@/utils/transfer/export';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const printed = {
  kind: 'protection_end' as const,
  at: '2026-11-30T00:00:00.000Z',
  confidence: 'exact' as const,
  source: 'page:protection',
};

describe('export file', () => {
  it('is the documented, versioned format with each order summary and its full record', () => {
    const order = trackedOrder({ facts: pageOrder({ deadlines: [printed] }), guide: { evidence: ['common.order'] } });
    const file = buildExport([order], DEFAULT_SETTINGS, NOW);
    expect(ExportFileSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({
      format: 'ordershield-export',
      version: 1,
      exportedAt: NOW.toISOString(),
      settings: DEFAULT_SETTINGS,
    });
    expect(file.orders[0]).toMatchObject({
      orderId: '8214398062177351',
      site: 'www.aliexpress.com',
      status: 'awaiting_delivery',
      statusText: 'Awaiting delivery',
      orderedAt: '2026-10-04',
      store: { name: 'LIMA Store' },
      total: 'R$31,93',
      items: [{ title: 'USB C Hub 7 in 1' }],
      record: order,
    });
    // The page's date, the extension request estimated 7 days before it, the late dispute window 15 days after.
    expect(file.orders[0]!.deadlines.map((d) => [d.kind, d.confidence])).toEqual([
      ['extension_request_by', 'estimated'],
      ['protection_end', 'exact'],
      ['late_dispute_window_end', 'estimated'],
    ]);
  });

  it.each([
    [new Date(2026, 0, 5, 12), 'ordershield-export-2026-01-05.json'],
    [new Date(2026, 11, 31, 23, 59), 'ordershield-export-2026-12-31.json'],
  ])('names the file after the local day %s', (now, name) => {
    expect(exportFileName(now)).toBe(name);
  });

  it('sorts orders by id so two exports of the same data differ only in the time', () => {
    const a = trackedOrder({ facts: pageOrder({ orderId: '8200000000000002' }) });
    const b = trackedOrder({ facts: pageOrder({ orderId: '8200000000000001' }) });
    const first = JSON.parse(exportJson([a, b], DEFAULT_SETTINGS, NOW)) as { orders: { orderId: string }[] };
    expect(first.orders.map((o) => o.orderId)).toEqual(['8200000000000001', '8200000000000002']);
    expect(exportJson([a, b], DEFAULT_SETTINGS, NOW)).toBe(exportJson([b, a], DEFAULT_SETTINGS, NOW));
  });
});
