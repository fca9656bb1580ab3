import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/model';
import { buildCalendar, calendarEntries, deadlineUid } from '@/utils/transfer/ics';
import { pageOrder, trackedOrder } from './support/factories';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const protection = {
  kind: 'protection_end' as const,
  at: '2026-11-30T00:00:00.000Z',
  confidence: 'exact' as const,
  source: 'page:protection',
};

function events(text: string) {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => ({
      uid: /UID:(.*)\r\n/.exec(block)?.[1],
      end: /DTEND:(.*)\r\n/.exec(block)?.[1],
      triggers: [...block.matchAll(/TRIGGER;VALUE=DATE-TIME:(.*)\r\n/g)].map((m) => m[1]),
    }));
}

describe('calendar export', () => {
  const order = trackedOrder({ facts: pageOrder({ deadlines: [protection] }) });

  it('writes one event per upcoming deadline, ending at the deadline, with stable UIDs and alarms', () => {
    const entries = calendarEntries([order], DEFAULT_SETTINGS, NOW);
    const parsed = events(buildCalendar(entries, DEFAULT_SETTINGS, NOW));
    const protectionEvent = parsed.find((e) => e.uid === '8214398062177351-protection_end@ordershield');
    expect(protectionEvent?.end).toBe('20261130T000000Z');
    // Lead days 7, 3, 1, 0 (DEFAULT_SETTINGS): four alarms, all before the deadline.
    expect(protectionEvent?.triggers).toHaveLength(4);
    expect(parsed.map((e) => e.uid).sort()).toEqual(
      entries.map((e) => deadlineUid(e.order.orderId, e.deadline)).sort(),
    );
  });

  it('keeps the same UID when the date moves, so re-importing updates the event', () => {
    const moved = trackedOrder({
      facts: pageOrder({ deadlines: [{ ...protection, at: '2026-12-05T00:00:00.000Z' }] }),
    });
    const [a] = calendarEntries([order], DEFAULT_SETTINGS, NOW).filter((e) => e.deadline.kind === 'protection_end');
    const [b] = calendarEntries([moved], DEFAULT_SETTINGS, NOW).filter((e) => e.deadline.kind === 'protection_end');
    expect(deadlineUid(a!.order.orderId, a!.deadline)).toBe(deadlineUid(b!.order.orderId, b!.deadline));
  });

  it.each([
    [
      'a past deadline',
      trackedOrder({ facts: pageOrder({ deadlines: [{ ...protection, at: '2026-11-01T00:00:00.000Z' }] }) }),
    ],
    ['an archived order', trackedOrder({ facts: pageOrder({ deadlines: [protection] }), archived: true })],
  ])('leaves out %s', (_what, excluded) => {
    expect(
      calendarEntries([excluded], DEFAULT_SETTINGS, NOW).filter((e) => e.deadline.kind === 'protection_end'),
    ).toEqual([]);
  });

  it('gives two custom reminders of one order different UIDs', () => {
    const a = {
      kind: 'custom' as const,
      at: '2026-11-25T23:59:59.999Z',
      confidence: 'exact' as const,
      source: 'user',
      label: 'a',
    };
    expect(deadlineUid('1', a)).not.toBe(deadlineUid('1', { ...a, label: 'b' }));
  });
});
