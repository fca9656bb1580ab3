/**
 * Small shape checks for JSON that a page's own scripts hand over (utils/pages/mtop.ts, utils/content/data-feed.ts):
 * the same rules the zod schemas there had (types, maximum lengths, loose objects that keep unknown keys, a wrong
 * field refuses the whole object), in a few dozen lines instead of zod, which cost the content script ~7 kB gzip on
 * every order page. Everything else that crosses a trust line is still checked with zod, in the background.
 * tests/unit/page-shape.test.ts checks these against the equivalent zod schemas.
 */

/** What a check returns for a value that does not fit. */
export const INVALID: unique symbol = Symbol('invalid');
export type Check<T> = (value: unknown) => T | typeof INVALID;
export type Checked<C> = C extends Check<infer T> ? T : never;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A page can post JSON with an own `__proto__` key (JSON.parse makes it an ordinary property). It is never data we
 * read, and copying it by assignment would replace the copy's prototype, so it is dropped, as zod drops it.
 */
const ownEntries = (value: Record<string, unknown>): [string, unknown][] =>
  Object.entries(value).filter(([key]) => key !== '__proto__');

/** A string of at most `max` characters. */
export const text =
  (max: number): Check<string> =>
  (value) =>
    typeof value === 'string' && value.length <= max ? value : INVALID;

/** A finite number (as zod's `z.number()`). */
export const finite: Check<number> = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : INVALID);

export const literal =
  <T extends string | number>(expected: T): Check<T> =>
  (value) =>
    value === expected ? expected : INVALID;

export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value) =>
    values.includes(value as T) ? (value as T) : INVALID;

/** Missing (`undefined`) or fitting `check`. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value) =>
    value === undefined ? undefined : check(value);

export const either =
  <A, B>(first: Check<A>, second: Check<B>): Check<A | B> =>
  (value) => {
    const a = first(value);
    return a !== INVALID ? a : second(value);
  };

/** An array of at most `max` entries, each fitting `check`. */
export const list =
  <T>(check: Check<T>, max: number): Check<T[]> =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) return INVALID;
    const out: T[] = [];
    for (const entry of value) {
      const checked = check(entry);
      if (checked === INVALID) return INVALID;
      out.push(checked);
    }
    return out;
  };

/** An object whose every own value fits `check` (any keys). */
export const recordOf =
  <T>(check: Check<T>): Check<Record<string, T>> =>
  (value) => {
    if (!isObject(value)) return INVALID;
    const out: Record<string, T> = {};
    for (const [key, entry] of ownEntries(value)) {
      const checked = check(entry);
      if (checked === INVALID) return INVALID;
      out[key] = checked;
    }
    return out;
  };

/** Any object; the named fields must fit their checks, other keys are kept as they are (unknown). */
export const looseObject =
  <S extends Record<string, Check<unknown>>>(
    shape: S,
  ): Check<{ [K in keyof S]: Checked<S[K]> } & Record<string, unknown>> =>
  (value) => {
    if (!isObject(value)) return INVALID;
    const out: Record<string, unknown> = Object.fromEntries(ownEntries(value));
    for (const key of Object.keys(shape)) {
      const checked = shape[key]!(value[key]);
      if (checked === INVALID) return INVALID;
      if (checked !== undefined || key in value) out[key] = checked;
    }
    return out as { [K in keyof S]: Checked<S[K]> } & Record<string, unknown>;
  };

/** Whether `value` fits; the checked value (or `null`) as `{ success, data }` like zod's `safeParse`. */
export function safeParse<T>(check: Check<T>, value: unknown): { success: true; data: T } | { success: false } {
  const data = check(value);
  return data === INVALID ? { success: false } : { success: true, data };
}
