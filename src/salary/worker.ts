/**
 * The worker record the salary engine reads: post, education, start of service, certificate, yearly assessments.
 * Chinese names are accepted as input aliases and normalised to the API names.
 * @module
 */
import * as z from 'zod/mini';
import type { CalendarDate } from '../core/calendar-date.js';
import { ErrorCode, type IssuePath, type PolicyError, type SafeParseResult } from '../core/errors.js';
import { calendarDateSchema, rule, schemaParser } from '../core/zod-issues.js';

/**
 * The three posts (三岗): `principal` 正职 (社区党组织书记、居委会主任), `deputy` 副职 (副书记、副主任),
 * `staff` 其他社区工作者.
 * @category Salary
 */
export type Post = 'principal' | 'deputy' | 'staff';

/** The posts, in the order used for tables and summaries. @category Salary */
export const POSTS: readonly Post[] = ['principal', 'deputy', 'staff'];

/** Display names of the posts. @internal */
export const POST_NAMES: Readonly<Record<Post, { readonly zh: string; readonly en: string }>> = {
  principal: { zh: '正职', en: 'principal' },
  deputy: { zh: '副职', en: 'deputy' },
  staff: { zh: '其他社区工作者', en: 'staff' },
};

/** Display names of the certificate levels (社会工作者职业水平证书). @internal */
export const CERTIFICATE_NAMES: Readonly<Record<CertificateLevel, { readonly zh: string; readonly en: string }>> = {
  assistant: { zh: '助理社会工作师', en: 'assistant social worker' },
  intermediate: { zh: '社会工作师', en: 'social worker' },
  senior: { zh: '高级社会工作师', en: 'senior social worker' },
};

/**
 * Highest education: `college_or_below` 大专及以下, `bachelor` 本科, `master` 硕士, `doctorate` 博士.
 * @category Salary
 */
export type Education = 'college_or_below' | 'bachelor' | 'master' | 'doctorate';

/** The education levels, lowest first. @category Salary */
export const EDUCATIONS: readonly Education[] = ['college_or_below', 'bachelor', 'master', 'doctorate'];

/**
 * 社会工作者职业水平证书: `assistant` 助理社会工作师, `intermediate` 社会工作师, `senior` 高级社会工作师.
 * @category Salary
 */
export type CertificateLevel = 'assistant' | 'intermediate' | 'senior';

/** The certificate levels, lowest first. @category Salary */
export const CERTIFICATE_LEVELS: readonly CertificateLevel[] = ['assistant', 'intermediate', 'senior'];

/**
 * A year's assessment (年度考核): `excellent` 优秀, `pass` 合格, `basic_pass` 基本合格, `fail` 不合格.
 * @category Salary
 */
export type AssessmentResult = 'excellent' | 'pass' | 'basic_pass' | 'fail';

/** The assessment results, best first. @category Salary */
export const ASSESSMENT_RESULTS: readonly AssessmentResult[] = ['excellent', 'pass', 'basic_pass', 'fail'];

/** The highest certificate held and the date it was obtained. @category Salary */
export interface Certificate {
  /** Level of the certificate. */
  readonly level: CertificateLevel;
  /** Date the certificate was obtained; it counts only from that date. */
  readonly obtained: CalendarDate;
}

/**
 * A validated worker. Build one with {@link parseWorker}; the compute functions also accept raw input and validate it.
 * @category Salary
 */
export interface Worker {
  /** The host's identifier, kept exactly as given (string or number). */
  readonly id?: string | number;
  /** Name, for display only. */
  readonly name?: string;
  /** Current post. */
  readonly post: Post;
  /** Highest education. */
  readonly education: Education;
  /** Start of 社区工作年限. */
  readonly serviceStart: CalendarDate;
  /** Highest certificate, if any. */
  readonly certificate?: Certificate;
  /** Assessment result by calendar year (`"2023": "excellent"`). */
  readonly assessments?: Readonly<Record<string, AssessmentResult>>;
}

/** Accepted spellings → API name. Null-prototype so `"toString"` is not an alias. */
function aliases<T extends string>(canonical: readonly T[], extra: Record<string, T>): Readonly<Record<string, T>> {
  const map: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const c of canonical) map[c] = c;
  for (const [k, v] of Object.entries(extra)) map[k] = v;
  return map;
}

