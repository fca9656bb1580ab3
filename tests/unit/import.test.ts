import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type TrackedOrder } from '@/utils/model';
import { exportJson } from '@/utils/transfer/export';
import { mergeImport, mergeTrackedOrder, readImport } from '@/utils/transfer/import';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const custom = (at: string, label: string) => ({
  kind: 'custom' as const,
  at,
  confidence: 'exact' as const,
  source: 'user',
  label,
});

describe('reading an import file', () => {
  it('reads back every order of an export unchanged', () => {
    const orders = [
      trackedOrder({ guide: { disputeType: 'not_received', evidence: ['common.order'], playbook: ['calm'] } }),
      trackedOrder({
        facts: pageOrder({ orderId: '8200000000000009', status: 'closed' }),
        archived: true,
        manual: true,
      }),
    ];
    const reading = readImport(exportJson(orders, DEFAULT_SETTINGS, NOW), NOW);
    expect(reading.error).toBeNull();
    expect(reading.skipped).toEqual([]);
    // The file lists orders by id.
    expect(reading.orders).toEqual([...orders].sort((a, b) => a.orderId.localeCompare(b.orderId)));
    expect(reading.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the settings of a file an earlier version wrote: what it did not know is filled, nothing it set changes', () => {
    const file = JSON.parse(exportJson([], DEFAULT_SETTINGS, NOW)) as {
      settings: { rules: Record<string, unknown>; leadDays: Record<string, unknown>; language: string };
    };
    // A file from before the late dispute window, the tracking setting and the ship-by limit, with the buyer's 90.
    delete file.settings.rules.lateDisputeDays;
    delete file.settings.rules.stuckTrackingDays;
    delete file.settings.leadDays.late_dispute_window_end;
    delete file.settings.leadDays.ship_by;
    file.settings.rules.protectionDays = 90;
    file.settings.language = 'ru';
    const reading = readImport(JSON.stringify(file), NOW);
    expect(reading.skipped).toEqual([]);
    expect(reading.settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'ru',
      rules: { ...DEFAULT_SETTINGS.rules, protectionDays: 90 },
    });
  });

  it.each([
    ['not json', 'the file is not JSON'],
    ['{"format":"other","version":1,"orders":[]}', 'not an OrderShield export'],
    ['{"format":"ordershield-export","version":2,"orders":[]}', 'version 2'],
  ])('refuses %s as a whole, importing nothing', (text, reason) => {
    const reading = readImport(text, NOW);
    expect(reading.orders).toEqual([]);
    expect(reading.error).toContain(reason);
  });

  it('skips a bad entry with its reason and keeps the others; rebuilds an order without a record', () => {
    const text = JSON.stringify({
      format: 'ordershield-export',
      version: 1,
      exportedAt: NOW.toISOString(),
      orders: [
        { orderId: 'abc', site: 'www.aliexpress.com', status: 'completed' },
        {
          orderId: '8200000000000003',
          site: 'www.aliexpress.com',
          status: 'awaiting_delivery',
          statusText: 'Awaiting delivery',
          items: [{ title: 'Lamp' }],
          deadlines: [
            { kind: 'protection_end', at: '2026-12-01T00:00:00.000Z', confidence: 'exact', source: 'page:protection' },
            { kind: 'extension_request_by', at: '2026-11-24T00:00:00.000Z', confidence: 'estimated', source: 'rule:x' },
            custom('2026-11-25T23:59:59.999Z', 'Call the seller'),
          ],
        },
      ],
      settings: { language: 'xx' },
    });
    const reading = readImport(text, NOW);
    expect(reading.skipped.map((s) => s.entry)).toEqual(['orders[0] (abc)', 'settings']);
    expect(reading.skipped[0]!.reason).toContain('orderId');
    expect(reading.settings).toBeNull();
    const [order] = reading.orders;
    expect(order!.facts.deadlines.map((d) => d.kind)).toEqual(['protection_end']);
    expect(order!.userDeadlines.map((d) => d.label)).toEqual(['Call the seller']);
    expect(order!.facts.items[0]!.title).toBe('Lamp');
  });
});

describe('merging imported orders', () => {
  it('never loses what is stored: the union of the buyer deadlines, ticks and stage history', () => {
    const stored = trackedOrder({
      userDeadlines: [custom('2026-11-25T23:59:59.999Z', 'mine')],
      guide: { disputeType: 'not_received', evidence: ['common.order'] },
      lastSeenAt: '2026-11-20T10:00:00.000Z',
    });
    const incoming = trackedOrder({
      facts: pageOrder({ status: 'dispute_open', statusText: 'Dispute in progress' }),
      userDeadlines: [custom('2026-11-26T23:59:59.999Z', 'theirs')],
      guide: { evidence: ['common.chat'], playbook: ['calm'] },
      stageHistory: [{ stage: 'dispute_open', firstSeenAt: '2026-11-15T10:00:00.000Z' }],
      lastSeenAt: '2026-11-21T09:00:00.000Z',
      archived: true,
    });
    const merged = mergeTrackedOrder(stored, incoming);
    expect(merged.userDeadlines.map((d) => d.label)).toEqual(['mine', 'theirs']);
    expect(merged.guide).toEqual({
      disputeType: 'not_received',
      evidence: ['common.order', 'common.chat'],
      playbook: ['calm'],
    });
    expect(merged.stageHistory.map((s) => s.stage)).toEqual(['awaiting_delivery', 'dispute_open']);
    // The newer page facts win; the archive choice of this browser stands.
    expect(merged.facts.status).toBe('dispute_open');
    expect(merged.archived).toBe(false);
  });

  it('counts added, updated and unchanged; importing the same again changes nothing', () => {
    const stored: Record<string, TrackedOrder> = { '8214398062177351': trackedOrder() };
    const other = trackedOrder({ facts: pageOrder({ orderId: '8200000000000004' }) });
    const changed = trackedOrder({ userDeadlines: [custom('2026-11-25T23:59:59.999Z', 'x')] });
    expect(mergeImport(stored, [changed, other])).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const snapshot = structuredClone(stored);
    expect(mergeImport(stored, [changed, other])).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(stored).toEqual(snapshot);
  });
});
