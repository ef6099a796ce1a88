/**
 * Reading a profile's salary parameters (through a {@link Tracer}) into checked numbers and compiled pay components.
 * The parameter ids and table shapes are documented on {@link SalaryParameterId} and {@link PayComponent}.
 * @module
 */
import * as z from 'zod/mini';
import { ErrorCode, fail, type IssuePath } from '../core/errors.js';
import type { Tracer, Warning } from '../core/explanation.js';
import { DECIMAL_RANGE, Dec, inDecimalRange, ROUNDING_MODES, toDec, type RoundingMode } from '../core/money.js';
import type { Bilingual, ParameterRead, Source } from '../core/parameters.js';
import { rule, schemaParser } from '../core/zod-issues.js';
import { POSTS } from './worker.js';

/**
 * Ids of the parameters the salary engine reads. Grade parameters are optional as a group: a profile without
 * `salary.grade.windows` has no grade ladder (e.g. a post-amount scheme) and its results have `grade: null`.
 * - `salary.grade.windows` (table): `{ principal: { min, max }, deputy: {…}, staff: {…} }`
 * - `salary.grade.educationSteps` (table): `{ college_or_below, bachelor, master, doctorate }` → grade steps
 * - `salary.grade.serviceYearsPerStep` (integer): full years of service per grade step
 * - `salary.grade.failDelayYears` (integer): years each `fail` year pushes the service clock back
 * - `salary.grade.earlyPromotion` (table): `{ consecutiveExcellent, maxSteps }`
 * - `salary.grade.certificateMode` (text): `'allowance'` (certificate pays an allowance, no grade step) or
 *   `'grade-steps'` (then `salary.grade.certificateSteps`, table `{ assistant, intermediate, senior }`, highest only)
 * - `salary.components` (table): the list of {@link PayComponent}s
 * - `salary.notices` (table, optional): `[{ code, zh, en }]` warnings every result of the profile carries
 * @category Salary
 */
export type SalaryParameterId =
  | 'salary.grade.windows'
  | 'salary.grade.educationSteps'
  | 'salary.grade.serviceYearsPerStep'
  | 'salary.grade.failDelayYears'
  | 'salary.grade.earlyPromotion'
  | 'salary.grade.certificateMode'
  | 'salary.grade.certificateSteps'
  | 'salary.components'
  | 'salary.notices';

/**
 * One pay component, as data in the `salary.components` table. Amount fields name other parameters of the profile
 * (so each amount has its own dates, source and provisional flag). Mechanisms:
 * - `gradeCoefficient`: `base` (decimal, yuan/month) × `coefficients` (table grade → decimal) × `share` (decimal, default 1);
 * - `postAmount`: `amounts` (table post → decimal yuan), monthly or, with `period: 'year'`, yearly;
 * - `seniority`: `start` (table post → decimal) + `perLevel` (decimal) × levels, where a level is `yearsPerLevel`
 *   (integer parameter, default 1) full years on the service clock (levels from the first 1 January on or after each
 *   completion), capped at `maxLevels` (integer parameter, optional); each `fail` year pushes the clock back
 *   `failDelayYears` (integer parameter; without one, fail years do not affect seniority);
 * - `certificateAllowance`: `amounts` (table level → decimal) for the certificate held on `asOf`;
 * - `floor`: a check, not a line: annual pay must be at least `ratios[group][post]` (decimals) × the host's benchmark.
 * Every line is rounded to 0.01 yuan with `rounding` (default `'half-up'`).
 * @category Salary
 */
export type PayComponent =
  | { readonly id: string; readonly label: Bilingual; readonly kind: 'gradeCoefficient'; readonly base: string; readonly coefficients: string; readonly share?: string; readonly rounding?: RoundingMode }
  | { readonly id: string; readonly label: Bilingual; readonly kind: 'postAmount'; readonly amounts: string; readonly period?: 'month' | 'year'; readonly rounding?: RoundingMode }
  | {
      readonly id: string;
      readonly label: Bilingual;
      readonly kind: 'seniority';
      readonly start: string;
      readonly perLevel: string;
      readonly yearsPerLevel?: string;
      readonly maxLevels?: string;
      readonly failDelayYears?: string;
      readonly rounding?: RoundingMode;
    }
  | { readonly id: string; readonly label: Bilingual; readonly kind: 'certificateAllowance'; readonly amounts: string; readonly rounding?: RoundingMode }
  | { readonly id: string; readonly label: Bilingual; readonly kind: 'floor'; readonly ratios: string };

/** Error code: a table the engine needs has no entry for a post, grade, level or group. @category Salary */
export const MISSING_TABLE_ENTRY = 'missing_table_entry';

