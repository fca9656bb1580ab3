/**
 * Small DOM reading helpers shared by the page readers. They read text and attributes only (page text is
 * hostile: it is never parsed as HTML) and never throw on missing nodes.
 */

/** The first element matching any selector of the list, tried in order (selectors are ordered best-first). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = queryFirst(root, selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first selector of the list that matches anything. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Selectors with a descendant combinator ("[data-pl=store] a span") are run in two steps: the container inside the
 * root, then the rest inside the container. Chromium answers `card.querySelector('A B')` by checking the ancestors
 * of every B candidate, which made these 5–10 times dearer than a plain class (4 µs against 0.4 µs a card,
 * scripts/bench/list-reading.ts; a card is read with ~20 queries). Two steps also mean what the selector data means:
 * a container inside the card, never an ancestor of the whole list that happens to match.
 */
function queryFirst(root: ParentNode, selector: string): Element | null {
  const split = splitAtDescendant(selector);
  if (!split) return root.querySelector(selector);
  // Nearly always the first container holds it: found without scanning the rest of the root for more containers.
  const firstContainer = root.querySelector(split.container);
  if (!firstContainer) return null;
  const found = firstContainer.querySelector(split.rest);
  if (found) return found;
  for (const container of root.querySelectorAll(split.container)) {
    if (container === firstContainer || firstContainer.contains(container)) continue;
    const inner = container.querySelector(split.rest);
    if (inner) return inner;
  }
  return null;
}

function queryAll(root: ParentNode, selector: string): Element[] {
  const split = splitAtDescendant(selector);
  if (!split) return Array.from(root.querySelectorAll(selector));
  const containers = Array.from(root.querySelectorAll(split.container));
  if (containers.length === 1) return Array.from(containers[0]!.querySelectorAll(split.rest));
  const found = new Set<Element>();
  for (const container of containers) for (const el of container.querySelectorAll(split.rest)) found.add(el);
  return inPageOrder(found);
}

const splits = new Map<string, { container: string; rest: string } | null>();

/**
 * "A B C" → { container: "A", rest: "B C" }, "A > B" → { container: "A", rest: ":scope > B" }: split at the first
 * descendant or child combinator outside brackets, quotes and parentheses. Null for a selector without one, with a
 * sibling combinator first ("a + b") or with a top-level comma.
 */
export function splitAtDescendant(selector: string): { container: string; rest: string } | null {
  const known = splits.get(selector);
  if (known !== undefined) return known;
  const result = findSplit(selector.trim());
  splits.set(selector, result);
  return result;
}

function findSplit(text: string): { container: string; rest: string } | null {
  const outside = topLevelIndexes(text);
  if (outside.some((i) => text[i] === ',')) return null;
  const at = outside.find((i) => COMBINATOR_START.test(text[i]!));
  if (at === undefined) return null;
  // The combinator: white space around at most one of > + ~.
  const combinator = /^\s*([>+~]?)\s*/.exec(text.slice(at))!;
  const container = text.slice(0, at).trim();
  const rest = text.slice(at + combinator[0].length);
  const symbol = combinator[1];
  // ":scope > x" already names the root: querying the root for ":scope" finds nothing, so it runs as written.
  if (!container || !rest || symbol === '+' || symbol === '~' || container.startsWith(':scope')) return null;
  return { container, rest: symbol === '>' ? `:scope > ${rest}` : rest };
}
const COMBINATOR_START = /[\s>+~]/;

/** Indexes of the characters outside brackets, parentheses and quotes (where commas and combinators count). */
function topLevelIndexes(text: string): number[] {
  const indexes: number[] = [];
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '(') depth++;
    else if (char === ']' || char === ')') depth--;
    else if (depth === 0) indexes.push(i);
  }
  return indexes;
}

