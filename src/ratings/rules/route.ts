/**
 * Who may apply (第六条, 第二十九条第一款, and the upgrade rule of the Jiangsu city notices):
 * - never graded: registered "满两个年度" (第六条第一项), read as registered on or before the round's cut-off
 *   (`registeredBefore`, from its notice): the text leaves the 年度 open, each round's notice fixes it;
 * - the grade's 5 years are over (第六条第二项), or it is in the last 2 (第二十九条第一款: 重新评估);
 * - a valid grade before its window: only a higher grade, once the current one has been held the profile's years
 *   (`ratings.upgrade.minYearsHeld`: 2 in Suzhou and Wuxi; not found in Anhui, so undetermined there);
 * - a grade cancelled (第三十条): it may apply again once the bar of 第三十一条 ends (that rule decides).
 * @module
 * @internal
 */
import { addDays } from '../../core/index.js';
import type { Rating } from '../../entities/organization.js';
import { BASIS } from '../basis.js';
import { countParam, fieldLabel, gradeText, need, rank, statusConvention, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';
import { yearsEnd, type GradeValidity } from '../validity.js';

const LABEL = { zh: '申请参加评估的条件', en: 'Who may apply' };
const RULE = 'ratings.route';

/** The route check. @internal */
export function route(
  o: RatingOrganization,
  target: Rating | undefined,
  registeredBefore: string | undefined,
  v: GradeValidity,
  ctx: RatingContext,
): RatingFinding {
  const scope = ctx.scope;
  if (v.state === 'unknown')
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('route_unknown', { fields: v.missing.map(fieldLabel) }),
      BASIS.validity,
      null,
      v.missing,
    );
  if (v.state === 'cancelled')
    return finding(
      scope,
      RULE,
      LABEL,
      'pass',
      M.text('route_after_cancel', { on: v.cancelledOn! }),
      BASIS.bar,
      v.cancelledOn,
    );
  if (v.state === 'expired')
    return finding(
      scope,
      RULE,
      LABEL,
      'pass',
      M.text('route_expired', { grade: gradeText(v.grade!), expiresOn: v.expiresOn! }),
      BASIS.expired,
      v.expiresOn,
    );
  if (v.state === 'none') {
    const cancelled = o.ratingSanctions
      ?.filter((s) => s.kind === 'cancelled' && s.decidedOn <= scope.asOf)
      .map((s) => s.decidedOn)
      .sort()
      .at(-1);
    if (cancelled !== undefined)
      return finding(scope, RULE, LABEL, 'pass', M.text('route_after_cancel', { on: cancelled }), BASIS.bar, cancelled);
    const years = countParam(ctx, 'ratings.eligibility.registeredYears');
    if (years === undefined)
      return finding(
        scope,
        RULE,
        LABEL,
        'undetermined',
        M.text('first_missing', { fields: [], years: 2 }),
        BASIS.firstEvaluation,
        null,
        ['parameter:ratings.eligibility.registeredYears'],
      );
    const absent: { name: string; label: { zh: string; en: string } }[] = [];
    if (o.registeredOn === undefined) absent.push({ name: 'registeredOn', label: fieldLabel('registeredOn') });
    if (registeredBefore === undefined)
      absent.push({
        name: 'registeredBefore',
        label: { zh: '本轮通知的登记截止日期', en: "The round's registration cut-off" },
      });
    if (absent.length > 0)
      return finding(
        scope,
        RULE,
        LABEL,
        'undetermined',
        M.text('first_missing', { fields: absent.map((a) => a.label), years }),
        BASIS.firstEvaluation,
        null,
        need(ctx, absent),
      );
    const p = { registeredOn: o.registeredOn!, cutoff: registeredBefore!, years };
    return o.registeredOn! <= registeredBefore!
      ? finding(scope, RULE, LABEL, 'pass', M.text('first_pass', p), BASIS.firstEvaluation, registeredBefore!)
      : finding(scope, RULE, LABEL, 'fail', M.text('first_fail', p), BASIS.firstEvaluation, registeredBefore!);
  }
  // A valid grade.
  const grade = v.grade!;
  if (v.renewalOpen)
    return finding(
      scope,
      RULE,
      LABEL,
      'pass',
      M.text('route_renewal', { grade: gradeText(grade), expiresOn: v.expiresOn!, opensOn: v.renewalOpensOn! }),
      BASIS.renewal,
      v.renewalOpensOn,
    );
  if (target === undefined) {
    const missing = need(ctx, [{ name: 'target', label: fieldLabel('target') }]);
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('route_target_missing', { grade: gradeText(grade), expiresOn: v.expiresOn!, opensOn: v.renewalOpensOn! }),
      BASIS.renewal,
      v.renewalOpensOn,
      missing,
    );
  }
  if (rank(target) <= rank(grade)) {
    return finding(
      scope,
      RULE,
      LABEL,
      'fail',
      M.text('route_not_higher', {
        grade: gradeText(grade),
        expiresOn: v.expiresOn!,
        target: gradeText(target),
        opensOn: v.renewalOpensOn!,
      }),
      BASIS.renewal,
      v.renewalOpensOn,
    );
  }
  const r = scope.param<number>('ratings.upgrade.minYearsHeld');
  const convention = statusConvention(ctx);
  if (r === undefined || convention === undefined) {
    const missing = [
      ...(r === undefined ? ['parameter:ratings.upgrade.minYearsHeld'] : []),
      ...(convention === undefined ? ['parameter:ratings.counting.status'] : []),
    ];
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('route_upgrade_no_parameter', { grade: gradeText(grade), target: gradeText(target) }),
      BASIS.renewal,
      null,
      missing,
    );
  }
  const years = countParam(ctx, 'ratings.upgrade.minYearsHeld')!;
  const end = yearsEnd(v.ratedOn!, years, convention, ctx.calendar);
  if ('missingYear' in end) {
    const name = `calendar:${end.missingYear}`;
    scope.need(name, { zh: `${end.missingYear}年放假安排`, en: `Holiday calendar of ${end.missingYear}` });
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('route_upgrade_no_parameter', { grade: gradeText(grade), target: gradeText(target) }),
      r.source,
      null,
      [name],
    );
  }
  // "满2年": the period ends on the corresponding day, so the grade has been held for the years from the day after.
  const from = addDays(end.end, 1);
  const p = { grade: gradeText(grade), ratedOn: v.ratedOn!, years, target: gradeText(target) };
  return scope.asOf >= from
    ? finding(scope, RULE, LABEL, 'pass', M.text('route_upgrade_pass', { ...p, since: from }), r.source, from)
    : finding(
        scope,
        RULE,
        LABEL,
        'fail',
        M.text('route_upgrade_fail', { ...p, from, opensOn: v.renewalOpensOn! }),
        r.source,
        from,
      );
}
