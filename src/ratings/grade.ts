/**
 * `gradeFromScore`: the 社会组织评估 grade of a score on the evaluation sheet (1000-point scale), by the profile's
 * bands: Jiangsu 5A ≥ 951, 4A 901–950, 3A 851–900, 2A 801–850, 1A "800分以下" (no floor); 950 is 4A in Jiangsu and
 * 5A in the 安庆/怀宁 profile.
 * @module
 */
import {
  engineRef,
  envelope,
  explainedScope,
  profileAt,
  profileRef,
  readOptions,
  runBatch,
  Scope,
  type Explanation,
  type IssuePath,
  type ParametersAt,
  type ResultEnvelope,
  type Warning,
} from '../core/index.js';
import { typeName } from '../core/errors.js';
import type { Rating } from '../entities/organization.js';
import { gradeText, type RatingContext } from './context.js';
import { DOMAIN, type RatingBatch } from './eligibility.js';
import { ratingMessages as M } from './messages.js';
import { GRADE_BATCH_OPTIONS, GRADE_OPTIONS, type RatingBatchOptions } from './options.js';
import { band, readBands, type Score } from './rules/band.js';
import { gradesKernel } from './ratings.kernel.js';

const SCORE_RE = /^(\d{1,9})(?:\.(\d{1,12}))?$/;

/** A score as given: a finite number ≥ 0 or a decimal string; anything else is refused. @internal */
export function parseScore(value: unknown, path: IssuePath): Score {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return M.fail('score_not_number', path, { received: String(value) });
    if (value < 0) return M.fail('score_negative', path, { score: String(value) });
    text = String(value);
  } else if (typeof value === 'string') text = value;
  else return M.fail('score_not_number', path, { received: typeName(value) });
  const m = SCORE_RE.exec(text);
  if (m === null) {
    if (/^-\d+(\.\d+)?$/.test(text)) return M.fail('score_negative', path, { score: text });
    return M.fail('score_not_number', path, { received: JSON.stringify(text.slice(0, 20)) });
  }
  return { text, whole: Number(m[1]), fraction: m[2] !== undefined && /[1-9]/.test(m[2]) };
}

/** The grade of a parsed score on the scope's date: `undefined` when the bands have no value. @internal */
export function evaluateGrade(score: Score, ctx: RatingContext, path: IssuePath): { grade: Rating | null } | undefined {
  const b = readBands(ctx);
  if (b === undefined) return undefined;
  if (score.whole > b.max || (score.whole === b.max && score.fraction))
    M.fail('score_out_of_range', path, { score: score.text, max: b.max });
  return { grade: band(score, b, ctx) };
}

const summary = (score: Score, grade: Rating | null | undefined) =>
  grade === undefined
    ? M.text('summary_grade_missing', { score: score.text })
    : M.text('summary_grade', grade === null ? { score: score.text } : { score: score.text, grade: gradeText(grade) });

/**
 * The grade of a score.
 * @category Ratings
 */
export interface GradeFromScore extends ResultEnvelope<'rating-grade', 'computed' | 'undetermined'> {
  /** The score as given (a number written out). */
  readonly score: string;
  /** The grade; `null` below the floor of 1A (or when undetermined). */
  readonly grade: Rating | null;
}