const int = z.number().check(rule(Number.isSafeInteger, ErrorCode.InvalidType, '应为整数', 'Must be an integer'));
const nonNegative = int.check(rule((n: number) => n >= 0, ErrorCode.OutOfRange, '不得为负数', 'Must not be negative'));
const positive = int.check(rule((n: number) => n >= 1, ErrorCode.OutOfRange, '应至少为 1', 'Must be at least 1'));
const window = z
  .object({ min: positive, max: positive })
  .check(rule((w: { min: number; max: number }) => w.min <= w.max, ErrorCode.Inconsistent, '等级下限大于上限', 'The window minimum is above its maximum'));
const windowsSchema = schemaParser(z.object({ principal: window, deputy: window, staff: window }));
const educationSchema = schemaParser(z.object({ college_or_below: int, bachelor: int, master: int, doctorate: int }));
const earlySchema = schemaParser(z.object({ consecutiveExcellent: positive, maxSteps: nonNegative }));
const certificateStepsSchema = schemaParser(z.object({ assistant: int, intermediate: int, senior: int }));
const positiveSchema = schemaParser(positive);
const nonNegativeSchema = schemaParser(nonNegative);
const modeSchema = schemaParser(z.enum(['allowance', 'grade-steps']));
const bilingual = z.object({ zh: z.string(), en: z.string() });
const rounding = z.optional(z.enum(ROUNDING_MODES as unknown as [RoundingMode, ...RoundingMode[]]));
const base = { id: z.string().check(z.minLength(1)), label: bilingual };
const componentsSchema = schemaParser(
  z.array(
    z.discriminatedUnion('kind', [
      z.object({ ...base, kind: z.literal('gradeCoefficient'), base: z.string(), coefficients: z.string(), share: z.optional(z.string()), rounding }),
      z.object({ ...base, kind: z.literal('postAmount'), amounts: z.string(), period: z.optional(z.enum(['month', 'year'])), rounding }),
      z.object({
        ...base,
        kind: z.literal('seniority'),
        start: z.string(),
        perLevel: z.string(),
        yearsPerLevel: z.optional(z.string()),
        maxLevels: z.optional(z.string()),
        failDelayYears: z.optional(z.string()),
        rounding,
      }),
      z.object({ ...base, kind: z.literal('certificateAllowance'), amounts: z.string(), rounding }),
      z.object({ ...base, kind: z.literal('floor'), ratios: z.string() }),
    ]),
  ),
);
const noticesSchema = schemaParser(z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })));
// Pay amounts and coefficients: non-negative (a negative amount would silently make negative pay) and within the
// range the private Decimal computes exactly.
const amountChecks = [
  rule((s: string) => /^-?\d+(\.\d+)?$/.test(s), ErrorCode.InvalidAmount, '应为十进制数字符串', 'Must be a decimal string'),
  rule((s: string) => !s.startsWith('-'), ErrorCode.OutOfRange, '金额和系数不得为负数', 'Amounts and coefficients must not be negative'),
  rule(
    (s: string) => !/^-?\d+(\.\d+)?$/.test(s) || inDecimalRange(s),
    ErrorCode.OutOfRange,
    `超出支持范围（整数部分至多 ${DECIMAL_RANGE.integerDigits} 位，小数至多 ${DECIMAL_RANGE.fractionDigits} 位）`,
    `Outside the supported range (at most ${DECIMAL_RANGE.integerDigits} digits before the decimal point and ${DECIMAL_RANGE.fractionDigits} after)`,
  ),
];
const decimalTable = schemaParser(z.record(z.string(), z.string().check(...amountChecks)));
const ratioTables = schemaParser(z.record(z.string(), z.record(z.string(), z.string().check(rule((s: string) => /^\d+(\.\d+)?$/.test(s), ErrorCode.InvalidAmount, '应为非负十进制数字符串', 'Must be a non-negative decimal string')))));

function valuePath(read: ParameterRead): IssuePath {
  return ['parameters', read.id, 'value'];
}

function readChecked<T>(tracer: Tracer, id: string, parser: { parse(v: unknown, p?: IssuePath): T }): { value: T; read: ParameterRead } {
  const read = tracer.read(id);
  return { value: parser.parse(read.value, valuePath(read)), read };
}

/** A grade window on the shared scale. @category Salary */
export interface GradeWindow {
  /** Lowest grade of the post. */
  readonly min: number;
  /** Highest grade of the post. */
  readonly max: number;
}

