/**
 * The workforce parameters as the rules use them: each group read together through the scope (traced, warned,
 * missing when a value is not in force) and its tables checked and parsed once per read (`derivedFrom`). A table of
 * the wrong shape in a host profile is refused with a PolicyError at its path.
 * @module
 * @internal
 */
import {
  derivedFrom,
  parsePeriodConvention,
  parseShareRule,
  type Bilingual,
  type ExactShare,
  type ParameterRead,
  type PeriodConvention,
  type Scope,
} from '../core/index.js';
import { BENCHMARK_KINDS, type BenchmarkKind } from '../salary/index.js';
import { workforceMessages as M } from './messages.js';

function bad(r: ParameterRead, ...rest: (string | number)[]): never {
  return M.fail('invalid_parameter_table', ['parameters', r.id, ...rest], { label: r.label });
}

function whole(r: ParameterRead, min: number): number {
  if (typeof r.value !== 'number' || !Number.isSafeInteger(r.value) || r.value < min) bad(r);
  return r.value as number;
}

// ── staffing ─────────────────────────────────────────────────────────────────
/** How a staffing requirement is rounded to whole workers. @category Workforce */
export type StaffingRounding = 'ceil' | 'half-up' | 'floor';
const ROUNDINGS: readonly StaffingRounding[] = ['ceil', 'half-up', 'floor'];

/** @internal */
export interface StaffingRules {
  readonly perTenThousand: number;
  readonly rounding: StaffingRounding;
}
const STAFFING = Object.freeze(['workforce.staffing.perTenThousand', 'workforce.staffing.rounding']);
const staffingOf = ([n, r]: readonly ParameterRead[]): StaffingRules => {
  if (!(ROUNDINGS as readonly unknown[]).includes(r!.value)) bad(r!);
  return { perTenThousand: whole(n!, 1), rounding: r!.value as StaffingRounding };
};
/** @internal */
export const readStaffing = (scope: Scope): StaffingRules | undefined => {
  const reads = scope.params(STAFFING);
  return reads === undefined ? undefined : derivedFrom(reads, staffingOf);
};

// ── targets ──────────────────────────────────────────────────────────────────
/** @internal */
export interface TargetRule {
  readonly id: 'certified' | 'college';
  readonly share: ExactShare;
  /** The share as written (`"0.6"`). */
  readonly text: string;
  readonly read: ParameterRead;
}
const shareOf = (r: ParameterRead, id: TargetRule['id']): TargetRule => {
  const share = parseShareRule(r.value, ['parameters', r.id, 'value']);
  if (share.bound !== '以上' && share.bound !== '届满' && share.bound !== '超过') bad(r, 'value', 'bound');
  return { id, share, text: (r.value as { share: string }).share, read: r };
};
const certifiedOf = ([r]: readonly ParameterRead[]) => shareOf(r!, 'certified');
const collegeOf = ([r]: readonly ParameterRead[]) => shareOf(r!, 'college');
/** @internal */
export const readTarget = (scope: Scope, id: TargetRule['id']): TargetRule | undefined => {
  const r = scope.param(`workforce.targets.${id}`);
  return r === undefined ? undefined : derivedFrom([r], id === 'certified' ? certifiedOf : collegeOf);
};

// ── certification ────────────────────────────────────────────────────────────
/** Education levels as the exam conditions distinguish them, lowest first. @category Workforce */
export const EXAM_EDUCATION = ['below_secondary', 'secondary', 'college', 'bachelor', 'master', 'doctorate'] as const;
/** An education level of the exam conditions. @category Workforce */
export type ExamEducation = (typeof EXAM_EDUCATION)[number];

/**
 * One condition for the 社会工作者职业水平考试 (a row of the profile's `workforce.exam.routes`): the level it admits to,
 * the educations and major it needs, and the years of social work (or a fresh graduate, or years after a certificate).
 * @category Workforce
 */
export interface ExamRoute {
  /** `assistant` 助理社会工作师 or `intermediate` 社会工作师. */
  readonly level: 'assistant' | 'intermediate';
  /** The educations the route is for. */
  readonly education: readonly ExamEducation[];
  /** `social_work` (a social work degree), `other` (another major) or `any`. */
  readonly major: 'social_work' | 'other' | 'any';
  /** Full years of social work needed (0: none); absent for a fresh-graduate route. */
  readonly years?: number;
  /** True for "应届毕业生": eligible on graduating. */
  readonly freshGraduate?: boolean;
  /** Years counted after a certificate of this level (a worker who has one already holds a certificate). */
  readonly afterCertificate?: 'assistant';
}