function inPageOrder(elements: Iterable<Element>): Element[] {
  return [...elements].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Visible-ish text with white space (NBSP included) collapsed; '' for a missing element. */
export function textOf(el: Element | null | undefined): string {
  const text = el?.textContent ?? '';
  // Most labels have nothing to collapse (single plain spaces only): then a trim is the whole job, without the
  // replace's new string (a card has a dozen texts). `\s` includes NBSP and U+202F; trim removes the same set.
  return RUN_TO_COLLAPSE.test(text) ? text.replace(WHITE_SPACE_RUN, ' ').trim() : text.trim();
}
/** White space other than a single plain space: a tab, a newline, NBSP, U+202F…, or two spaces in a row. */
const RUN_TO_COLLAPSE = /[^\S ]| {2}/;
const WHITE_SPACE_RUN = /\s+/g;

/**
 * A block's text one line per child element ("title\ndate\nreason"): the lines of a block are separate sentences,
 * so a phrase in its title ("return the item") is never read as the label of a date printed under it. A block
 * without child elements is one line.
 */
export function linesOf(el: Element | null | undefined): string {
  if (!el) return '';
  const children = Array.from(el.children);
  if (children.length === 0) return textOf(el);
  return children
    .map((child) => textOf(child))
    .filter(Boolean)
    .join('\n');
}

/** Text with a leading "Label:" removed ("Total:US $1.99" → "US $1.99"); the text itself when there is no label. */
export function afterLabel(text: string): string {
  const match = /^[^\d:：]{1,40}[:：]\s*(.+)$/.exec(text);
  return (match?.[1] ?? text).trim();
}

/**
 * Links as AliExpress prints them ("https://www.aliexpress.com/item/1005.html", "//ae01.alicdn.com/kf/S1.jpg") are
 * already what the URL parser would give back, and a card has several: for those the parser is skipped. Only
 * when nothing in the link could be rewritten by it: a lower-case host ending in letters (no IP address, port,
 * user or punycode), a path with no dot segment, and only characters that path, query and fragment keep as
 * they are. Anything else goes through `URL` (tests/unit/dom.test.ts checks both agree on random links).
 */
const CANONICAL_LINK =
  /^(?:https:)?\/\/((?:[a-z0-9-]+\.)+[a-z]{2,63})(\/[\w\-.~!$&()*+,;=:@/%]*)(\?[\w\-.~!$&()*+,;=:@/?%]*)?(#[\w\-.~!$&()*+,;=:@/?%]*)?$/;
const MAYBE_REWRITTEN = /\/\.|%2e|xn--/i;

/** An absolute https URL for a page href ("//www.aliexpress.com/store/1" → "https://…"), or undefined. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  if (CANONICAL_LINK.test(href) && !MAYBE_REWRITTEN.test(href)) return href.startsWith('//') ? `https:${href}` : href;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const BACKGROUND_URL = /background-image\s*:\s*url\(([^)]*)\)/i;
const QUOTE_AT_START = /^(?:&quot;|["'])/i;
const QUOTE_AT_END = /(?:&quot;|["'])$/i;
const ONLY_ESCAPED_QUOTES = /^(?:&quot;\s*)+$/i;

/** The url(...) of an inline `background-image` (AliExpress thumbnails are CSS backgrounds, pages.md §2.1). */
export function backgroundImageUrl(el: Element | null, base: URL): string | undefined {
  const style = el?.getAttribute('style') ?? '';
  // The url(…) body, then its quotes (", ' or an escaped &quot;) off: one pass, no lazy backtracking (every
  // thumbnail of every card goes through here).
  const body = BACKGROUND_URL.exec(style)?.[1]?.trim();
  if (!body) return undefined;
  const href = body.replace(QUOTE_AT_START, '').replace(QUOTE_AT_END, '').trim();
  // Only escaped quotes left (`url('&quot;')`) is no address: it would resolve to a page-relative junk link.
  return href && !/["']/.test(href) && !ONLY_ESCAPED_QUOTES.test(href) ? absoluteUrl(href, base) : undefined;
}

/** An order id from a URL's orderId= / tradeOrderId= parameter or /order-list/<id> path. */
export function orderIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const match = /(?:[?&](?:orderId|tradeOrderId)=|\/order-list\/)(\d{10,22})(?!\d)/.exec(href);
  return match?.[1];
}

/** A 10–22 digit order id inside text ("Order ID: 8214398062177351Copy", "8214 3980 6217 7351"). */
export function orderIdFromText(text: string): string | undefined {
  const compact = text.replace(/(\d)[\s\u00a0](?=\d)/g, '$1');
  return /(?<!\d)(\d{10,22})(?!\d)/.exec(compact)?.[1];
}

/**
 * "x2", "×2", "2 шт.", "1 pc.", "2 Stk.", "1 ud." → 2, 2, 2, 1, 2, 1; undefined when no quantity is printed.
 * Units: ru шт, en pc/pcs, it pz, es ud/uds, pl szt, de Stk/Stück (the words a browser's translation uses too).
 */
export function quantityFromText(text: string): number | undefined {
  const match = /(?:^|\s)[x×]\s*(\d{1,5})\b|(\d{1,5})\s*(?:шт|pcs?(?![a-z])|pz|uds?(?![a-z])|szt|stk|stück)/i.exec(
    text,
  );
  const value = Number(match?.[1] ?? match?.[2]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
