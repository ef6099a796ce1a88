/**
 * `computeCoverage`: one indicator over a registry and a division tree, with roll-up, gaps, issues and explanation.
 * @module
 */
import { parseCalendarDate } from '../core/calendar-date.js';
import { ErrorCode, echo, fail, isPolicyError, maskIds, typeName, type PolicyIssue } from '../core/errors.js';
import { Tracer } from '../core/explanation.js';
import { ROUNDING_MODES, type RoundingMode } from '../core/money.js';
import type { Bilingual } from '../core/parameters.js';
import type { Profile } from '../core/profile.js';
import { huaianDivisions, type DivisionTree } from '../divisions/index.js';
import { checkTree } from '../divisions/tree.js';
import { checkProfile } from '../core/profile.js';
import { Context, type IndicatorOutput, type ValidationMode } from './context.js';
import { certificationRate } from './indicators/certification-rate.js';
import { committeeStandardization } from './indicators/committee-standardization.js';
import { dualReview, type Period } from './indicators/dual-review.js';
import { partyCoverage } from './indicators/party-coverage.js';
import { socialWorkStations } from './indicators/social-work-stations.js';
import { volunteerTeams } from './indicators/volunteer-teams.js';
import { huaianCoverageProfile } from './profile.js';
import { COLLECTIONS, type CollectionName } from './registry.js';
import type { CoverageResult, IndicatorId } from './result.js';
import { unitIndex } from './units.js';

/**
 * An indicator: id, name, the registry collections it reads and its measures (headline first).
 * @category Coverage
 */
export interface IndicatorInfo {
  /** Indicator id. */
  readonly id: IndicatorId;
  /** Name. */
  readonly label: Bilingual;
  /** Registry collections it reads. */
  readonly reads: readonly CollectionName[];
  /** Ids of its measures, headline first (`item:<id>` measures of indicator 3 are added per checklist item). */
  readonly measures: readonly string[];
}

/**
 * The indicators, in report order: the five full coverages of the seed article, then the certification rate.
 * @category Coverage
 */
export const COVERAGE_INDICATORS: readonly IndicatorInfo[] = [
  {
    id: 'party_coverage',
    label: { zh: '“两企三新”党的组织和工作覆盖', en: '两企三新 party organization and work coverage' },
    reads: ['organizations', 'partyOrganizations'],
    measures: ['organization', 'single', 'work'],
  },
  { id: 'dual_review', label: { zh: '行业协会商会“双审双培”', en: 'Associations: review before election, training' }, reads: ['associationEvents', 'trainingRecords'], measures: ['review', 'training'] },
  {
    id: 'committee_standardization',
    label: { zh: '村(居)民委员会标准化建设', en: 'Standardization of village and residents committees' },
    reads: ['checklistItems', 'checklistResults'],
    measures: ['overall'],
  },
  { id: 'volunteer_teams', label: { zh: '镇街、社区志愿服务队伍', en: 'Volunteer teams in townships and communities' }, reads: ['volunteerTeams'], measures: ['township', 'village'] },
  { id: 'social_work_stations', label: { zh: '镇街社会工作站', en: 'Township social work stations' }, reads: ['stations'], measures: ['township', 'village'] },
  { id: 'certification_rate', label: { zh: '社区工作者社工证持证率', en: 'Certification rate of community workers' }, reads: ['communityWorkers'], measures: ['overall'] },
];

/**
 * Options of {@link computeCoverage} and {@link coverageReport}.
 * @category Coverage
 */
export interface CoverageOptions {
  /** The date counted for (`YYYY-MM-DD`): which organizations, stations, teams and parameters are in force. */
  readonly asOf: string;
  /** The division tree (default: the embedded 淮安 tree). */
  readonly divisions?: DivisionTree;
  /** The coverage profile (default: {@link huaianCoverageProfile}). */
  readonly profile?: Profile;
  /** Period of indicator 2 (inclusive; default: 1 January of `asOf`'s year to `asOf`). */
  readonly period?: { readonly from: string; readonly to: string };
  /** How rows are checked (default `'fast'`; see {@link ValidationMode}). */
  readonly validate?: ValidationMode;
  /** Keep at most this many gaps per indicator (default: all); `gapCount` always has the total. */
  readonly gapLimit?: number;
}

