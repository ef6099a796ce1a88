/**
 * `coverageReport`: every registered indicator (or those asked for) over one registry, each a row of the report, with
 * the profile's targets and, for the city and each county, whether each is met, behind (by how many units), or
 * cannot be decided because members could not be classified.
 * @module
 */
import { typeName } from '../core/errors.js';
import { coreMessages } from '../core/core-messages.js';
import { explainedScope, envelope, profileAt } from '../core/evaluation.js';
import type { Bilingual } from '../core/messages.js';
import { readOptions, type OptionReader, type OptionSpec } from '../core/options.js';
import { compareToTarget, parseRateTarget } from '../core/rate.js';
import { runBatch, type ErrorRow, type OutcomeCounts, type ResultEnvelope } from '../core/result.js';
import { indicatorById, optionSpec, ownOptions, readRegistry, runIndicator, type CommonValues, type CoverageOptions } from './compute.js';
import type { IndicatorDefinition } from './indicator.js';
import { INDICATORS, type IndicatorId } from './indicators/index.js';
import { coverageMessages } from './messages.js';
import type { CoverageResult, RegistryRowError, RollupRow } from './result.js';
import { unitIndex } from './units.js';

/**
 * One unit's standing against a target.
 * @category Coverage
 */
export interface TargetStanding {
  /** Division code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Covered. */
  readonly numerator: number;
  /** In scope and classified. */
  readonly denominator: number;
  /** Not classifiable. */
  readonly undetermined: number;
  /** Rate (see `formatRate`: a rate short of 1 never shows as 100%), `null` for a zero denominator. */
  readonly rate: string | null;
  /** Percent text. */
  readonly percent: string | null;
  /**
   * `met`: the target is met even if every unclassified member is not covered (compared exactly, not after
   * rounding); `behind`: not met even if every one is; `undetermined`: it depends on them; `no_data`: nothing to count.
   */
  readonly status: 'met' | 'behind' | 'undetermined' | 'no_data';
  /** For `behind`: units still to cover (at least) and the rate gap (`target − rate`, rounded up). */
  readonly shortfall?: { readonly units: number; readonly rate: string };
}

/**
 * A target of one measure and the standing of the city and each county.
 * @category Coverage
 */
export interface TargetStatus {
  /** Indicator id. */
  readonly indicator: string;
  /** Measure id. */
  readonly measure: string;
  /** The measure's name. */
  readonly label: Bilingual;
  /** The target rate, e.g. `"1"`. */
  readonly target: string;
  /** True when the target value is provisional. */
  readonly provisional: boolean;
  /** The whole tree. */
  readonly city: TargetStanding;
  /** Each county-level unit. */
  readonly counties: readonly TargetStanding[];
}

/** One indicator of a report: its result and its position. @category Coverage */
export type CoverageReportRow = CoverageResult & { readonly index: number };

/**
 * Result of {@link coverageReport}: a row per indicator (`rows`, with `counts` by outcome; an indicator that could
 * not run is an error row), the targets, and every refused registry row once.
 * @category Coverage
 */
export interface CoverageReport extends ResultEnvelope<'coverage_report', 'computed' | 'undetermined'> {
  /** The indicators, in report order. */
  readonly rows: readonly (CoverageReportRow | ErrorRow)[];
  /** Rows by outcome (`total` = the number of indicators). */
  readonly counts: OutcomeCounts;
  /** Targets with the standing of the city and each county. */
  readonly targets: readonly TargetStatus[];
  /** Refused registry rows, each once (also listed in each row that reads its collection). */
  readonly errors: readonly RegistryRowError[];
}

const STATUS: Readonly<Record<TargetStanding['status'], Bilingual>> = {
  met: { zh: '达标', en: 'met' },
  behind: { zh: '未达标', en: 'behind' },
  undetermined: { zh: '因缺少信息无法判定', en: 'cannot be decided (information missing)' },
  no_data: { zh: '无统计对象', en: 'nothing to count' },
};

/** The standing of one roll-up row against a target. */
function standing(row: RollupRow, target: string): TargetStanding {
  const base = { code: row.code, name: row.name, numerator: row.numerator, denominator: row.denominator, undetermined: row.undetermined, rate: row.rate, percent: row.percent };
  const all = row.denominator + row.undetermined;
  if (all === 0) return { ...base, status: 'no_data' };
  if (compareToTarget(row.numerator, all, target).met) return { ...base, status: 'met' };
  const best = compareToTarget(row.numerator + row.undetermined, all, target);
  if (best.met) return { ...base, status: 'undetermined' };
  const gap = row.denominator === 0 ? best.gap : compareToTarget(row.numerator, row.denominator, target).gap;
  return { ...base, status: 'behind', shortfall: { units: best.units, rate: gap } };
}

