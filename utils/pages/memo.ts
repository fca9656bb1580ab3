/**
 * Remembers what a pure function of one page text returned. A page repeats the same few status words and button
 * labels on every card ("Awaiting delivery", "Track order"), and reading them costs folding plus a search through
 * phrase tables in 8 languages. Bounded: hostile text can't make it grow past `max`; once full, new texts are
 * simply worked out each time.
 */
export function memoizeText<T>(read: (text: string) => T, max = 500): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = read(text);
    if (known.size < max && text.length <= 200) known.set(text, value);
    return value;
  };
}
