/**
 * 第二十八条第一款、第二十九条: a grade's validity on the date (5 years from the day it was awarded; the last 2 open
 * for re-evaluation; expired → 视为无评估等级), and a cancellation or lowering decided while it was held (第三十条).
 * @module
 * @internal
 */
import { BASIS } from '../basis.js';
import { fieldLabel, gradeText, need, validitySettings, type RatingContext } from '../context.js';
import { ratingMessages as M } from '../messages.js';
import { validityOf, type GradeFacts, type GradeValidity } from '../validity.js';

/** The validity, traced; `missing` lists what it needed and did not have. @internal */
export function evaluateValidity(
  o: GradeFacts,
  ctx: RatingContext,
): { validity: GradeValidity } | { missing: string[] } {
  const s = validitySettings(ctx);
  if ('missing' in s) return s;
  const v = validityOf(o, ctx.scope.asOf, s.settings);
  const trace = ctx.scope.trace;
  if (v.state === 'unknown') {
    const missing = v.missing.includes('ratedOn') ? need(ctx, [{ name: 'ratedOn', label: fieldLabel('ratedOn') }]) : [];
    for (const m of v.missing)
      if (m.startsWith('calendar:'))
        ctx.scope.need(m, { zh: `${m.slice(9)}年放假安排`, en: `Holiday calendar of ${m.slice(9)}` });
    if (trace.recording)
      trace.rule({
        rule: 'ratings.validity',
        text: M.text('validity_missing', { fields: missing.map(fieldLabel) }),
        outcome: 'undetermined',
        source: BASIS.validity,
      });
    return { validity: v };
  }
  if (!trace.recording) return { validity: v };
  if (v.grade === null) {
    trace.rule({
      rule: 'ratings.validity',
      text:
        o.rating !== undefined && o.ratedOn !== undefined
          ? M.text('not_yet_rated', { ratedOn: o.ratedOn })
          : M.text('no_grade'),
      source: BASIS.validity,
    });
    return { validity: v };
  }
  const grade = gradeText(v.grade);
  trace.rule({
    rule: 'ratings.validity',
    text: M.text('validity', {
      grade,
      ratedOn: v.ratedOn!,
      years: s.settings.validityYears,
      expiresOn: v.expiresOn!,
      convention: s.settings.convention!.label,
    }),
    result: v.expiresOn,
    source: BASIS.validity,
  });
  if (v.loweredOn !== null)
    trace.rule({
      rule: 'ratings.validity.lowered',
      text: M.text('lowered', { grade, on: v.loweredOn }),
      source: BASIS.cancellation,
    });
  if (v.state === 'cancelled')
    trace.rule({
      rule: 'ratings.validity.cancelled',
      text: M.text('cancelled', { grade, on: v.cancelledOn! }),
      source: BASIS.cancellation,
    });
  else if (v.state === 'expired')
    trace.rule({
      rule: 'ratings.validity.expired',
      text: M.text('expired', { expiresOn: v.expiresOn! }),
      source: BASIS.deemedNone,
    });
  else if (v.renewalOpensOn !== null) {
    trace.rule({
      rule: 'ratings.validity.renewal',
      text: M.text('renewal', {
        years: s.settings.renewalWindowYears!,
        opensOn: v.renewalOpensOn,
        open: v.renewalOpen,
      }),
      result: v.renewalOpensOn,
      source: BASIS.renewal,
    });
  }
  return { validity: v };
}