const CALCULATORS: Record<IndicatorId, (ctx: Context, data: Record<string, unknown>, period: Period) => IndicatorOutput> = {
  party_coverage: partyCoverage,
  dual_review: dualReview,
  committee_standardization: committeeStandardization,
  volunteer_teams: volunteerTeams,
  social_work_stations: socialWorkStations,
  certification_rate: certificationRate,
};

/** Checked, defaulted options shared by one call. @internal */
export interface Prepared {
  readonly asOf: string;
  readonly tree: DivisionTree;
  readonly profile: Profile;
  readonly period: Period;
  readonly mode: ValidationMode;
  readonly gapLimit: number;
  readonly data: Record<string, unknown>;
  /** Issues about the registry as a whole (unknown collections). */
  readonly topIssues: readonly PolicyIssue[];
}

/** Validates options and the registry's outer shape. @internal */
export function prepare(data: unknown, options: CoverageOptions): Prepared {
  if (typeof options !== 'object' || options === null) fail(ErrorCode.Required, ['asOf'], '缺少计算日期 asOf', 'asOf is required');
  const asOf = parseCalendarDate(options.asOf, ['asOf']);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(ErrorCode.InvalidType, [], `名录应为对象，实际为 ${typeName(data)}`, `The registry must be an object, got ${typeName(data)}`, { expected: 'object', received: typeName(data) });
  }
  const mode = options.validate ?? 'fast';
  if (mode !== 'fast' && mode !== 'full' && mode !== 'trusted') {
    fail(ErrorCode.UnknownEnumValue, ['validate'], '校验方式应为 full、fast 或 trusted', 'validate must be full, fast or trusted', { allowed: ['full', 'fast', 'trusted'] });
  }
  const gapLimit = options.gapLimit ?? Number.POSITIVE_INFINITY;
  if (typeof gapLimit !== 'number' || !(gapLimit >= 0) || (gapLimit !== Number.POSITIVE_INFINITY && !Number.isSafeInteger(gapLimit))) {
    fail(ErrorCode.OutOfRange, ['gapLimit'], 'gapLimit 应为非负整数', 'gapLimit must be a non-negative integer');
  }
  if (options.period !== undefined && (typeof options.period !== 'object' || options.period === null)) {
    fail(ErrorCode.InvalidType, ['period'], '统计期应为 { from, to } 对象', 'period must be an object { from, to }', { expected: 'object', received: typeName(options.period) });
  }
  const from = options.period === undefined ? `${asOf.slice(0, 4)}-01-01` : parseCalendarDate(options.period.from, ['period', 'from']);
  const to = options.period === undefined ? asOf : parseCalendarDate(options.period.to, ['period', 'to']);
  const topIssues: PolicyIssue[] = [];
  if (mode !== 'trusted') {
    const unknown = Object.keys(data).filter((k) => !(COLLECTIONS as string[]).includes(k));
    if (unknown.length > 0) {
      topIssues.push({
        code: ErrorCode.UnrecognizedKeys,
        path: [],
        zh: `名录中有未知的集合：${unknown.join(', ')}（未读取）`,
        en: `Unknown collection(s) in the registry: ${unknown.join(', ')} (not read)`,
        params: { keys: unknown },
      });
    }
  }
  if (to < from) fail(ErrorCode.OutOfRange, ['period', 'to'], `统计期结束日期 ${to} 早于开始日期 ${from}`, `The period ends (${to}) before it starts (${from})`);
  if (options.divisions !== undefined) checkTree(options.divisions, ['divisions']);
  if (options.profile !== undefined) checkProfile(options.profile, ['profile']);
  return {
    asOf,
    tree: options.divisions ?? huaianDivisions(),
    profile: options.profile ?? huaianCoverageProfile(),
    period: { from, to },
    mode,
    gapLimit,
    data: data as Record<string, unknown>,
    topIssues,
  };
}

/** An issue quoting record ids as the registry wrote them, masked where they look like resident IDs. @internal */
export function maskIssue(i: PolicyIssue): PolicyIssue {
  const params = i.params === undefined ? '' : JSON.stringify(i.params);
  if (!/\d{15}/.test(i.zh + i.en + params)) return i;
  const masked: PolicyIssue = { ...i, zh: maskIds(i.zh), en: maskIds(i.en) };
  return i.params === undefined ? masked : { ...masked, params: Object.fromEntries(Object.entries(i.params).map(([k, v]) => [k, typeof v === 'string' ? maskIds(v) : v])) };
}

