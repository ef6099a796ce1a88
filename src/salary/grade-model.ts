/**
 * The grade rules of a profile on a date, read through a Scope: post windows, education steps, the service clock,
 * early promotion, certificate steps and what a change of post does. Every parameter is read on every evaluation (so
 * every grade carries the warnings of every grade rule), checked once per read, and its source is kept for the
 * explanation. Without `salary.grade.windows` a profile has no grade ladder (a post-amount scheme).
 * @module
 */
import { derived, derivedFrom, type Scope } from '../core/evaluation.js';
import type { Bilingual } from '../core/messages.js';
import type { ParameterRead, Source } from '../core/parameters.js';
import { defineRecord, fields } from '../core/record.js';
import { communityWorkerPostLabels } from '../entities/community-worker-post.js';
import { EDUCATION_LEVELS, educationLevelLabels } from '../entities/person.js';
import {
  SOCIAL_WORK_CERTIFICATE_LEVELS,
  socialWorkCertificateLevelLabels,
} from '../entities/social-work-certificate.js';
import { salaryMessages } from './messages.js';
import { valueOf } from './parameter-values.js';
import type { CertificateLevel, Education, Post } from './worker.js';

/** A post's range of grades on the shared scale. @category Salary */
export interface GradeWindow {
  /** Lowest grade of the post. */
  readonly min: number;
  /** Highest grade of the post. */
  readonly max: number;
}

/** How an early promotion counts: `advance` takes the next service step early; `extra` adds a grade. @category Salary */
export type EarlyPromotionMode = 'advance' | 'extra';

/** How a change of post sets the grade: `shift` in the new window; `carry` keeps the grade held. @category Salary */
export type PostChangeMode = 'shift' | 'carry';

/** The grade rules in force on a date, as numbers, with the source of each. @internal */
export interface GradeModel {
  readonly windows: Readonly<Record<Post, GradeWindow>>;
  readonly education: Readonly<Record<Education, number>>;
  readonly yearsPerStep: number;
  readonly failDelay: number;
  readonly basicPassCounts: boolean;
  readonly earlyRun: number;
  readonly earlyMax: number;
  readonly earlyMode: EarlyPromotionMode;
  /** How a certificate counts: an allowance, or grade steps. */
  readonly certificateMode: 'allowance' | 'grade-steps';
  /** Grade steps per certificate level in `grade-steps` mode (once read); `null` otherwise. */
  readonly certificateSteps: Readonly<Record<CertificateLevel, number>> | null;
  readonly postChange: PostChangeMode;
  /**
   * The worded step (or the worded part of a step) named by a rule and three numbers that fix it, made once: steps
   * are the same data for every worker who has them, kept with the model (which lives with its parameter reads), so
   * an explained roster words each once. A step dated by the worker's own dates keys only its words here.
   */
  step<T extends object, X>(
    rule: string,
    a: number,
    b: number,
    c: number,
    make: (x: X, model: GradeModel) => T,
    x: X,
  ): T;
  readonly sources: {
    readonly windows: Source;
    readonly education: Source;
    readonly service: Source;
    readonly fail: Source;
    readonly early: Source;
    readonly certificate: Source;
    readonly postChange: Source;
  };
}

const window = /* @__PURE__ */ defineRecord(
  'grade-window',
  { zh: '等级范围', en: 'Grade window' },
  {
    min: fields.integer({ min: 1 }).label('最低等级', 'Lowest grade'),
    max: fields.integer({ min: 1 }).label('最高等级', 'Highest grade'),
  },
  { unknownKeys: 'strict' },
);
const windowOf = (post: Post) =>
  fields.object(
    window.extend(
      `grade-window-${post}`,
      communityWorkerPostLabels[post],
      {},
      {
        unknownKeys: 'strict',
        refine: (w, ctx) => {
          if (w.min > w.max)
            ctx.add(
              salaryMessages.issue('window_order', [...ctx.path, 'min'], { post: communityWorkerPostLabels[post] }),
            );
        },
      },
    ),
  );
const stepsBy = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, Bilingual>>) =>
  defineRecord(
    'steps',
    { zh: '加级', en: 'Steps' },
    Object.fromEntries(keys.map((k) => [k, fields.integer().label(labels[k].zh, labels[k].en)])) as Record<
      K,
      ReturnType<typeof fields.integer>
    >,
    { unknownKeys: 'strict' },
  );

const WINDOWS = /* @__PURE__ */ valueOf(
  fields.object(
    defineRecord(
      'grade-windows',
      { zh: '各岗位等级范围', en: 'Grade windows' },
      {
        principal: windowOf('principal').label('正职', 'Principal'),
        deputy: windowOf('deputy').label('副职', 'Deputy'),
        staff: windowOf('staff').label('其他社区工作者', 'Staff'),
      },
      { unknownKeys: 'strict' },
    ),
  ),
);
const EDUCATION_STEPS = /* @__PURE__ */ valueOf(fields.object(stepsBy(EDUCATION_LEVELS, educationLevelLabels)));
const CERTIFICATE_STEPS = /* @__PURE__ */ valueOf(
  fields.object(stepsBy(SOCIAL_WORK_CERTIFICATE_LEVELS, socialWorkCertificateLevelLabels)),
);
const POSITIVE = /* @__PURE__ */ valueOf(fields.integer({ min: 1 }));
const NON_NEGATIVE = /* @__PURE__ */ valueOf(fields.integer({ min: 0 }));
const BOOLEAN = /* @__PURE__ */ valueOf(fields.boolean());
const EARLY = /* @__PURE__ */ valueOf(
  fields.object(
    defineRecord(
      'early-promotion',
      { zh: '连续优秀提前晋级', en: 'Early promotion' },
      {
        consecutiveExcellent: fields.integer({ min: 1 }).label('连续优秀年数', 'Consecutive excellent years'),
        maxSteps: fields.integer({ min: 0 }).label('提前晋级次数上限', 'Most early steps'),
      },
      { unknownKeys: 'strict' },
    ),
  ),
);
const label = (zh: string, en: string): Bilingual => ({ zh, en });
const EARLY_MODE = /* @__PURE__ */ valueOf(
  fields.enum(['advance', 'extra'] as const, { advance: label('提前', 'advance'), extra: label('加级', 'extra') }),
);
const POST_CHANGE = /* @__PURE__ */ valueOf(
  fields.enum(['shift', 'carry'] as const, { shift: label('平移', 'shift'), carry: label('套入', 'carry') }),
);
const CERTIFICATE_MODE = /* @__PURE__ */ valueOf(
  fields.enum(['allowance', 'grade-steps'] as const, {
    allowance: label('补贴', 'allowance'),
    'grade-steps': label('加级', 'grade steps'),
  }),
);

