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
import type { ParameterRead } from '../core/parameters.js';
import { DIVISION_KIND_LEVEL, DIVISION_KINDS, type DivisionKind } from '../divisions/index.js';
import { runBatch, type ErrorRow, type OutcomeCounts, type ResultEnvelope } from '../core/result.js';
import {
  indicatorById,
  optionSpec,
  ownOptions,
  readRegistry,
  runIndicator,
  type CommonValues,
  type CoverageOptions,
} from './compute.js';
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
   * rounding); `behind`: not met even if every one is; `undetermined`: it depends on them; `no_data`: nothing to count;
   * `not_applicable`: a count target limited to other kinds of unit (a 功能区 for "每个县").
   */
  readonly status: 'met' | 'behind' | 'undetermined' | 'no_data' | 'not_applicable';
  /**
   * For `behind`: units still to cover (at least) and, for a rate target, the rate gap (`target − rate`, rounded up);
   * for a count target, the records still needed to reach its minimum.
   */
  readonly shortfall?: { readonly units: number; readonly rate?: string };
}

/**
 * A count target: at least `atLeast` covered members in each unit of level `per` (the Jiangsu 十四五 target "每个县拥有
 * 3A级及以上民办社会工作服务机构不少于2个" is `{ atLeast: 2, per: 'county' }`), written in the profile's target table as
 * `{ "atLeast": 2, "per": "county" }` instead of a rate.
 * @category Coverage
 */
export interface CountTarget {
  /** The least number of covered members. */
  readonly atLeast: number;
  /** Where it applies: each county-level unit, or the whole tree. */
  readonly per: 'county' | 'city';
  /** For `per: 'county'`: the kinds of county-level unit it applies to (default all); the others are `not_applicable`. */
  readonly kinds?: readonly DivisionKind[];
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
  /** The target rate, e.g. `"1"`; for a count target, its minimum as text (`"2"`; see `minimum`). */
  readonly target: string;
  /** For a count target: the minimum and where it applies (the standings then compare the numerator with it). */
  readonly minimum?: CountTarget;
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
  not_applicable: { zh: '不适用', en: 'not applicable' },
};

/**
 * The standing of one roll-up row against a count target: met when the covered members reach the minimum, behind
 * when even every unclassified one would not, undetermined otherwise; never `no_data` (a unit with nothing counted has
 * none of the minimum).
 */
function countStanding(row: RollupRow, atLeast: number): TargetStanding {
  const base = {
    code: row.code,
    name: row.name,
    numerator: row.numerator,
    denominator: row.denominator,
    undetermined: row.undetermined,
    rate: row.rate,
    percent: row.percent,
  };
  if (row.numerator >= atLeast) return { ...base, status: 'met' };
  if (row.numerator + row.undetermined >= atLeast) return { ...base, status: 'undetermined' };
  return { ...base, status: 'behind', shortfall: { units: atLeast - row.numerator - row.undetermined } };
}

/** The city's standing against a per-county minimum: met when every county is, behind when one is, the units summed. */
function countyMinimumCity(row: RollupRow, counties: readonly TargetStanding[]): TargetStanding {
  const base = {
    code: row.code,
    name: row.name,
    numerator: row.numerator,
    denominator: row.denominator,
    undetermined: row.undetermined,
    rate: row.rate,
    percent: row.percent,
  };
  const behind = counties.filter((c) => c.status === 'behind');
  if (behind.length > 0)
    return { ...base, status: 'behind', shortfall: { units: behind.reduce((n, c) => n + c.shortfall!.units, 0) } };
  return {
    ...base,
    status: counties.every((c) => c.status === 'met' || c.status === 'not_applicable') ? 'met' : 'undetermined',
  };
}

