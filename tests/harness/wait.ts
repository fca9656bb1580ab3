/** Polls `probe` until `ok` holds or the time is up; returns the last value (the test then asserts on it). */
export async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    value = await probe();
  }
  return value;
}
