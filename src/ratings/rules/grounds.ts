/**
 * 第三十条第三项至第五项: the grounds on which the 民政部门 lowers a grade (cancels it if serious), as far as the
 * organization's records show them: basically qualified 2 years running (the profile's number), last year's 年度检查
 * failed or missed, an administrative penalty (警告、罚款、没收非法所得、限期停止活动等) while the grade was held. The
 * decision is the department's: a ground is a finding for it, not a change of the grade. Items (一), (二) and (六)
 * (false data, misuse of the certificate, other violations) are facts no record here holds.
 * @module
 * @internal
 */
import { inspectionResultLabels } from '../../entities/organization.js';
import { BASIS } from '../basis.js';
import { countParam, fieldLabel, inspectionLabel, lastYear, need, type RatingContext } from '../context.js';
import { finding, type RatingFinding } from '../finding.js';
import { ratingMessages as M } from '../messages.js';
import type { RatingOrganization } from '../records.js';
import type { GradeValidity } from '../validity.js';

const U3 = (article: string) => ({ ...BASIS.sanctions, article });
const BASIC = { zh: '连续基本合格', en: 'Basically qualified years running' };
const INSPECTION = { zh: '上年度年度检查', en: "Last year's annual inspection" };
const PENALTY = { zh: '持有等级期间的行政处罚', en: 'Penalties while the grade was held' };

/** The three findings (only for a valid grade). @internal */
export function grounds(o: RatingOrganization, v: GradeValidity, ctx: RatingContext): RatingFinding[] {
  const scope = ctx.scope;
  const y = lastYear(scope.asOf);
  const results = o.annualInspections ?? {};
  const out: RatingFinding[] = [];
  // (四) last year's inspection failed or missed.
  const last = results[String(y)];
  if (last === undefined) {
    out.push(
      finding(
        scope,
        'ratings.sanction.inspection',
        INSPECTION,
        'undetermined',
        M.text('ground_missing', { fields: [inspectionLabel(y)] }),
        U3('第三十条第四项'),
        null,
        need(ctx, [{ name: `annualInspections.${y}`, label: inspectionLabel(y) }]),
      ),
    );
  } else if (last === 'unqualified' || last === 'not_inspected') {
    out.push(
      finding(
        scope,
        'ratings.sanction.inspection',
        INSPECTION,
        'fail',
        M.text('ground_inspection', { year: y, result: inspectionResultLabels[last] }),
        U3('第三十条第四项'),
      ),
    );
  } else
    out.push(
      finding(
        scope,
        'ratings.sanction.inspection',
        INSPECTION,
        'pass',
        M.text('inspection_pass', { year: y, result: inspectionResultLabels[last] }),
        U3('第三十条第四项'),
      ),
    );
  // (三) basically qualified n years running, up to last year.
  const n = countParam(ctx, 'ratings.sanction.consecutiveBasicYears');
  if (n === undefined)
    out.push(
      finding(
        scope,
        'ratings.sanction.basic',
        BASIC,
        'undetermined',
        M.text('ground_missing', { fields: [] }),
        U3('第三十条第三项'),
        null,
        ['parameter:ratings.sanction.consecutiveBasicYears'],
      ),
    );
  else {
    const years = Array.from({ length: n }, (_, i) => y - n + 1 + i);
    if (years.some((x) => results[String(x)] !== undefined && results[String(x)] !== 'basically_qualified')) {
      out.push(
        finding(
          scope,
          'ratings.sanction.basic',
          BASIC,
          'pass',
          M.text('ground_none', { year: y }),
          U3('第三十条第三项'),
        ),
      );
    } else {
      const absent = years.filter((x) => results[String(x)] === undefined);
      if (absent.length > 0) {
        out.push(
          finding(
            scope,
            'ratings.sanction.basic',
            BASIC,
            'undetermined',
            M.text('ground_missing', { fields: absent.map(inspectionLabel) }),
            U3('第三十条第三项'),
            null,
            need(
              ctx,
              absent.map((x) => ({ name: `annualInspections.${x}`, label: inspectionLabel(x) })),
            ),
          ),
        );
      } else
        out.push(
          finding(
            scope,
            'ratings.sanction.basic',
            BASIC,
            'fail',
            M.text('ground_basic', { years }),
            U3('第三十条第三项'),
          ),
        );
    }
  }
  // (五) a penalty decided while the grade was held.
  const list = o.penalties;
  if (list === undefined) {
    out.push(
      finding(
        scope,
        'ratings.sanction.penalty',
        PENALTY,
        'undetermined',
        M.text('ground_missing', { fields: [fieldLabel('penalties')] }),
        U3('第三十条第五项'),
        null,
        need(ctx, [{ name: 'penalties', label: fieldLabel('penalties') }]),
      ),
    );
  } else {
    const p = list
      .filter((x) => x.decidedOn >= v.ratedOn! && x.decidedOn <= scope.asOf)
      .sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : -1))[0];
    out.push(
      p === undefined
        ? finding(
            scope,
            'ratings.sanction.penalty',
            PENALTY,
            'pass',
            M.text('ground_none', { year: y }),
            U3('第三十条第五项'),
          )
        : finding(
            scope,
            'ratings.sanction.penalty',
            PENALTY,
            'fail',
            M.text('ground_penalty', p.kind === undefined ? { on: p.decidedOn } : { on: p.decidedOn, kind: p.kind }),
            U3('第三十条第五项'),
            p.decidedOn,
          ),
    );
  }
  return out;
}
