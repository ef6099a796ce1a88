/**
 * The grade on the shared scale on a date: the post's window, education from the day it was obtained, the service
 * clock (fail years, and basic-pass years when they do not count), early promotion (`advance` or `extra`), certificate
 * steps (in `grade-steps` mode), the post history (`shift` or `carry`), clamped to the window. One evaluation path:
 * the same code gives a batch row its grade and an explained result its steps (built only when the trace records).
 * @module
 */
import { checkedYearOf, isNewYearsDay } from '../core/calendar-date.js';
import { asOfOption, readOptions } from '../core/options.js';
import { envelope, explainedScope, profileAt, type Scope } from '../core/evaluation.js';
import { maskedRule, type Intermediate, type RuleApplication } from '../core/explanation.js';
import type { Bilingual } from '../core/messages.js';
import type { Source } from '../core/parameters.js';
import type { ResultEnvelope } from '../core/result.js';
import { communityWorkerPostLabels } from '../entities/community-worker-post.js';
import { EDUCATION_LEVELS, educationLevelLabels } from '../entities/person.js';
import {
  SOCIAL_WORK_CERTIFICATE_LEVELS,
  socialWorkCertificateLevelLabels,
} from '../entities/social-work-certificate.js';
import { advancedSteps, assessmentYears, excellentRuns, serviceSteps } from './clock.js';
import { readGradeModel, type GradeModel, type GradeWindow } from './grade-model.js';
import { salaryMessages } from './messages.js';
import { salaryProfiles } from './profiles/index.js';
import { parseWorker, type Post, type Worker } from './worker.js';

/**
 * One contribution to a grade: a rule applied from a date, adding `delta` grades (a start step adds the bottom of the
 * window; a clamp or carry step may be negative). The deltas of a result's steps add up to its grade.
 * @category Salary
 */
export interface GradeStep extends RuleApplication {
  /** Grades added. */
  readonly delta: number;
  /** The date from which the step applies. */
  readonly effectiveFrom: string;
}

/** What the grade rules gave for a worker on a date. @internal */
export interface GradeEvaluation {
  readonly outcome: 'computed' | 'undetermined' | 'not_applicable';
  /** The post held on the date. */
  readonly post: Post;
  readonly grade: number | null;
  readonly window: GradeWindow | null;
  /** The steps (only when the scope records; otherwise empty). */
  readonly steps: readonly GradeStep[];
}

/**
 * A step before it is worded: the rule, what it adds, from when, and the numbers its text needs (`a`, `b`, `c`; see
 * {@link worded}). Plain data, so counting a grade allocates no closures.
 */
