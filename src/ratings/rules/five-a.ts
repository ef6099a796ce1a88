/**
 * City rules for an application for 5A, as profile data:
 * - `ratings.fiveA.requiresFourA` with `ratings.fiveA.priorFourAYears` (Suzhou 2021, U14: "拟申报5A等级的社会组织，必须
 *   满足获得4A等级且有效期满2年的条件"): a valid 4A (or 5A) held that many years; off where no such rule was found
 *   (Jiangsu, Anhui);
 * - `ratings.fiveA.requiresPartyOrganization` (怀宁 2022, U16: "社会组织未组建党组织的不得参加'5A'等级的评选"): off in
 *   Jiangsu, where it was not found.
 * Each cites the notice its profile value comes from.
 * @module
 * @internal
 */
import { addDays, isGap, type Source } from '../../core/index.js';
import type { Rating } from '../../entities/organization.js';
import { countParam, fieldLabel, gradeText, need, statusConvention, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';
import { yearsEnd, type GradeValidity } from '../validity.js';

/** The source of a parameter's value in force, without reading it (no warning), or its name. */
function sourceOf(ctx: RatingContext, id: string, label: { zh: string; en: string }): Source {
  const r = ctx.scope.at.get(id);
  return isGap(r) ? { title: label.zh } : r.source;
}

const PRIOR = { zh: '申报五级须持有四级的年限', en: 'Years at 4A before 5A' };
const PARTY = { zh: '申报五级须建立党组织', en: 'A party organization for 5A' };

/** The 5A prior-grade check. @internal */
export function fiveAPrior(target: Rating | undefined, v: GradeValidity, ctx: RatingContext): RatingFinding {
  const scope = ctx.scope;
  const rule = 'ratings.fiveA.prior';
  // Read (and warned about) only for an application for 5A.
  if (target !== '5A')
    return finding(
      scope,
      rule,
      PRIOR,
      'not_applicable',
      M.text('five_not_target', { rule: PRIOR }),
      sourceOf(ctx, 'ratings.fiveA.requiresFourA', PRIOR),
    );
  const flag = scope.param<boolean>('ratings.fiveA.requiresFourA');
  if (flag === undefined)
    return finding(scope, rule, PRIOR, 'undetermined', M.text('five_off', { rule: PRIOR }), { title: PRIOR.zh }, null, [
      'parameter:ratings.fiveA.requiresFourA',
    ]);
  if (flag.value !== true)
    return finding(scope, rule, PRIOR, 'not_applicable', M.text('five_off', { rule: PRIOR }), flag.source);
  const read = scope.param('ratings.fiveA.priorFourAYears');
  if (read === undefined)
    return finding(scope, rule, PRIOR, 'undetermined', M.text('five_off', { rule: PRIOR }), flag.source, null, [
      'parameter:ratings.fiveA.priorFourAYears',
    ]);
  const source = read.source;
  const years = countParam(ctx, 'ratings.fiveA.priorFourAYears')!;
  if (v.state === 'unknown')
    return finding(
      scope,
      rule,
      PRIOR,
      'undetermined',
      M.text('route_unknown', { fields: v.missing.map(fieldLabel) }),
      source,
      null,
      v.missing,
    );
  if (v.state !== 'valid' || (v.grade !== '4A' && v.grade !== '5A'))
    return finding(scope, rule, PRIOR, 'fail', M.text('five_prior_fail', { years }), source);
  const convention = statusConvention(ctx);
  if (convention === undefined)
    return finding(scope, rule, PRIOR, 'undetermined', M.text('five_off', { rule: PRIOR }), source, null, [
      'parameter:ratings.counting.status',
    ]);
  const end = yearsEnd(v.ratedOn!, years, convention, ctx.calendar);
  if ('missingYear' in end) {
    const name = `calendar:${end.missingYear}`;
    scope.need(name, { zh: `${end.missingYear}年放假安排`, en: `Holiday calendar of ${end.missingYear}` });
    return finding(scope, rule, PRIOR, 'undetermined', M.text('five_off', { rule: PRIOR }), source, null, [name]);
  }
  const from = addDays(end.end, 1);
  return scope.asOf >= from
    ? finding(
        scope,
        rule,
        PRIOR,
        'pass',
        M.text('five_prior_pass', { grade: gradeText(v.grade), ratedOn: v.ratedOn!, years }),
        source,
        from,
      )
    : finding(
        scope,
        rule,
        PRIOR,
        'fail',
        M.text('five_prior_fail', { years, held: { grade: gradeText(v.grade), ratedOn: v.ratedOn!, from } }),
        source,
        from,
      );
}

/** The 5A party-organization check. @internal */
export function fiveAParty(o: RatingOrganization, target: Rating | undefined, ctx: RatingContext): RatingFinding {
  const scope = ctx.scope;
  const rule = 'ratings.fiveA.party';
  if (target !== '5A')
    return finding(
      scope,
      rule,
      PARTY,
      'not_applicable',
      M.text('five_not_target', { rule: PARTY }),
      sourceOf(ctx, 'ratings.fiveA.requiresPartyOrganization', PARTY),
    );
  const read = scope.param<boolean>('ratings.fiveA.requiresPartyOrganization');
  if (read === undefined)
    return finding(scope, rule, PARTY, 'undetermined', M.text('five_off', { rule: PARTY }), { title: PARTY.zh }, null, [
      'parameter:ratings.fiveA.requiresPartyOrganization',
    ]);
  const source = read.source;
  if (read.value !== true)
    return finding(scope, rule, PARTY, 'not_applicable', M.text('five_off', { rule: PARTY }), source);
  if (o.hasPartyOrganization === undefined) {
    return finding(
      scope,
      rule,
      PARTY,
      'undetermined',
      M.text('five_party_missing'),
      source,
      null,
      need(ctx, [{ name: 'hasPartyOrganization', label: fieldLabel('hasPartyOrganization') }]),
    );
  }
  return o.hasPartyOrganization
    ? finding(scope, rule, PARTY, 'pass', M.text('five_party_pass'), source)
    : finding(scope, rule, PARTY, 'fail', M.text('five_party_fail'), source);
}
