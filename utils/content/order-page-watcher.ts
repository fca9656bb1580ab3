/**
 * Watches one order page and reports what it reads. The list page grows ("View orders" appends 10 cards),
 * re-renders in place (tabs) and, on aliexpress.ru, loads more on scroll (pages.md §5), so:
 * - each card is read once and marked with the signature of its content; it is read again only when its
 *   content changes;
 * - on a mutation only the added or changed cards are looked at, never the whole list again;
 * - reads are batched into one message per burst.
 * Readers never throw; a page we can't read is reported once as "couldn't read", with its URL.
 */
import type { PageOrder } from '@/utils/model';
import { READ_MARK } from '@/utils/markers';
import { textSignature } from '@/utils/content/signature';
import type { DetailReader, ListReader } from '@/utils/pages/types';

export interface WatchDeps {
  /** Sends one batch of read orders (the background merges them). */
  report(orders: PageOrder[]): void;
  /** Reports that the page was recognized but could not be read. */
  reportUnreadable(reason: string): void;
  now(): Date;
  /** How long to wait for a client-rendered page before calling it unreadable. */
  giveUpAfterMs?: number;
  /** Debounce of the batch sent to the background. */
  batchDelayMs?: number;
  /** A list card was read (again): the on-page features annotate it. Not called for an unchanged card. */
  onCardRead?(card: Element, order: PageOrder): void;
  /** The order page was read (again, when its text changed). */
  onOrderRead?(order: PageOrder): void;
}

export interface PageWatch {
  stop(): void;
  /** Cards read so far (for tests and the benchmark). */
  readonly processed: number;
}

const DEFAULT_GIVE_UP_MS = 10_000;
const DEFAULT_BATCH_MS = 60;

function batcher(deps: WatchDeps) {
  let pending = new Map<string, PageOrder>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // What was last sent per order: a page that keeps changing text the reader doesn't use (a live clock, a
  // countdown inside a card) is re-read on every change, but an identical reading is not sent again: without
  // this, such a page rewrote the stored orders every few milliseconds (tests/e2e/hostile-pages.e2e.ts).
  const sent = new Map<string, string>();
  const flush = () => {
    timer = undefined;
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending = new Map();
    deps.report(batch);
  };
  return {
    add(order: PageOrder) {
      const reading = JSON.stringify(order);
      if (sent.get(order.orderId) === reading) return;
      sent.set(order.orderId, reading);
      // An order id that appears twice in one burst is sent once (the later reading wins).
      pending.set(order.orderId, order);
      if (pending.size >= 100) flush();
      else if (timer === undefined) timer = setTimeout(flush, deps.batchDelayMs ?? DEFAULT_BATCH_MS);
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      flush();
    },
  };
}

export function watchListPage(doc: Document, reader: ListReader, url: URL, deps: WatchDeps): PageWatch {
  const batch = batcher(deps);
  let processed = 0;
  let failures: string[] = [];
  let successes = 0;

  let activeTab: string | undefined;
  const readIfChanged = (card: Element) => {
    const signature = textSignature(card.textContent ?? '');
    if (card.getAttribute(READ_MARK) === signature) return;
    card.setAttribute(READ_MARK, signature);
    processed++;
    const result = reader.readCard(card, { url, now: deps.now(), ...(activeTab ? { activeTab } : {}) });
    if (result.ok) {
      successes++;
      batch.add(result.order);
      deps.onCardRead?.(card, result.order);
    } else {
      failures.push(result.reason);
    }
  };

  activeTab = reader.activeTab?.(doc);
  for (const card of reader.findCards(doc)) readIfChanged(card);

  const observer = new MutationObserver((records) => {
    const candidates = new Set<Element>();
    for (const record of records) {
      // A change inside a card (its status or buttons re-rendered): that card only.
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const owner = target ? closestReadCard(target) : null;
      if (owner) candidates.add(owner);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        // Added cards themselves, or cards inside an added subtree (a page of 10, a re-rendered tab).
        for (const card of reader.findCards(wrap(node))) candidates.add(card);
      }
    }
    if (candidates.size === 0) return;
    activeTab = reader.activeTab?.(doc);
    for (const card of candidates) if (card.isConnected) readIfChanged(card);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  // Client-rendered page: if after a while nothing could be read, say so once.
  const giveUp = setTimeout(() => {
    if (successes > 0) return;
    const reason =
      failures.length > 0
        ? `no order card could be read (${failures.length} tried): ${failures[0]}`
        : 'no order cards found: the page layout was not recognized';
    console.warn(`[OrderShield] ${reader.layout}: ${reason}`);
    deps.reportUnreadable(reason);
    failures = [];
  }, deps.giveUpAfterMs ?? DEFAULT_GIVE_UP_MS);

  return {
    stop() {
      observer.disconnect();
      clearTimeout(giveUp);
      batch.stop();
    },
    get processed() {
      return processed;
    },
  };
}

/**
 * `findCards` on an added node must also see the node itself when it *is* a card; a throwaway fragment
 * wrapper would detach it, so instead wrap it as a ParentNode whose querySelectorAll includes itself.
 */
function wrap(node: Element): ParentNode {
  return {
    querySelectorAll: (selector: string) => {
      const inner = Array.from(node.querySelectorAll(selector));
      return (node.matches(selector) ? [node, ...inner] : inner) as unknown as NodeListOf<Element>;
    },
    querySelector: (selector: string) => (node.matches(selector) ? node : node.querySelector(selector)),
  } as ParentNode;
}

/** The already-read card an element belongs to (walks up to the marker; no scan of the list). */
function closestReadCard(el: Element): Element | null {
  return el.closest(`[${READ_MARK}]`);
}

export function watchDetailPage(doc: Document, reader: DetailReader, url: URL, deps: WatchDeps): PageWatch {
  let done = false;
  let lastFailure = '';
  let lastSignature = '';
  let processed = 0;
  const batch = batcher(deps);

  const tryRead = () => {
    if (!reader.isRendered(doc)) return;
    const root = doc.body ?? doc.documentElement;
    const signature = textSignature(root.textContent ?? '');
    if (signature === lastSignature) return;
    lastSignature = signature;
    const result = reader.read(doc, { url, now: deps.now() });
    processed++;
    if (result.ok) {
      done = true;
      batch.add(result.order);
      deps.onOrderRead?.(result.order);
    } else if (!done) {
      lastFailure = result.reason;
    }
  };

  tryRead();
  // The order page renders client-side and fills in sections later: re-read on change, debounced.
  let pendingRead: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (pendingRead === undefined) {
      pendingRead = setTimeout(() => {
        pendingRead = undefined;
        tryRead();
      }, 150);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const giveUp = setTimeout(() => {
    if (done) return;
    const reason = lastFailure || 'the order page did not render a recognizable order block';
    console.warn(`[OrderShield] ${reader.layout}: ${reason}`);
    deps.reportUnreadable(reason);
  }, deps.giveUpAfterMs ?? DEFAULT_GIVE_UP_MS);

  return {
    stop() {
      observer.disconnect();
      clearTimeout(giveUp);
      if (pendingRead !== undefined) clearTimeout(pendingRead);
      batch.stop();
    },
    get processed() {
      return processed;
    },
  };
}
