/**
 * 第二十条第三款: people visiting together about a common matter elect representatives, "代表人数不得超过5人" (more
 * than 5 fails; 5 passes, 民法典 art. 1259: "超过" excludes the number itself). A group of at most 5 visitors cannot
 * exceed it whatever it elected.
 * @module
 * @internal
 */
import { satisfiesBound } from '../../core/index.js';
import { petitionFormLabels, type Petition } from '../../entities/petition.js';
import { finding, type CheckFinding } from '../finding.js';
import { petitionMessages as M } from '../messages.js';
import { BASIS, fieldLabel, type PetitionContext } from '../milestones.js';

const LABEL = { zh: '多人走访代表人数', en: 'Representatives of a group visit' };
const RULE = 'petition.groupVisit';

/** The group-visit check. @internal */
export function groupVisit(p: Petition, ctx: PetitionContext): CheckFinding {
  const scope = ctx.scope;
  if (p.form !== undefined && p.form !== 'visit')
    return finding(
      scope,
      RULE,
      LABEL,
      'not_applicable',
      M.text('group_na_form', { form: petitionFormLabels[p.form] }),
      BASIS.groupVisit,
    );
  if (p.form === undefined && p.representatives === undefined) {
    scope.need('form', fieldLabel('form'));
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('group_missing', { fields: [fieldLabel('form')] }),
      BASIS.groupVisit,
      ['form'],
    );
  }
  if (p.representatives === undefined && p.visitors !== undefined && p.visitors <= 1)
    return finding(scope, RULE, LABEL, 'not_applicable', M.text('group_na_single'), BASIS.groupVisit);
  const max = scope.param<number>('petition.maxRepresentatives');
  if (max === undefined)
    return finding(scope, RULE, LABEL, 'undetermined', M.text('group_missing', { fields: [] }), BASIS.groupVisit, [
      'parameter:petition.maxRepresentatives',
    ]);
  // Representatives are chosen from the visitors: a group no larger than the limit cannot elect more.
  const n =
    p.representatives ??
    (p.visitors !== undefined && !satisfiesBound(p.visitors, '超过', max.value) ? p.visitors : undefined);
  if (n === undefined) {
    const missing =
      p.visitors === undefined ? (['visitors', 'representatives'] as const) : (['representatives'] as const);
    for (const f of missing) scope.need(f, fieldLabel(f));
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('group_missing', { fields: missing.map(fieldLabel) }),
      BASIS.groupVisit,
      missing,
    );
  }
  return satisfiesBound(n, '超过', max.value)
    ? finding(scope, RULE, LABEL, 'fail', M.text('group_fail', { n, max: max.value }), BASIS.groupVisit)
    : finding(scope, RULE, LABEL, 'pass', M.text('group_pass', { n, max: max.value }), BASIS.groupVisit);
}
