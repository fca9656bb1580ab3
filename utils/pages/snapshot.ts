/**
 * "Report this page": when OrderShield can't read an order page, the buyer can hand its shape to the developers
 * without handing over their life. The snapshot is an HTML outline of the page that keeps what a reader needs to
 * be fixed (the element structure, class names, the page's own labels) and masks what is the buyer's:
 *
 * - every word holding a digit becomes its shape (`LP00123456789CN` → `XX99999999999XX`, `$12.99` → `$99.99`):
 *   order ids, prices, tracking numbers, phone numbers, house numbers and dates all hold digits;
 * - words with `@` (e-mail addresses) become shapes too;
 * - a text with a capitalised word after its first is masked whole: that is how names, addresses and product
 *   titles are written ("Comprador Exemplo", "Rua Exemplo, 123"), in every alphabet; so is one capitalised word
 *   alone ("John" in a greeting), unless it ends in a colon or the same text stands at the same place on several
 *   cards, which is what a label does and a name doesn't;
 * - attribute values are dropped except `class`, `role` and `type`; links keep their path's shape and the names
 *   of their query fields; images, scripts, styles and OrderShield's own elements are left out;
 * - of many siblings shaped alike (a list of a thousand cards) the first few are kept.
 *
 * Month words are kept (the date format is what a date reader needs); their numbers are not. Pure: the caller
 * passes the document, nothing is read from or sent to anywhere.
 */

import { foldPageText, monthWordTable } from '@/utils/pages/dates';

/** Elements that carry no page structure worth reporting, or only the buyer's data. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'img', 'picture', 'source', 'link']);

/** Attributes whose value is kept: they describe structure, never the buyer. */
const KEPT_VALUES = new Set(['class', 'role', 'type']);

/** Attributes that are text the buyer reads: masked like text. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt']);

/** Siblings shaped alike kept before the rest is summarised ("… 995 more like this"). */
const ALIKE_SIBLINGS_KEPT = 3;

/** A label is a text that stands, unchanged, at the same place in this many cards. */
const LABEL_REPEATS = 3;

/** Elements written at most: a snapshot stays a few hundred kilobytes even for a huge page. */
const MAX_ELEMENTS = 4000;

/** OrderShield's own UI on the page (shadow hosts and markers): not the page's structure. */
function isOurs(element: Element): boolean {
  return element.tagName.toLowerCase().startsWith('ordershield-') || element.hasAttribute('data-ordershield');
}

/** A token's shape: letters → x / X, digits → 9, everything else (currency signs, punctuation) kept. */
export function shapeOf(token: string): string {
  return token.replace(/\p{L}|\p{N}/gu, (c) => (/\p{N}/u.test(c) ? '9' : /\p{Lu}/u.test(c) ? 'X' : 'x'));
}

const CAPITALISED = /^\P{L}*\p{Lu}/u;

/** An acronym in a field label ("Order ID:", "PIN:"): two or three capitals and a colon, never a name. */
const LABEL_ACRONYM = /^\p{Lu}{2,3}:$/u;

/** Where a text's sentences part: ". ", "? ", "! " and the " · " that joins a service's promises. */
const SENTENCE_BREAK = /([.!?]\s+|\s+[·•|]\s+)/u;

/**
 * Masks one text (see the module comment), sentence by sentence. A sentence reads as a label or plain words when
 * no word after its first is capitalised (month words and label acronyms aside) and it isn't one capitalised word
 * alone (unless it ends in a colon, as field labels do); then its words are kept. Anything else, a name, an
 * address line, a product title, is masked whole. `label` says the text stands unchanged at the same place on
 * several cards, as only labels do.
 */
export function maskText(text: string, label = false): string {
  return text
    .split(SENTENCE_BREAK)
    .map((part, index) => (index % 2 === 1 ? part : maskSentence(part, label)))
    .join('');
}

function maskSentence(text: string, label: boolean): string {
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter((token) => token.trim() !== '');
  const isMonth = (word: string) => monthWordTable().has(foldPageText(word).replace(/[.,:;]+$/, ''));
  const personal = (word: string) => /\p{N}/u.test(word) || word.includes('@');
  const plain = (word: string) =>
    !CAPITALISED.test(word) || isMonth(word) || personal(word) || LABEL_ACRONYM.test(word);
  const loneName = words.length === 1 && CAPITALISED.test(words[0]!) && !words[0]!.endsWith(':');
  const readsAsLabel = label || (!loneName && words.slice(1).every(plain));
  return tokens
    .map((token) => {
      if (token.trim() === '') return token;
      if (personal(token)) return shapeOf(token);
      return readsAsLabel || isMonth(token) ? token : shapeOf(token);
    })
    .join('');
}

