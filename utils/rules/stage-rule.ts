/**
 * What every stage's rule file receives and how it words its results. A stage rule only proposes
 * `estimated` fallbacks; `index.ts` decides who wins (buyer > page > rule, domain.md rules 1–2).
 */
import type { Dayjs } from 'dayjs';
import type { Deadline, DeadlineKind, OrderStage, PageOrder, RuleSettings } from '@/utils/model';
import { endOfDayAfter, formatInstant } from './dates';

export interface StageRuleInput {
  facts: PageOrder;
  rules: RuleSettings;
  /** The local day the order entered `stage` (see stage-start.ts), or null when never seen. */
  stageStart(stage: OrderStage): Dayjs | null;
  /**
   * The deadline that already won for `kind` (the buyer's own, else the page's), if any: a rule derived
   * from another deadline (the extension request from the protection end) must start from the winner.
   */
  known(kind: DeadlineKind): KnownDeadline | undefined;
}

/** A deadline that beats any rule, and whose it is: the buyer's (`userDeadlines`) or the page's (`facts`). */
export interface KnownDeadline {
  deadline: Deadline;
  origin: 'user' | 'page';
}

export type StageRule = (input: StageRuleInput) => Deadline[];

/**
 * An estimated deadline at the end of the day `days` after `startDay`; `null` when the result can't be
 * written as an instant (absurd years), so a rule never emits a date that fails `IsoInstantSchema`.
 */
export function ruleDeadline(kind: DeadlineKind, startDay: Dayjs, days: number, source: string): Deadline | null {
  const at = formatInstant(endOfDayAfter(startDay, days));
  return at === null ? null : { kind, at, confidence: 'estimated', source };
}

/** Drops the rules that had nothing to start from. */
export function present(deadlines: ReadonlyArray<Deadline | null>): Deadline[] {
  return deadlines.filter((deadline): deadline is Deadline => deadline !== null);
}