/** A target value: a rate (`"0.95"`) or a count target (`{ atLeast, per }`); anything else is refused. */
function targetOf(
  value: unknown,
  path: readonly (string | number)[],
  id: string,
  label: Bilingual,
): { rate: string } | { count: CountTarget } {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const keys = Object.keys(v).sort().join();
    const kinds = v.kinds;
    const kindsOk =
      kinds === undefined ||
      (v.per === 'county' &&
        Array.isArray(kinds) &&
        kinds.length > 0 &&
        kinds.every(
          (k) =>
            typeof k === 'string' &&
            (DIVISION_KINDS as readonly string[]).includes(k) &&
            DIVISION_KIND_LEVEL[k as DivisionKind] === 'county',
        ));
    if (
      (keys !== 'atLeast,per' && keys !== 'atLeast,kinds,per') ||
      typeof v.atLeast !== 'number' ||
      !Number.isSafeInteger(v.atLeast) ||
      v.atLeast < 1 ||
      (v.per !== 'county' && v.per !== 'city') ||
      !kindsOk
    ) {
      coverageMessages.fail('invalid_parameter_table', path, { id, label });
    }
    return {
      count: {
        atLeast: v.atLeast as number,
        per: v.per as CountTarget['per'],
        ...(kinds === undefined ? {} : { kinds: kinds as DivisionKind[] }),
      },
    };
  }
  parseRateTarget(value, path);
  return { rate: value as string };
}

/** The standing of one roll-up row against a target. */
function standing(row: RollupRow, target: string): TargetStanding {
  const base = {
    code: row.code,
    name: row.name,
    numerator: row.numerator,
    denominator: row.denominator,
    undetermined: row.undetermined,
    rate: row.rate,
    percent: row.percent,
  };
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
  if (!Array.isArray(value))
    return coreMessages.fail('invalid_type', path, { expected: 'array', received: typeName(value) });
  return value.map((id, i) => indicatorById(id, [...path, i]).id as IndicatorId);
};

