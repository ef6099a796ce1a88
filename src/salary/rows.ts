/**
 * A roster row: one worker's outcome, grade and pay, with its warnings and what was missing, built the same way by
 * the explained path and the batch kernel (so the two can be compared field by field).
 * @module
 */
import type { Explanation, Warning } from '../core/explanation.js';
import type { Yuan } from '../core/money.js';
import type { FloorCheck } from './mechanisms/mechanism.js';
import type { SalaryLine } from './pay.js';
import type { Post, Worker } from './worker.js';

/**
 * One computed (or undetermined, or not applicable) row of {@link computeSalaries}; refused rows are `ErrorRow`s.
 * Rows with the same pay share their `lines`, `floors`, `warnings` and `missing` arrays: do not mutate them.
 * @category Salary
 */
export interface SalaryRow {
  /** Position in the input. */
  readonly index: number;
  /** What was decided for this worker. */
  readonly outcome: 'computed' | 'undetermined' | 'not_applicable';
  /** The worker's id, as given. */
  readonly id?: string | number;
  /** The worker's name, as given. */
  readonly name?: string;
  /** The post held on the date. */
  readonly post: Post;
  /** The grade; `null` without a grade ladder, or when undetermined or not applicable. */
  readonly grade: number | null;
  /** Pay lines. */
  readonly lines: readonly SalaryLine[];
  /** Monthly pay; `null` when not computed. */
  readonly monthly: Yuan | null;
  /** Annual pay; `null` when not computed. */
  readonly annual: Yuan | null;
  /** Floor checks. */
  readonly floors: readonly FloorCheck[];
  /** Provisional, low-confidence or undated values used; notices. */
  readonly warnings: readonly Warning[];
  /** For `undetermined`: the inputs and parameters (`parameter:<id>`) missing. */
  readonly missing: readonly string[];
  /** How the row was reached (with `explain: true`). */
  readonly explanation?: Explanation;
}

/** What a row is made of, besides its index, worker, warnings and missing items. @internal */
export interface RowParts {
  readonly outcome: SalaryRow['outcome'];
  readonly post: Post;
  readonly grade: number | null | { readonly grade: number | null };
  readonly lines: readonly SalaryLine[];
  readonly monthly: Yuan | null;
  readonly annual: Yuan | null;
  readonly floors: readonly FloorCheck[];
}

/** The row of worker `w` at `index` (`p.grade` a grade, or a grade evaluation). @internal */
export function rowOf(
  index: number,
  w: Worker,
  p: RowParts,
  warnings: readonly Warning[],
  missing: readonly string[],
  explanation?: Explanation,
): SalaryRow {
  const g = p.grade;
  const grade = g === null || typeof g === 'number' ? g : g.grade;
  // One literal per shape, so rows share their hidden class.
  return explanation === undefined
    ? ({
        index,
        outcome: p.outcome,
        id: w.id,
        name: w.name,
        post: p.post,
        grade,
        lines: p.lines,
        monthly: p.monthly,
        annual: p.annual,
        floors: p.floors,
        warnings,
        missing,
      } as SalaryRow)
    : ({
        index,
        outcome: p.outcome,
        id: w.id,
        name: w.name,
        post: p.post,
        grade,
        lines: p.lines,
        monthly: p.monthly,
        annual: p.annual,
        floors: p.floors,
        warnings,
        missing,
        explanation,
      } as SalaryRow);
}
