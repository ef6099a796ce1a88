/**
 * The grade on the shared 1–18 scale at a date: bottom of the post's window, education, the service clock,
 * excellence runs, certificate (when the profile counts it as grade steps), clamped to the window.
 * @module
 */
import { fail, ErrorCode, type PolicyError } from '../core/errors.js';
import type { Explanation, Warning } from '../core/explanation.js';
import type { Bilingual, Source } from '../core/parameters.js';
import { readParameter } from '../core/profile.js';
import { countExcellenceSteps, countServiceSteps } from './clock.js';
import { gradeRulesOn } from './context.js';
import { fillFacts, newFacts, type Facts } from './facts.js';
import { dateOption, optionsObject, resolveProfile } from './options.js';
import type { GradeRules, GradeWindow } from './rules.js';
import { CERTIFICATE_LEVELS, CERTIFICATE_NAMES, EDUCATIONS, parseWorker, POST_NAMES, POSTS, type Post } from './worker.js';

/**
 * One contribution to a grade. The deltas of a result's steps add up to its grade.
 * @category Salary
 */
export interface GradeStep {
  /** Rule id: `salary.grade.start`, `.education`, `.service`, `.excellence`, `.certificate` or `.clamp`. */
  readonly rule: string;
  /** Grades added (the start step adds the bottom of the window; a clamp step is negative or positive). */
  readonly delta: number;
  /** The date from which the step applies. */
  readonly effectiveFrom: string;
  /** The source of the parameter behind the step. */
  readonly source: Source;
  /** What the step is, in both languages. */
  readonly text: Bilingual;
}

/**
 * A grade and how it was reached.
 * @category Salary
 */
export interface GradeResult {
  /** The post. */
  readonly post: Post;
  /** The grade on the shared scale. */
  readonly grade: number;
  /** The post's window. */
  readonly window: GradeWindow;
  /** The steps, in order; their deltas add up to `grade`. */
  readonly steps: readonly GradeStep[];
  /** Warnings (e.g. a provisional parameter was read). */
  readonly warnings: readonly Warning[];
  /** Rules, parameters and intermediates. */
  readonly explanation: Explanation;
}

// Local copies of imported tables: read once per explained row, and a local binding is the cheapest to read.
const POST_LIST = POSTS;
const POST_LABELS = POST_NAMES;
const EDUCATION_LIST = EDUCATIONS;
const EDUCATION_NAMES: readonly Bilingual[] = [
  { zh: '大专及以下', en: 'college or below' },
  { zh: '本科', en: "bachelor's" },
  { zh: '硕士', en: "master's" },
  { zh: '博士', en: 'doctorate' },
];

/** First index in `list[0..count)` whose value is at least `year`. */
function firstFrom(list: readonly number[], count: number, year: number): number {
  let i = 0;
  while (i < count && list[i]! < year) i++;
  return i;
}

/** True when the worker's certificate counts on `asOf`. @internal */
export function certificateCounts(f: Facts, asOf: string): boolean {
  return f.certificate > 0 && f.certificateObtained <= asOf;
}

/**
 * The grade of a worker whose facts are in `f`, at `asOf` (not before serviceStart). With `steps`, records every
 * contribution. Kept allocation-free without `steps`: it runs once per worker of a roster.
 * @internal
 */
export function gradeCore(rules: GradeRules, f: Facts, asOf: string, asOfYear: number, steps?: GradeStep[]): number {
  const w = rules.windows[f.post]!;
  const education = rules.educationSteps[f.education]!;
  const failFrom = firstFrom(f.fails, f.failCount, f.startYear);
  const excellentFrom = firstFrom(f.excellents, f.excellentCount, f.startYear);
  const serviceSink = steps === undefined ? undefined : ([] as number[]);
  const excellenceSink = steps === undefined ? undefined : ([] as number[]);
  const service = countServiceSteps(f.startYear, f.startJ, rules.yearsPerStep, rules.failDelay, f.fails, failFrom, f.failCount, asOfYear, serviceSink);
  const early = countExcellenceSteps(f.excellents, excellentFrom, f.excellentCount, rules.excellenceRun, rules.maxEarlySteps, asOfYear, excellenceSink);
  const certificate = rules.certificateSteps !== null && certificateCounts(f, asOf) ? rules.certificateSteps[f.certificate]! : 0;
  const raw = w.min + education + service + early + certificate;
  const grade = raw < w.min ? w.min : raw > w.max ? w.max : raw;
  if (steps !== undefined) recordSteps(rules, f, w, education, serviceSink!, excellenceSink!, certificate, raw, grade, asOf, steps);
  return grade;
}

