/**
 * The grade rules of a profile on a date, read through a Scope: post windows, education steps, the service clock,
 * early promotion, certificate steps and what a change of post does. Every parameter is read on every evaluation (so
 * every grade carries the warnings of every grade rule), checked once per read, and its source is kept for the
 * explanation. Without `salary.grade.windows` a profile has no grade ladder (a post-amount scheme).
 * @module
 */
import type { Scope } from '../core/evaluation.js';
import type { Bilingual } from '../core/messages.js';
import type { Source } from '../core/parameters.js';
import { defineRecord, fields } from '../core/record.js';
import { communityWorkerPostLabels } from '../entities/community-worker-post.js';
import { EDUCATION_LEVELS, educationLevelLabels } from '../entities/person.js';
import { SOCIAL_WORK_CERTIFICATE_LEVELS, socialWorkCertificateLevelLabels } from '../entities/social-work-certificate.js';
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
  /** Grade steps per certificate level in `grade-steps` mode; `null` when a certificate pays an allowance instead. */
  readonly certificateSteps: Readonly<Record<CertificateLevel, number>> | null;
  readonly postChange: PostChangeMode;
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
  { min: fields.integer({ min: 1 }).label('最低等级', 'Lowest grade'), max: fields.integer({ min: 1 }).label('最高等级', 'Highest grade') },
  { unknownKeys: 'strict' },
);
const windowOf = (post: Post) =>
  fields.object(
    window.extend(`grade-window-${post}`, communityWorkerPostLabels[post], {}, {
      unknownKeys: 'strict',
      refine: (w, ctx) => {
        if (w.min > w.max) ctx.add(salaryMessages.issue('window_order', [...ctx.path, 'min'], { post: communityWorkerPostLabels[post] }));
      },
    }),
  );
const stepsBy = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, Bilingual>>) =>
  defineRecord(
    'steps',
    { zh: '加级', en: 'Steps' },
    Object.fromEntries(keys.map((k) => [k, fields.integer().label(labels[k].zh, labels[k].en)])) as Record<K, ReturnType<typeof fields.integer>>,
    { unknownKeys: 'strict' },
  );

const WINDOWS = /* @__PURE__ */ valueOf(
  fields.object(
    defineRecord(
      'grade-windows',
      { zh: '各岗位等级范围', en: 'Grade windows' },
      { principal: windowOf('principal').label('正职', 'Principal'), deputy: windowOf('deputy').label('副职', 'Deputy'), staff: windowOf('staff').label('其他社区工作者', 'Staff') },
      { unknownKeys: 'strict' },
    ),
  ),
);
const EDUCATION_STEPS = /* @__PURE__ */ valueOf(fields.object(stepsBy(EDUCATION_LEVELS, educationLevelLabels)));
const CERTIFICATE_STEPS = /* @__PURE__ */ valueOf(fields.object(stepsBy(SOCIAL_WORK_CERTIFICATE_LEVELS, socialWorkCertificateLevelLabels)));
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
const EARLY_MODE = /* @__PURE__ */ valueOf(fields.enum(['advance', 'extra'] as const, { advance: label('提前', 'advance'), extra: label('加级', 'extra') }));
const POST_CHANGE = /* @__PURE__ */ valueOf(fields.enum(['shift', 'carry'] as const, { shift: label('平移', 'shift'), carry: label('套入', 'carry') }));
const CERTIFICATE_MODE = /* @__PURE__ */ valueOf(fields.enum(['allowance', 'grade-steps'] as const, { allowance: label('补贴', 'allowance'), 'grade-steps': label('加级', 'grade steps') }));

/** Parameter ids of the grade rules. @internal */
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

/** True when the profile has a grade ladder at all (whatever its values on the date). @internal */
export function hasGradeLadder(scope: Scope): boolean {
  return scope.at.has('salary.grade.windows');
}

/**
 * Reads the grade rules through `scope`; `undefined` when one of them has no value on the date (each gap is recorded
 * as missing `parameter:<id>`). Every parameter is read, so a result warns about each rule it rests on.
 * @internal
 */
export function readGradeModel(scope: Scope): GradeModel | undefined {
  const windows = scope.value('salary.grade.windows', WINDOWS);
  const education = scope.value('salary.grade.educationSteps', EDUCATION_STEPS);
  const yearsPerStep = scope.value('salary.grade.serviceYearsPerStep', POSITIVE);
  const failDelay = scope.value('salary.grade.failDelayYears', NON_NEGATIVE);
  const basicPassCounts = scope.value('salary.grade.basicPassCountsAsService', BOOLEAN);
  const early = scope.value('salary.grade.earlyPromotion', EARLY);
  const earlyMode = scope.value('salary.grade.earlyPromotion.mode', EARLY_MODE);
  const certificateMode = scope.value('salary.grade.certificateMode', CERTIFICATE_MODE);
  const certificateSteps = certificateMode === 'grade-steps' ? scope.value('salary.grade.certificateSteps', CERTIFICATE_STEPS) : null;
  const postChange = scope.value('salary.grade.postChange', POST_CHANGE);
  if (
    windows === undefined ||
    education === undefined ||
    yearsPerStep === undefined ||
    failDelay === undefined ||
    basicPassCounts === undefined ||
    early === undefined ||
    earlyMode === undefined ||
    certificateMode === undefined ||
    certificateSteps === undefined ||
    postChange === undefined
  ) {
    return undefined;
  }
  const source = (id: string): Source => {
    const r = scope.at.get(id);
    return 'source' in r && r.source !== undefined ? r.source : { title: id };
  };
  return {
    windows,
    education,
    yearsPerStep,
    failDelay,
    basicPassCounts,
    earlyRun: early.consecutiveExcellent,
    earlyMax: early.maxSteps,
    earlyMode,
    certificateSteps,
    postChange,
    sources: {
      windows: source('salary.grade.windows'),
      education: source('salary.grade.educationSteps'),
      service: source('salary.grade.serviceYearsPerStep'),
      fail: source('salary.grade.failDelayYears'),
      early: source('salary.grade.earlyPromotion'),
      certificate: source(certificateSteps === null ? 'salary.grade.certificateMode' : 'salary.grade.certificateSteps'),
      postChange: source('salary.grade.postChange'),
    },
  };
}
