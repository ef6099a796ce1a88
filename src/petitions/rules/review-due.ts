/**
 * 第三十五条: the body that received a review request gives its opinion in writing within 30 日 of receiving it.
 * @module
 * @internal
 */
import type { Petition } from '../../entities/petition.js';
import {
  BASIS,
  MILESTONES,
  countPeriod,
  missingInput,
  stageNotReached,
  type Milestone,
  type PetitionContext,
} from '../milestones.js';

/** The 复查意见 milestone. @internal */
export function reviewDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.review;
  if (p.reviewRequestedOn !== undefined)
    return countPeriod(
      def,
      BASIS.review,
      { param: 'petition.reviewDays', from: p.reviewRequestedOn, unit: 'days' },
      ctx,
    );
  const reached = p.reviewDecidedOn ?? p.reviewAnswerReceivedOn ?? p.reexamRequestedOn ?? p.reexamDecidedOn;
  return reached === undefined
    ? stageNotReached(def, BASIS.review, ctx)
    : missingInput(def, BASIS.review, ['reviewRequestedOn'], ctx);
}