/** The grade rules in force on a date, as numbers, with the source of each. @internal */
export interface GradeRules {
  readonly windows: readonly GradeWindow[];
  readonly educationSteps: readonly number[];
  readonly yearsPerStep: number;
  readonly failDelay: number;
  readonly excellenceRun: number;
  readonly maxEarlySteps: number;
  /** `[0, assistant, intermediate, senior]` in grade-steps mode, else null. */
  readonly certificateSteps: readonly number[] | null;
  readonly sources: { readonly windows: Source; readonly education: Source; readonly service: Source; readonly fail: Source; readonly early: Source; readonly certificate: Source };
}

/** Reads the grade rules, or null when the profile has no grade ladder. @internal */
export function loadGradeRules(tracer: Tracer): GradeRules | null {
  if (tracer.profile.parameters['salary.grade.windows'] === undefined) return null;
  const windows = readChecked(tracer, 'salary.grade.windows', windowsSchema);
  const education = readChecked(tracer, 'salary.grade.educationSteps', educationSchema);
  const service = readChecked(tracer, 'salary.grade.serviceYearsPerStep', positiveSchema);
  const failDelay = readChecked(tracer, 'salary.grade.failDelayYears', nonNegativeSchema);
  const early = readChecked(tracer, 'salary.grade.earlyPromotion', earlySchema);
  const mode = readChecked(tracer, 'salary.grade.certificateMode', modeSchema);
  let certificateSteps: number[] | null = null;
  let certificateSource = mode.read.source;
  if (mode.value === 'grade-steps') {
    const steps = readChecked(tracer, 'salary.grade.certificateSteps', certificateStepsSchema);
    certificateSteps = [0, steps.value.assistant, steps.value.intermediate, steps.value.senior];
    certificateSource = steps.read.source;
  }
  const w = windows.value;
  return {
    windows: POSTS.map((p) => Object.freeze({ min: w[p].min, max: w[p].max })),
    educationSteps: [education.value.college_or_below, education.value.bachelor, education.value.master, education.value.doctorate],
    yearsPerStep: service.value,
    failDelay: failDelay.value,
    excellenceRun: early.value.consecutiveExcellent,
    maxEarlySteps: early.value.maxSteps,
    certificateSteps,
    sources: {
      windows: windows.read.source,
      education: education.read.source,
      service: service.read.source,
      fail: failDelay.read.source,
      early: early.read.source,
      certificate: certificateSource,
    },
  };
}

/** A pay component with its amounts read and checked. @internal */
export type Compiled = CompiledBody & { readonly ids: readonly string[] };

type CompiledBody =
  | { readonly kind: 'gradeCoefficient'; readonly c: PayComponent; readonly base: Dec; readonly coefficients: Readonly<Record<string, string>>; readonly coefficientsId: string; readonly share: Dec; readonly rounding: RoundingMode; readonly source: Source }
  | { readonly kind: 'postAmount'; readonly c: PayComponent; readonly amounts: readonly Dec[]; readonly period: 'month' | 'year'; readonly rounding: RoundingMode; readonly source: Source }
  | { readonly kind: 'seniority'; readonly c: PayComponent; readonly start: readonly Dec[]; readonly perLevel: Dec; readonly rounding: RoundingMode; readonly source: Source }
  | { readonly kind: 'certificateAllowance'; readonly c: PayComponent; readonly amounts: readonly (Dec | undefined)[]; readonly rounding: RoundingMode; readonly source: Source }
  | { readonly kind: 'floor'; readonly c: PayComponent; readonly ratios: Readonly<Record<string, Readonly<Record<string, string>>>>; readonly ratiosId: string; readonly source: Source };

/** The seniority clock shared by every `seniority` component of a profile. @internal */
export interface SeniorityClock {
  readonly yearsPerLevel: number;
  readonly maxLevels: number;
  readonly failDelay: number;
}

function decimal(tracer: Tracer, id: string): { value: Dec; read: ParameterRead } {
  const read = tracer.read(id);
  if (typeof read.value !== 'string' || !/^-?\d+(\.\d+)?$/.test(read.value)) {
    fail(ErrorCode.InvalidAmount, valuePath(read), `参数 ${id} 应为十进制数字符串`, `Parameter ${id} must be a decimal string`);
  }
  if (read.value.startsWith('-')) {
    fail(ErrorCode.OutOfRange, valuePath(read), `参数 ${id} 不得为负数（负的金额会得出负的工资）`, `Parameter ${id} must not be negative (a negative amount would make negative pay)`);
  }
  return { value: toDec(read.value, valuePath(read)), read };
}

function byPost(table: Readonly<Record<string, string>>, read: ParameterRead): Dec[] {
  return POSTS.map((p) => {
    const v = table[p];
    if (v === undefined) fail(MISSING_TABLE_ENTRY, [...valuePath(read), p], `参数 ${read.id} 缺少岗位 ${p} 的取值`, `Parameter ${read.id} has no value for post ${p}`);
    return new Dec(v);
  });
}

