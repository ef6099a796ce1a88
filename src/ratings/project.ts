/**
 * `projectCompliance`: the two ratios Jiangsu set for government-purchased professional social work service projects
 * (《关于加快推进社会工作高质量发展的意见》, 2021, U17): 社会工作专业人才 at least 75% of the project's staff, labour
 * cost at least 80% of its budget. Who counts as a 社会工作专业人才 is the host's to define (the profile's criteria, by
 * default a certificate or a social work degree, or the host's own test).
 * @module
 */
import {
  compareDecimalToTarget,
  compareToTarget,
  derivedFrom,
  envelope,
  explainedScope,
  formatDecimalRate,
  formatRate,
  parseRateTarget,
  profileAt,
  readOptions,
  type Bilingual,
  type CalendarDate,
  type Outcome,
  type ParameterRead,
  type ResultEnvelope,
  type Source,
} from '../core/index.js';
import { typeName } from '../core/errors.js';
import { DOMAIN } from './eligibility.js';
import type { RatingFinding } from './finding.js';
import { finding } from './finding.js';
import { ratingMessages as M } from './messages.js';
import { PROJECT_OPTIONS, type ProjectOptions } from './options.js';
import { socialWorkProjectRecord, type ProjectStaff } from './records.js';

/** The ways a staff member may count as a 社会工作专业人才 (the profile's `ratings.project.professionalCriteria`). @category Ratings */
export const PROFESSIONAL_CRITERIA = ['certificate', 'degree'] as const;

/** A way to count as a 社会工作专业人才. @category Ratings */
export type ProfessionalCriterion = (typeof PROFESSIONAL_CRITERIA)[number];

const CRITERION_LABELS: Readonly<Record<ProfessionalCriterion, Bilingual>> = {
  certificate: { zh: '持有社会工作者职业资格证书', en: 'a social work certificate' },
  degree: { zh: '具有社会工作专业学历', en: 'a social work degree' },
};

const IDS = Object.freeze([
  'ratings.project.socialWorkerShare',
  'ratings.project.laborCostShare',
  'ratings.project.professionalCriteria',
]);

interface Rules {
  readonly staffShare: string;
  readonly laborShare: string;
  readonly criteria: readonly ProfessionalCriterion[];
  readonly sources: readonly [Source, Source];
}

function rulesOf(reads: readonly ParameterRead[]): Rules {
  const [staff, labor, criteria] = reads as [ParameterRead, ParameterRead, ParameterRead];
  parseRateTarget(staff.value, ['parameters', staff.id, 'value']);
  parseRateTarget(labor.value, ['parameters', labor.id, 'value']);
  const c = criteria.value;
  if (
    !Array.isArray(c) ||
    c.length === 0 ||
    !c.every((x) => typeof x === 'string' && (PROFESSIONAL_CRITERIA as readonly string[]).includes(x))
  )
    M.fail('invalid_parameter_table', ['parameters', criteria.id], { label: criteria.label });
  return {
    staffShare: staff.value as string,
    laborShare: labor.value as string,
    criteria: c as ProfessionalCriterion[],
    sources: [staff.source, labor.source],
  };
}