function recordSteps(
  rules: GradeRules,
  f: Facts,
  w: GradeWindow,
  education: number,
  service: readonly number[],
  excellence: readonly number[],
  certificate: number,
  raw: number,
  grade: number,
  asOf: string,
  steps: GradeStep[],
): void {
  const memo = memoFor(rules);
  const post = POST_LABELS[POST_LIST[f.post]!];
  const kstart = f.post * 1e8 + f.startYmd;
  steps.push(memo.start.get(kstart) ?? remember(memo.start, kstart, {
    rule: 'salary.grade.start',
    delta: w.min,
    effectiveFrom: f.serviceStart,
    source: rules.sources.windows,
    text: { zh: `${post.zh}岗位等级范围 ${w.min}–${w.max} 级，起点 ${w.min} 级`, en: `${post.en} window ${w.min}–${w.max}: start at grade ${w.min}` },
  }));
  if (education !== 0) {
    const e = EDUCATION_NAMES[f.education]!;
    const keducation = f.education * 1e8 + f.startYmd;
    steps.push(memo.education.get(keducation) ?? remember(memo.education, keducation, {
      rule: 'salary.grade.education',
      delta: education,
      effectiveFrom: f.serviceStart,
      source: rules.sources.education,
      text: { zh: `学历${e.zh}：加 ${education} 级`, en: `education (${e.en}): +${education}` },
    }));
  }
  for (let i = 0, n = 1; i < service.length; i += 2, n++) {
    const year = service[i]!;
    const delay = service[i + 1]!;
    const years = rules.yearsPerStep * n;
    const kservice = n < 1000 && delay < 100 ? year * 1e5 + n * 100 + delay : -1;
    steps.push(memo.service.get(kservice) ?? remember(memo.service, kservice, {
      rule: 'salary.grade.service',
      delta: 1,
      effectiveFrom: `${String(year).padStart(4, '0')}-01-01`,
      source: delay > 0 ? rules.sources.fail : rules.sources.service,
      text: {
        zh: `社区工作满 ${years} 年${delay > 0 ? `（因不合格年度顺延 ${delay} 年）` : ''}：加 1 级`,
        en: `${years} full years of service${delay > 0 ? ` (pushed back ${delay} year(s) by fail years)` : ''}: +1`,
      },
    }));
  }
  for (let i = 0; i < excellence.length; i += 2) {
    const first = excellence[i]!;
    const last = excellence[i + 1]!;
    const kexcellence = first * 1e4 + last;
    steps.push(memo.excellence.get(kexcellence) ?? remember(memo.excellence, kexcellence, {
      rule: 'salary.grade.excellence',
      delta: 1,
      effectiveFrom: `${String(last + 1).padStart(4, '0')}-01-01`,
      source: rules.sources.early,
      text: { zh: `${first}–${last} 年度考核连续优秀：提前晋升 1 级`, en: `assessed excellent ${first}–${last}: early step +1` },
    }));
  }
  if (certificate !== 0) {
    const c = CERTIFICATE_NAMES[CERTIFICATE_LEVELS[f.certificate - 1]!];
    const kcertificate = f.certificate * 1e8 + f.certificateYmd;
    steps.push(memo.certificate.get(kcertificate) ?? remember(memo.certificate, kcertificate, {
      rule: 'salary.grade.certificate',
      delta: certificate,
      effectiveFrom: f.certificateObtained,
      source: rules.sources.certificate,
      text: { zh: `持${c.zh}证书：加 ${certificate} 级`, en: `certificate (${c.en}): +${certificate}` },
    }));
  }
  if (grade !== raw) {
    const kclamp = raw > -1e6 && raw < 1e6 ? f.post * 1e8 + raw + 1e6 : -1;
    steps.push(memo.clamp.get(kclamp) ?? remember(memo.clamp, kclamp, {
      rule: 'salary.grade.clamp',
      delta: grade - raw,
      effectiveFrom: asOf,
      source: rules.sources.windows,
      text: {
        zh: `合计 ${raw} 级超出岗位范围 ${w.min}–${w.max}，按 ${grade} 级计`,
        en: `the sum ${raw} is outside the window ${w.min}–${w.max}: grade ${grade}`,
      },
    }));
  }
}

// Steps are immutable and the same for every worker with the same inputs, so explained rosters share them
// (per grade rules object; the memo stops growing at MEMO_LIMIT entries).
const MEMO_LIMIT = 200_000;
// Keys are numbers (small integers hash fast; string keys built per row cost ~1 µs each); -1 means "do not share".
interface Memo {
  readonly start: Map<number, GradeStep>;
  readonly education: Map<number, GradeStep>;
  readonly service: Map<number, GradeStep>;
  readonly excellence: Map<number, GradeStep>;
  readonly certificate: Map<number, GradeStep>;
  readonly clamp: Map<number, GradeStep>;
}
const memos = new WeakMap<GradeRules, Memo>();

