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
