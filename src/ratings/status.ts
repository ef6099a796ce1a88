/**
 * `ratingStatus`: where an organization's grade stands on a date (valid, in its re-evaluation window, expired and so
 * 视为无评估等级, cancelled), the grounds of 第三十条 its records show, and the return of the certificate after a
 * lowered or cancelled grade (第三十三条).
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
  type Explanation,
  type Outcome,
  type ParametersAt,
  type ResultEnvelope,
  type ValidationMode,
  type Warning,
  type WorkCalendar,
} from '../core/index.js';
import { readRow } from '../core/validation.js';
import type { Rating } from '../entities/organization.js';
import { gradeText, type RatingContext } from './context.js';
import { DOMAIN, type RatingBatch } from './eligibility.js';
import type { RatingFinding } from './finding.js';
import { ratingMessages as M } from './messages.js';
import { BATCH_OPTIONS, ITEM_OPTIONS, type RatingBatchOptions, type RatingOptions } from './options.js';
import { ratingOrganizationRecord, type RatingOrganization } from './records.js';
import { certificateReturn } from './rules/certificate.js';
import { grounds } from './rules/grounds.js';
import { evaluateValidity } from './rules/validity.js';
import type { GradeState, GradeValidity } from './validity.js';

/** What a status decided. @category Ratings */
export type RatingStatusOutcome = 'computed' | 'fail' | 'undetermined' | 'not_applicable';

/** The labels of the grade states. @category Ratings */
export const gradeStateLabels: Readonly<Record<GradeState, { readonly zh: string; readonly en: string }>> = {
  valid: { zh: '有效', en: 'valid' },
  expired: { zh: '已满有效期，视为无评估等级', en: 'expired: deemed to have no grade' },
  cancelled: { zh: '已被取消', en: 'cancelled' },
  none: { zh: '无评估等级', en: 'no grade' },
  unknown: { zh: '有效期无法确定', en: 'validity undetermined' },
};

const RENEWAL = { zh: '有效，可申请重新评估', en: 'valid, re-evaluation window open' };

/** The status of one organization on the readable path. @internal */
export function evaluateStatus(
  o: RatingOrganization,
  ctx: RatingContext,
): { outcome: RatingStatusOutcome; validity: GradeValidity | undefined; findings: RatingFinding[] } {
  const v = evaluateValidity(o, ctx);
  if (!('validity' in v)) return { outcome: 'undetermined', validity: undefined, findings: [] };
  const validity = v.validity;
  const findings = [...(validity.state === 'valid' ? grounds(o, validity, ctx) : []), ...certificateReturn(o, ctx)];
  if (validity.state === 'unknown') return { outcome: 'undetermined', validity, findings };
  if (validity.state === 'none' && findings.length === 0) return { outcome: 'not_applicable', validity, findings };
  const worst = combineOutcomes(['computed', ...findings.map((f) => f.outcome)]);
  return { outcome: worst === 'pass' ? 'computed' : (worst as RatingStatusOutcome), validity, findings };
}

function summary(v: GradeValidity | undefined, findings: readonly RatingFinding[]) {
  const fail = findings.filter((f) => f.outcome === 'fail').length;
  const undetermined = findings.filter((f) => f.outcome === 'undetermined').length;
  if (v === undefined) return M.text('validity_no_parameter');
  const state = v.renewalOpen ? RENEWAL : gradeStateLabels[v.state];
  return M.text('summary_status', {
    state,
    ...(v.grade === null ? {} : { grade: gradeText(v.grade) }),
    ...(v.state === 'valid' && v.expiresOn !== null ? { expiresOn: v.expiresOn } : {}),
    fail,
    undetermined,
  });
}

