/**
 * 第二十三条: the body that received an item tells the petitioner in writing within 15 日 of receipt: for an item
 * submitted directly (¶2), unless the petitioner's name or address is unclear; for a transferred or assigned item (¶3).
 * A petition office routes its items under art. 22 instead.
 * @module
 * @internal
 */
import type { Petition } from '../../entities/petition.js';
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

/** The 书面告知 milestone. @internal */
export function noticeDue(p: Petition, ctx: PetitionContext): Milestone {
  const def = MILESTONES.notice;
  if (p.intake === 'petition_office')
    return notApplicable(def, BASIS.noticeDirect, M.text('na_notice_petition_office'), ctx);
  const basis = p.intake === 'transferred' ? BASIS.noticeTransferred : BASIS.noticeDirect;
  if (p.intake === 'direct' && p.identityUnclear === true)
    return notApplicable(def, basis, M.text('na_identity_unclear'), ctx);
  const missing = [
    ...(p.intake === undefined ? (['intake'] as const) : []),
    ...(p.receivedOn === undefined ? (['receivedOn'] as const) : []),
  ];
  if (missing.length > 0 || p.receivedOn === undefined) return missingInput(def, basis, missing, ctx);
  const param = p.intake === 'transferred' ? 'petition.transferredNoticeDays' : 'petition.noticeDays';
  return countPeriod(def, basis, { param, from: p.receivedOn, unit: 'days' }, ctx);
}
