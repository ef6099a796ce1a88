/**
 * 第二十二条: a petition office registers an item and routes it (转送, 交办) within 15 日 of receipt. Only for items a
 * 党委和政府信访部门 received.
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

/** The 登记并转送、交办 milestone. @internal */
export function routeDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.route;
  if (p.intake !== undefined && p.intake !== 'petition_office')
    return notApplicable(def, BASIS.route, M.text('na_route_intake', { intake: petitionIntakeLabels[p.intake] }), ctx);
  const missing = [
    ...(p.intake === undefined ? (['intake'] as const) : []),
    ...(p.receivedOn === undefined ? (['receivedOn'] as const) : []),
  ];
  if (missing.length > 0 || p.receivedOn === undefined) return missingInput(def, BASIS.route, missing, ctx);
  return countPeriod(def, BASIS.route, { param: 'petition.routeDays', from: p.receivedOn, unit: 'days' }, ctx);
}
