/**
 * 第三十一条: an organization whose grade was lowered may not apply for 2 years, one whose grade was cancelled for 3
 * (the profile's numbers), counted from the decision under the status convention (the decision day not counted; the
 * bar ends on the corresponding day, so it may apply from the day after). An organization with no grade on record
 * and no sanction listed was never graded, so nothing bars it; one with a grade must list its sanctions (an empty
 * list when there are none), else the check is undetermined.
 * @module
 * @internal
 */
import { ratingSanctionLabels } from '../../entities/organization.js';
import { BASIS } from '../basis.js';
import { countParam, fieldLabel, need, statusConvention, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';
import { yearsEnd } from '../validity.js';

const LABEL = { zh: '降低或取消等级后的限制期', en: 'Bar after a lowered or cancelled grade' };
const RULE = 'ratings.bar';

/** The bar check. @internal */
export function bar(o: RatingOrganization, ctx: RatingContext): RatingFinding {
  const scope = ctx.scope;
  const list = o.ratingSanctions;
  if (list === undefined) {
    if (o.rating === undefined) return finding(scope, RULE, LABEL, 'pass', M.text('bar_none'), BASIS.bar);
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('bar_missing'),
      BASIS.bar,
      null,
      need(ctx, [{ name: 'ratingSanctions', label: fieldLabel('ratingSanctions') }]),
    );
  }
  const decided = list.filter((s) => s.decidedOn <= scope.asOf);
  if (decided.length === 0) return finding(scope, RULE, LABEL, 'pass', M.text('bar_none'), BASIS.bar);
  const lowered = countParam(ctx, 'ratings.bar.loweredYears');
  const cancelled = countParam(ctx, 'ratings.bar.cancelledYears');
  const convention = statusConvention(ctx);
  if (lowered === undefined || cancelled === undefined || convention === undefined) {
    const missing = ['ratings.bar.loweredYears', 'ratings.bar.cancelledYears', 'ratings.counting.status']
      .filter((id) => scope.missing.includes(`parameter:${id}`))
      .map((id) => `parameter:${id}`);
    return finding(scope, RULE, LABEL, 'undetermined', M.text('bar_missing'), BASIS.bar, null, missing);
  }
  let latest: { kind: (typeof list)[number]['kind']; on: string; years: number; until: string } | undefined;
  for (const s of decided) {
    const years = s.kind === 'lowered' ? lowered : cancelled;
    const end = yearsEnd(s.decidedOn, years, convention, ctx.calendar);
    if ('missingYear' in end) {
      const name = `calendar:${end.missingYear}`;
      scope.need(name, { zh: `${end.missingYear}年放假安排`, en: `Holiday calendar of ${end.missingYear}` });
      return finding(scope, RULE, LABEL, 'undetermined', M.text('bar_missing'), BASIS.bar, null, [name]);
    }
    if (latest === undefined || end.end > latest.until)
      latest = { kind: s.kind, on: s.decidedOn, years, until: end.end };
  }
  const p = { kind: ratingSanctionLabels[latest!.kind], on: latest!.on, years: latest!.years, until: latest!.until };
  return scope.asOf <= latest!.until
    ? finding(scope, RULE, LABEL, 'fail', M.text('bar_active', p), BASIS.bar, latest!.until)
    : finding(scope, RULE, LABEL, 'pass', M.text('bar_ended', p), BASIS.bar, latest!.until);
}
