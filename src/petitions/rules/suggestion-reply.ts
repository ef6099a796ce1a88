/**
 * 第二十九条: a suggestion that is sound and feasible is adopted in whole or part "并予以回复". No time limit was found
 * (no Jiangsu or 淮安 rule; the 淮安 standard was not seen), so `petition.suggestion.replyDueDays` is `notFound`: the
 * reply deadline is undetermined until the host sets it (`withOverrides` or its own profile), then counted in days from
 * receipt like the other periods.
 * @module
 * @internal
 */
import type { PeopleSuggestion } from '../../entities/petition.js';
import { petitionMessages as M } from '../messages.js';
import {
  BASIS,
  countPeriod,
  missingInput,
  notApplicable,
  undetermined,
  type Milestone,
  type MilestoneDef,
  type PetitionContext,
} from '../milestones.js';

const PARAM = 'petition.suggestion.replyDueDays';

/** The reply milestone of a 人民建议. @internal */
export const REPLY: MilestoneDef<'reply'> = {
  id: 'reply',
  label: { zh: '回复', en: 'Reply' },
  kind: 'obligation',
  event: { zh: '收到', en: 'receipt' },
  from: 'receivedOn',
  done: 'receivedOn',
};

/** The reply deadline (`not_applicable` for an item that is not a suggestion). @internal */
export function suggestionReply(s: PeopleSuggestion, excluded: boolean, ctx: PetitionContext): Milestone<'reply'> {
  const basis = BASIS.classifySuggestion;
  if (excluded) return notApplicable(REPLY, basis, M.text('reply_na_excluded'), ctx);
  if (ctx.scope.param<number>(PARAM) === undefined)
    return undetermined(REPLY, basis, [`parameter:${PARAM}`], M.text('reply_undetermined'), ctx);
  if (s.receivedOn === undefined) return missingInput(REPLY, basis, ['receivedOn'], ctx);
  return countPeriod(REPLY, basis, { param: PARAM, from: s.receivedOn, unit: 'days' }, ctx);
}