/**
 * Computes every registered indicator (or those in `indicators`) over one registry and tree, each a row of the report,
 * reads each indicator's targets from the profile (`coverage.target.<indicator>`: measure → rate, or a count target
 * `{ atLeast, per }`; a measure's own `coverage.target.<indicator>.<measure>` replaces its entry, and a not-found one is
 * listed as missing) and says for the city and each county whether the target is met, behind (by how many units and
 * how much rate, or how many records short of a minimum), or cannot be decided because members could not be
 * classified. A per-county minimum is met for the city when every county meets it. The registry is checked once; a refused row is listed once in `errors`.
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
export function coverageReport(
  data: unknown,
  options: CoverageOptions & { readonly indicators?: readonly IndicatorId[] },
): CoverageReport {
  const all = INDICATORS as readonly IndicatorDefinition<OptionSpec>[];
  const values = readOptions(options, { ...optionSpec(all), indicators: indicatorsOption }) as CommonValues &
    Record<string, unknown> & { indicators?: readonly IndicatorId[] };
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
    const declared = INDICATORS.find((d) => d.id === r.indicator)!.measures;
    // A measure may have a target of its own (`coverage.target.<indicator>.<measure>`, e.g. one no source gives, marked
    // not found): read only when the profile has it, and it then replaces the table's entry.
    const own = new Map<string, unknown>();
    for (const m of declared) {
      const id = `coverage.target.${r.indicator}.${m.id}`;
      if (!scope.at.has(id)) continue;
      const read = scope.param(id);
      own.set(m.id, read === undefined ? undefined : { read });
    }
    const entries: [string, unknown, ParameterRead][] = [];
    const tableId = `coverage.target.${r.indicator}`;
    if (scope.at.has(tableId) || own.size === 0) {
      const read = scope.param(tableId);
      if (read !== undefined) {
        const table = read.value;
        if (typeof table !== 'object' || table === null || Array.isArray(table))
          coverageMessages.fail('invalid_parameter_table', ['parameters', read.id], { id: read.id, label: read.label });
        for (const [measure, target] of Object.entries(table as Record<string, unknown>)) {
          if (!declared.some((x) => x.id === measure))
            coverageMessages.fail('invalid_parameter_table', ['parameters', read.id, measure], {
              id: read.id,
              label: read.label,
            });
          if (!own.has(measure)) entries.push([measure, target, read]);
        }
      }
    }
    for (const [measure, o] of own)
      if (o !== undefined)
        entries.push([measure, (o as { read: ParameterRead }).read.value, (o as { read: ParameterRead }).read]);
    entries.sort((a, b) => declared.findIndex((x) => x.id === a[0]) - declared.findIndex((x) => x.id === b[0]));
    for (const [measure, target, read] of entries) {
      const t = targetOf(
        target,
        ['parameters', read.id, ...(read.id === tableId ? [measure] : [])],
        read.id,
        read.label,
      );
      // A measure left uncomputed (a parameter or the checklist missing) has no standing; its row says why.
      const m = r.measures.find((x) => x.id === measure);
      if (m === undefined) continue;
      let status: TargetStatus;
      if ('rate' in t) {
        status = {
          indicator: r.indicator,
          measure,
          label: m.label,
          target: t.rate,
          provisional: read.provisional,
          city: standing(m.rollup.city[0]!, t.rate),
          counties: m.rollup.county.map((c) => standing(c, t.rate)),
        };
      } else {
        const kinds = t.count.kinds;
        const counties =
          t.count.per === 'county'
            ? m.rollup.county.map((c): TargetStanding =>
                kinds === undefined || kinds.includes(c.kind)
                  ? countStanding(c, t.count.atLeast)
                  : {
                      code: c.code,
                      name: c.name,
                      numerator: c.numerator,
                      denominator: c.denominator,
                      undetermined: c.undetermined,
                      rate: c.rate,
                      percent: c.percent,
                      status: 'not_applicable',
                    },
              )
            : [];
        const city =
          t.count.per === 'county'
            ? countyMinimumCity(m.rollup.city[0]!, counties)
            : countStanding(m.rollup.city[0]!, t.count.atLeast);
        status = {
          indicator: r.indicator,
          measure,
          label: m.label,
          target: String(t.count.atLeast),
          minimum: t.count,
          provisional: read.provisional,
          city,
          counties,
        };
      }
      targets.push(status);
      scope.trace.rule({
        rule: `coverage.target.${r.indicator}.${measure}`,
        text:
          status.minimum === undefined
            ? coverageMessages.text('rule_target', {
                measure: m.label,
                target: status.target,
                status: STATUS[status.city.status],
                numerator: status.city.numerator,
                denominator: status.city.denominator,
                undetermined: status.city.undetermined,
              })
            : coverageMessages.text('rule_count_target', {
                measure: m.label,
                atLeast: status.minimum.atLeast,
                perCounty: status.minimum.per === 'county',
                status: STATUS[status.city.status],
                behind: status.counties.filter((c) => c.status === 'behind').map((c) => c.name),
                numerator: status.city.numerator,
              }),
        result: status.city.status,
        source: read.source,
      });
    }
  }
  const tally = (s: TargetStanding['status']) => targets.filter((t) => t.city.status === s).length;
  const summary = coverageMessages.text('report_summary', {
    targets: targets.length,
    met: tally('met'),
    behind: tally('behind'),
    undetermined: tally('undetermined'),
    noData: tally('no_data'),
  });
  // Each refused row once: the reader's, and those an indicator refused by a rule across records.
  const seen = new Set<string>();
  const errors: RegistryRowError[] = [];
  for (const row of batch.rows) {
    if (row.outcome === 'error') continue;
    for (const e of (row as CoverageReportRow).errors) {
      const key = `${e.collection}\u0000${e.index}`;
      if (!seen.has(key)) (seen.add(key), errors.push(e));
    }
  }
  const outcome =
    scope.missing.length > 0 || batch.counts.computed !== batch.counts.total ? 'undetermined' : 'computed';
  return {
    ...envelope('coverage', 'coverage_report', outcome, scope, explain(summary)),
    rows: batch.rows,
    counts: batch.counts,
    targets,
    errors,
  };
}
