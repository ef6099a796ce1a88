/**
 * 第二十三条第三款: a body that received a transferred or assigned item outside its remit objects within 5 个工作日
 * of receipt (the one period the regulations count in working days).
 * @module
 * @internal
 */
import { petitionIntakeLabels, type Petition } from '../../entities/petition.js';
import { petitionMessages as M } from '../messages.js';
import {
  BASIS,
  MILESTONES,
  countPeriod,
  missingInput,
  notApplicable,
  type Milestone,
  type PetitionContext,
} from '../milestones.js';

/** The 提出异议 window. @internal */
export function objectionDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.objection;
  if (p.intake !== undefined && p.intake !== 'transferred')
    return notApplicable(
      def,
      BASIS.objection,
      M.text('na_objection_intake', { intake: petitionIntakeLabels[p.intake] }),
      ctx,
    );
  const missing = [
    ...(p.intake === undefined ? (['intake'] as const) : []),
    ...(p.receivedOn === undefined ? (['receivedOn'] as const) : []),
  ];
  if (missing.length > 0 || p.receivedOn === undefined) return missingInput(def, BASIS.objection, missing, ctx);
  return countPeriod(
    def,
    BASIS.objection,
    { param: 'petition.objectionWorkdays', from: p.receivedOn, unit: 'working_days' },
    ctx,
  );
}
