/**
 * `coverageReport`: every indicator in one call, with the profile's targets and, per county, whether each target
 * is met or how far behind it is.
 * @module
 */
import { ErrorCode, fail, type PolicyIssue } from '../core/errors.js';
import { PROVISIONAL_WARNING, type Warning } from '../core/explanation.js';
import type { ParameterRead } from '../core/parameters.js';
import { readParameter } from '../core/profile.js';
import { COVERAGE_INDICATORS, maskIssue, prepare, run, type CoverageOptions } from './compute.js';
import { shortfall, targetFraction } from './rate.js';
import type { CoverageResult, IndicatorId, RollupRow } from './result.js';

/**
 * One unit's standing against a target.
 * @category Coverage
 */
export interface TargetStanding {
  /** Division code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Covered count. */
  readonly numerator: number;
  /** Count in scope. */
  readonly denominator: number;
  /** Rate, `null` for a zero denominator. */
  readonly rate: string | null;
  /** `met`: rate ≥ target (compared exactly, not after rounding); `behind`; `no_data`: zero denominator. */
  readonly status: 'met' | 'behind' | 'no_data';
  /** For `behind`: units still to cover (`ceil(target × denominator) − numerator`) and the rate gap. */
  readonly shortfall?: { readonly units: number; readonly rate: string };
}

/**
 * A target of one measure and the standing of the city and each county.
 * @category Coverage
 */
export interface TargetStatus {
  /** Indicator id. */
  readonly indicator: IndicatorId;
  /** Measure id. */
  readonly measure: string;
  /** The target rate, e.g. `"1"`. */
  readonly target: string;
  /** True when the target value is provisional (no official source). */
  readonly provisional: boolean;
  /** The whole tree. */
  readonly city: TargetStanding;
  /** Each county-level unit. */
  readonly counties: readonly TargetStanding[];
}

/**
 * Result of {@link coverageReport}.
 * @category Coverage
 */
export interface CoverageReport {
  /** The date computed for. */
  readonly asOf: string;
  /** Profile used. */
  readonly profile: { readonly id: string; readonly version: string };
  /** Each indicator's full result. */
  readonly indicators: Readonly<Partial<Record<IndicatorId, CoverageResult>>>;
  /** Targets with the standing of the city and each county. */
  readonly targets: readonly TargetStatus[];
  /** Every issue of every indicator, each with `params.indicator`. */
  readonly issues: readonly PolicyIssue[];
  /** Warnings of all indicators, once each. */
  readonly warnings: readonly Warning[];
}

function standing(row: RollupRow, target: [number, number]): TargetStanding {
  const base = { code: row.code, name: row.name, numerator: row.numerator, denominator: row.denominator, rate: row.rate };
  if (row.denominator === 0) return { ...base, status: 'no_data' };
  const s = shortfall(row.numerator, row.denominator, target);
  return s.met ? { ...base, status: 'met' } : { ...base, status: 'behind', shortfall: { units: s.units, rate: s.rate } };
}

/**
 * Computes every indicator (or those in `indicators`) over one registry and tree, reads each indicator's targets
 * from the profile (`coverage.target.<indicator>`: measure → rate; the five full coverages default to 100%) and
 * says for the city and each county whether the target is met, or by how many units and how much rate it is behind.
 * @category Coverage
 * @example
 * ```ts
 * const report = coverageReport(registry, { asOf: '2025-12-31' });
 * report.targets.find((t) => t.indicator === 'social_work_stations')?.counties[0]?.status; // 'met' | 'behind' | 'no_data'
 * ```
 */
export function coverageReport(data: unknown, options: CoverageOptions & { readonly indicators?: readonly IndicatorId[] }): CoverageReport {
  const p = prepare(data, options);
  const ids: readonly IndicatorId[] = options.indicators ?? COVERAGE_INDICATORS.map((i) => i.id);
  if (!Array.isArray(ids as unknown) || ids.length === 0 || new Set(ids).size !== ids.length) {
    fail(ErrorCode.InvalidType, ['indicators'], 'indicators 应为不重复的指标 id 列表', 'indicators must be a list of distinct indicator ids', { allowed: COVERAGE_INDICATORS.map((i) => i.id) });
  }
  const indicators: Partial<Record<IndicatorId, CoverageResult>> = {};
  const targets: TargetStatus[] = [];
  const issues: PolicyIssue[] = [];
  const warnings: Warning[] = [];
  // Issues about the registry as a whole are reported once, not per indicator.
  issues.push(...p.topIssues.map(maskIssue));
  const inner = { ...p, topIssues: [] };
  for (const id of ids) {
    const r = run(id, inner);
    indicators[id] = r;
    for (const i of r.issues) issues.push({ ...i, params: { ...i.params, indicator: id } });
    for (const w of r.warnings) if (!warnings.some((x) => x.code === w.code && x.en === w.en)) warnings.push(w);
    const read: ParameterRead = readParameter(p.profile, `coverage.target.${id}`, p.asOf);
    const table = read.value;
    if (read.provisional && !warnings.some((w) => w.en.includes(read.id))) {
      warnings.push({
        code: PROVISIONAL_WARNING,
        zh: `参数 ${read.id} 的取值 (${read.effectiveFrom} 起) 为暂定值，未找到官方来源；请以官方文件取值覆盖`,
        en: `Parameter ${read.id} (from ${read.effectiveFrom}) is provisional: no official source was found; override it with the official value`,
      });
    }
    if (table === null || typeof table !== 'object' || Array.isArray(table)) {
      fail(ErrorCode.InvalidType, ['parameters', `coverage.target.${id}`], `目标参数 coverage.target.${id} 应为“测度 → 比率”表`, `Target parameter coverage.target.${id} must be a table of measure → rate`);
    }
    for (const [measure, value] of Object.entries(table)) {
      const m = r.measures.find((x) => x.id === measure);
      const frac = typeof value === 'string' ? targetFraction(value) : undefined;
      if (m === undefined || frac === undefined) {
        fail(ErrorCode.Invalid, ['parameters', `coverage.target.${id}`, measure], `目标 ${id}.${measure} 无效（未知测度或不是 0 到 1 的小数）`, `Target ${id}.${measure} is invalid (unknown measure or not a decimal from 0 to 1)`);
      }
      targets.push({
        indicator: id,
        measure,
        target: value as string,
        provisional: read.provisional,
        city: standing(m.rollup.city[0]!, frac),
        counties: m.rollup.county.map((row) => standing(row, frac)),
      });
    }
  }
  return { asOf: p.asOf, profile: { id: p.profile.id, version: p.profile.version }, indicators, targets, issues, warnings };
}