/** Whether a member counts, by the criteria: `undefined` when a fact the criteria need is missing. @internal */
export function byCriteria(
  m: ProjectStaff,
  criteria: readonly ProfessionalCriterion[],
  asOf: CalendarDate,
): boolean | undefined {
  let unknown = false;
  for (const c of criteria) {
    if (c === 'certificate') {
      // A certificate not listed is no certificate (as the coverage engine counts 持证); its date must be known.
      if (m.certificate === undefined) continue;
      if (m.certificate.obtained === undefined) unknown = true;
      else if (m.certificate.obtained <= asOf) return true;
    } else if (m.socialWorkDegree === true) return true;
    else if (m.socialWorkDegree === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** A target share as percent text, exactly (`'0.75'` → `'75%'`). */
function percentText(t: string): string {
  const [whole, frac = ''] = t.split('.');
  const f = frac.padEnd(2, '0');
  const rest = f.slice(2).replace(/0+$/, '');
  return `${Number(whole! + f.slice(0, 2))}${rest === '' ? '' : `.${rest}`}%`;
}

/**
 * The check of one project against the two ratios.
 * @category Ratings
 */
export interface ProjectCompliance extends ResultEnvelope<'rating-project', Outcome> {
  /** The project's id, if it has one. */
  readonly id: string | null;
  /** Staff who count as 社会工作专业人才, who do not, and who cannot be decided. */
  readonly staff: {
    readonly professional: number;
    readonly other: number;
    readonly undetermined: number;
    readonly total: number;
    readonly rate: string | null;
    readonly percent: string | null;
  };
  /** Labour cost as a share of the budget. */
  readonly laborCost: {
    readonly amount: string;
    readonly budget: string;
    readonly rate: string | null;
    readonly percent: string | null;
  };
  /** `ratings.project.staffShare` and `ratings.project.laborShare`. */
  readonly findings: readonly RatingFinding[];
}

/**
 * Checks a government-purchased professional social work service project against Jiangsu's two ratios (U17, M):
 * 社会工作专业人才 "不低于项目执行总人数的75%" and labour cost "不少于项目经费的80%", both compared exactly (counts, and
 * money as exact decimals). A member counts by the profile's criteria (default: a 社会工作者职业资格证书 obtained by
 * `asOf`, or a social work degree; a member whose degree is not given and who has no certificate is undetermined), or
 * by the host's `isProfessional`. Undetermined members make the staff ratio `undetermined` only when they could
 * decide it. A zero budget, negative amounts or a test that returns something else than true/false/undefined are
 * refused with a PolicyError. Anhui (`anhui-huaining`) has no such ratios (not found): `undetermined`.
 * @param project - `{ id?, name?, staff: [{ certificate?, socialWorkDegree? }], laborCost, budget }`
 * @param options - `asOf` (required), `profile`, `isProfessional`
 * @category Ratings
 * @example
 * ```ts
 * const staff = [{ socialWorkDegree: true }, { socialWorkDegree: true }, { socialWorkDegree: true }, { socialWorkDegree: false }];
 * projectCompliance({ staff, laborCost: '80000.00', budget: '100000.00' }, { asOf: '2026-03-01' }).outcome; // 'pass' (3/4 = 75%, 80%)
 * projectCompliance({ staff, laborCost: '79999.99', budget: '100000.00' }, { asOf: '2026-03-01' }).findings[1].outcome; // 'fail' (0.01 yuan short)
 * ```
 */
export function projectCompliance(project: unknown, options: ProjectOptions): ProjectCompliance {
  const o = readOptions(options, PROJECT_OPTIONS);
  const p = socialWorkProjectRecord.parse(project);
  if (/^0+(\.0+)?$/.test(p.budget)) M.fail('budget_zero', ['budget']);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const asOf = o.asOf;
  const reads = scope.params(IDS);
  const rules = reads === undefined ? undefined : derivedFrom(reads, rulesOf);
  // Counting the staff needs only the criteria (or the host's test).
  const criteria = rules?.criteria;
  let professional = 0;
  let other = 0;
  let undetermined = 0;
  const unknown: { name: string; label: Bilingual }[] = [];
  for (let i = 0; i < p.staff.length; i++) {
    const m = p.staff[i]!;
    let r: boolean | undefined;
    if (o.isProfessional !== undefined) {
      const v: unknown = o.isProfessional(m, asOf);
      if (v !== true && v !== false && v !== undefined)
        M.fail('predicate_result', ['staff', i], { received: typeName(v) });
      r = v as boolean | undefined;
    } else r = criteria === undefined ? undefined : byCriteria(m, criteria, asOf);
    if (r === true) professional++;
    else if (r === false) other++;
    else {
      undetermined++;
      if (o.isProfessional !== undefined || criteria === undefined)
        unknown.push({
          name: `staff.${i}`,
          label: {
            zh: `第${i + 1}名项目执行人员是否为社会工作专业人才`,
            en: `Whether staff member ${i + 1} is a social work professional`,
          },
        });
      else if (m.certificate !== undefined && m.certificate.obtained === undefined && criteria.includes('certificate'))
        unknown.push({
          name: `staff.${i}.certificate.obtained`,
          label: {
            zh: `第${i + 1}名项目执行人员的「取得证书日期」`,
            en: `Staff member ${i + 1}: date the certificate was obtained`,
          },
        });
      else
        unknown.push({
          name: `staff.${i}.socialWorkDegree`,
          label: {
            zh: `第${i + 1}名项目执行人员的「是否具有社会工作专业学历」`,
            en: `Staff member ${i + 1}: has a social work degree`,
          },
        });
    }
  }
  const total = p.staff.length;
  const staffRate = formatRate(professional, total);
  const laborRate = formatDecimalRate(p.laborCost, p.budget);
  const findings: RatingFinding[] = [];
  if (rules === undefined) {
    return {
      ...envelope(DOMAIN, 'rating-project', 'undetermined', scope, explain(M.text('summary_project_missing'))),
      id: p.id ?? null,
      staff: { professional, other, undetermined, total, ...staffRate },
      laborCost: { amount: p.laborCost, budget: p.budget, ...laborRate },
      findings,
    };
  }
  if (scope.trace.recording)
    scope.trace.rule({
      rule: 'ratings.project.professional',
      text:
        o.isProfessional !== undefined
          ? M.text('professional_by_host')
          : M.text('professional_by', { criteria: rules.criteria.map((c) => CRITERION_LABELS[c]) }),
      source: (scope.at.get(IDS[2]!) as ParameterRead).source,
    });
  const staffLabel = { zh: '社会工作专业人才占比', en: 'Share of social work professionals' };
  if (total === 0) {
    // No staff listed: the share cannot be computed until they are, and the result names them as missing (as the finding does).
    scope.need('staff', socialWorkProjectRecord.fields.staff!.label);
    findings.push(
      finding(
        scope,
        'ratings.project.staffShare',
        staffLabel,
        'undetermined',
        M.text('staff_none'),
        rules.sources[0],
        null,
        ['staff'],
      ),
    );
  } else {
    const low = compareToTarget(professional, total, rules.staffShare);
    const high = compareToTarget(professional + undetermined, total, rules.staffShare);
    if (low.met || !high.met || undetermined === 0) {
      const met = low.met;
      findings.push(
        finding(
          scope,
          'ratings.project.staffShare',
          staffLabel,
          met ? 'pass' : 'fail',
          M.text('staff_share', {
            n: professional,
            total,
            percent: staffRate.percent!,
            target: percentText(rules.staffShare),
            met,
            need: met ? 0 : high.units,
          }),
          rules.sources[0],
        ),
      );
    } else {
      for (const u of unknown) scope.need(u.name, u.label);
      const missing = unknown.map((u) => u.name);
      findings.push(
        finding(
          scope,
          'ratings.project.staffShare',
          staffLabel,
          'undetermined',
          M.text('staff_share_open', {
            n: professional,
            unknown: undetermined,
            total,
            target: percentText(rules.staffShare),
          }),
          rules.sources[0],
          null,
          missing,
        ),
      );
    }
  }
  const c = compareDecimalToTarget(p.laborCost, p.budget, rules.laborShare);
  findings.push(
    finding(
      scope,
      'ratings.project.laborShare',
      { zh: '人力成本占比', en: 'Share of labour cost' },
      c.met ? 'pass' : 'fail',
      M.text('labor_share', {
        cost: p.laborCost,
        budget: p.budget,
        percent: laborRate.percent!,
        target: percentText(rules.laborShare),
        met: c.met,
        amount: c.amount,
      }),
      rules.sources[1],
    ),
  );
  const worst = findings.some((f) => f.outcome === 'fail')
    ? 'fail'
    : findings.some((f) => f.outcome === 'undetermined')
      ? 'undetermined'
      : 'pass';
  return {
    ...envelope(
      DOMAIN,
      'rating-project',
      worst,
      scope,
      explain(
        M.text('summary_project', {
          outcome: worst,
          ...(staffRate.percent === null ? {} : { staff: staffRate.percent }),
          ...(laborRate.percent === null ? {} : { labor: laborRate.percent }),
        }),
      ),
    ),
    id: p.id ?? null,
    staff: { professional, other, undetermined, total, ...staffRate },
    laborCost: { amount: p.laborCost, budget: p.budget, ...laborRate },
    findings,
  };
}
