/**
 * Watches AliExpress's tracking page and reports what it shows. The page renders client-side and fills in its
 * package block and its events after load (pages.md §5), so it is read again on change (debounced) and a reading is
 * passed on only when it differs from the last one sent. A page that never shows a readable package block is
 * reported once as "couldn't read", with its URL.
 */
import type { OrderId, TrackingFacts } from '@/utils/model';
import { textSignature } from '@/utils/hash';
import { trackingPageReader } from '@/utils/pages/tracking';
import type { PageWatch } from '@/utils/content/order-page-watcher';

export interface TrackingWatchDeps {
  report(orderId: OrderId, tracking: TrackingFacts): void;
  reportUnreadable(reason: string): void;
  now(): Date;
  /** The watch lasts until this aborts (the next navigation, or WXT's `ctx.signal`). */
  signal: AbortSignal;
  giveUpAfterMs?: number;
}

const DEFAULT_GIVE_UP_MS = 10_000;
const REREAD_DELAY_MS = 150;

export function watchTrackingPage(doc: Document, url: URL, deps: TrackingWatchDeps): PageWatch {
  let read = false;
  let lastFailure = '';
  let lastSignature = '';
  let lastSent = '';
  let processed = 0;

  const tryRead = () => {
    if (!trackingPageReader.isRendered(doc)) return;
    const signature = textSignature((doc.body ?? doc.documentElement).textContent ?? '');
    if (signature === lastSignature) return;
    lastSignature = signature;
    processed++;
    const result = trackingPageReader.read(doc, { url, now: deps.now() });
    if (!result.ok) {
      if (!read) lastFailure = result.reason;
      return;
    }
    read = true;
    // The moment of reading is no news: the same facts read again are not sent again.
    const { readAt: _readAt, ...facts } = result.tracking;
    const reading = JSON.stringify(facts);
    if (reading === lastSent) return;
    lastSent = reading;
    deps.report(result.orderId, result.tracking);
  };

  tryRead();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (pending === undefined) {
      pending = setTimeout(() => {
        pending = undefined;
        tryRead();
      }, REREAD_DELAY_MS);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const giveUp = setTimeout(() => {
    if (read) return;
    const reason = lastFailure || 'the tracking page did not render a recognizable package block';
    console.warn(`[OrderShield] ${trackingPageReader.layout}: ${reason}`);
    deps.reportUnreadable(reason);
  }, deps.giveUpAfterMs ?? DEFAULT_GIVE_UP_MS);

  deps.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(giveUp);
      if (pending !== undefined) clearTimeout(pending);
    },
    { once: true },
  );

  return {
    get processed() {
      return processed;
    },
  };
}
