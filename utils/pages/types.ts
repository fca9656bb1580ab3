/**
 * The contract every page reader follows. Readers are pure: a `Document`/`Element` and a context in,
 * facts out. They never touch `browser.*`, storage or the clock (the clock comes in as `ctx.now`).
 */
import type { PageKind, PageOrder } from '@/utils/model';

export interface ReadContext {
  /** The page's URL (site = its hostname). */
  url: URL;
  /** "Now" for relative texts ("5 days 17 hours" left, dates printed without a year). */
  now: Date;
  /** The list's active status tab (`ListReader.activeTab`), looked up once per batch of cards, not per card. */
  activeTab?: string;
}

/** One card (or one order page) read: the order, or why it couldn't be read. Never throws. */
export type ReadResult = { ok: true; order: PageOrder } | { ok: false; reason: string };

/** A reader for a list layout: finds the order cards and reads one card. */
export interface ListReader {
  kind: PageKind;
  /** A short id for logs, e.g. `global-list-desktop`. */
  layout: string;
  /** Every order card currently under `root` (cheap: one querySelectorAll). */
  findCards(root: ParentNode): Element[];
  readCard(card: Element, ctx: ReadContext): ReadResult;
  /**
   * The active status tab id (`all`, `unpaid`, `shipped` …), a language-independent stage signal. A page-wide
   * lookup: the watcher calls it once per batch (once per card made a 1,000-card list quadratic).
   */
  activeTab?(doc: Document): string | undefined;
}

/** A reader for an order page: reads the single order, or `null` while the page is still rendering. */
export interface DetailReader {
  kind: PageKind;
  layout: string;
  /** True once the order page's main block is rendered (it is client-side rendered). */
  isRendered(doc: Document): boolean;
  read(doc: Document, ctx: ReadContext): ReadResult;
}