/** @internal */
export const POST_ALIASES = aliases(POSTS, { 正职: 'principal', 副职: 'deputy', 其他工作人员: 'staff', 其他社区工作者: 'staff' });
/** @internal */
export const EDUCATION_ALIASES = aliases(EDUCATIONS, { 大专及以下: 'college_or_below', 本科: 'bachelor', 硕士: 'master', 博士: 'doctorate' });
/** @internal */
export const CERTIFICATE_ALIASES = aliases(CERTIFICATE_LEVELS, { 助理社会工作师: 'assistant', 社会工作师: 'intermediate', 高级社会工作师: 'senior' });
/** @internal */
export const ASSESSMENT_ALIASES = aliases(ASSESSMENT_RESULTS, { 优秀: 'excellent', 合格: 'pass', 基本合格: 'basic_pass', 不合格: 'fail' });

/** Assessment years are written as four digits, 1000–9999. @internal */
export const YEAR_KEY_RE = /^[1-9]\d{3}$/;

const keysOf = (m: Readonly<Record<string, string>>) => Object.keys(m) as [string, ...string[]];
const date = calendarDateSchema();

const certificateSchema = z.object({
  level: z.enum(keysOf(CERTIFICATE_ALIASES)),
  obtained: date,
});

// Unknown fields are ignored (a roster exported from a spreadsheet has other columns); the known ones are strict.
const workerSchema = z.object({
  // One check rather than a union, so a wrong id gets a precise code and message.
  id: z.optional(
    z.unknown().check(
      rule(
        (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
        ErrorCode.InvalidType,
        '编号应为字符串或有限数字',
        'id must be a string or a finite number',
      ),
    ),
  ),
  name: z.optional(z.nullable(z.string())),
  post: z.enum(keysOf(POST_ALIASES)),
  education: z.enum(keysOf(EDUCATION_ALIASES)),
  serviceStart: date,
  certificate: z.optional(z.nullable(certificateSchema)),
  assessments: z.optional(
    z.nullable(
      z.record(
        z.string().check(rule((k: string) => YEAR_KEY_RE.test(k), ErrorCode.InvalidFormat, '考核年度应为四位年份', 'An assessment year must be a four-digit year')),
        z.enum(keysOf(ASSESSMENT_ALIASES)),
      ),
    ),
  ),
});

type RawWorker = z.output<typeof workerSchema>;

function normalise(w: RawWorker): Worker {
  const out: { -readonly [K in keyof Worker]: Worker[K] } = {
    post: POST_ALIASES[w.post]!,
    education: EDUCATION_ALIASES[w.education]!,
    serviceStart: w.serviceStart,
  };
  if (w.id !== undefined && w.id !== null) out.id = w.id as string | number;
  if (w.name !== undefined && w.name !== null) out.name = w.name;
  if (w.certificate) out.certificate = { level: CERTIFICATE_ALIASES[w.certificate.level]!, obtained: w.certificate.obtained };
  if (w.assessments) {
    const a: Record<string, AssessmentResult> = {};
    for (const [year, result] of Object.entries(w.assessments)) a[year] = ASSESSMENT_ALIASES[result]!;
    out.assessments = a;
  }
  return out;
}

const parser = schemaParser(workerSchema);

/**
 * Validates a worker record (e.g. a row of a roster) and normalises aliases (正职 → `principal`, 本科 → `bachelor`,
 * 优秀 → `excellent`, …). `null` optional fields count as absent; unknown fields are ignored.
 * Throws a {@link PolicyError} listing every problem with its path.
 * @param value - the raw record
 * @param path - where the record sits in a larger input (e.g. `[3]` for the fourth row)
 * @category Salary
 * @example
 * ```ts
 * parseWorker({ post: '正职', education: '本科', serviceStart: '2020-03-15' });
 * // { post: 'principal', education: 'bachelor', serviceStart: '2020-03-15' }
 * parseWorker({ post: 'chief', education: 'bachelor', serviceStart: '2020-03-15' });
 * // throws PolicyError, code 'unknown_enum_value', path ['post']
 * ```
 */
export function parseWorker(value: unknown, path: IssuePath = []): Worker {
  return normalise(parser.parse(value, path));
}

/**
 * Non-throwing {@link parseWorker}.
 * @category Salary
 * @example
 * ```ts
 * const r = safeParseWorker({ post: 'staff' });
 * if (!r.success) r.error.issues.map((i) => i.path.join('.')); // ['education', 'serviceStart']
 * ```
 */
export function safeParseWorker(value: unknown, path: IssuePath = []): SafeParseResult<Worker> {
  const r = parser.safeParse(value, path);
  return r.success ? { success: true, data: normalise(r.data) } : r;
}
