/**
 * Whether `phrase` occurs in `text` as whole words: no letter or digit (any script, so Cyrillic works) right
 * before or after it. A digit is part of a word, as in the printed-deadline reader: "ship2" is not "ship".
 */
export function containsWords(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + phrase.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
    from = at + 1;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
