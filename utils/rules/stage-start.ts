/**
 * When did the order enter its current stage? Pages rarely print it (a dispute's opening day sometimes,
 * an escalation or a refund decision never), so OrderShield counts from the first time it saw the stage
 * (`TrackedOrder.stageHistory`, model.ts).
 */
import type { OrderStage, StageSeen } from '@/utils/model';
import { instantMs, localDayOf } from './dates';

/**
 * The local day (midnight, epoch ms) the LATEST run of `stage` in the history began, or `null` when the
 * history never saw it.
 *
 * Why the latest run and the first entry of it:
 * - A stage can come back (a cancelled dispute may be reopened while protection runs, domain.md §1):
 *   `[dispute_open, awaiting_delivery, dispute_open]` counts the new dispute from its own start.
 * - A history that repeats the same stage (`[dispute_open d1, dispute_open d2]`) must not let the clock
 *   slide forward with every read: the run starts at its first entry, d1.
 * - A history holding one entry per stage (`[dispute_open d1, awaiting_delivery d2]` while the page says
 *   dispute again) has no newer start to offer: d1 is used. It is earlier than the truth, so the buyer is
 *   warned early rather than late.
 *
 * Entries stamped after `now` (a clock that jumped back, a corrupt entry) and unreadable stamps are ignored.
 */
export function stageStartDay(history: readonly StageSeen[], stage: OrderStage, now: Date): number | null {
  const nowMs = now.getTime();
  const seen = history
    .map((entry) => ({ stage: entry.stage, ms: instantMs(entry.firstSeenAt) }))
    .filter((entry): entry is { stage: OrderStage; ms: number } => entry.ms !== null && entry.ms <= nowMs)
    .sort((a, b) => a.ms - b.ms);

  let runStart = -1;
  for (let index = seen.length - 1; index >= 0; index--) {
    if (seen[index]?.stage === stage) {
      runStart = index;
      while (runStart > 0 && seen[runStart - 1]?.stage === stage) runStart--;
      break;
    }
  }
  const start = seen[runStart];
  return start ? localDayOf(start.ms) : null;
}
