/**
 * The batch kernel: a roster without explanations, fast. It reads the profile through a Scope once (the same reads
 * as the readable path), checks each row with the generated record check, counts the grade as numbers with the same
 * clock functions, and computes the pay of each distinct combination of what the lines depend on (every mechanism
 * names it: the grade, the post, the certificate level, the seniority levels) once, with the readable path itself.
 * Rows it cannot count as numbers (a post history, a start after the date, a certificate without its date counted as
 * grade steps) go through the readable path. An explained roster takes the same path: a row's grade steps are worded
 * as the readable path words them (shared step objects), and the rest of its explanation (pay rules, parameters,
 * values, summary, warnings) is that of the first row of its combination, explained by the readable path. A
 * differential test holds it equal to the readable path, row by row, explanations included.
 * @module
 * @internal
 */
import { Scope, type ParametersAt } from '../core/evaluation.js';
import { rowRecorder, sharedList, type Explanation, type RuleApplication, type Warning } from '../core/explanation.js';
import { gradeNumber, wordedGrade, type GradeEvaluation } from './grade.js';
import { hasGradeLadder, readGradeModel, type GradeModel } from './grade-model.js';
import { components, type Component } from './mechanisms/index.js';
import type { FloorOptions, PayContext } from './mechanisms/mechanism.js';
import { evaluatePay, evaluateSalary, salarySummary, type PayEvaluation } from './pay.js';
import { rowOf, type RowParts, type SalaryRow } from './rows.js';
import type { Post, Worker } from './worker.js';

const ENTRY = Symbol('entry');

/** The pay of one combination, shared by every row that has it. */
interface Entry extends RowParts {
  readonly grade: number | null;
  readonly warnings: readonly Warning[];
  readonly missing: readonly string[];
  /** Rows that took it (for the totals). */
  rows: number;
  /** For an explained roster: the explanation of the rows that take it, but for their grade steps. */
  readonly explained?: Shared;
}

/**
 * What the explanations of the rows of one entry share, taken from the readable path's explanation of the first row
 * that took it: all but the grade steps, which come first in `rules` and are each row's own.
 */
interface Shared {
  readonly summary: Explanation['summary'];
  /** The rules after the grade steps (the pay lines, the floors). */
  readonly payRules: readonly RuleApplication[];
  readonly parameters: Explanation['parameters'];
  readonly intermediates: Explanation['intermediates'];
  readonly missing: Explanation['missing'];
  readonly warnings: Explanation['warnings'];
  /** The row's missing names (the scope's). */
  readonly missingNames: readonly string[];
}

/** A kernel over a profile on a date: `row` turns one raw input into its row, or `undefined` for the readable path. @internal */
export interface Kernel {
  /** The row of `raw` (checked by the batch's check), `undefined` when the readable path must compute it; throws the row's PolicyError. */
  row(raw: unknown, index: number): SalaryRow | undefined;
  /** The distinct pay entries with how many rows took each, for the totals. */
  entries(): Iterable<{
    readonly post: RowParts['post'];
    readonly grade: number | null;
    readonly monthly: RowParts['monthly'];
    readonly annual: RowParts['annual'];
    readonly rows: number;
    readonly outcome: RowParts['outcome'];
  }>;
}

/** The next level of a table of maps (made on first use). */
function step(node: Map<unknown, unknown>, key: unknown): Map<unknown, unknown> {
  let next = node.get(key) as Map<unknown, unknown> | undefined;
  if (next === undefined) node.set(key, (next = new Map()));
  return next;
}

/** Merges warnings as a Scope does (each code and text once, in order). */
function merge(a: readonly Warning[], b: readonly Warning[]): readonly Warning[] {
  if (b.length === 0) return a;
  const out = [...a];
  for (const w of b) if (!out.some((x) => x === w || (x.code === w.code && x.en === w.en))) out.push(w);
  return out;
}

const NOTHING_MISSING: readonly string[] = Object.freeze([]);

/**
 * What the explained rows of an entry share: the readable path's explanation of worker `w` (the first row of the
 * entry), its grade steps taken out.
 */
function sharedOf(at: ParametersAt, w: Worker, options: FloorOptions): Shared {
  const trace = rowRecorder();
  const scope = new Scope(at, trace);
  const p = evaluateSalary(w, scope, options);
  const e = trace.finish(salarySummary(w, p), scope.warnings);
  return {
    summary: e.summary,
    payRules: e.rules.slice(p.grade === null ? 0 : p.grade.steps.length),
    parameters: e.parameters,
    intermediates: e.intermediates,
    missing: e.missing,
    warnings: e.warnings,
    missingNames: scope.missing.length === 0 ? NOTHING_MISSING : scope.missing,
  };
}