interface RawStep {
  readonly rule:
    'salary.grade.education' | 'salary.grade.service' | 'salary.grade.earlyPromotion' | 'salary.grade.certificate';
  readonly delta: number;
  readonly from: string;
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

const NONE: readonly GradeStep[] = Object.freeze([]);
const CERTIFICATE_OBTAINED: Bilingual = { zh: '取得证书日期', en: 'Date the certificate was obtained' };
const GRADE_LABEL: Bilingual = { zh: '等级', en: 'Grade' };

const clamp = (w: GradeWindow, raw: number) => (raw < w.min ? w.min : raw > w.max ? w.max : raw);
const later = (a: string, b: string) => (a > b ? a : b);

/** The posts held, each from its start (the first from the start of service), oldest first. @internal */
export function postsOf(w: Worker): readonly { readonly post: Post; readonly from: string }[] {
  const h = w.postHistory;
  if (h === undefined || h.length === 0) return [{ post: w.post, from: w.serviceStart }];
  return h[0]!.from === w.serviceStart ? h : [{ post: h[0]!.post, from: w.serviceStart }, ...h.slice(1)];
}

/** The post held on `date` (the first post before the first change). @internal */
export function postOn(w: Worker, date: string): Post {
  const h = w.postHistory;
  if (h === undefined) return w.post;
  let post = h[0]!.post;
  for (let i = 1; i < h.length && h[i]!.from <= date; i++) post = h[i]!.post;
  return post;
}

/** The steps that apply on or before `asOf` other than the start: education, service, early promotion, certificate. */
function stepsOf(model: GradeModel, w: Worker, asOf: string, scope: Scope): RawStep[] | undefined {
  const start = w.serviceStart;
  const startYear = checkedYearOf(start);
  const j = isNewYearsDay(start) ? 0 : 1;
  const lastYear = checkedYearOf(asOf);
  const steps: RawStep[] = [];

  const educationDelta = model.education[w.education];
  if (educationDelta !== 0) {
    const from = w.educationObtained === undefined ? start : later(w.educationObtained, start);
    if (from <= asOf)
      steps.push({
        rule: 'salary.grade.education',
        delta: educationDelta,
        from,
        a: EDUCATION_LEVELS.indexOf(w.education),
        b: w.educationObtained === undefined ? 1 : 0,
        c: 0,
      });
  }

  const { delaying, excellent } = assessmentYears(w.assessments, startYear, model.basicPassCounts);
  const service: number[] = [];
  serviceSteps(startYear, j, model.yearsPerStep, model.failDelay, delaying, lastYear, service);
  const runs: number[] = [];
  excellentRuns(excellent, model.earlyRun, model.earlyMax, lastYear, runs);
  const earlyYears: number[] = [];
  for (let i = 1; i < runs.length; i += 2) earlyYears.push(runs[i]! + 1);
  const serviceYears: number[] = [];
  for (let i = 0; i < service.length; i += 2) serviceYears.push(service[i]!);
  const taken = model.earlyMode === 'advance' ? advancedSteps(earlyYears, serviceYears) : [];

  for (let i = 0; i < service.length; i += 2) {
    const year = service[i]!;
    if (taken.includes(year)) continue;
    steps.push({
      rule: 'salary.grade.service',
      delta: 1,
      from: januaryFirst(year),
      a: model.yearsPerStep * (i / 2 + 1),
      b: service[i + 1]!,
      c: year,
    });
  }
  for (let i = 0; i < earlyYears.length; i++) {
    const advanced = model.earlyMode === 'advance' ? taken[i]! : -1;
    steps.push({
      rule: 'salary.grade.earlyPromotion',
      delta: 1,
      from: januaryFirst(earlyYears[i]!),
      a: runs[2 * i]!,
      b: runs[2 * i + 1]!,
      c: advanced,
    });
  }

  const certificate = w.certificate;
  if (model.certificateSteps !== null && certificate !== undefined) {
    if (certificate.obtained === undefined) {
      scope.need('certificate.obtained', CERTIFICATE_OBTAINED);
      return undefined;
    }
    const from = later(certificate.obtained, start);
    const delta = model.certificateSteps[certificate.level];
    if (from <= asOf && delta !== 0)
      steps.push({
        rule: 'salary.grade.certificate',
        delta,
        from,
        a: SOCIAL_WORK_CERTIFICATE_LEVELS.indexOf(certificate.level),
        b: 0,
        c: 0,
      });
  }
  return steps;
}

/**
 * The grade of a worker with no post history, on or after the start of service, counted as {@link evaluateGrade}
 * counts it but as numbers only (the batch kernel's path; a differential test holds the two equal); `undefined` when
 * the readable path must decide (a certificate counted as grade steps has no date).
 * @internal
 */
export function gradeNumber(model: GradeModel, w: Worker, asOf: string): number | undefined {
  const start = w.serviceStart;
  const startYear = checkedYearOf(start);
  const j = isNewYearsDay(start) ? 0 : 1;
  const lastYear = checkedYearOf(asOf);
  const window = model.windows[w.post];
  let raw = window.min;
  const education = model.education[w.education];
  if (education !== 0 && (w.educationObtained === undefined ? start : later(w.educationObtained, start)) <= asOf)
    raw += education;
  const { delaying, excellent } = assessmentYears(w.assessments, startYear, model.basicPassCounts);
  if (excellent.length < model.earlyRun || model.earlyMax === 0) {
    raw += serviceSteps(startYear, j, model.yearsPerStep, model.failDelay, delaying, lastYear);
  } else {
    const service: number[] = [];
    const n = serviceSteps(startYear, j, model.yearsPerStep, model.failDelay, delaying, lastYear, service);
    const runs: number[] = [];
    const early = excellentRuns(excellent, model.earlyRun, model.earlyMax, lastYear, runs);
    raw += n + early;
    if (model.earlyMode === 'advance' && early > 0) {
      const earlyYears: number[] = [];
      for (let i = 1; i < runs.length; i += 2) earlyYears.push(runs[i]! + 1);
      const serviceYears: number[] = [];
      for (let i = 0; i < service.length; i += 2) serviceYears.push(service[i]!);
      for (const t of advancedSteps(earlyYears, serviceYears)) if (t !== -1) raw--;
    }
  }
  const certificate = w.certificate;
  if (model.certificateSteps !== null && certificate !== undefined) {
    if (certificate.obtained === undefined) return undefined;
    if (later(certificate.obtained, start) <= asOf) raw += model.certificateSteps[certificate.level];
  }
  return clamp(window, raw);
}

/**
 * The grade of a worker with no post history, on or after the start of service, with its steps worded as
 * {@link evaluateGrade} words them when it records (the same shared step objects, in the same order) appended to
 * `out`: the batch kernel's explained path (a differential test holds the two equal). The steps are masked as a
 * recorder masks what it records (they are masked when made, see {@link dated}), so they go into an explanation as
 * they are. `undefined`, with nothing appended, when the readable path must decide (a certificate counted as grade
 * steps has no date).
 * @internal
 */
export function wordedGrade(
  model: GradeModel,
  w: Worker,
  asOf: string,
  scope: Scope,
  out: RuleApplication[],
): number | undefined {
  const certificate = w.certificate;
  if (model.certificateSteps !== null && certificate !== undefined && certificate.obtained === undefined)
    return undefined;
  // With the certificate's date known, stepsOf records nothing in the scope.
  const steps = stepsOf(model, w, asOf, scope)!;
  const window = model.windows[w.post];
  let raw = window.min;
  for (let i = 0; i < steps.length; i++) raw += steps[i]!.delta;
  const grade = clamp(window, raw);
  out.push(startStep(model, w.post, w.serviceStart));
  for (let i = 0; i < steps.length; i++) out.push(worded(model, steps[i]!));
  if (grade !== raw) out.push(clampStep(model, w.post, raw, grade, asOf));
  return grade;
}

/**
 * The grade of `w` on the scope's date, reading the grade rules through the scope. Not applicable before the start
 * of service; undetermined when a grade rule has no value on the date or an input a rule needs is missing.
 * @internal
 */
export function evaluateGrade(w: Worker, scope: Scope): GradeEvaluation {
  const asOf = scope.asOf;
  const post = postOn(w, asOf);
  if (asOf < w.serviceStart) return { outcome: 'not_applicable', post, grade: null, window: null, steps: NONE };
  const model = readGradeModel(scope);
  if (model === undefined) return { outcome: 'undetermined', post, grade: null, window: null, steps: NONE };
  const steps = stepsOf(model, w, asOf, scope);
  if (steps === undefined)
    return { outcome: 'undetermined', post, grade: null, window: model.windows[post], steps: NONE };
  const recording = scope.trace.recording;
  const out: GradeStep[] = [];
  // Without a post history the one post is held from the start of service (no list made for it).
  const posts = w.postHistory === undefined || w.postHistory.length === 0 ? undefined : postsOf(w);
  let grade: number;
  if (model.postChange === 'shift' || posts === undefined || posts.length === 1) {
    const window = model.windows[post];
    let raw = window.min;
    for (const s of steps) raw += s.delta;
    grade = clamp(window, raw);
    if (recording) {
      out.push(startStep(model, post, w.serviceStart));
      if (posts !== undefined) {
        let since = posts[0]!;
        for (let i = 1; i < posts.length && posts[i]!.from <= asOf; i++) since = posts[i]!;
        if (since.from !== w.serviceStart) out.push(shiftStep(model, since.post, since.from));
      }
      for (const s of steps) out.push(worded(model, s));
      if (grade !== raw) out.push(clampStep(model, post, raw, grade, asOf));
    }
  } else {
    // carry: each post's grade starts from the grade held the day before it, brought into its window.
    grade = 0;
    for (let i = 0; i < posts.length && posts[i]!.from <= asOf; i++) {
      const p = posts[i]!;
      const until = i + 1 < posts.length ? posts[i + 1]!.from : undefined;
      const window = model.windows[p.post];
      const base = i === 0 ? window.min : clamp(window, grade);
      if (recording)
        out.push(i === 0 ? startStep(model, p.post, w.serviceStart) : carryStep(model, p.post, p.from, grade, base));
      let raw = base;
      let last = p.from;
      for (const s of steps) {
        if (s.from < p.from || (until !== undefined && s.from >= until)) continue;
        raw += s.delta;
        last = s.from;
        if (recording) out.push(worded(model, s));
      }
      const held = clamp(window, raw);
      if (recording && held !== raw) out.push(clampStep(model, p.post, raw, held, until === undefined ? asOf : last));
      grade = held;
    }
  }
  if (recording) {
    for (const s of out) scope.trace.rule(s);
    const g = grade;
    scope.trace.intermediate(model.step('value.grade', g, 0, 0, gradeValue, g));
  }
  return { outcome: 'computed', post, grade, window: model.windows[post], steps: recording ? out : NONE };
}

/** The words of a step: everything but its date. */
type Words = Omit<GradeStep, 'effectiveFrom'>;

/** Words with the steps dated by them, each date once (kept with the grade model, which lives with the reads). */
interface DatedWords {
  readonly words: Words;
  readonly dates: Map<number | string, GradeStep>;
}
const withDates = (words: Words): DatedWords => ({ words, dates: new Map() });

/**
 * A step dated `from`, with words shared by every worker who has them; made once per words and date (frozen with its
 * text), so the rows of an explained roster that start, or obtained an education, on the same day share it. Like
 * every shared step it is masked as it is made (a recorder would mask it as it records it: then it finds it clean).
 */
function dated(d: DatedWords, from: string): GradeStep {
  const key = dayKey(from);
  let s = d.dates.get(key);
  if (s === undefined) {
    const w = d.words;
    s = Object.freeze(
      maskedRule({ rule: w.rule, delta: w.delta, effectiveFrom: from, source: w.source, text: w.text }),
    );
    d.dates.set(key, s);
  }
  return s;
}

/**
 * A date `YYYY-MM-DD` as the number YYYYMMDD (a worker's dates are often strings built by concatenation, which a
 * table keyed by text would compare character by character on every lookup); any other text as it is.
 */
function dayKey(date: string): number | string {
  if (date.length !== 10) return date;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return date;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The worded step of a raw one. Words are data shared by every worker with the same step, kept with the grade model
 * (which lives with the parameter reads), so an explained roster words each distinct step once. Service and early
 * steps fall on 1 January of a year the key names, so the whole step is shared; education and certificate steps date
 * from the worker's own dates, so only their words are.
 */
function worded(model: GradeModel, s: RawStep): GradeStep {
  switch (s.rule) {
    case 'salary.grade.education':
      return dated(model.step(s.rule, s.a, s.b, 0, educationWords, s), s.from);
    case 'salary.grade.service':
      return model.step(s.rule, s.c, s.a, s.b, serviceStep, s);
    case 'salary.grade.earlyPromotion':
      return model.step(s.rule, s.a, s.b, s.c, earlyStep, s);
    case 'salary.grade.certificate':
      return dated(model.step(s.rule, s.a, 0, 0, certificateWords, s), s.from);
  }
}

// The makers of words and steps, called once per distinct step (functions of the module: a lookup makes no closure).
const educationWords = (s: RawStep, model: GradeModel): DatedWords =>
  withDates({
    rule: s.rule,
    delta: s.delta,
    source: model.sources.education,
    text: Object.freeze(
      salaryMessages.text('step_education', {
        education: educationLevelLabels[EDUCATION_LEVELS[s.a]!],
        delta: s.delta,
        assumed: s.b === 1,
      }),
    ),
  });

const serviceStep = (s: RawStep, model: GradeModel): GradeStep =>
  maskedRule({
    rule: s.rule,
    delta: s.delta,
    effectiveFrom: s.from,
    source: s.b > 0 ? model.sources.fail : model.sources.service,
    text: salaryMessages.text('step_service', { years: s.a, delay: s.b }),
  });

const earlyStep = (s: RawStep, model: GradeModel): GradeStep =>
  maskedRule({
    rule: s.rule,
    delta: s.delta,
    effectiveFrom: s.from,
    source: model.sources.early,
    text: salaryMessages.text('step_early', {
      first: s.a,
      last: s.b,
      advanced: s.c === -1 ? null : s.c,
      extra: model.earlyMode === 'extra',
    }),
  });

const certificateWords = (s: RawStep, model: GradeModel): DatedWords =>
  withDates({
    rule: s.rule,
    delta: s.delta,
    source: model.sources.certificate,
    text: Object.freeze(
      salaryMessages.text('step_certificate', {
        level: socialWorkCertificateLevelLabels[SOCIAL_WORK_CERTIFICATE_LEVELS[s.a]!],
        delta: s.delta,
      }),
    ),
  });

const startWords = (post: Post, model: GradeModel): DatedWords => {
  const w = model.windows[post];
  return withDates({
    rule: 'salary.grade.start',
    delta: w.min,
    source: model.sources.windows,
    text: Object.freeze(
      salaryMessages.text('step_start', { post: communityWorkerPostLabels[post], min: w.min, max: w.max }),
    ),
  });
};

const clampWords = (x: { post: Post; raw: number; grade: number }, model: GradeModel): DatedWords => {
  const w = model.windows[x.post];
  return withDates({
    rule: 'salary.grade.clamp',
    delta: x.grade - x.raw,
    source: model.sources.windows,
    text: Object.freeze(salaryMessages.text('step_clamp', { raw: x.raw, min: w.min, max: w.max, grade: x.grade })),
  });
};

const gradeValue = (grade: number): Intermediate => ({ name: 'grade', label: GRADE_LABEL, value: String(grade) });

// The names of the post-dependent steps in the model's table of words.
const byPost = (name: string): Readonly<Record<Post, string>> => ({
  principal: `${name}.principal`,
  deputy: `${name}.deputy`,
  staff: `${name}.staff`,
});
const START = byPost('start');
const CLAMP = byPost('clamp');

function startStep(model: GradeModel, post: Post, from: string): GradeStep {
  return dated(model.step(START[post], 0, 0, 0, startWords, post), from);
}

// A change of post is worded with its own date, and only rows with a post history have one: no shared words.
function shiftStep(model: GradeModel, post: Post, from: string): GradeStep {
  return {
    rule: 'salary.grade.postChange',
    delta: 0,
    effectiveFrom: from,
    source: model.sources.postChange,
    text: salaryMessages.text('step_post_shift', { post: communityWorkerPostLabels[post], from }),
  };
}

function carryStep(model: GradeModel, post: Post, from: string, held: number, carried: number): GradeStep {
  return {
    rule: 'salary.grade.postChange',
    delta: carried - held,
    effectiveFrom: from,
    source: model.sources.postChange,
    text: salaryMessages.text('step_post_carry', { post: communityWorkerPostLabels[post], from, held, carried }),
  };
}

function clampStep(model: GradeModel, post: Post, raw: number, grade: number, from: string): GradeStep {
  // The words depend on the post and the raw grade (the grade is the raw one brought into the post's window).
  return dated(model.step(CLAMP[post], raw, 0, 0, clampWords, { post, raw, grade }), from);
}

/**
 * Options of {@link computeGrade}.
 * @category Salary
 */
export interface GradeOptions {
  /** The date the grade is computed for (the parameters in force that day are read). */
  readonly asOf: string;
  /** A shipped profile id (default `'huaian'`), a Profile, or profile JSON. */
  readonly profile?: unknown;
}

/**
 * A worker's grade, with the envelope every result carries.
 * @category Salary
 */
export interface GradeResult extends ResultEnvelope<'grade', 'computed' | 'undetermined' | 'not_applicable'> {
  /** The worker's id, as given. */
  readonly id?: string | number;
  /** The worker's name, as given. */
  readonly name?: string;
  /** The post held on `asOf`. */
  readonly post: Post;
  /** The grade on the shared scale; `null` when undetermined or not applicable. */
  readonly grade: number | null;
  /** The post's window; `null` when the grade rules are not known. */
  readonly window: GradeWindow | null;
  /** The steps, in order; their deltas add up to `grade`. */
  readonly steps: readonly GradeStep[];
}

const GRADE_OPTIONS = { asOf: asOfOption, profile: salaryProfiles.option };

/**
 * The grade of a worker on `asOf`. Rules (numbers are parameters of the profile): start at the bottom of the post's
 * window; add the education step from the day the education was obtained; add one step per full
 * `serviceYearsPerStep` years of service, from the first 1 January on or after completion, each fail year (and each
 * basic-pass year when `basicPassCountsAsService` is false) pushing it back `failDelayYears`; add an early step per run
 * of consecutive excellent years (`advance`: the next service step taken early; `extra`: a grade more), at most
 * `maxSteps`; in `grade-steps` mode add the certificate's steps from the day it was obtained; with a post history,
 * grade in the window of the post held (`shift`) or carry the grade over (`carry`); clamp to the window. A year's
 * assessment counts from 1 January of the next year, so nothing known only after `asOf` is used.
 *
 * Outcome: `computed`; `undetermined` (with `missing`) when a grade rule has no value on the date or a certificate
 * counted as grade steps has no date; `not_applicable` before the start of service. Bad input or options are refused
 * with a PolicyError.
 * @param worker - a worker record (see {@link parseWorker}); a person from `/entities` passes as it is
 * @param options - `asOf` (required) and `profile`
 * @category Salary
 * @example
 * ```ts
 * const r = computeGrade({ post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' }, { asOf: '2024-01-01' });
 * r.grade;    // 3 (1 + bachelor 1 + one 3-year step from 2024-01-01)
 * r.warnings; // the huaian rules are a template of low confidence with unknown dates: said on every result
 * ```
 */
export function computeGrade(worker: unknown, options: GradeOptions): GradeResult {
  const o = readOptions(options, GRADE_OPTIONS);
  const w = parseWorker(worker);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const g = evaluateGrade(w, scope);
  const summary =
    g.outcome === 'not_applicable'
      ? salaryMessages.text('summary_not_started', { start: w.serviceStart })
      : salaryMessages.text('summary_grade', { post: communityWorkerPostLabels[g.post], grade: g.grade });
  return {
    ...envelope('salary', 'grade', g.outcome, scope, explain(summary)),
    ...(w.id === undefined ? {} : { id: w.id }),
    ...(w.name === undefined ? {} : { name: w.name }),
    post: g.post,
    grade: g.grade,
    window: g.window,
    steps: g.steps,
  };
}

/** 1 January of a year, written YYYY-MM-DD (years before 1000 zero-padded: `0504-01-01`, not `504-01-01`). */
function januaryFirst(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01`;
}
