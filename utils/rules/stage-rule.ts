/**
 * What every stage's rule file receives and how it words its results. A stage rule only proposes
 * `estimated` fallbacks; `deadlines.ts` decides who wins (buyer > page > rule, domain.md rules 1–2).
 */
import type { Deadline, DeadlineKind, OrderStage, PageOrder, RuleSettings } from '@/utils/model';
import { endOfDayAfter, formatInstant } from './dates';

export interface StageRuleInput {
  facts: PageOrder;
  rules: RuleSettings;
  /** The local day (its midnight, epoch ms) the order entered `stage` (stage-start.ts), or null when never seen. */
  stageStart(stage: OrderStage): number | null;
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
 * The deadline a day-counting setting gives: the end of the day `rules[setting]` days after `startDay`,
 * its source naming the setting and its value (`rule:protectionDays=90 from shipment`), so the buyer can
 * see which setting to change when AliExpress's rule drifted.
 */
export function ruleDeadline(
  kind: DeadlineKind,
  startDay: number,
  rules: RuleSettings,
  setting: keyof RuleSettings,
  from: string,
  start: StartBasis = 'printed',
): Deadline | null {
  return estimatedDeadline(kind, startDay, rules[setting], `rule:${setting}=${rules[setting]} ${from}`, start);
}

/**
 * What a stage clock counts from: a day the page printed, or the day OrderShield first saw the stage (which can be
 * later than the real start, so every surface says so: "10 days from Nov 3, when OrderShield first saw this step").
 */
export type StartBasis = 'printed' | 'first-seen';

/**
 * An estimated deadline at the end of the day `days` after `startDay`; `null` when the result can't be
 * written as an instant (absurd years), so a rule never emits a date that fails `IsoInstantSchema`.
 */
export function estimatedDeadline(
  kind: DeadlineKind,
  startDay: number,
  days: number,
  source: string,
  start: StartBasis = 'printed',
): Deadline | null {
  const at = formatInstant(endOfDayAfter(startDay, days));
  const day = formatInstant(startDay)?.slice(0, 10);
  if (at === null || day === undefined) return null;
  return { kind, at, confidence: 'estimated', source, countedFrom: { day, days, firstSeen: start === 'first-seen' } };
}

/** Drops the rules that had nothing to start from. */
export function present(deadlines: ReadonlyArray<Deadline | null>): Deadline[] {
  return deadlines.filter((deadline): deadline is Deadline => deadline !== null);
}
