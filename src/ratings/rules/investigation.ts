/**
 * 第七条第四项: not evaluated while under investigation by a government department or a judicial body.
 * @module
 * @internal
 */
import { BASIS } from '../basis.js';
import { fieldLabel, need, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';

const LABEL = { zh: '立案调查', en: 'Investigation' };
const RULE = 'ratings.exclusion.investigation';

/** The investigation check. @internal */
export function investigation(o: RatingOrganization, ctx: RatingContext): RatingFinding {
  const scope = ctx.scope;
  if (o.underInvestigation === undefined) {
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('investigation_missing'),
      BASIS.investigation,
      null,
      need(ctx, [{ name: 'underInvestigation', label: fieldLabel('underInvestigation') }]),
    );
  }
  return o.underInvestigation
    ? finding(scope, RULE, LABEL, 'fail', M.text('investigation_fail'), BASIS.investigation)
    : finding(scope, RULE, LABEL, 'pass', M.text('investigation_pass'), BASIS.investigation);
}
