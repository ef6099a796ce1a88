/**
 * 第三十六条: the body that received a re-examination request gives its opinion within 30 日 of receiving it; the time
 * a hearing takes is not counted (¶2), so the hearing days are added to the period.
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

/** The 复核意见 milestone. @internal */
export function reexamDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.reexam;
  const hearing = p.hearingDays ?? 0;
  if (p.reexamRequestedOn !== undefined) {
    return countPeriod(
      def,
      BASIS.reexam,
      {
        param: 'petition.reexamDays',
        from: p.reexamRequestedOn,
        unit: 'days',
        ...(hearing > 0 ? { extra: { kind: 'hearing', days: hearing } } : {}),
      },
      ctx,
    );
  }
  return p.reexamDecidedOn === undefined
    ? stageNotReached(def, BASIS.reexam, ctx)
    : missingInput(def, BASIS.reexam, ['reexamRequestedOn'], ctx);
}
