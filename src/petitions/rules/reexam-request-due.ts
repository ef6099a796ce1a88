/**
 * 第三十六条第一款: a petitioner who does not accept the review opinion may ask the next higher body for a
 * re-examination within 30 日 of receiving it.
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

/** The 请求复核 window. @internal */
export function reexamRequestDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.reexamRequest;
  if (p.reviewAnswerReceivedOn !== undefined)
    return countPeriod(
      def,
      BASIS.reexamRequest,
      { param: 'petition.reexamRequestDays', from: p.reviewAnswerReceivedOn, unit: 'days' },
      ctx,
    );
  const reached = p.reviewDecidedOn ?? p.reexamRequestedOn ?? p.reexamDecidedOn;
  return reached === undefined
    ? stageNotReached(def, BASIS.reexamRequest, ctx)
    : missingInput(def, BASIS.reexamRequest, ['reviewAnswerReceivedOn'], ctx);
}
