/**
 * FNV-1a (32 bit) over a text's UTF-16 code units: a short, stable, non-cryptographic name for some text (a card's
 * content signature, a set of reminder ids, a custom reminder in a calendar UID). Unsigned.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A cheap content signature: the FNV-1a of the text and its length. Tells whether a card changed since it was read,
 * and stamps the stored reminder state so a cold start need not validate it again.
 */
export function textSignature(text: string): string {
  return fnv1a(text).toString(36) + text.length.toString(36);
}
