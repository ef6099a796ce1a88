/**
 * `ratingEligibility`: whether an organization may be evaluated on a date (民政部令第39号): who may apply (arts. 6,
 * 29 and the upgrade rule of the Jiangsu city notices), the exclusions of art. 7, the bars of art. 31, and a city's
 * rules for 5A as profile data. Three-state, with the missing facts listed.
 * @module
 */
import {
  combineOutcomes,
  engineRef,
  envelope,
  explainedScope,
  profileAt,
  profileRef,
  readOptions,
  runBatch,
  Scope,
  type EngineRef,
  type ErrorRow,
  type Explanation,
  type Outcome,
  type OutcomeCounts,
  type ParametersAt,
  type ProfileRef,
  type ResultEnvelope,
  type ValidationMode,
  type Warning,
  type WorkCalendar,
} from '../core/index.js';
import { readRow } from '../core/validation.js';
import type { Rating } from '../entities/organization.js';
import { gradeText, type RatingContext } from './context.js';
import type { RatingFinding } from './finding.js';
import { ratingMessages as M } from './messages.js';
import {
  ELIGIBILITY_BATCH_OPTIONS,
  ELIGIBILITY_OPTIONS,
  type EligibilityBatchOptions,
  type EligibilityOptions,
} from './options.js';
import { ratingOrganizationRecord, type RatingOrganization } from './records.js';
import { bar } from './rules/bar.js';
import { fiveAParty, fiveAPrior } from './rules/five-a.js';
import { inspection } from './rules/inspection.js';
import { investigation } from './rules/investigation.js';
import { penalty } from './rules/penalty.js';
import { route } from './rules/route.js';
import { evaluateValidity } from './rules/validity.js';
import type { GradeValidity } from './validity.js';

/** The domain name in results. @internal */
export const DOMAIN = 'ratings';

const UNKNOWN: GradeValidity = {
  state: 'unknown',
  grade: null,
  ratedOn: null,
  expiresOn: null,
  renewalOpensOn: null,
  renewalOpen: false,
  cancelledOn: null,
  loweredOn: null,
  missing: [],
  rule: null,
};

/** The readable path: every rule, in the order of the 办法. @internal */
export function evaluateEligibility(
  o: RatingOrganization,
  target: Rating | undefined,
  registeredBefore: string | undefined,
  ctx: RatingContext,
): { outcome: Outcome; findings: RatingFinding[]; validity: GradeValidity } {
  const v = evaluateValidity(o, ctx);
  const validity =
    'validity' in v
      ? v.validity
      : { ...UNKNOWN, grade: o.rating ?? null, ratedOn: o.ratedOn ?? null, missing: v.missing };
  const findings = [
    route(o, target, registeredBefore, validity, ctx),
    inspection(o, ctx),
    penalty(o, ctx),
    investigation(o, ctx),
    bar(o, ctx),
    fiveAPrior(target, validity, ctx),
    fiveAParty(o, target, ctx),
  ];
  return { outcome: combineOutcomes(findings.map((f) => f.outcome)), findings, validity };
}

/** The grade applied for: the row's, else the option's; both given and different is refused. */
function targetOf(
  o: RatingOrganization,
  option: Rating | undefined,
  path: readonly (string | number)[],
): Rating | undefined {
  if (o.target !== undefined && option !== undefined && o.target !== option)
    M.fail('target_conflict', [...path, 'target'], { row: gradeText(o.target), option: gradeText(option) });
  return o.target ?? option;
}

function summary(outcome: Outcome, target: Rating | undefined, findings: readonly RatingFinding[]) {
  return M.text('summary_eligibility', {
    outcome: outcome === 'computed' ? 'pass' : outcome,
    ...(target === undefined ? {} : { target: gradeText(target) }),
    fail: findings.filter((f) => f.outcome === 'fail').map((f) => f.label),
    undetermined: findings.filter((f) => f.outcome === 'undetermined').length,
  });
}

/**
 * Whether an organization may be evaluated.
 * @category Ratings
 */
export interface RatingEligibility extends ResultEnvelope<'rating-eligibility', Outcome> {
  /** The organization's id, if it has one. */
  readonly id: string | null;
  /** The grade applied for, if known. */
  readonly target: Rating | null;
  /** The grade held and where it stands on the date. */
  readonly validity: GradeValidity;
  /** One finding per rule: route, inspection, penalty, investigation, bar, 5A prior grade, 5A party organization. */
  readonly findings: readonly RatingFinding[];
}

