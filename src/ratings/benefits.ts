/**
 * `ratingBenefits`: what a grade brings (民政部令第39号 第二十八条, 第十六条第七项): 3A and above priority for transfers
 * of government functions, government purchases of services and awards, a certificate and plaque, and the route to the
 * 公益性捐赠税前扣除 qualification (with the other conditions of 公告2020年第27号); 4A and above a simplified 年度检查.
 * @module
 */
import {
  engineRef,
  envelope,
  explainedScope,
  profileAt,
  readOptions,
  type Bilingual,
  type Source,
  type ResultEnvelope,
} from '../core/index.js';
import { RATINGS, type Rating } from '../entities/organization.js';
import { BASIS, TAX_ANNOUNCEMENT } from './basis.js';
import { fieldLabel, gradeText, rank, type RatingContext } from './context.js';
import { DOMAIN } from './eligibility.js';
import { ratingMessages as M } from './messages.js';
import { ITEM_OPTIONS, type RatingOptions } from './options.js';
import { ratingOrganizationRecord } from './records.js';
import { evaluateValidity } from './rules/validity.js';
import { gradeStateLabels } from './status.js';
import type { GradeState } from './validity.js';

/** The benefits a grade may bring. @category Ratings */
export const BENEFIT_IDS = [
  'government_functions',
  'service_purchases',
  'government_awards',
  'certificate_and_plaque',
  'donation_deduction',
  'simplified_inspection',
] as const;

/** A benefit of a grade. @category Ratings */
export type BenefitId = (typeof BENEFIT_IDS)[number];

/**
 * One benefit and whether the grade has it.
 * @category Ratings
 */
export interface RatingBenefit {
  /** Which benefit. */
  readonly id: BenefitId;
  /** What it is. */
  readonly label: Bilingual;
  /** The lowest grade that has it. */
  readonly minGrade: Rating;
  /** True when the grade has it. */
  readonly applies: boolean;
  /**
   * True when the grade is one condition among others (the donation deduction: a 基金会, 慈善组织 or other public-benefit
   * organization, and the other conditions of 公告2020年第27号, which are not checked here).
   */
  readonly conditional: boolean;
  /** The article, and for the deduction the announcement too. */
  readonly citations: readonly Source[];
}

const DEFS: readonly {
  id: BenefitId;
  label: Bilingual;
  parameter: string;
  citations: readonly Source[];
  conditional: boolean;
}[] = [
  {
    id: 'government_functions',
    label: { zh: '可以优先接受政府职能转移', en: 'Priority in transfers of government functions' },
    parameter: 'ratings.benefits.priorityMinGrade',
    citations: [BASIS.priority],
    conditional: false,
  },
  {
    id: 'service_purchases',
    label: { zh: '可以优先获得政府购买服务', en: 'Priority in government purchases of services' },
    parameter: 'ratings.benefits.priorityMinGrade',
    citations: [BASIS.priority],
    conditional: false,
  },
  {
    id: 'government_awards',
    label: { zh: '可以优先获得政府奖励', en: 'Priority for government awards' },
    parameter: 'ratings.benefits.priorityMinGrade',
    citations: [BASIS.priority],
    conditional: false,
  },
  {
    id: 'certificate_and_plaque',
    label: { zh: '颁发评估等级证书和牌匾', en: 'A grade certificate and plaque' },
    parameter: 'ratings.benefits.certificateMinGrade',
    citations: [BASIS.certificate],
    conditional: false,
  },
  {
    id: 'donation_deduction',
    label: {
      zh: '基金会、慈善组织等公益性社会团体可以按照规定申请公益性捐赠税前扣除资格（须同时符合公告2020年第27号的其他条件）',
      en: 'Foundations, charities and other public-benefit organizations may apply for the pre-tax deduction of donations (with the other conditions of announcement 2020 No. 27)',
    },
    parameter: 'ratings.benefits.taxDeductionMinGrade',
    citations: [BASIS.taxDeduction, TAX_ANNOUNCEMENT],
    conditional: true,
  },
  {
    id: 'simplified_inspection',
    label: { zh: '在年度检查时可以简化年度检查程序', en: 'A simplified annual inspection' },
    parameter: 'ratings.benefits.simplifiedInspectionMinGrade',
    citations: [BASIS.simplifiedInspection],
    conditional: false,
  },
];

