/**
 * Benchmarks a pay floor or an average is measured against: a yearly average wage of a given kind, which the host
 * supplies (no figure for Huai'an or Nanjing was found). The kind says which statistic it is, because texts differ:
 * Nanjing 2018 measures against 城镇非私营单位从业人员平均工资, Jiangsu's 16 measures (U31) the roster's average pay
 * against 全口径城镇单位就业人员平均工资 (`/workforce`).
 * @module
 */
import type { OptionReader } from '../core/options.js';
import { oncePerObject } from '../core/options.js';
import { defineRecord, fields } from '../core/record.js';
import type { Bilingual } from '../core/messages.js';

/** Kinds of benchmark wage. @category Salary */
export const BENCHMARK_KINDS = ['urban_non_private_average_wage', 'urban_all_units_average_wage'] as const;

/**
 * A kind of benchmark wage: `urban_non_private_average_wage` 上年度城镇非私营单位从业人员平均工资 (last year's average
 * wage of employees of urban non-private units; Nanjing 2018, S6); `urban_all_units_average_wage`
 * 上年度全口径城镇单位就业人员平均工资 (last year's average wage of persons employed in all urban units, private ones
 * included; the Jiangsu 16 measures, U31).
 * @category Salary
 */
export type BenchmarkKind = (typeof BENCHMARK_KINDS)[number];

/**
 * Labels of {@link BenchmarkKind}.
 * @category Salary
 */
export const benchmarkKindLabels: Readonly<Record<BenchmarkKind, Bilingual>> = {
  urban_non_private_average_wage: {
    zh: '上年度城镇非私营单位从业人员平均工资',
    en: "Last year's average wage of urban non-private-unit employees",
  },
  urban_all_units_average_wage: {
    zh: '上年度全口径城镇单位就业人员平均工资',
    en: "Last year's average wage of persons employed in all urban units",
  },
};

/** The record of a benchmark. @internal */
export const benchmarkRecord = /* @__PURE__ */ defineRecord(
  'benchmark',
  { zh: '基准工资', en: 'Benchmark wage' },
  {
    kind: fields.enum(BENCHMARK_KINDS, benchmarkKindLabels).label('基准工资种类', 'Kind of benchmark'),
    annual: fields.decimal({ nonNegative: true }).label('年基准工资（元）', 'Yearly benchmark (yuan)'),
    year: fields.integer({ min: 1949, max: 9999 }).optional().label('统计年度', 'Year of the statistic'),
  },
  { unknownKeys: 'strict' },
);

/**
 * A benchmark wage: its kind, the yearly amount in yuan (a decimal string), and optionally the year of the statistic.
 * Written out (not derived from the record) so the documentation shows its fields; a type test holds the two equal.
 * @category Salary
 */
export interface Benchmark {
  /** Which statistic it is. */
  readonly kind: BenchmarkKind;
  /** The yearly amount in yuan (a decimal string; a number is accepted and normalised). */
  readonly annual: string;
  /** The year of the statistic, when known. */
  readonly year?: number;
}

/** The `benchmark` option: absent, or a {@link Benchmark} (validated once per object). @internal */
export const benchmarkOption: OptionReader<Benchmark | undefined> = /* @__PURE__ */ oncePerObject((value, path) =>
  value === undefined ? undefined : benchmarkRecord.parse(value, path),
);
