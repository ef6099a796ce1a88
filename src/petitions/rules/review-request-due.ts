/**
 * 第三十五条: a petitioner who does not accept the handling opinion may ask the next higher body for a review within
 * 30 日 of receiving the written answer. The window exists once the item is resolved.
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

/** The 请求复查 window. @internal */
export function reviewRequestDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.reviewRequest;
  if (p.answerReceivedOn !== undefined)
    return countPeriod(
      def,
      BASIS.reviewRequest,
      { param: 'petition.reviewRequestDays', from: p.answerReceivedOn, unit: 'days' },
      ctx,
    );
  const reached =
    p.resolvedOn ??
    p.reviewRequestedOn ??
    p.reviewDecidedOn ??
    p.reviewAnswerReceivedOn ??
    p.reexamRequestedOn ??
    p.reexamDecidedOn;
  return reached === undefined
    ? stageNotReached(def, BASIS.reviewRequest, ctx)
    : missingInput(def, BASIS.reviewRequest, ['answerReceivedOn'], ctx);
}