/** The benefits of a valid grade, traced; `undefined` when a threshold has no value. @internal */
export function evaluateBenefits(grade: Rating, ctx: RatingContext): RatingBenefit[] | undefined {
  const out: RatingBenefit[] = [];
  let complete = true;
  for (const d of DEFS) {
    const r = ctx.scope.param<string>(d.parameter);
    if (r === undefined) {
      complete = false;
      continue;
    }
    if (typeof r.value !== 'string' || !(RATINGS as readonly string[]).includes(r.value))
      M.fail('invalid_parameter_table', ['parameters', d.parameter], { label: r.label });
    const min = r.value as Rating;
    const applies = rank(grade) >= rank(min);
    if (ctx.scope.trace.recording)
      ctx.scope.trace.rule({
        rule: `ratings.benefit.${d.id}`,
        text: M.text('benefit', { benefit: d.label, grade: gradeText(grade), min: gradeText(min), applies }),
        outcome: applies ? 'pass' : 'fail',
        source: d.citations[0]!,
      });
    out.push({ id: d.id, label: d.label, minGrade: min, applies, conditional: d.conditional, citations: d.citations });
  }
  return complete ? out : undefined;
}

/**
 * The benefits of a grade.
 * @category Ratings
 */
export interface RatingBenefits extends ResultEnvelope<
  'rating-benefits',
  'computed' | 'undetermined' | 'not_applicable'
> {
  /** The grade (held and valid on the date, when an organization was given). */
  readonly grade: Rating | null;
  /** Where the organization's grade stands (`valid` for a bare grade). */
  readonly state: GradeState;
  /** Every benefit, with whether the grade has it. */
  readonly benefits: readonly RatingBenefit[];
}

const gradeOnly = /* @__PURE__ */ ratingOrganizationRecord.pick('rating-grade-only', ['rating']);

/**
 * What a grade brings (民政部令第39号): 3A and above may be given priority in transfers of government functions,
 * government purchases of services and government awards (第二十八条第二款), receive a certificate and plaque
 * (第十六条第七项), and (a 基金会, 慈善组织 or other public-benefit organization) may apply for the 公益性捐赠税前扣除
 * qualification, of which a 3A+ grade is one condition of 公告2020年第27号 (第二十八条第三款; `conditional: true`: the
 * other conditions are not checked); 4A and above may have a simplified 年度检查 (第二十八条第四款). Each benefit lists
 * its citations. Given an organization (`rating`, `ratedOn`, …), the grade must be valid on `asOf`: an expired or
 * cancelled grade brings nothing (`not_applicable`), a grade without the day it was awarded is `undetermined`.
 * @param grade - a grade (`'4A'`, `'4A级'`, `'四级'`) or an organization with `rating` and `ratedOn`
 * @param options - `asOf` (required), `profile`, `calendar`
 * @category Ratings
 * @example
 * ```ts
 * const r = ratingBenefits('4A', { asOf: '2026-03-01' });
 * r.benefits.filter((b) => b.applies).map((b) => b.id); // all six, simplified_inspection included
 * ratingBenefits('3A', { asOf: '2026-03-01' }).benefits.find((b) => b.id === 'simplified_inspection')?.applies; // false
 * ratingBenefits({ kind: '民办社会工作服务机构', rating: '4A', ratedOn: '2019-01-10' }, { asOf: '2026-03-01' }).outcome; // 'not_applicable' (expired)
 * ```
 */
export function ratingBenefits(grade: unknown, options: RatingOptions): RatingBenefits {
  const o = readOptions(options, ITEM_OPTIONS);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const ctx: RatingContext = { scope, calendar: o.calendar };
  let held: Rating;
  let state: GradeState = 'valid';
  if (typeof grade === 'string') held = gradeOnly.parse({ rating: grade }, []).rating!;
  else {
    const org = ratingOrganizationRecord.parse(grade);
    const v = evaluateValidity(org, ctx);
    const validity = 'validity' in v ? v.validity : undefined;
    if (validity === undefined || validity.state === 'unknown') {
      const text = M.text('benefits_unknown', {
        fields: (validity?.missing ?? []).filter((m) => !m.startsWith('parameter:')).map(fieldLabel),
      });
      return {
        ...envelope(DOMAIN, 'rating-benefits', 'undetermined', scope, explain(text)),
        grade: org.rating ?? null,
        state: 'unknown',
        benefits: [],
      };
    }
    if (validity.state !== 'valid') {
      return {
        ...envelope(
          DOMAIN,
          'rating-benefits',
          'not_applicable',
          scope,
          explain(M.text('summary_benefits', { n: 0, state: gradeStateLabels[validity.state] })),
        ),
        grade: validity.grade,
        state: validity.state,
        benefits: [],
      };
    }
    held = validity.grade!;
    state = validity.state;
  }
  const benefits = evaluateBenefits(held, ctx);
  const n = benefits?.filter((b) => b.applies).length ?? 0;
  return {
    ...envelope(
      DOMAIN,
      'rating-benefits',
      benefits === undefined ? 'undetermined' : 'computed',
      scope,
      explain(M.text('summary_benefits', { grade: gradeText(held), n })),
    ),
    grade: held,
    state,
    benefits: benefits ?? [],
  };
}
