/**
 * Renders on-page UI in small slices instead of all at once. Reading a list of 1,000 cards must not become
 * one long task of 1,000 Preact renders (the page would freeze): the first slice is drawn right after the
 * cards were read (a microtask: a normal page of 10 cards is drawn at once), the rest one slice per task.
 * A key scheduled twice before it is drawn is drawn once, with the latest job.
 */
const SLICE = 100;

export function createRenderQueue() {
  const jobs = new Map<unknown, () => void>();
  let scheduled = false;

  const run = () => {
    scheduled = false;
    let done = 0;
    for (const [key, job] of jobs) {
      jobs.delete(key);
      try {
        job();
      } catch (error) {
        console.error('[OrderShield] drawing failed', error);
      }
      if (++done >= SLICE) break;
    }
    if (jobs.size > 0) schedule(false);
  };

  function schedule(first: boolean) {
    if (scheduled) return;
    scheduled = true;
    if (first) queueMicrotask(run);
    else setTimeout(run, 0);
  }

  return {
    add(key: unknown, job: () => void) {
      jobs.delete(key); // re-adding moves it to the end with the newest job
      jobs.set(key, job);
      schedule(true);
    },
    cancel(key: unknown) {
      jobs.delete(key);
    },
  };
}
