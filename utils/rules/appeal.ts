/**
 * `dispute_lost` (domain.md §1, §4): the appeal playbook starts from the dispute's result.
 */
import { estimatedDeadline, present, type StageRule } from './stage-rule';

/**
 * "An appeal within 7 days of the result": a single source and low confidence (seeds 000, 001), so it is
 * not a setting of its own; the deadline is `estimated` like every rule and the source admits the doubt.
 */
export const APPEAL_WITHIN_DAYS = 7;

export const disputeLostRules: StageRule = ({ stageStart }) => {
  const lost = stageStart('dispute_lost');
  if (lost === null) return [];
  return present([
    estimatedDeadline(
      'appeal_follow_up',
      lost,
      APPEAL_WITHIN_DAYS,
      `rule:appealWithinDays=${APPEAL_WITHIN_DAYS} from dispute lost first seen (low confidence)`,
      'first-seen',
    ),
  ]);
};
