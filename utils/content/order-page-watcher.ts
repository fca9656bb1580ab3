/**
 * Watches one order page and reports what it reads. The list page grows ("View orders" appends 10 cards),
 * re-renders in place (tabs) and, on aliexpress.ru, loads more on scroll (pages.md §5), so:
 * - each card is read once and marked; it is read again only when something inside it changes, and that new
 *   reading is passed on only when it differs from the last one;
 * - on a mutation only the added or changed cards are looked at, never the whole list again;
 * - reads are batched into one message per burst.
 * Readers never throw; a page we can't read is reported once as "couldn't read", with its URL.
 *
 * A watch lasts until its `signal` aborts (the page was left, or WXT invalidated the content script): then its
 * observer is disconnected, its timers cleared and what it had read but not yet sent is sent.
 */
import type { PageOrder } from '@/utils/model';
import { OWN_ELEMENT_PREFIX, READ_MARK } from '@/utils/markers';
import { textSignature } from '@/utils/hash';
import type { DetailReader, ListReader, ReadContext } from '@/utils/pages/types';

export interface WatchDeps {
  /** Ends the watch. */
  signal: AbortSignal;
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
  /** Cards (or order-page readings) read so far. */
  readonly processed: number;
}

const DEFAULT_GIVE_UP_MS = 10_000;
const DEFAULT_BATCH_MS = 60;
const ORDERS_PER_MESSAGE = 100;
/** A burst of more cards than this is sent before the on-page features run (see `burstRead`). */
const SEND_BEFORE_FEATURES_ABOVE = 1000;

function batcher(deps: WatchDeps) {
  let pending = new Map<string, PageOrder>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let immediate = false;
  // What was last sent per order: a page that keeps changing text the reader doesn't use (a live clock, a
  // countdown inside a card) is re-read on every change, but an identical reading is not sent again: without
  // this, such a page rewrote the stored orders every few milliseconds (tests/e2e/hostile-pages.e2e.ts).
  const sent = new Map<string, string>();
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    immediate = false;
    if (pending.size === 0) return;
    const batch: PageOrder[] = [];
    for (const order of pending.values()) {
      const reading = JSON.stringify(order);
      if (sent.get(order.orderId) === reading) continue;
      sent.set(order.orderId, reading);
      batch.push(order);
    }
    pending = new Map();
    // A burst of 1,000 cards goes out in messages of at most 100 orders (the message schema takes 500 at most).
    for (let start = 0; start < batch.length; start += ORDERS_PER_MESSAGE)
      deps.report(batch.slice(start, start + ORDERS_PER_MESSAGE));
  };
  return {
    /**
     * Queues a reading; nothing is sent while the page is being read (a burst of 1,000 cards is read first,
     * then sent in one task). An order id that appears twice in one burst is sent once (the later reading wins).
     */
    add(order: PageOrder) {
      pending.set(order.orderId, order);
      // A long burst goes out at once, the rest after a short quiet spell (one message per "View orders").
      if (pending.size >= ORDERS_PER_MESSAGE && !immediate) {
        if (timer !== undefined) clearTimeout(timer);
        immediate = true;
        timer = setTimeout(flush, 0);
      } else if (timer === undefined) {
        timer = setTimeout(flush, deps.batchDelayMs ?? DEFAULT_BATCH_MS);
      }
    },
    flush,
    /**
     * A burst was read: a very long one goes out now, before the on-page features annotate it. Their layout reads
     * make the browser lay the whole list out (4.5 s for 5,000 cards on this 2-core machine), and the background
     * stores the orders meanwhile instead of after it: 5,000 cards stored 3.7 s after their insertion instead of
     * 15 s. Up to 1,000 cards the layout takes a fraction of that, and sending first held every badge back by the
     * sending's own cost (1,000 cards: badges 3.1× the bare script's time instead of ~2×), so those go out after the
     * features, a task later. A page of 10 keeps its short quiet spell (one message per "View orders").
     */
    burstRead() {
      if (pending.size > SEND_BEFORE_FEATURES_ABOVE) flush();
    },
  };
}

