/**
 * Merging what a page shows into what OrderShield remembers. Pure.
 *
 * - The same order seen on the list and on its order page, or again later, is one record.
 * - Newer page facts win; an empty or unknown read never overwrites a good stored value (a half-rendered card
 *   must not erase the store name read an hour ago).
 * - The buyer's own edits (`userDeadlines`) are never touched by a page read.
 * - Stage changes are remembered with the moment they were first seen.
 */
import type { Deadline, PageOrder, TrackedOrder, TrackingFacts } from '@/utils/model';

/** Page-printed deadlines: a new reading of a kind replaces the old one of that kind; other kinds stay. */
function mergeDeadlines(stored: Deadline[], incoming: Deadline[]): Deadline[] {
  const incomingKinds = new Set(incoming.map((d) => d.kind));
  return [...stored.filter((d) => !incomingKinds.has(d.kind)), ...incoming];
}

function mergeFacts(stored: PageOrder, incoming: PageOrder): PageOrder {
  const knownStage = incoming.status !== 'unknown';
  return {
    ...stored,
    // Which page it was last read from, and the site, follow the newest reading.
    site: incoming.site,
    pageKind: incoming.pageKind,
    status: knownStage ? incoming.status : stored.status,
    statusText: incoming.statusText || stored.statusText,
    ...(incoming.orderedAt ? { orderedAt: incoming.orderedAt } : {}),
    ...(incoming.store?.name ? { store: { ...stored.store, ...incoming.store } } : {}),
    // A list card shows fewer details than the order page: keep the richer item list unless the count changed.
    items: mergeItems(stored.items, incoming.items),
    ...(incoming.total ? { total: incoming.total } : {}),
    actions: incoming.actions.length > 0 ? incoming.actions : stored.actions,
    ...(incoming.trackingNumber ? { trackingNumber: incoming.trackingNumber } : {}),
    ...(incoming.disputeState ? { disputeState: incoming.disputeState } : {}),
    events: { ...stored.events, ...incoming.events },
    deadlines: mergeDeadlines(stored.deadlines, incoming.deadlines),
    unread: incoming.unread,
  };
}

function mergeItems(stored: PageOrder['items'], incoming: PageOrder['items']): PageOrder['items'] {
  if (incoming.length === 0) return stored;
  if (incoming.length !== stored.length) return incoming;
  return incoming.map((item, i) => ({ ...stored[i], ...item }));
}

export function mergePageOrder(stored: TrackedOrder | undefined, incoming: PageOrder, now: Date): TrackedOrder {
  const seenAt = now.toISOString();
  if (!stored) {
    return {
      orderId: incoming.orderId,
      facts: incoming,
      firstSeenAt: seenAt,
      lastSeenAt: seenAt,
      stageHistory: incoming.status === 'unknown' ? [] : [{ stage: incoming.status, firstSeenAt: seenAt }],
      userDeadlines: [],
      archived: false,
    };
  }
  const facts = mergeFacts(stored.facts, incoming);
  const lastStage = stored.stageHistory.at(-1)?.stage;
  const stageHistory =
    facts.status !== 'unknown' && facts.status !== lastStage
      ? [...stored.stageHistory, { stage: facts.status, firstSeenAt: seenAt }].slice(-50)
      : stored.stageHistory;
  return { ...stored, facts, lastSeenAt: seenAt, stageHistory };
}

/**
 * A reading of the order's tracking page (utils/pages/tracking.ts) onto the stored order. The newest reading wins,
 * but a part it didn't show (the events not loaded yet) keeps what an earlier reading of the SAME parcel showed; a
 * new tracking number is a new parcel, whose reading replaces the old one whole. `readAt` is the background's clock.
 * The order page's facts only gain the tracking number when they have none: the order page's own reading wins.
 */
export function mergeTrackingReading(stored: TrackedOrder, reading: TrackingFacts, now: Date): TrackedOrder {
  const previous = stored.tracking;
  const sameParcel =
    previous !== undefined && (!reading.trackingNumber || previous.trackingNumber === reading.trackingNumber);
  const tracking: TrackingFacts = { ...(sameParcel ? previous : {}), ...reading, readAt: now.toISOString() };
  const facts =
    stored.facts.trackingNumber || !reading.trackingNumber
      ? stored.facts
      : { ...stored.facts, trackingNumber: reading.trackingNumber };
  return { ...stored, facts, tracking };
}