const indicatorsOption: OptionReader<readonly IndicatorId[] | undefined> = (value, path) => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return coreMessages.fail('invalid_type', path, { expected: 'array', received: typeName(value) });
  return value.map((id, i) => indicatorById(id, [...path, i]).id as IndicatorId);
};

/**
 * Computes every registered indicator (or those in `indicators`) over one registry and tree, each a row of the report,
 * reads each indicator's targets from the profile (`coverage.target.<indicator>`: measure → rate) and says for the city
 * and each county whether the target is met, behind (by how many units and how much rate), or cannot be decided
 * because members could not be classified. The registry is checked once; a refused row is listed once in `errors`.
 * @param data - the registry
 * @param options - the options of {@link computeCoverage}, the options of every indicator, and `indicators`
 * @category Coverage
 * @example
 * ```ts
 * const report = coverageReport(registry, { asOf: '2025-12-31' });
 * report.targets.find((t) => t.indicator === 'social_work_stations')?.counties[0]?.status; // 'met' | 'behind' | …
 * explain(report); // every indicator's explanation, in Chinese
 * ```
 */
export function coverageReport(data: unknown, options: CoverageOptions & { readonly indicators?: readonly IndicatorId[] }): CoverageReport {
  const all = INDICATORS as readonly IndicatorDefinition<OptionSpec>[];
  const values = readOptions(options, { ...optionSpec(all), indicators: indicatorsOption }) as CommonValues & Record<string, unknown> & { indicators?: readonly IndicatorId[] };
  const definitions = values.indicators === undefined ? all : values.indicators.map((id) => indicatorById(id));
  const tree = unitIndex(values.divisions);
  const rows = readRegistry(data, definitions, tree, values.validate);
  const batch = runBatch(definitions, (raw, index) => {
    const d = raw as IndicatorDefinition<OptionSpec>;
    return { ...runIndicator(d, rows, values, ownOptions(d, values)), index };
  });

  const { scope, explain } = explainedScope(profileAt(values.profile, values.asOf));
  const targets: TargetStatus[] = [];
  for (const row of batch.rows) {
    if (row.outcome === 'error') continue;
    const r = row as CoverageReportRow;
    const read = scope.param(`coverage.target.${r.indicator}`);
    if (read === undefined) continue;
    const table = read.value;
    if (typeof table !== 'object' || table === null || Array.isArray(table)) coverageMessages.fail('invalid_parameter_table', ['parameters', read.id], { id: read.id, label: read.label });
    const declared = INDICATORS.find((d) => d.id === r.indicator)!.measures;
    for (const [measure, target] of Object.entries(table as Record<string, unknown>)) {
      if (!declared.some((x) => x.id === measure)) coverageMessages.fail('invalid_parameter_table', ['parameters', read.id, measure], { id: read.id, label: read.label });
      parseRateTarget(target, ['parameters', read.id, measure]);
      // A measure left uncomputed (a parameter or the checklist missing) has no standing; its row says why.
      const m = r.measures.find((x) => x.id === measure);
      if (m === undefined) continue;
      const t = target as string;
      const status: TargetStatus = { indicator: r.indicator, measure, label: m.label, target: t, provisional: read.provisional, city: standing(m.rollup.city[0]!, t), counties: m.rollup.county.map((c) => standing(c, t)) };
      targets.push(status);
      scope.trace.rule({
        rule: `coverage.target.${r.indicator}.${measure}`,
        text: coverageMessages.text('rule_target', { measure: m.label, target: t, status: STATUS[status.city.status], numerator: status.city.numerator, denominator: status.city.denominator, undetermined: status.city.undetermined }),
        result: status.city.status,
        source: read.source,
      });
    }
  }
  const tally = (s: TargetStanding['status']) => targets.filter((t) => t.city.status === s).length;
  const summary = coverageMessages.text('report_summary', { targets: targets.length, met: tally('met'), behind: tally('behind'), undetermined: tally('undetermined'), noData: tally('no_data') });
  // Each refused row once: the reader's, and those an indicator refused by a rule across records.
  const seen = new Set<string>();
  const errors: RegistryRowError[] = [];
  for (const row of batch.rows) {
    if (row.outcome === 'error') continue;
    for (const e of (row as CoverageReportRow).errors) {
      const key = `${e.collection}\u0000${e.index}`;
      if (!seen.has(key)) seen.add(key), errors.push(e);
    }
  }
  const outcome = scope.missing.length > 0 || batch.counts.computed !== batch.counts.total ? 'undetermined' : 'computed';
  return { ...envelope('coverage', 'coverage_report', outcome, scope, explain(summary)), rows: batch.rows, counts: batch.counts, targets, errors };
}