/** Runs one indicator on prepared input. @internal */
export function run(indicator: IndicatorId, p: Prepared): CoverageResult {
  // A string first: looking an object up as a key converts it (a null-prototype object or a deep array threw).
  const info = typeof indicator === 'string' ? COVERAGE_INDICATORS.find((i) => i.id === indicator) : undefined;
  const calc = info === undefined ? undefined : CALCULATORS[indicator];
  if (info === undefined || calc === undefined) {
    const allowed = COVERAGE_INDICATORS.map((i) => i.id);
    return fail(ErrorCode.UnknownEnumValue, ['indicator'], `未知的指标：${echo(indicator)}；可选：${allowed.join(', ')}`, `Unknown indicator: ${echo(indicator)}; expected one of: ${allowed.join(', ')}`, {
      allowed,
    });
  }
  const tracer = new Tracer(p.profile, p.asOf);
  const rounding = tracer.read('coverage.rateRounding').value;
  if (typeof rounding !== 'string' || !(ROUNDING_MODES as readonly string[]).includes(rounding)) {
    fail(ErrorCode.UnknownEnumValue, ['parameters', 'coverage.rateRounding'], `舍入方式无效：${String(rounding)}`, `Invalid rounding mode: ${String(rounding)}`, { allowed: ROUNDING_MODES });
  }
  const ctx = new Context(unitIndex(p.tree), tracer, p.asOf, p.mode, rounding as RoundingMode, p.gapLimit);
  ctx.issues.push(...p.topIssues);
  let out: IndicatorOutput;
  try {
    out = calc(ctx, p.data, p.period);
  } catch (error) {
    // In 'trusted' mode rows are not checked; a row of the wrong shape surfaces here. Bad input must still only
    // ever produce a PolicyError.
    if (p.mode !== 'trusted' || isPolicyError(error)) throw error;
    return fail(
      ErrorCode.Invalid,
      [],
      "名录中有不符合格式的记录（validate: 'trusted' 不做校验）；请改用 'fast' 校验以定位问题记录",
      "The registry has rows of the wrong shape (validate: 'trusted' checks nothing); use 'fast' to find them",
    );
  }
  const head = out.measures[0]!;
  tracer.rule({
    rule: 'coverage.rate',
    text: {
      zh: `覆盖率 = 分子 ÷ 分母，保留 4 位小数（${rounding}）；分母为 0 时为 null；上级单位的数字为下级之和（另加直接登记在该级的记录）`,
      en: `Rate = numerator ÷ denominator to 4 decimals (${rounding}); null for a zero denominator; a unit's figures are the sum of its children's (plus records attached to the unit itself)`,
    },
  });
  const result: CoverageResult = {
    indicator,
    label: info.label,
    asOf: p.asOf,
    measure: head.id,
    numerator: head.numerator,
    denominator: head.denominator,
    rate: head.rate,
    percent: head.percent,
    rollup: head.rollup,
    measures: out.measures,
    gaps: ctx.gaps,
    gapCount: ctx.gapCount,
    ...(out.mustForm === undefined ? {} : { mustForm: out.mustForm }),
    issues: ctx.issues.map(maskIssue),
    warnings: tracer.warnings,
    explanation: tracer.finish(),
  };
  return result;
}

/**
 * Computes one coverage indicator: the headline rate (exact 4-place decimal and percent text), numerator and
 * denominator, every measure of the indicator, the roll-up by level (village → township → county → city; a
 * county's figures are exactly the sum of its townships'), the gaps (which units or records are not covered and
 * why), the issues found in the data, and the explanation.
 *
 * Bad rows, units outside the tree, duplicates and double counting are reported in `issues` (with codes such as
 * `unknown_code`, `duplicate`, `counted_twice`, `zero_denominator`) and left out of the counts; a rate is `null`,
 * never NaN, and never above 1. Bad options (a malformed `asOf`, an unknown indicator) throw a `PolicyError`.
 * @category Coverage
 * @example
 * ```ts
 * const r = computeCoverage('social_work_stations', { stations: [{ id: 's1', unit: '320803001', opened: '2023-05-01' }] },
 *   { asOf: '2025-12-31' });
 * r.numerator;   // 1
 * r.denominator; // 95 (镇 + 街道 of the embedded tree)
 * r.rate;        // '0.0105'
 * r.percent;     // '1.05%'
 * ```
 */
export function computeCoverage(indicator: IndicatorId, data: unknown, options: CoverageOptions): CoverageResult {
  return run(indicator, prepare(data, options));
}
