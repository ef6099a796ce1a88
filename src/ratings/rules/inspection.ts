/**
 * 第七条第一项、第二项: not evaluated when it did not take part in last year's 年度检查, failed it, or was basically
 * qualified 2 years running (the profile's number). "上年度" is the year before the year of the date asked about.
 * @module
 * @internal
 */
import { inspectionResultLabels } from '../../entities/organization.js';
import { BASIS } from '../basis.js';
import { countParam, inspectionLabel, lastYear, need, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';

const LABEL = { zh: '年度检查', en: 'Annual inspection' };
const RULE = 'ratings.exclusion.inspection';

/** The inspection check. @internal */
export function inspection(o: RatingOrganization, ctx: RatingContext): RatingFinding {
  const scope = ctx.scope;
  const n = countParam(ctx, 'ratings.exclusion.consecutiveBasicYears');
  if (n === undefined)
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('inspection_missing', { years: [] }),
      BASIS.inspection,
      null,
      ['parameter:ratings.exclusion.consecutiveBasicYears'],
    );
  const y = lastYear(scope.asOf);
  const results = o.annualInspections ?? {};
  const missingYears = (years: number[]) => {
    const missing = need(
      ctx,
      years.map((year) => ({ name: `annualInspections.${year}`, label: inspectionLabel(year) })),
    );
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('inspection_missing', { years }),
      BASIS.inspection,
      null,
      missing,
    );
  };
  const last = results[String(y)];
  if (last === undefined) return missingYears([y]);
  if (last === 'not_inspected')
    return finding(scope, RULE, LABEL, 'fail', M.text('inspection_not_taken', { year: y }), BASIS.inspection);
  if (last === 'unqualified')
    return finding(scope, RULE, LABEL, 'fail', M.text('inspection_failed', { year: y }), BASIS.inspection);
  if (last === 'qualified' || n <= 1) {
    if (last === 'basically_qualified')
      return finding(scope, RULE, LABEL, 'fail', M.text('inspection_basic', { years: [y] }), BASIS.inspection);
    return finding(
      scope,
      RULE,
      LABEL,
      'pass',
      M.text('inspection_pass', { year: y, result: inspectionResultLabels[last] }),
      BASIS.inspection,
    );
  }
  // Basically qualified last year: the n − 1 years before decide.
  const earlier = Array.from({ length: n - 1 }, (_, i) => y - n + 1 + i);
  const absent = earlier.filter((year) => results[String(year)] === undefined);
  const otherwise = earlier.find(
    (year) => results[String(year)] !== undefined && results[String(year)] !== 'basically_qualified',
  );
  if (otherwise !== undefined) {
    return finding(
      scope,
      RULE,
      LABEL,
      'pass',
      M.text('inspection_pass', {
        year: y,
        result: inspectionResultLabels[last],
        before: { year: otherwise, result: inspectionResultLabels[results[String(otherwise)]!] },
      }),
      BASIS.inspection,
    );
  }
  if (absent.length > 0) return missingYears(absent);
  return finding(scope, RULE, LABEL, 'fail', M.text('inspection_basic', { years: [...earlier, y] }), BASIS.inspection);
}