/** Escapes text for the outline (the page's text is hostile: it is never markup in the report). */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const maskDigits = (text: string) => text.replace(/\p{N}/gu, '9');

/** Text that stays inside an HTML comment: `--` (which would close it early) and `>` broken up. */
const inComment = (text: string) => text.replace(/-(?=-)/g, '- ').replace(/>/g, '&gt;');

/** A link's host and path with its digits masked, and its query's field names (values dropped). */
function maskedHref(href: string, base: string): string {
  try {
    const url = new URL(href, base);
    const fields = [...url.searchParams.keys()].map((key) => `${maskDigits(key)}=`);
    return `${url.host}${maskDigits(url.pathname)}${fields.length ? `?${fields.join('&')}` : ''}`;
  } catch {
    return '';
  }
}

/** The class signature that tells siblings "shaped alike" apart: tag and classes. */
function signature(element: Element): string {
  return `${element.tagName}.${element.getAttribute('class') ?? ''}`;
}

/** Where a text stands: its parent's signature and the parent's parent's, so a card's labels share one. */
function placeOf(node: Node): string {
  const parent = node.parentElement;
  return parent ? `${signature(parent)}<${parent.parentElement ? signature(parent.parentElement) : ''}` : '';
}

/** Texts that repeat at their place: the page's labels. */
function labelTexts(root: Element): Set<string> {
  const counts = new Map<string, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (!text) continue;
    const key = `${placeOf(node)}|${text}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= LABEL_REPEATS).map(([key]) => key));
}

export interface SnapshotInput {
  /** The page's root, usually `document.body`. */
  root: Element;
  /** The page's address (only its host and path shape are written). */
  url: string;
  /** What OrderShield could not read, e.g. `["status", "orderedAt"]`: field names, no page data. */
  unread?: readonly string[];
}

/** The sanitised outline, an HTML text with a comment header saying what was removed. */
export function pageSnapshot({ root, url, unread = [] }: SnapshotInput): string {
  const labels = labelTexts(root);
  const lines: string[] = [
    '<!--',
    '  OrderShield page snapshot. Kept: the page structure, class names and labels. Removed: names, addresses,',
    '  order numbers, prices, tracking numbers, images and links (every digit is 9, names are Xxxx).',
    `  Page: ${maskedHref(url, url)}`,
    // A reason may quote an error's text: masked like any text, and no "--" that would end the comment early.
    ...(unread.length ? [`  Could not read: ${unread.map((u) => inComment(maskText(u))).join(', ')}`] : []),
    '-->',
  ];
  let written = 0;

  const writeElement = (element: Element, depth: number): void => {
    if (written >= MAX_ELEMENTS) return;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag) || isOurs(element)) return;
    written += 1;
    const indent = '  '.repeat(depth);
    const attributes: string[] = [];
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name === 'style' || name.startsWith('on') || name === 'src' || name === 'srcset') continue;
      if (KEPT_VALUES.has(name)) attributes.push(`${name}="${escape(attribute.value)}"`);
      else if (name === 'href') attributes.push(`href="${escape(maskedHref(attribute.value, url))}"`);
      else if (TEXT_ATTRIBUTES.has(name)) attributes.push(`${name}="${escape(maskText(attribute.value))}"`);
      else attributes.push(name);
    }
    const open = `<${tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
    if (tag === 'svg') {
      lines.push(`${indent}${open}…</svg>`);
      return;
    }
    lines.push(`${indent}${open}`);
    let previous = '';
    let alike = 0;
    let skipped = 0;
    const flushSkipped = () => {
      if (skipped > 0) lines.push(`${indent}  <!-- … ${skipped} more like this -->`);
      skipped = 0;
    };
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 3) {
        const text = child.textContent?.trim();
        if (!text) continue;
        const isLabel = labels.has(`${placeOf(child)}|${text}`);
        lines.push(`${indent}  ${escape(maskText(text, isLabel))}`);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childElement = child as Element;
      const shape = signature(childElement);
      alike = shape === previous ? alike + 1 : 0;
      if (shape !== previous) flushSkipped();
      previous = shape;
      if (alike >= ALIKE_SIBLINGS_KEPT) {
        skipped += 1;
        continue;
      }
      writeElement(childElement, depth + 1);
    }
    flushSkipped();
    lines.push(`${indent}</${tag}>`);
  };

  writeElement(root, 0);
  if (written >= MAX_ELEMENTS) lines.push(`<!-- cut after ${MAX_ELEMENTS} elements -->`);
  return `${lines.join('\n')}\n`;
}
