/**
 * 第三十六条第三款: "信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的…不再受理". Applies once the earlier item
 * of the same matter has a 复核意见 dated on or before the new submission.
 * @module
 * @internal
 */
import type { PetitionCheckInput } from '../records.js';
import { finding, type CheckFinding } from '../finding.js';
import { petitionMessages as M } from '../messages.js';
import { BASIS, type PetitionContext } from '../milestones.js';

const LABEL = { zh: '复核后同一事实和理由', en: 'Same facts and reasons after re-examination' };
const RULE = 'petition.afterReexam';

/** The after-复核 check. @internal */
export function afterReexam(p: PetitionCheckInput, ctx: PetitionContext): CheckFinding {
  const scope = ctx.scope;
  const on = p.prior?.reexamDecidedOn;
  if (on === undefined || (p.receivedOn !== undefined && p.receivedOn < on))
    return finding(scope, RULE, LABEL, 'not_applicable', M.text('reexam_na'), BASIS.afterReexam);
  if (p.sameFactsAndReasons === undefined) {
    const label = { zh: '同一事实和理由', en: 'Same facts and reasons' };
    scope.need('sameFactsAndReasons', label);
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('reexam_missing', { fields: [label] }),
      BASIS.afterReexam,
      ['sameFactsAndReasons'],
    );
  }
  return p.sameFactsAndReasons
    ? finding(scope, RULE, LABEL, 'fail', M.text('reexam_fail', { on }), BASIS.afterReexam)
    : finding(scope, RULE, LABEL, 'pass', M.text('reexam_pass', { on }), BASIS.afterReexam);
}