/** Parameter ids of the grade rules, in the order they are read. @internal */
export const GRADE_PARAMETERS = [
  'salary.grade.windows',
  'salary.grade.educationSteps',
  'salary.grade.serviceYearsPerStep',
  'salary.grade.failDelayYears',
  'salary.grade.basicPassCountsAsService',
  'salary.grade.earlyPromotion',
  'salary.grade.earlyPromotion.mode',
  'salary.grade.certificateMode',
  'salary.grade.certificateSteps',
  'salary.grade.postChange',
] as const;

/** The grade rules read on every evaluation, in order (the certificate steps follow in grade-steps mode). */
const READ_ORDER = GRADE_PARAMETERS.filter((id) => id !== 'salary.grade.certificateSteps');
const CERTIFICATE_STEPS_ONLY = ['salary.grade.certificateSteps'];

/** True when the profile has a grade ladder at all (whatever its values on the date). @internal */
export function hasGradeLadder(scope: Scope): boolean {
  return scope.at.has('salary.grade.windows');
}

/** An item of an explanation frozen with its texts, so it is checked for resident IDs once however often it is shared. */
function frozen<T extends object>(item: T): T {
  const x = item as { text?: object; label?: object };
  if (typeof x.text === 'object' && x.text !== null) Object.freeze(x.text);
  if (typeof x.label === 'object' && x.label !== null) Object.freeze(x.label);
  return Object.freeze(item);
}

/**
 * The model of a set of grade-rule reads (in the order of `READ_ORDER`, the certificate steps last when read), built
 * once per combination of reads (`derivedFrom`); every value is checked on the way.
 */
function model(reads: readonly ParameterRead[]): GradeModel {
  const [windows, education, years, fail, basic, early, earlyMode, certificateMode, postChange, certificate] = reads;
  const e = derived(early!, EARLY);
  // rule → a → b → c → step: keys that are already strings and small numbers, so a lookup builds no key and every
  // table stays small (no level keyed by a worker's own date).
  const steps = new Map<string, Map<number, Map<number, Map<number, object>>>>();
  const m: GradeModel = {
    step<T extends object, X>(
      rule: string,
      a: number,
      b: number,
      c: number,
      make: (x: X, model: GradeModel) => T,
      x: X,
    ): T {
      let byA = steps.get(rule);
      if (byA === undefined) steps.set(rule, (byA = new Map()));
      let byB = byA.get(a);
      if (byB === undefined) byA.set(a, (byB = new Map()));
      let byC = byB.get(b);
      if (byC === undefined) byB.set(b, (byC = new Map()));
      let s = byC.get(c);
      if (s === undefined) byC.set(c, (s = frozen(make(x, m))));
      return s as T;
    },
    windows: derived(windows!, WINDOWS),
    education: derived(education!, EDUCATION_STEPS),
    yearsPerStep: derived(years!, POSITIVE),
    failDelay: derived(fail!, NON_NEGATIVE),
    basicPassCounts: derived(basic!, BOOLEAN),
    earlyRun: e.consecutiveExcellent,
    earlyMax: e.maxSteps,
    earlyMode: derived(earlyMode!, EARLY_MODE),
    certificateMode: derived(certificateMode!, CERTIFICATE_MODE),
    certificateSteps: certificate === undefined ? null : derived(certificate, CERTIFICATE_STEPS),
    postChange: derived(postChange!, POST_CHANGE),
    sources: {
      windows: windows!.source,
      education: education!.source,
      service: years!.source,
      fail: fail!.source,
      early: early!.source,
      certificate: (certificate ?? certificateMode!).source,
      postChange: postChange!.source,
    },
  };
  return m;
}

/**
 * Reads the grade rules through `scope`; `undefined` when one of them has no value on the date (each gap is recorded
 * as missing `parameter:<id>`). Every parameter is read, so a result warns about each rule it rests on; each value is
 * checked once per read (a bad table refuses the call), and the model is built once per combination of reads.
 * @internal
 */
export function readGradeModel(scope: Scope): GradeModel | undefined {
  const group = scope.params(READ_ORDER);
  if (group === undefined) return undefined;
  // Building the model checks every value (a bad table refuses the call); it is built once per combination of reads.
  const m = derivedFrom(group, model);
  if (m.certificateMode !== 'grade-steps') return m;
  // The certificate steps are read only when a certificate counts as grade steps.
  const steps = scope.params(CERTIFICATE_STEPS_ONLY);
  return steps === undefined ? undefined : derivedFrom([...group, steps[0]!], model);
}
