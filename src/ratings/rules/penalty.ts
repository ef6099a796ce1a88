/**
 * 第七条第三项: not evaluated when it received an administrative penalty last year (the profile's number of years
 * before the year of the date: 1, "上年度"), or a penalty is not yet fully executed on the date. A penalty whose
 * execution is not recorded is undetermined, unless another penalty already excludes.
 * @module
 * @internal
 */
import { BASIS } from '../basis.js';
import { countParam, fieldLabel, lastYear, need, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';

const LABEL = { zh: '行政处罚', en: 'Administrative penalties' };
const RULE = 'ratings.exclusion.penalty';

/** The penalty check. @internal */
export function penalty(o: RatingOrganization, ctx: RatingContext): RatingFinding {
  const scope = ctx.scope;
  const k = countParam(ctx, 'ratings.exclusion.penaltyYears');
  if (k === undefined)
    return finding(scope, RULE, LABEL, 'undetermined', M.text('penalty_missing', { fields: [] }), BASIS.penalty, null, [
      'parameter:ratings.exclusion.penaltyYears',
    ]);
  const y = lastYear(scope.asOf);
  const years = Array.from({ length: k }, (_, i) => y - k + 1 + i);
  const list = o.penalties;
  if (list === undefined) {
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('penalty_missing', { fields: [fieldLabel('penalties')] }),
      BASIS.penalty,
      null,
      need(ctx, [{ name: 'penalties', label: fieldLabel('penalties') }]),
    );
  }
  const asOf = scope.asOf;
  const unknown: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p.decidedOn > asOf) continue;
    const year = Number(p.decidedOn.slice(0, 4));
    if (years.includes(year))
      return finding(
        scope,
        RULE,
        LABEL,
        'fail',
        M.text('penalty_last_year', { on: p.decidedOn, year }),
        BASIS.penalty,
        p.decidedOn,
      );
    const executed = p.executedOn !== undefined ? p.executedOn <= asOf : p.executed;
    if (executed === false)
      return finding(
        scope,
        RULE,
        LABEL,
        'fail',
        M.text('penalty_unexecuted', { on: p.decidedOn, asOf }),
        BASIS.penalty,
        p.decidedOn,
      );
    if (executed === undefined) unknown.push(i);
  }
  if (unknown.length > 0) {
    const label = { zh: '行政处罚的「是否执行完毕」', en: 'Administrative penalty: fully executed' };
    const missing = need(
      ctx,
      unknown.map((i) => ({ name: `penalties.${i}.executed`, label })),
    );
    return finding(
      scope,
      RULE,
      LABEL,
      'undetermined',
      M.text('penalty_missing', { fields: [label] }),
      BASIS.penalty,
      null,
      missing,
    );
  }
  return finding(scope, RULE, LABEL, 'pass', M.text('penalty_pass', { years }), BASIS.penalty);
}