/**
 * The 社会组织评估 grade of a score (第二十六条: 5A to 1A), by the profile's bands: each grade from its lowest score
 * up, compared exactly. Jiangsu (`jiangsu`, default; the 2020 standard as quoted by a 无锡 notice, T24): 5A "951分以上",
 * 4A 901–950, 3A 851–900, 2A 801–850, 1A "800分以下" with no floor, so 950 is 4A and 0 is 1A. `anhui-huaining`
 * (安庆 2021, 怀宁 2022): 5A "950以上" (950 is 5A), 1A 701–800, below 701 no grade (`grade: null`), scores up to 1100
 * (100 bonus points). A fractional score between two bands written in whole points (950.5) follows the provisional
 * reading `ratings.grade.betweenBands` (the lower grade) and warns. The bands' date of effect is unknown: results say so.
 * Scores are numbers or decimal strings as the sheet gives them; a negative, non-numeric or above-full score is
 * refused with a PolicyError.
 * @param score - the score (`950`, `'950.5'`)
 * @param options - `asOf` (required), `profile`
 * @category Ratings
 * @example
 * ```ts
 * gradeFromScore(950, { asOf: '2026-06-01' }).grade;                             // '4A'
 * gradeFromScore(951, { asOf: '2026-06-01' }).grade;                             // '5A'
 * gradeFromScore(950, { asOf: '2026-06-01', profile: 'anhui-huaining' }).grade;  // '5A'
 * gradeFromScore('700', { asOf: '2026-06-01', profile: 'anhui-huaining' }).grade; // null (below 701)
 * gradeFromScore(1001, { asOf: '2026-06-01' });                                  // throws PolicyError 'score_out_of_range'
 * ```
 */
export function gradeFromScore(
  score: unknown,
  options: { readonly asOf: string; readonly profile?: unknown },
): GradeFromScore {
  const o = readOptions(options, GRADE_OPTIONS);
  const s = parseScore(score, ['score']);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateGrade(s, { scope }, ['score']);
  const grade = r === undefined ? undefined : r.grade;
  return {
    ...envelope(
      DOMAIN,
      'rating-grade',
      r === undefined ? 'undetermined' : 'computed',
      scope,
      explain(summary(s, grade)),
    ),
    score: s.text,
    grade: grade ?? null,
  };
}

/**
 * One row of {@link gradeFromScoreBatch}.
 * @category Ratings
 */
export interface GradeRow {
  /** Position in the input. */
  readonly index: number;
  /** `computed`, or `undetermined` when the bands have no value. */
  readonly outcome: 'computed' | 'undetermined';
  /** The score as given. */
  readonly score: string;
  /** The grade (`null` below the floor of 1A). */
  readonly grade: Rating | null;
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

/** One row on the readable path. @internal */
export function gradeRow(raw: unknown, index: number, at: ParametersAt, explain: boolean): GradeRow {
  const s = parseScore(raw, [index]);
  if (explain) {
    const { scope, explain: finish } = explainedScope(at);
    const r = evaluateGrade(s, { scope }, [index]);
    return {
      index,
      outcome: r === undefined ? 'undetermined' : 'computed',
      score: s.text,
      grade: r?.grade ?? null,
      warnings: scope.warnings,
      missing: scope.missing,
      explanation: finish(summary(s, r?.grade)),
    };
  }
  const scope = new Scope(at);
  const r = evaluateGrade(s, { scope }, [index]);
  return {
    index,
    outcome: r === undefined ? 'undetermined' : 'computed',
    score: s.text,
    grade: r?.grade ?? null,
    warnings: scope.warnings,
    missing: scope.missing,
  };
}

/**
 * {@link gradeFromScore} for a list of scores: one row per score, in order; a refused score is an `error` row (its
 * path starts with the index) and the batch goes on; the counts add up.
 * @param scores - the scores
 * @param options - `asOf` (required), `profile`, `explain`
 * @category Ratings
 * @example
 * ```ts
 * const { rows, counts } = gradeFromScoreBatch([950, '951', 'x'], { asOf: '2026-06-01' });
 * rows.map((r) => r.outcome === 'error' ? 'error' : r.grade); // ['4A', '5A', 'error']
 * counts; // { total: 3, computed: 2, error: 1, … }
 * ```
 */
export function gradeFromScoreBatch(
  scores: unknown,
  options: Omit<RatingBatchOptions, 'calendar' | 'validate'>,
): RatingBatch<'rating-grade-batch', GradeRow> {
  const o = readOptions(options, GRADE_BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  // Without explanations the kernel gives the same rows faster (a differential test holds them equal).
  const { rows, counts } = o.explain
    ? runBatch(scores, (raw, i) => gradeRow(raw, i, at, true))
    : gradesKernel(scores, at);
  return {
    kind: 'rating-grade-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}