/**
 * Whether an organization may be evaluated on `asOf` (the day it applies), rule by rule, each finding `pass`, `fail`,
 * `undetermined` (naming what is missing: missing data is never a pass) or `not_applicable`; the outcome is the worst:
 * - `ratings.route` (who may apply): never graded and registered on or before the round's cut-off `registeredBefore`
 *   (第六条第一项 "满两个年度": the 年度 is left open by the text and fixed by each round's notice); a grade whose 5 years
 *   are over (第六条第二项) or in its last 2 (第二十九条第一款); a higher grade once the current one was held the
 *   profile's years (Jiangsu: 2, from the Suzhou and Wuxi notices, provisional; Anhui: not found, undetermined); a
 *   cancelled grade once its bar has ended;
 * - `ratings.exclusion.inspection`, `.penalty`, `.investigation` (第七条第一项至第四项): last year's 年度检查 missed or
 *   failed, basically qualified 2 years running, a penalty last year or not yet executed, an investigation;
 * - `ratings.bar` (第三十一条): 2 years after a lowered grade, 3 after a cancelled one, from the decision (it may apply
 *   from the day after the corresponding day);
 * - `ratings.fiveA.prior`, `ratings.fiveA.party`: the profile's city rules for 5A (Suzhou: 4A held 2 years; 怀宁: a
 *   party organization), not applicable where the profile has none.
 * "上年度" is the year before `asOf`'s year. Years are counted under the profile's status convention (民法典 arts.
 * 201–202, the last day not moved).
 * @param organization - the organization (the `organization` entity; `target` and `hasPartyOrganization` may be added)
 * @param options - `asOf` (required), `profile`, `target` (the grade applied for, unless the organization gives it),
 *   `registeredBefore` (the round's registration cut-off), `calendar`
 * @category Ratings
 * @example
 * ```ts
 * const org = { kind: '民办社会工作服务机构', rating: '4A', ratedOn: '2021-06-30', ratingSanctions: [],
 *   annualInspections: { 2025: '合格' }, penalties: [], underInvestigation: false };
 * ratingEligibility(org, { asOf: '2026-03-01', target: '5A' }).outcome;                       // 'pass' (第二十九条: since 2024-07-01)
 * ratingEligibility(org, { asOf: '2026-03-01', target: '5A', profile: 'suzhou-2021' }).outcome; // 'pass' (4A held 2 years)
 * ratingEligibility({ ...org, rating: undefined, ratedOn: undefined, registeredOn: '2024-05-01' },
 *   { asOf: '2026-03-01', target: '3A', registeredBefore: '2023-12-31' }).findings[0].outcome;   // 'fail' (第六条第一项)
 * ```
 */
export function ratingEligibility(organization: unknown, options: EligibilityOptions): RatingEligibility {
  const o = readOptions(options, ELIGIBILITY_OPTIONS);
  const org = ratingOrganizationRecord.parse(organization);
  const target = targetOf(org, o.target, []);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateEligibility(org, target, o.registeredBefore, { scope, calendar: o.calendar });
  return {
    ...envelope(DOMAIN, 'rating-eligibility', r.outcome, scope, explain(summary(r.outcome, target, r.findings))),
    id: org.id ?? null,
    target: target ?? null,
    validity: r.validity,
    findings: r.findings,
  };
}

/**
 * The result of a ratings batch: one row per input, in order (refused rows have `outcome: 'error'`), and the counts.
 * @category Ratings
 */
export interface RatingBatch<K extends string, R> {
  /** The result type. */
  readonly kind: K;
  /** The date the parameters were read on. */
  readonly asOf: string;
  /** The profile used. */
  readonly profile: ProfileRef;
  /** The engine. */
  readonly engine: EngineRef;
  /** One row per input (`rows.length` = the input's length). */
  readonly rows: readonly (R | ErrorRow)[];
  /** Rows by outcome; `total` is the sum of the others. */
  readonly counts: OutcomeCounts;
}

/**
 * One row of {@link ratingEligibilityBatch}.
 * @category Ratings
 */
export interface RatingEligibilityRow {
  /** Position in the input. */
  readonly index: number;
  /** The worst finding. */
  readonly outcome: Outcome;
  /** The organization's id, if it has one. */
  readonly id: string | null;
  /** The grade applied for. */
  readonly target: Rating | null;
  /** The grade and where it stands. */
  readonly validity: GradeValidity;
  /** One finding per rule. */
  readonly findings: readonly RatingFinding[];
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

function eligibilityRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  calendar: WorkCalendar,
  option: Rating | undefined,
  registeredBefore: string | undefined,
  explain: boolean,
  mode: ValidationMode,
): RatingEligibilityRow {
  const org = readRow(ratingOrganizationRecord, raw, index, mode);
  const target = targetOf(org, option, [index]);
  const head = { index, id: org.id ?? null, target: target ?? null };
  if (explain) {
    const { scope, explain: finish } = explainedScope(at);
    const r = evaluateEligibility(org, target, registeredBefore, { scope, calendar });
    return {
      ...head,
      outcome: r.outcome,
      validity: r.validity,
      findings: r.findings,
      warnings: scope.warnings,
      missing: scope.missing,
      explanation: finish(summary(r.outcome, target, r.findings)),
    };
  }
  const scope = new Scope(at);
  const r = evaluateEligibility(org, target, registeredBefore, { scope, calendar });
  return {
    ...head,
    outcome: r.outcome,
    validity: r.validity,
    findings: r.findings,
    warnings: scope.warnings,
    missing: scope.missing,
  };
}

/**
 * {@link ratingEligibility} for a list of organizations (a round's applicants): one row per input, in order; a refused
 * input is a row with `outcome: 'error'` and its PolicyError (paths start with the row index); the counts add up.
 * @param organizations - the organizations
 * @param options - `asOf` (required), `profile`, `target`, `registeredBefore`, `calendar`, `explain`, `validate`
 * @category Ratings
 * @example
 * ```ts
 * const { rows, counts } = ratingEligibilityBatch(applicants, { asOf: '2026-05-01', registeredBefore: '2024-04-30' });
 * counts.total === rows.length; // true
 * ```
 */
export function ratingEligibilityBatch(
  organizations: unknown,
  options: EligibilityBatchOptions,
): RatingBatch<'rating-eligibility-batch', RatingEligibilityRow> {
  const o = readOptions(options, ELIGIBILITY_BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { rows, counts } = runBatch(
    organizations,
    (raw, i) => eligibilityRow(raw, i, at, o.calendar, o.target, o.registeredBefore, o.explain, o.validate),
    [],
    o.validate,
  );
  return {
    kind: 'rating-eligibility-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
