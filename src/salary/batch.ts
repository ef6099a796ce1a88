/**
 * Pay for a roster: one row per input, in order, each with its index and outcome; a refused row is an error row (its
 * paths start with the row's index) and the batch goes on; counts add up to the number of rows; the summary sums the
 * payroll exactly. Rows are computed by the batch kernel, which gives the rows the readable path gives, explanations
 * included (a differential test holds it), and hands it the rows it does not count itself.
 * @module
 */
import { PolicyError, type PolicyIssue } from '../core/errors.js';
import type { Yuan } from '../core/money.js';
import { envelope, profileAt, Scope, type ParametersAt } from '../core/evaluation.js';
import { rowRecorder, sharedList } from '../core/explanation.js';
import { explainOption, readOptions } from '../core/options.js';
import { validateOption, type ValidationMode } from '../core/validation.js';
import { runBatch, type ErrorRow, type OutcomeCounts, type ResultEnvelope } from '../core/result.js';
import { components } from './mechanisms/index.js';
import type { FloorOptions } from './mechanisms/mechanism.js';
import { salaryMessages } from './messages.js';
import { evaluateSalary, SALARY_OPTIONS, salarySummary, type SalaryOptions } from './pay.js';
import { rowOf, type SalaryRow } from './rows.js';
import { salaryKernel } from './salary.kernel.js';
import { RosterTotals, type SalariesSummary } from './summary.js';
import { workerRecord, type Post, type Worker } from './worker.js';

/**
 * Options of {@link computeSalaries}.
 * @category Salary
 */
export interface SalariesOptions extends SalaryOptions {
  /** Build each row's explanation (slower, more memory). Default `false`. */
  readonly explain?: boolean;
  /**
   * How the worker records are read: `'checked'` (default) by the worker record, as {@link parseWorker} reads them;
   * `'trusted'`: taken as given, for workers already in the form `parseWorker` returns (the check is skipped). A
   * trusted row of the wrong shape becomes an error row with the code `trusted_input_invalid`; the other rows are
   * computed.
   * @example
   * ```ts
   * const w = parseWorker({ post: '正职', education: '本科', serviceStart: '2015-06-01' });
   * const r = computeSalaries([w, null], { asOf: '2026-01-01', validate: 'trusted' });
   * r.rows.map((row) => row.outcome); // ['undetermined', 'error']
   * computeSalaries([w], { asOf: '2026-01-01', validate: 'unchecked' }); // throws PolicyError 'unknown_enum_value' at ['validate']
   * ```
   */
  readonly validate?: ValidationMode;
}

/**
 * The pay of a roster, with the envelope every result carries (its `warnings` and `missing` are those of the rows,
 * each once).
 * @category Salary
 */
export interface SalariesResult extends ResultEnvelope<'salaries', 'computed' | 'undetermined'> {
  /** One row per input, in order: a {@link SalaryRow}, or an `ErrorRow` for a refused input. */
  readonly rows: readonly (SalaryRow | ErrorRow)[];
  /** Rows by outcome; `total` is the number of rows. */
  readonly counts: OutcomeCounts;
  /** Workers by post and grade, and the payroll. */
  readonly summary: SalariesSummary;
}

/**
 * Checks what the whole batch depends on before any row: the profile's pay components (a bad table refuses the call,
 * as a bad option does) and the floor group.
 */
function preflight(at: ParametersAt, options: FloorOptions): void {
  const scope = new Scope(at);
  const list = scope.value('salary.components', components);
  if (list === undefined || options.floorGroup === undefined) return;
  for (const c of list.items) {
    if (c.mechanism.kind !== 'floor') continue;
    const groups = scope.at.get((c.component as unknown as { ratios: string }).ratios);
    const value = 'value' in groups ? groups.value : undefined;
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      !Object.prototype.hasOwnProperty.call(value, options.floorGroup)
    ) {
      salaryMessages.fail('unknown_floor_group', ['floorGroup'], {
        received: options.floorGroup.slice(0, 40),
        groups: Object.keys(value),
      });
    }
  }
}

const NO_PATH: readonly (string | number)[] = Object.freeze([]);
const NOTHING_MISSING: readonly string[] = Object.freeze([]);
const BATCH_OPTIONS = { ...SALARY_OPTIONS, explain: explainOption, validate: validateOption };

/**
 * Pay for a roster. Each row is validated on its own: a bad row becomes an error row and the batch goes on; the
 * counts add up (`total` = the sum of the per-outcome counts); the summary counts workers by post and grade and sums
 * the payroll of the computed rows exactly (`complete` says whether every row was computed). Options are checked
 * first: a bad option or profile refuses the whole call with a PolicyError.
 * @param workers - an array of worker records (see {@link parseWorker}); persons from `/entities` pass as they are
 * @param options - `asOf` (required), `profile`, `benchmark`, `floorGroup`, `explain`, `validate`
 * @category Salary
 * @example
 * ```ts
 * const { rows, counts, summary } = computeSalaries(roster, { asOf: '2026-01-01', profile: myCityProfile });
 * counts;                             // { total: 4, computed: 3, error: 1, … }
 * summary.byPost.principal.byGrade;   // { '9': 3, '10': 1 }
 * rows.filter((r) => r.outcome === 'error');
 * ```
 */
export function computeSalaries(workers: unknown, options: SalariesOptions): SalariesResult {
  return salaries(workers, options, true);
}

