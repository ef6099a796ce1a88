/**
 * 三岗十八级: community workers' grades and pay, as data-driven rules on the engine contract: every function takes
 * the same `profile` option and returns the one result envelope (`outcome`, `asOf`, `profile`, `engine`, `warnings`,
 * `missing`, `explanation`); money is exact, in `monthly` / `annual` pairs.
 *
 * - {@link computeGrade}, {@link computeSalary}, {@link computeSalaries}, {@link projectGrade}; render any result with
 *   `explain(result, { lang })` (from the root entry or this one)
 * - worker input: {@link workerRecord}, {@link parseWorker}, {@link safeParseWorker} (a person from `/entities` is a worker)
 * - profiles: {@link salaryProfiles}. The default `huaian` profile is a common template, not a Huai'an document: its
 *   grade rules are of low confidence with unknown dates (every result says so), and its pay amounts were never found,
 *   so pay is `undetermined` until a host supplies them (`withOverrides` or a profile of its own)
 * @module salary
 */
export { explain } from '../core/render.js';
export { workerRecord, parseWorker, safeParseWorker } from './worker.js';
export type { Worker, Post, Education, CertificateLevel } from './worker.js';
export { computeGrade } from './grade.js';
export type { GradeOptions, GradeResult, GradeStep } from './grade.js';
export type { GradeWindow, EarlyPromotionMode, PostChangeMode } from './grade-model.js';
export { computeSalary } from './pay.js';
export type { SalaryOptions, SalaryResult, SalaryLine } from './pay.js';
export type { FloorCheck } from './mechanisms/mechanism.js';
export { computeSalaries } from './batch.js';
export type { SalariesOptions, SalariesResult } from './batch.js';
export type { SalaryRow } from './rows.js';
export type { SalariesSummary, PostSummary } from './summary.js';
export { projectGrade } from './project.js';
export type { GradeChange, GradeProjection, ProjectionOptions } from './project.js';
export { BENCHMARK_KINDS, benchmarkKindLabels } from './benchmark.js';
export type { Benchmark, BenchmarkKind } from './benchmark.js';
export { salaryProfiles } from './profiles/index.js';
export { salaryCatalogue } from './catalogue.js';