/** @internal */
export interface CertificationRules {
  readonly years: number;
  readonly clockStart: 'eligible' | 'eligible_or_hired';
  readonly convention: PeriodConvention;
  readonly routes: readonly ExamRoute[];
}
const CERTIFICATION = Object.freeze([
  'workforce.certification.years',
  'workforce.certification.clockStart',
  'workforce.counting.certification',
  'workforce.exam.routes',
]);
const ROUTE_KEYS = new Set(['level', 'education', 'major', 'years', 'freshGraduate', 'afterCertificate']);
function routesOf(r: ParameterRead): ExamRoute[] {
  const v = r.value;
  if (!Array.isArray(v) || v.length === 0) bad(r);
  return (v as unknown[]).map((x, i) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) bad(r, 'value', i);
    const o = x as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!ROUTE_KEYS.has(k)) bad(r, 'value', i, k);
    if (o.level !== 'assistant' && o.level !== 'intermediate') bad(r, 'value', i, 'level');
    if (
      !Array.isArray(o.education) ||
      o.education.length === 0 ||
      !o.education.every((e) => (EXAM_EDUCATION as readonly unknown[]).includes(e))
    )
      bad(r, 'value', i, 'education');
    if (o.major !== 'social_work' && o.major !== 'other' && o.major !== 'any') bad(r, 'value', i, 'major');
    const fresh = o.freshGraduate === true;
    if (o.freshGraduate !== undefined && o.freshGraduate !== true) bad(r, 'value', i, 'freshGraduate');
    if (fresh === (o.years !== undefined)) bad(r, 'value', i, 'years');
    if (
      o.years !== undefined &&
      (typeof o.years !== 'number' || !Number.isSafeInteger(o.years) || o.years < 0 || o.years > 50)
    )
      bad(r, 'value', i, 'years');
    if (o.afterCertificate !== undefined && o.afterCertificate !== 'assistant') bad(r, 'value', i, 'afterCertificate');
    return o as unknown as ExamRoute;
  });
}
const certificationOf = ([y, c, k, routes]: readonly ParameterRead[]): CertificationRules => {
  if (c!.value !== 'eligible' && c!.value !== 'eligible_or_hired') bad(c!);
  return {
    years: whole(y!, 1),
    clockStart: c!.value,
    convention: parsePeriodConvention(k!.value, ['parameters', k!.id, 'value']),
    routes: routesOf(routes!),
  };
};
/** @internal */
export const readCertification = (scope: Scope): CertificationRules | undefined => {
  const reads = scope.params(CERTIFICATION);
  return reads === undefined ? undefined : derivedFrom(reads, certificationOf);
};

// ── exit ─────────────────────────────────────────────────────────────────────
/** @internal */
export interface ExitRules {
  readonly fail: number;
  readonly basicPass: number;
}
const EXIT = Object.freeze(['workforce.exit.consecutiveFail', 'workforce.exit.consecutiveBasicPass']);
const exitOf = ([f, b]: readonly ParameterRead[]): ExitRules => ({ fail: whole(f!, 1), basicPass: whole(b!, 1) });
/** @internal */
export const readExit = (scope: Scope): ExitRules | undefined => {
  const reads = scope.params(EXIT);
  return reads === undefined ? undefined : derivedFrom(reads, exitOf);
};

// ── pay ──────────────────────────────────────────────────────────────────────
/** @internal */
export interface PayRules {
  readonly kind: BenchmarkKind;
  /** The share of the benchmark the average must reach, as written (`"1"`). */
  readonly ratio: string;
  /** `all`, or the ids of the pay components counted. */
  readonly lines: 'all' | readonly string[];
}
const PAY = Object.freeze(['workforce.pay.benchmarkKind', 'workforce.pay.ratio', 'workforce.pay.lines']);
const payOf = ([k, r, l]: readonly ParameterRead[]): PayRules => {
  if (!(BENCHMARK_KINDS as readonly unknown[]).includes(k!.value)) bad(k!);
  if (typeof r!.value !== 'string' || !/^\d+(\.\d+)?$/.test(r!.value) || /^0+(\.0+)?$/.test(r!.value)) bad(r!);
  const v = l!.value as { count?: unknown } | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).some((x) => x !== 'count')) bad(l!);
  const count = v.count;
  if (
    count !== 'all' &&
    !(Array.isArray(count) && count.length > 0 && count.every((c) => typeof c === 'string' && c.length > 0))
  )
    bad(l!, 'value', 'count');
  return { kind: k!.value as BenchmarkKind, ratio: r!.value, lines: count as 'all' | string[] };
};
/** @internal */
export const readPay = (scope: Scope): PayRules | undefined => {
  const reads = scope.params(PAY);
  return reads === undefined ? undefined : derivedFrom(reads, payOf);
};

/** A label for a parameter id not in the profile (for messages). @internal */
export function parameterLabel(scope: Scope, id: string): Bilingual {
  const p = scope.at.profile.parameters[id];
  return p === undefined ? { zh: id, en: id } : p.label;
}