const NO_VALIDITY: GradeValidity = {
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

/**
 * The status of an organization's grade on a date.
 * @category Ratings
 */
export interface RatingStatus extends ResultEnvelope<'rating-status', RatingStatusOutcome> {
  /** The organization's id, if it has one. */
  readonly id: string | null;
  /** Where the grade stands. */
  readonly state: GradeState;
  /** The grade on record. */
  readonly grade: Rating | null;
  /** Its validity: the day awarded, the last day, the first day of the re-evaluation window, a cancellation. */
  readonly validity: GradeValidity;
  /** The grounds of 第三十条 (for a valid grade) and the certificate returns of 第三十三条. */
  readonly findings: readonly RatingFinding[];
}

/**
 * Where an organization's grade stands on `asOf` (民政部令第39号):
 * - valid until the end of its 5 years (第二十八条第一款), counted under the profile's status convention (the day it
 *   was awarded is not counted; the period ends on the corresponding day: awarded 2021-06-30, valid through
 *   2026-06-30, expired from 2026-07-01); in its re-evaluation window in the last 2 (第二十九条第一款: from 2024-07-01);
 * - expired: 视为无评估等级 (第二十九条第二款); cancelled by a decision taken while it was held (第三十条);
 * - for a valid grade, the grounds of 第三十条第三项至第五项 its records show (`ratings.sanction.*`: `fail` when one is
 *   present; the lowering is the department's decision);
 * - after a lowered or cancelled grade, the return of the certificate and plaque within 15 日 of the notice
 *   (第三十三条, `ratings.certificateReturn`): in time, pending, late or overdue.
 * The outcome is `computed`, or `fail` when a ground is present or a return is overdue or late, `undetermined` when
 * the validity or a finding lacks a fact (`missing`), `not_applicable` when there is no grade and no decision.
 * @param organization - the organization (the `organization` entity's `rating`, `ratedOn`, `ratingSanctions`,
 *   `annualInspections`, `penalties`)
 * @param options - `asOf` (required), `profile`, `calendar`
 * @category Ratings
 * @example
 * ```ts
 * const s = ratingStatus({ kind: '民办社会工作服务机构', rating: '4A', ratedOn: '2021-06-30',
 *   annualInspections: { 2025: '合格', 2024: '合格' }, penalties: [] }, { asOf: '2026-03-01' });
 * s.state;                     // 'valid'
 * s.validity.expiresOn;        // '2026-06-30'
 * s.validity.renewalOpen;      // true (since 2024-07-01)
 * ratingStatus({ kind: '民办社会工作服务机构', rating: '4A', ratedOn: '2021-06-30' }, { asOf: '2026-07-01' }).state; // 'expired'
 * ```
 */
export function ratingStatus(organization: unknown, options: RatingOptions): RatingStatus {
  const o = readOptions(options, ITEM_OPTIONS);
  const org = ratingOrganizationRecord.parse(organization);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateStatus(org, { scope, calendar: o.calendar });
  const validity = r.validity ?? { ...NO_VALIDITY, grade: org.rating ?? null, ratedOn: org.ratedOn ?? null };
  return {
    ...envelope(DOMAIN, 'rating-status', r.outcome, scope, explain(summary(r.validity, r.findings))),
    id: org.id ?? null,
    state: validity.state,
    grade: validity.grade,
    validity,
    findings: r.findings,
  };
}

/**
 * One row of {@link ratingStatusBatch}.
 * @category Ratings
 */
export interface RatingStatusRow {
  /** Position in the input. */
  readonly index: number;
  /** As in {@link RatingStatus}. */
  readonly outcome: RatingStatusOutcome;
  /** The organization's id, if it has one. */
  readonly id: string | null;
  /** Where the grade stands. */
  readonly state: GradeState;
  /** The grade on record. */
  readonly grade: Rating | null;
  /** Its validity. */
  readonly validity: GradeValidity;
  /** Grounds and certificate returns. */
  readonly findings: readonly RatingFinding[];
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

/** One row of a status batch. @internal */
export function statusRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  calendar: WorkCalendar,
  explain: boolean,
  mode: ValidationMode = 'checked',
): RatingStatusRow {
  const org = readRow(ratingOrganizationRecord, raw, index, mode);
  const run = (scope: Scope) => {
    const r = evaluateStatus(org, { scope, calendar });
    const validity = r.validity ?? { ...NO_VALIDITY, grade: org.rating ?? null, ratedOn: org.ratedOn ?? null };
    return {
      r,
      row: {
        index,
        outcome: r.outcome,
        id: org.id ?? null,
        state: validity.state,
        grade: validity.grade,
        validity,
        findings: r.findings,
        warnings: scope.warnings,
        missing: scope.missing,
      },
    };
  };
  if (explain) {
    const { scope, explain: finish } = explainedScope(at);
    const { r, row } = run(scope);
    return { ...row, explanation: finish(summary(r.validity, r.findings)) };
  }
  return run(new Scope(at)).row;
}

/**
 * {@link ratingStatus} for a register of organizations: one row per organization, in order; refused rows are `error`
 * rows; the counts add up.
 * @param organizations - the organizations
 * @param options - `asOf` (required), `profile`, `calendar`, `explain`, `validate`
 * @category Ratings
 * @example
 * ```ts
 * const { rows, counts } = ratingStatusBatch(register, { asOf: '2026-03-01' });
 * rows.filter((r) => r.outcome !== 'error' && r.validity.renewalOpen).length; // grades that may be re-evaluated now
 * ```
 */
export function ratingStatusBatch(
  organizations: unknown,
  options: RatingBatchOptions,
): RatingBatch<'rating-status-batch', RatingStatusRow> {
  const o = readOptions(options, BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { rows, counts } = runBatch(
    organizations,
    (raw, i) => statusRow(raw, i, at, o.calendar, o.explain, o.validate),
    [],
    o.validate,
  );
  return {
    kind: 'rating-status-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