const checkIssues: PolicyIssue[] = [];

/** A row as `/salary` reads it: checked in place (a row already in normal form is not copied), or refused. */
function checkWorker(raw: unknown): Worker {
  // The list is empty but after a refused row (setting an array's length costs a call even when it changes nothing).
  if (checkIssues.length !== 0) checkIssues.length = 0;
  // The batch runner puts the row's index in front of any issue.
  const w = workerRecord.checkInPlace(raw, NO_PATH, checkIssues);
  if (w === undefined) throw new PolicyError(checkIssues.slice());
  return w;
}

/** A row taken as given (`validate: 'trusted'`). */
const asGiven = (raw: unknown): Worker => raw as Worker;

/**
 * {@link computeSalaries} with every row evaluated by the readable path (`useKernel` false): what the differential
 * tests hold the kernel to. A row is read by the worker record's check, or with `validate: 'trusted'` taken as given.
 * @internal
 */
export function salaries(workers: unknown, options: SalariesOptions, useKernel: boolean): SalariesResult {
  const o = readOptions(options, BATCH_OPTIONS);
  const check = o.validate === 'trusted' ? asGiven : checkWorker;
  const at = profileAt(o.profile, o.asOf);
  preflight(at, o);
  const totals = new RosterTotals();
  // Rows of one post, grade and pay are added to the totals together, at the end (the sums are exact, in any order).
  const tally = new Map<Post, Map<number | null, Map<Yuan | null, Map<Yuan | null, number>>>>();
  const count = (post: Post, grade: number | null, monthly: Yuan | null, annual: Yuan | null): void => {
    const byGrade = tally.get(post) ?? new Map<number | null, Map<Yuan | null, Map<Yuan | null, number>>>();
    if (byGrade.size === 0) tally.set(post, byGrade);
    let byMonthly = byGrade.get(grade);
    if (byMonthly === undefined) byGrade.set(grade, (byMonthly = new Map()));
    let byAnnual = byMonthly.get(monthly);
    if (byAnnual === undefined) byMonthly.set(monthly, (byAnnual = new Map()));
    byAnnual.set(annual, (byAnnual.get(annual) ?? 0) + 1);
  };
  const readable = (raw: unknown, index: number): SalaryRow => {
    const w = check(raw);
    if (o.explain) {
      // explainedScope's recorder and scope, without a closure per row.
      const trace = rowRecorder();
      const scope = new Scope(at, trace);
      const p = evaluateSalary(w, scope, o);
      const explanation = trace.finish(salarySummary(w, p), scope.warnings);
      // A row that misses nothing shares one empty list (rows share their lists: they are not to be mutated).
      const missing = scope.missing.length === 0 ? NOTHING_MISSING : scope.missing;
      const row = rowOf(index, w, p, explanation.warnings, missing, explanation);
      if (p.outcome !== 'not_applicable') count(p.post, row.grade, p.monthly, p.annual);
      return row;
    }
    const scope = new Scope(at);
    const p = evaluateSalary(w, scope, o);
    if (p.outcome !== 'not_applicable') count(p.post, p.grade?.grade ?? null, p.monthly, p.annual);
    return rowOf(index, w, p, sharedList(scope.warnings), scope.missing);
  };
  const kernel = useKernel ? salaryKernel(at, o, check, o.explain) : undefined;
  const { rows, counts } = runBatch(
    workers,
    kernel === undefined ? readable : (raw, i) => kernel.row(raw, i) ?? readable(raw, i),
    ['workers'],
    o.validate,
  );
  for (const [post, byGrade] of tally)
    for (const [grade, byMonthly] of byGrade)
      for (const [monthly, byAnnual] of byMonthly)
        for (const [annual, rows] of byAnnual) totals.add(post, grade, monthly, annual, rows);
  if (kernel !== undefined)
    for (const e of kernel.entries())
      if (e.rows > 0 && e.outcome !== 'not_applicable') totals.add(e.post, e.grade, e.monthly, e.annual, e.rows);
  if (counts.undetermined > 0 || counts.error > 0) totals.markIncomplete();
  // The batch's envelope: every distinct warning and missing item of its rows, once.
  const scope = new Scope(at);
  const seen = new Set<object>();
  // Rows share their lists (sharedList): most rows hold the list the row before held, skipped without a set lookup.
  let lastWarnings: object | undefined;
  let lastMissing: object | undefined;
  for (const r of rows) {
    if (r.outcome === 'error') continue;
    if (r.warnings !== lastWarnings) {
      lastWarnings = r.warnings;
      if (!seen.has(r.warnings)) {
        seen.add(r.warnings);
        // Rows share their warning objects (they come with the parameter reads): each object is looked at once.
        for (const w of r.warnings) {
          if (seen.has(w)) continue;
          seen.add(w);
          scope.warn(w);
        }
      }
    }
    if (r.missing !== lastMissing) {
      lastMissing = r.missing;
      if (!seen.has(r.missing)) {
        seen.add(r.missing);
        for (const m of r.missing) if (!scope.missing.includes(m)) scope.missing.push(m);
      }
    }
  }
  const outcome = counts.undetermined > 0 || counts.error > 0 ? 'undetermined' : 'computed';
  return { ...envelope('salary', 'salaries', outcome, scope), rows, counts, summary: totals.summary() };
}