function memoFor(rules: GradeRules): Memo {
  let m = memos.get(rules);
  if (m === undefined) {
    m = { start: new Map(), education: new Map(), service: new Map(), excellence: new Map(), certificate: new Map(), clamp: new Map() };
    memos.set(rules, m);
  }
  return m;
}

/** Stores a new step (a `-1` key is never looked up: Map.get(-1) misses, and it is not stored). */
function remember(memo: Map<number, GradeStep>, key: number, step: GradeStep): GradeStep {
  Object.freeze(step);
  if (key >= 0 && memo.size < MEMO_LIMIT) memo.set(key, step);
  return step;
}

function yearList(list: readonly number[], count: number): string {
  let out = String(list[0]);
  for (let i = 1; i < count; i++) out += `,${list[i]}`;
  return out;
}

/** Worker facts that an explanation should show. @internal */
export function factIntermediates(f: Facts, asOf: string): Record<string, string> {
  const out: Record<string, string> = { post: POST_LIST[f.post]!, education: EDUCATION_LIST[f.education]!, serviceStart: f.serviceStart };
  if (f.certificate > 0) {
    out.certificate = `${CERTIFICATE_LEVELS[f.certificate - 1]!} (${f.certificateObtained}${certificateCounts(f, asOf) ? '' : ', after asOf: not counted'})`;
  }
  if (f.failCount > 0) out.failYears = yearList(f.fails, f.failCount);
  if (f.excellentCount > 0) out.excellentYears = yearList(f.excellents, f.excellentCount);
  return out;
}

/** Refuses a date before serviceStart. @internal */
export function checkStarted(f: Facts, asOf: string, field = 'asOf'): void {
  if (asOf < f.serviceStart) {
    fail(ErrorCode.OutOfRange, ['serviceStart'], `计算日期 ${asOf} 早于参加社区工作日期 ${f.serviceStart}`, `The ${field} date ${asOf} is before serviceStart ${f.serviceStart}`, {
      serviceStart: f.serviceStart,
      [field]: asOf,
    });
  }
}

/** The grade rules of a profile on a date, or the standard `unknown_parameter` error. @internal */
export function requireGradeRules(profile: Parameters<typeof gradeRulesOn>[0], date: string): ReturnType<typeof gradeRulesOn> & { rules: GradeRules } {
  const r = gradeRulesOn(profile, date);
  if (r.rules === null) readParameter(profile, 'salary.grade.windows', date);
  return r as ReturnType<typeof gradeRulesOn> & { rules: GradeRules };
}

/**
 * The grade of a worker on `asOf` (pure function of the worker, the profile and the date).
 *
 * Rules (numbers are parameters of the profile): start at the bottom of the post's window; add the education steps;
 * add one step per full `serviceYearsPerStep` years, effective the first 1 January on or after completion, each
 * `fail` year before that 1 January pushing it back `failDelayYears`; add one early step per run of
 * `consecutiveExcellent` excellent years (each year in one run, at most `maxSteps`), effective 1 January after the
 * run; in `grade-steps` mode add the certificate's steps from the day it was obtained; clamp to the window.
 * A year's assessment counts from 1 January of the next year, so nothing known only after `asOf` is used.
 * Throws a {@link PolicyError} for bad input, an `asOf` before serviceStart, or a profile without grade rules.
 * @category Salary
 * @example
 * ```ts
 * computeGrade({ post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' }, { asOf: '2024-01-01' }).grade;
 * // 3 (1 + bachelor 1 + one 3-year step from 2024-01-01)
 * ```
 */
export function computeGrade(worker: unknown, options: { asOf: string; profile?: unknown }): GradeResult {
  const o = optionsObject(options);
  const asOf = dateOption(o, 'asOf');
  const profile = resolveProfile(o.profile);
  const f = newFacts();
  fillFacts(parseWorker(worker), f);
  checkStarted(f, asOf);
  const { rules, tracer } = requireGradeRules(profile, asOf);
  const steps: GradeStep[] = [];
  const grade = gradeCore(rules, f, asOf, Number(asOf.slice(0, 4)), steps);
  const base = tracer.finish();
  const explanation: Explanation = {
    ...base,
    rules: steps,
    intermediates: { ...factIntermediates(f, asOf), grade: String(grade) },
  };
  return { post: POSTS[f.post]!, grade, window: rules.windows[f.post]!, steps, warnings: base.warnings, explanation };
}
