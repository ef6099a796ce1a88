/**
 * Grade projection: the dates on which a worker's grade will change, for budget planning.
 * @module
 */
import { fullYearsBetween } from '../core/calendar-date.js';
import { ErrorCode, fail } from '../core/errors.js';
import type { Warning } from '../core/explanation.js';
import { changeDates } from '../core/parameters.js';
import { fillFacts, newFacts } from './facts.js';
import { checkStarted, gradeCore, requireGradeRules, type GradeStep } from './grade.js';
import { dateOption, optionsObject, resolveProfile } from './options.js';
import type { GradeWindow } from './rules.js';
import { parseWorker, POSTS, type Post } from './worker.js';

/** One change of grade. @category Salary */
export interface GradeChange {
  /** First day of the new grade. */
  readonly date: string;
  /** The grade before. */
  readonly from: number;
  /** The grade from `date`. */
  readonly grade: number;
  /** The steps that take effect on `date` (and a clamp step if the window limited them). */
  readonly steps: readonly GradeStep[];
}

/** Result of {@link projectGrade}. @category Salary */
export interface GradeProjection {
  /** The post (the projection assumes it does not change). */
  readonly post: Post;
  /** First day projected. */
  readonly from: string;
  /** Last day projected. */
  readonly to: string;
  /** Grade on `from`. */
  readonly initial: number;
  /** The post's window on `from`. */
  readonly window: GradeWindow;
  /** Changes in date order. */
  readonly changes: readonly GradeChange[];
  /** Warnings of the parameters read. */
  readonly warnings: readonly Warning[];
}

const GRADE_PARAMETERS = [
  'salary.grade.windows',
  'salary.grade.educationSteps',
  'salary.grade.serviceYearsPerStep',
  'salary.grade.failDelayYears',
  'salary.grade.earlyPromotion',
  'salary.grade.certificateMode',
  'salary.grade.certificateSteps',
];

/**
 * The dates in `[from, to]` on which the grade changes, and to what. Uses only what is in the worker record: future
 * years without an assessment are assumed neither `fail` nor `excellent`, and the post stays the same. The grade on
 * each date is computed with the parameters in force on that date. At most 100 years.
 * @category Salary
 * @example
 * ```ts
 * projectGrade({ post: 'staff', education: 'college_or_below', serviceStart: '2020-03-15' }, { from: '2020-03-15', to: '2030-12-31' })
 *   .changes.map((c) => `${c.date}: ${c.grade}`);
 * // ['2024-01-01: 2', '2027-01-01: 3', '2030-01-01: 4']
 * ```
 */
export function projectGrade(worker: unknown, options: { from: string; to: string; profile?: unknown }): GradeProjection {
  const o = optionsObject(options);
  const from = dateOption(o, 'from');
  const to = dateOption(o, 'to');
  if (to < from) fail(ErrorCode.OutOfRange, ['to'], `结束日期 ${to} 早于开始日期 ${from}`, `to (${to}) is before from (${from})`);
  if (fullYearsBetween(from, to) >= 100) fail(ErrorCode.OutOfRange, ['to'], '预测跨度不得超过 100 年', 'A projection spans at most 100 years');
  const profile = resolveProfile(o.profile);
  const f = newFacts();
  fillFacts(parseWorker(worker), f);
  checkStarted(f, from, 'from');
  const dates = new Set<string>();
  for (let y = Number(from.slice(0, 4)) + 1; y <= Number(to.slice(0, 4)); y++) dates.add(`${String(y).padStart(4, '0')}-01-01`);
  if (f.certificate > 0 && f.certificateObtained > from && f.certificateObtained <= to) dates.add(f.certificateObtained);
  for (const id of GRADE_PARAMETERS) {
    const p = profile.parameters[id];
    if (p !== undefined) for (const d of changeDates(p, from, to)) dates.add(d);
  }
  const start = requireGradeRules(profile, from);
  const warnings: Warning[] = [...start.tracer.warnings];
  const initial = gradeCore(start.rules, f, from, Number(from.slice(0, 4)));
  let previous = initial;
  const changes: GradeChange[] = [];
  for (const date of [...dates].sort()) {
    const { rules, tracer } = requireGradeRules(profile, date);
    for (const w of tracer.warnings) if (!warnings.some((x) => x.en === w.en)) warnings.push(w);
    const steps: GradeStep[] = [];
    const grade = gradeCore(rules, f, date, Number(date.slice(0, 4)), steps);
    if (grade !== previous) {
      changes.push({ date, from: previous, grade, steps: steps.filter((s) => s.effectiveFrom === date) });
      previous = grade;
    }
  }
  return { post: POSTS[f.post]!, from, to, initial, window: start.rules.windows[f.post]!, changes, warnings };
}