/** Reads and compiles `salary.components`. @internal */
export function loadComponents(tracer: Tracer, hasGrade: boolean): { components: Compiled[]; seniority: SeniorityClock | null } {
  const list = readChecked(tracer, 'salary.components', componentsSchema);
  const seen = new Set<string>();
  const components: Compiled[] = [];
  // The parameter ids a component reads, so a result warns only about the provisional values it used.
  const idsOf = (c: PayComponent): string[] => {
    switch (c.kind) {
      case 'gradeCoefficient':
        return [c.base, c.coefficients, ...(c.share === undefined ? [] : [c.share])];
      case 'postAmount':
      case 'certificateAllowance':
        return [c.amounts];
      case 'seniority':
        return [c.start, c.perLevel, ...[c.yearsPerLevel, c.maxLevels, c.failDelayYears].filter((id): id is string => id !== undefined)];
      case 'floor':
        return [c.ratios];
    }
  };
  let seniority: SeniorityClock | null = null;
  list.value.forEach((c, i) => {
    const at: IssuePath = [...valuePath(list.read), i];
    if (seen.has(c.id)) fail(ErrorCode.Duplicate, [...at, 'id'], `薪酬项目 id 重复：${c.id}`, `Duplicate pay component id: ${c.id}`);
    seen.add(c.id);
    const roundingMode: RoundingMode = 'rounding' in c && c.rounding !== undefined ? c.rounding : 'half-up';
    switch (c.kind) {
      case 'gradeCoefficient': {
        if (!hasGrade) fail(ErrorCode.Inconsistent, at, `薪酬项目 ${c.id} 需要等级，但配置没有等级规则`, `Pay component ${c.id} needs a grade but the profile has no grade rules`);
        const b = decimal(tracer, c.base);
        const coefficients = readChecked(tracer, c.coefficients, decimalTable);
        const share = c.share === undefined ? new Dec(1) : decimal(tracer, c.share).value;
        components.push({ ids: idsOf(c), kind: c.kind, c, base: b.value, coefficients: coefficients.value, coefficientsId: c.coefficients, share, rounding: roundingMode, source: b.read.source });
        break;
      }
      case 'postAmount': {
        const t = readChecked(tracer, c.amounts, decimalTable);
        components.push({ ids: idsOf(c), kind: c.kind, c, amounts: byPost(t.value, t.read), period: c.period ?? 'month', rounding: roundingMode, source: t.read.source });
        break;
      }
      case 'seniority': {
        const t = readChecked(tracer, c.start, decimalTable);
        const per = decimal(tracer, c.perLevel);
        const clock: SeniorityClock = {
          yearsPerLevel: c.yearsPerLevel === undefined ? 1 : readChecked(tracer, c.yearsPerLevel, positiveSchema).value,
          maxLevels: c.maxLevels === undefined ? Number.MAX_SAFE_INTEGER : readChecked(tracer, c.maxLevels, nonNegativeSchema).value,
          failDelay: c.failDelayYears === undefined ? 0 : readChecked(tracer, c.failDelayYears, nonNegativeSchema).value,
        };
        if (seniority !== null && (seniority.yearsPerLevel !== clock.yearsPerLevel || seniority.maxLevels !== clock.maxLevels || seniority.failDelay !== clock.failDelay)) {
          fail(ErrorCode.Inconsistent, at, '各年限项目的年限规则必须一致', 'All seniority components of a profile must share yearsPerLevel, maxLevels and failDelayYears');
        }
        seniority = clock;
        components.push({ ids: idsOf(c), kind: c.kind, c, start: byPost(t.value, t.read), perLevel: per.value, rounding: roundingMode, source: per.read.source });
        break;
      }
      case 'certificateAllowance': {
        const t = readChecked(tracer, c.amounts, decimalTable);
        const amounts = [undefined, t.value.assistant, t.value.intermediate, t.value.senior].map((v) => (v === undefined ? undefined : new Dec(v)));
        components.push({ ids: idsOf(c), kind: c.kind, c, amounts, rounding: roundingMode, source: t.read.source });
        break;
      }
      case 'floor': {
        const t = readChecked(tracer, c.ratios, ratioTables);
        components.push({ ids: idsOf(c), kind: c.kind, c, ratios: t.value, ratiosId: c.ratios, source: t.read.source });
        break;
      }
    }
  });
  return { components, seniority };
}

/** Reads `salary.notices` (optional) as warnings. @internal */
export function loadNotices(tracer: Tracer): Warning[] {
  if (tracer.profile.parameters['salary.notices'] === undefined) return [];
  return readChecked(tracer, 'salary.notices', noticesSchema).value.map((n) => ({ code: n.code, zh: n.zh, en: n.en }));
}

