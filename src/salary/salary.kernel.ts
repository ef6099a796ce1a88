/**
 * The batch kernel: a roster without explanations, fast. It reads the profile through a Scope once (the same reads
 * as the readable path), checks each row with the generated record check, counts the grade as numbers with the same
 * clock functions, and computes the pay of each distinct combination of what the lines depend on (every mechanism
 * names it: the grade, the post, the certificate level, the seniority levels) once, with the readable path itself.
 * Rows it cannot count as numbers (a post history, a start after the date, a certificate without its date counted as
 * grade steps) go through the readable path. A differential test holds it equal to the readable path, row by row.
 * @module
 * @internal
 */
import { Scope, type ParametersAt } from '../core/evaluation.js';
import { sharedList, type Warning } from '../core/explanation.js';
import { gradeNumber, type GradeEvaluation } from './grade.js';
import { hasGradeLadder, readGradeModel, type GradeModel } from './grade-model.js';
import { components, type Component } from './mechanisms/index.js';
import type { FloorOptions, PayContext } from './mechanisms/mechanism.js';
import { evaluatePay, type PayEvaluation } from './pay.js';
import { rowOf, type RowParts, type SalaryRow } from './rows.js';
import type { Worker } from './worker.js';

const ENTRY = Symbol('entry');

/** The pay of one combination, shared by every row that has it. */
interface Entry extends RowParts {
  readonly grade: number | null;
  readonly warnings: readonly Warning[];
  readonly missing: readonly string[];
  /** Rows that took it (for the totals). */
  rows: number;
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

/**
 * The kernel for a profile on a date, or `undefined` when the whole batch should take the readable path (a grade
 * rule or the component list has no value on the date: every row is then undetermined, which the readable path says).
 * @internal
 */
export function salaryKernel(
  at: ParametersAt,
  options: FloorOptions,
  check: (raw: unknown) => Worker,
): Kernel | undefined {
  const scope = new Scope(at);
  const ladder = hasGradeLadder(scope);
  const model: GradeModel | null | undefined = ladder ? readGradeModel(scope) : null;
  if (model === undefined) return undefined;
  const gradeWarnings = [...scope.warnings];
  const list = scope.value('salary.components', components);
  if (list === undefined) return undefined;
  // A component whose parameters have no value keys every row alike: the readable path then says what is missing.
  const compiled: { readonly c: Component; readonly k: unknown }[] = [];
  for (const c of list.items) compiled.push({ c, k: c.compile(scope)?.k });
  const asOf = at.date;
  // post → grade → each component's key → the entry: a lookup builds no key.
  const memo = new Map<unknown, unknown>();
  const entries: Entry[] = [];

  const entryFor = (w: Worker, grade: number | null): Entry => {
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
    };
    entries.push(entry);
    return entry;
  };

  return {
    row(raw, index) {
      const w = check(raw);
      if (w.serviceStart > asOf || w.postHistory !== undefined) return undefined;
      let grade: number | null = null;
      if (model !== null) {
        const g = gradeNumber(model, w, asOf);
        if (g === undefined) return undefined;
        grade = g;
      }
      const ctx: PayContext = { worker: w, asOf, post: w.post, grade, scope };
      let node = step(step(memo, w.post), grade);
      for (let i = 0; i < compiled.length; i++) {
        const { c, k } = compiled[i]!;
        const applies = c.mechanism.applies === undefined || c.mechanism.applies(c.component, ctx);
        node = step(node, !applies ? '-' : k === undefined ? '!' : c.mechanism.key(k, ctx));
      }
      let entry = node.get(ENTRY) as Entry | undefined;
      if (entry === undefined) node.set(ENTRY, (entry = entryFor(w, grade)));
      entry.rows++;
      return rowOf(index, w, entry, entry.warnings, entry.missing);
    },
    entries: () => entries,
  };
}
