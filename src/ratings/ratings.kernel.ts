/**
 * The fast path of `gradeFromScoreBatch` (without explanations): the bands are read once for the batch through a
 * scope (so the rows carry the same warnings, in the same order), and a whole-number score (a number, or digits as
 * text) is graded by the floors directly: a whole number never falls between two bands, so the provisional reading is
 * never read for it. Any other score (a fraction, something to refuse) takes the readable path. A differential test
 * holds the kernel equal to the readable path on generated rows (fixed seed).
 * @module
 * @internal
 */
import { runBatch, Scope, type ErrorRow, type OutcomeCounts, type ParametersAt } from '../core/index.js';
import type { Rating } from '../entities/organization.js';
import { gradeRow, type GradeRow } from './grade.js';
import { ratingMessages as M } from './messages.js';
import { readBands, type Bands } from './rules/band.js';

const NONE: readonly string[] = Object.freeze([]);
const DIGITS = /^\d{1,9}$/;
// The text of a whole score up to 2000, made once (a batch of a million scores shares them).
const TEXT: string[] = [];

function text(n: number): string {
  if (n > 2000) return String(n);
  return (TEXT[n] ??= String(n));
}

/** The grade of a whole number of points: the highest band whose floor it reaches, else 1A from its floor. */
function wholeGrade(whole: number, b: Bands): Rating | null {
  const floors = b.floors;
  for (let i = 0; i < floors.length; i++) if (whole >= floors[i]![1]) return floors[i]![0];
  return whole >= b.oneAFloor ? '1A' : null;
}

/** `gradeFromScoreBatch` without explanations. @internal */
export function gradesKernel(
  scores: unknown,
  at: ParametersAt,
): { rows: (GradeRow | ErrorRow)[]; counts: OutcomeCounts } {
  const probe = new Scope(at);
  const b = readBands({ scope: probe });
  // Without the bands every row is undetermined on the readable path (which also words the refusals).
  if (b === undefined) return runBatch(scores, (raw, i) => gradeRow(raw, i, at, false));
  const warnings = Object.freeze([...probe.warnings]);
  const max = b.max;
  return runBatch(scores, (raw, i): GradeRow => {
    let whole: number;
    let score: string;
    if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) {
      whole = raw;
      score = text(raw);
    } else if (typeof raw === 'string' && DIGITS.test(raw)) {
      whole = Number(raw);
      score = raw;
    } else return gradeRow(raw, i, at, false);
    if (whole > max) M.fail('score_out_of_range', [i], { score, max });
    return { index: i, outcome: 'computed', score, grade: wholeGrade(whole, b), warnings, missing: NONE };
  });
}