/**
 * The kernel for a profile on a date, or `undefined` when the whole batch should take the readable path (a grade
 * rule or the component list has no value on the date: every row is then undetermined, which the readable path says).
 * With `explain`, each row it computes has the explanation the readable path gives it: its grade steps worded as
 * the readable path words them (shared step objects), then what every row of its entry shares.
 * @internal
 */
export function salaryKernel(
  at: ParametersAt,
  options: FloorOptions,
  check: (raw: unknown) => Worker,
  explain = false,
): Kernel | undefined {
  const scope = new Scope(at);
  const ladder = hasGradeLadder(scope);
  const model: GradeModel | null | undefined = ladder ? readGradeModel(scope) : null;
  if (model === undefined) return undefined;
  const gradeWarnings = [...scope.warnings];
  const list = scope.value('salary.components', components);
  if (list === undefined) return undefined;
  // A component whose parameters have no value keys every row alike: the readable path then says what is missing.
  // Components keyed by the post or grade alone take no step: rows are grouped by post and grade first.
  const compiled: { readonly c: Component; readonly k: unknown }[] = [];
  for (const c of list.items) {
    const k = c.compile(scope)?.k;
    if (k === undefined || c.mechanism.applies !== undefined || c.mechanism.keyedBy === undefined)
      compiled.push({ c, k });
  }
  const asOf = at.date;
  // post → grade → each component's key → the entry: a lookup builds no key. Grades are small integers, so the
  // grade level is an array indexed by the grade (a row without a grade has its own node).
  const memo = new Map<Post, { readonly byGrade: Map<unknown, unknown>[]; none?: Map<unknown, unknown> }>();
  const entries: Entry[] = [];

  const entryFor = (w: Worker, grade: number | null): Entry => {
    const explained = explain ? sharedOf(at, w, options) : undefined;
    const s = new Scope(at);
    const g: GradeEvaluation | null =
      model === null ? null : { outcome: 'computed', post: w.post, grade, window: model.windows[w.post], steps: [] };
    const ctx: PayContext = { worker: w, asOf, post: w.post, grade, scope: s };
    const p: PayEvaluation = evaluatePay(ctx, g, options);
    const entry: Entry = {
      outcome: p.outcome,
      post: p.post,
      grade,
      lines: p.lines,
      monthly: p.monthly,
      annual: p.annual,
      floors: p.floors,
      warnings: sharedList(merge(gradeWarnings, s.warnings)),
      missing: s.missing,
      rows: 0,
      explained,
    };
    entries.push(entry);
    return entry;
  };

  // One context for every row: mechanisms read it to key a row and keep nothing of it, so a row allocates none.
  const ctx: { -readonly [K in keyof PayContext]: PayContext[K] } = {
    worker: undefined as unknown as Worker,
    asOf,
    post: 'staff',
    grade: null,
    scope,
  };

  return {
    row(raw, index) {
      const w = check(raw);
      if (w.serviceStart > asOf || w.postHistory !== undefined) return undefined;
      let grade: number | null = null;
      // An explained row's rules: its grade steps, then its entry's.
      const rules: RuleApplication[] | undefined = explain ? [] : undefined;
      if (model !== null) {
        const g = rules === undefined ? gradeNumber(model, w, asOf) : wordedGrade(model, w, asOf, scope, rules);
        if (g === undefined) return undefined;
        grade = g;
      }
      ctx.worker = w;
      ctx.post = w.post;
      ctx.grade = grade;
      let ofPost = memo.get(w.post);
      if (ofPost === undefined) memo.set(w.post, (ofPost = { byGrade: [] }));
      let node = grade === null ? ofPost.none : ofPost.byGrade[grade];
      if (node === undefined) {
        node = new Map();
        if (grade === null) ofPost.none = node;
        else ofPost.byGrade[grade] = node;
      }
      for (let i = 0; i < compiled.length; i++) {
        const { c, k } = compiled[i]!;
        const applies = c.mechanism.applies === undefined || c.mechanism.applies(c.component, ctx);
        node = step(node, !applies ? '-' : k === undefined ? '!' : c.mechanism.key(k, ctx));
      }
      let entry = node.get(ENTRY) as Entry | undefined;
      if (entry === undefined) node.set(ENTRY, (entry = entryFor(w, grade)));
      entry.rows++;
      const x = entry.explained;
      if (rules === undefined || x === undefined) return rowOf(index, w, entry, entry.warnings, entry.missing);
      for (let i = 0; i < x.payRules.length; i++) rules.push(x.payRules[i]!);
      // The fields in the order a recorder's explanation has them.
      const explanation: Explanation = {
        summary: x.summary,
        rules,
        parameters: x.parameters,
        intermediates: x.intermediates,
        missing: x.missing,
        warnings: x.warnings,
      };
      return rowOf(index, w, entry, x.warnings, x.missingNames, explanation);
    },
    entries: () => entries,
  };
}