export function watchListPage(doc: Document, reader: ListReader, url: URL, deps: WatchDeps): PageWatch {
  const batch = batcher(deps);
  let processed = 0;
  let failures: string[] = [];
  let successes = 0;

  let activeTab: string | undefined;
  /**
   * Reads one card. A card whose content changed is read again; the batcher sends the reading only when it differs
   * from the last one sent (a live countdown or a re-rendered price tag is not a new reading), while the on-page
   * features hear of every reading: the page's re-render may have taken their badge out of the card.
   */
  const readCard = (card: Element, ctx: ReadContext): PageOrder | undefined => {
    if (!card.hasAttribute(READ_MARK)) card.setAttribute(READ_MARK, '');
    processed++;
    const result = reader.readCard(card, ctx);
    if (!result.ok) {
      failures.push(result.reason);
      return undefined;
    }
    successes++;
    batch.add(result.order);
    return result.order;
  };
  /**
   * Reads the cards of one burst (the first page, an appended page of 10, a re-rendered tab), then hands them to
   * the on-page features after the reading (a microtask later: a page of 10 is annotated before it is painted).
   * Reading stays one tight loop, and a feature never runs between two cards of a burst.
   */
  const readBurst = (cards: Iterable<Element>) => {
    const read: Array<[Element, PageOrder]> = [];
    // A burst is read at one moment, on one tab.
    const ctx: ReadContext = { url, now: deps.now(), ...(activeTab ? { activeTab } : {}) };
    for (const card of cards) {
      const order = readCard(card, ctx);
      if (order) read.push([card, order]);
    }
    batch.burstRead();
    if (read.length > 0 && deps.onCardRead) {
      const notify = deps.onCardRead;
      queueMicrotask(() => {
        for (const [card, order] of read) notify(card, order);
      });
    }
  };

  activeTab = reader.activeTab?.(doc);
  readBurst(reader.findCards(doc));

  const observer = new MutationObserver((records) => {
    const candidates = new Set<Element>();
    for (const record of records) {
      // Our own badge or hint put into a card is no change of the card. One taken out is: the page may have
      // removed it, and reading the card again tells the features to put it back.
      if (record.type === 'childList' && record.removedNodes.length === 0 && onlyOurs(record.addedNodes)) continue;
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
    readBurst([...candidates].filter((card) => card.isConnected));
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

  deps.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(giveUp);
      batch.flush();
    },
    { once: true },
  );
  return {
    get processed() {
      return processed;
    },
  };
}

/**
 * `findCards` on an added node must also see the node itself when it *is* a card; a throwaway fragment
 * wrapper would detach it, so instead wrap it as a ParentNode whose querySelectorAll includes itself.
 * An added card is not searched inside: cards don't nest (a card inside a card would be an order inside an
 * order), and skipping the scan of its subtree matters when a page of 1,000 cards arrives at once.
 */
function wrap(node: Element): ParentNode {
  return {
    querySelectorAll: (selector: string) =>
      (node.matches(selector) ? [node] : Array.from(node.querySelectorAll(selector))) as unknown as NodeListOf<Element>,
    querySelector: (selector: string) => (node.matches(selector) ? node : node.querySelector(selector)),
  } as ParentNode;
}

/** Whether every node of a mutation record is one of OrderShield's own elements (`<ordershield-…>` hosts). */
function onlyOurs(nodes: NodeList): boolean {
  for (const node of nodes)
    if (!(node instanceof Element && node.localName.startsWith(OWN_ELEMENT_PREFIX))) return false;
  return true;
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

  deps.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(giveUp);
      if (pendingRead !== undefined) clearTimeout(pendingRead);
      batch.flush();
    },
    { once: true },
  );
  return {
    get processed() {
      return processed;
    },
  };
}
