/**
 * Grade projection: the dates on which a worker's grade will change, for budget planning. Each date is evaluated by
 * the same grade rules as `computeGrade`, with the parameters in force that day.
 * @module
 */
import { fullYearsBetween } from '../core/calendar-date.js';
import { envelope, explainedScope, profileAt } from '../core/evaluation.js';
import { asOfOption, readOptions } from '../core/options.js';
import { changeDates } from '../core/parameters.js';
import type { ResultEnvelope } from '../core/result.js';
import { communityWorkerPostLabels } from '../entities/community-worker-post.js';
import { evaluateGrade, type GradeStep } from './grade.js';
import { GRADE_PARAMETERS, type GradeWindow } from './grade-model.js';
import { salaryMessages } from './messages.js';
import { salaryProfiles } from './profiles/index.js';
import { parseWorker, type Post } from './worker.js';

/** One change of grade. @category Salary */
export interface GradeChange {
  /** First day of the new grade. */
  readonly date: string;
  /** The post held from that day. */
  readonly post: Post;
  /** The grade before (`null` before the start of service). */
  readonly from: number | null;
  /** The grade from `date` (`null` when undetermined). */
  readonly grade: number | null;
  /** The steps that take effect on `date` (with a clamp or post step when one applies). */
  readonly steps: readonly GradeStep[];
}

/**
 * Options of {@link projectGrade}.
 * @category Salary
 */
export interface ProjectionOptions {
  /** First day projected. */
  readonly from: string;
  /** Last day projected (at most 100 years after `from`). */
  readonly to: string;
  /** A shipped profile id (default `'huaian'`), a Profile, or profile JSON. */
  readonly profile?: unknown;
}

/**
 * A projection, with the envelope every result carries (`asOf` is `from`; the warnings and missing items of every
 * date evaluated are gathered).
 * @category Salary
 */
export interface GradeProjection extends ResultEnvelope<
  'grade_projection',
  'computed' | 'undetermined' | 'not_applicable'
> {
  /** The post held on `from`. */
  readonly post: Post;
  /** First day projected. */
  readonly from: string;
  /** Last day projected. */
  readonly to: string;
  /** Grade on `from` (`null` before the start of service or when undetermined). */
  readonly initial: number | null;
  /** The post's window on `from`. */
  readonly window: GradeWindow | null;
  /** Changes in date order. */
  readonly changes: readonly GradeChange[];
}

const MAX_YEARS = 100;
const OPTIONS = { from: asOfOption, to: asOfOption, profile: salaryProfiles.option };

/**
 * The dates in `[from, to]` on which the grade changes, and to what. Uses only what is in the worker record: years
 * without an assessment are assumed neither fail nor excellent, and the post stays the last of the post history. The
 * grade on each date is computed with the parameters in force on that date. At most 100 years.
 * @param worker - a worker record (see {@link parseWorker})
 * @param options - `from`, `to` (required) and `profile`
 * @category Salary
 * @example
 * ```ts
 * projectGrade({ post: 'staff', education: 'college_or_below', serviceStart: '2020-03-15' }, { from: '2020-03-15', to: '2030-12-31' })
 *   .changes.map((c) => `${c.date}: ${c.grade}`);
 * // ['2024-01-01: 2', '2027-01-01: 3', '2030-01-01: 4']
 * ```
 */
export function projectGrade(worker: unknown, options: ProjectionOptions): GradeProjection {
  const o = readOptions(options, OPTIONS);
  if (o.to < o.from) salaryMessages.fail('projection_order', ['to'], { from: o.from, to: o.to });
  if (fullYearsBetween(o.from, o.to) >= MAX_YEARS) salaryMessages.fail('projection_span', ['to'], { years: MAX_YEARS });
  const w = parseWorker(worker);
  const dates = new Set<string>();
  for (let y = Number(o.from.slice(0, 4)) + 1; y <= Number(o.to.slice(0, 4)); y++)
    dates.add(`${String(y).padStart(4, '0')}-01-01`);
  const within = (d: string | undefined) => d !== undefined && d > o.from && d <= o.to;
  for (const d of [
    w.serviceStart,
    w.educationObtained,
    w.certificate?.obtained,
    ...(w.postHistory ?? []).map((p) => p.from),
  ])
    if (within(d)) dates.add(d!);
  for (const id of GRADE_PARAMETERS) {
    const p = Object.prototype.hasOwnProperty.call(o.profile.parameters, id) ? o.profile.parameters[id] : undefined;
    if (p !== undefined) for (const d of changeDates(p, o.from, o.to)) dates.add(d);
  }
  const main = explainedScope(profileAt(o.profile, o.from));
  const first = evaluateGrade(w, main.scope);
  let previous = first.grade;
  let undetermined = first.outcome === 'undetermined';
  const changes: GradeChange[] = [];
  for (const date of [...dates].sort()) {
    const { scope } = explainedScope(profileAt(o.profile, date));
    const g = evaluateGrade(w, scope);
    for (const x of scope.warnings) main.scope.warn(x);
    for (const m of scope.missing) if (!main.scope.missing.includes(m)) main.scope.missing.push(m);
    if (g.outcome === 'undetermined') undetermined = true;
    if (g.grade !== previous) {
      changes.push({
        date,
        post: g.post,
        from: previous,
        grade: g.grade,
        steps: g.steps.filter((s) => s.effectiveFrom === date),
      });
      previous = g.grade;
    }
  }
  const outcome = undetermined
    ? 'undetermined'
    : first.outcome === 'not_applicable' && changes.length === 0
      ? 'not_applicable'
      : 'computed';
  const summary = salaryMessages.text('summary_projection', {
    post: communityWorkerPostLabels[first.post],
    from: o.from,
    to: o.to,
    initial: first.grade,
    changes: changes.length,
  });
  return {
    ...envelope('salary', 'grade_projection', outcome, main.scope, main.explain(summary)),
    post: first.post,
    from: o.from,
    to: o.to,
    initial: first.grade,
    window: first.window,
    changes,
  };
}
