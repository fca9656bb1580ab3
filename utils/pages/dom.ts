/**
 * Small DOM reading helpers shared by the page readers. They read text and attributes only (page text is
 * hostile: it is never parsed as HTML) and never throw on missing nodes.
 */

/** The first element matching any selector of the list, tried in order (selectors are ordered best-first). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first selector of the list that matches anything. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = selector.includes(',') ? queryEachPart(root, selector) : Array.from(root.querySelectorAll(selector));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The elements matching `items` inside the containers of the first container selector that yields any: e.g. the
 * buttons and links of a card's button row. One scan of the small container instead of one scan of the whole
 * card per part of `row a, row button` (reading 1,000 cards does this 1,000 times).
 */
export function allWithin(root: ParentNode, where: { readonly containers: readonly string[]; readonly items: string }): Element[] {
  for (const selector of where.containers) {
    const found: Element[] = [];
    for (const container of root.querySelectorAll(selector)) {
      for (const item of container.querySelectorAll(where.items)) if (!found.includes(item)) found.push(item);
    }
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * `a b, a c` queried part by part, merged in page order. Chromium's element.querySelectorAll takes a slow path
 * for a selector *list* with descendant combinators that grows with the whole document: measured at 8.7 s for
 * 1,000 order cards, against ~50 ms for the same parts queried one by one (tests/bench/list-reading.ts).
 * (So the selectors in `selectors/` must not use commas inside brackets or `:is()`.)
 */
function queryEachPart(root: ParentNode, selector: string): Element[] {
  const parts = selector.split(',').map((part) => part.trim()).filter(Boolean);
  const found = new Set<Element>();
  for (const part of parts) for (const el of root.querySelectorAll(part)) found.add(el);
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Visible-ish text with white space (NBSP included) collapsed; '' for a missing element. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
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

/** The url(...) of an inline `background-image` (AliExpress thumbnails are CSS backgrounds, pages.md §2.1). */
export function backgroundImageUrl(el: Element | null, base: URL): string | undefined {
  const style = el?.getAttribute('style') ?? '';
  const match = /background-image\s*:\s*url\(\s*(?:&quot;|["'])?([^"')]+?)(?:&quot;|["'])?\s*\)/i.exec(style);
  return absoluteUrl(match?.[1], base);
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

/** "x2", "×2", "2 шт." → 2; undefined when no quantity is printed. */
export function quantityFromText(text: string): number | undefined {
  const match = /(?:^|\s)[x×]\s*(\d{1,5})\b|(\d{1,5})\s*(?:шт|pcs|pz|uds|szt)/i.exec(text);
  const value = Number(match?.[1] ?? match?.[2]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
