/**
 * Profiles: a named, versioned set of dated parameters for one jurisdiction. Profiles are plain JSON, validated on
 * load, so a city can ship its official table without touching code; what-if analysis patches a copy.
 * @module
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date.js';
import { ErrorCode, PolicyError, fail, pathArg, quote, safeOf, typeName, type IssuePath, type PolicyIssue, type SafeParseResult } from './errors.js';
import { DECIMAL_RANGE, inDecimalRange, isDecimalString } from './money.js';
import { checkNesting } from './nesting.js';
import { valueOn, type Bilingual, type DatedValue, type Parameter, type ParameterRead, type ParameterValue, type Source } from './parameters.js';
import { calendarDateSchema, schemaParser, zodParse } from './zod-issues.js';
import { parseCalendarDate } from './calendar-date.js';

/**
 * A jurisdiction's rules as data.
 * @category Parameters
 */
export interface Profile {
  /** Stable id, e.g. `"huaian"`. */
  readonly id: string;
  /** Version of this profile's data (bump on every change of a value; see CHANGELOG.md). */
  readonly version: string;
  /** Name of the profile. */
  readonly label: Bilingual;
  /** The jurisdiction it describes: name and, where there is one, its GB/T 2260 code. */
  readonly jurisdiction: { readonly code?: string; readonly name: Bilingual };
  /** What the profile is for and how far to trust it. */
  readonly description?: Bilingual;
  /** Parameters by id. */
  readonly parameters: Readonly<Record<string, Parameter>>;
}

const bilingual = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const dateSchema = calendarDateSchema();
const sourceSchema = z.strictObject({
  key: z.optional(z.string()),
  title: z.string().check(z.minLength(1)),
  url: z.optional(z.string()),
  article: z.optional(z.string()),
});
const jsonValue: z.ZodMiniType<ParameterValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);
const datedValueSchema = z.strictObject({
  effectiveFrom: dateSchema,
  value: jsonValue,
  source: sourceSchema,
  provisional: z.optional(z.boolean()),
  override: z.optional(z.boolean()),
  lastReviewed: z.optional(dateSchema),
});
const parameterSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  label: bilingual,
  unit: z.string(),
  type: z.enum(['decimal', 'integer', 'boolean', 'date', 'text', 'table']),
  description: z.optional(bilingual),
  values: z.array(datedValueSchema).check(z.minLength(1)),
});
const profileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/)),
  version: z.string().check(z.minLength(1)),
  label: bilingual,
  jurisdiction: z.strictObject({ code: z.optional(z.string()), name: bilingual }),
  description: z.optional(bilingual),
  parameters: z.record(z.string(), parameterSchema),
});

function typeMatches(type: Parameter['type'], value: ParameterValue): boolean {
  if (value === null) return true;
  switch (type) {
    case 'decimal':
      return isDecimalString(value);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return isCalendarDate(value);
    case 'text':
      return typeof value === 'string';
    case 'table':
      return typeof value === 'object';
  }
}

/** Checks what a schema cannot: ids match keys, dates unique and increasing, values of the declared type. */
function checkParameter(key: string, p: Parameter, base: IssuePath): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  // Keys are echoed masked (a key may be anything a host wrote, even a resident ID).
  const name = quote(key, 60);
  if (p.id !== key) {
    issues.push({
      code: ErrorCode.Inconsistent,
      path: [...base, 'id'],
      zh: `参数 id “${quote(p.id, 60)}” 与键 “${quote(key, 60)}” 不一致`,
      en: `Parameter id "${quote(p.id, 60)}" does not match its key "${quote(key, 60)}"`,
    });
  }
  p.values.forEach((v, i) => {
    const prev = p.values[i - 1];
    if (prev !== undefined && v.effectiveFrom === prev.effectiveFrom) {
      issues.push({
        code: ErrorCode.Duplicate,
        path: [...base, 'values', i, 'effectiveFrom'],
        zh: `参数 ${name} 在 ${v.effectiveFrom} 有两个取值`,
        en: `Parameter ${name} has two values on ${v.effectiveFrom}`,
      });
    } else if (prev !== undefined && v.effectiveFrom < prev.effectiveFrom) {
      issues.push({
        code: ErrorCode.Unsorted,
        path: [...base, 'values', i, 'effectiveFrom'],
        zh: `参数 ${name} 的取值未按生效日期升序排列`,
        en: `Values of parameter ${name} are not in increasing date order`,
      });
    }
    if (p.type === 'decimal' && isDecimalString(v.value) && !inDecimalRange(v.value)) {
      issues.push({
        code: ErrorCode.OutOfRange,
        path: [...base, 'values', i, 'value'],
        zh: `参数 ${name} 的取值超出支持范围（整数部分至多 ${DECIMAL_RANGE.integerDigits} 位，小数至多 ${DECIMAL_RANGE.fractionDigits} 位）`,
        en: `A value of parameter ${name} is outside the supported range (at most ${DECIMAL_RANGE.integerDigits} digits before the decimal point and ${DECIMAL_RANGE.fractionDigits} after)`,
        params: { ...DECIMAL_RANGE },
      });
    }
    if (!typeMatches(p.type, v.value)) {
      issues.push({
        code: p.type === 'decimal' ? ErrorCode.InvalidAmount : ErrorCode.InvalidType,
        path: [...base, 'values', i, 'value'],
        zh: `参数 ${name} 的取值不是声明的类型 ${p.type}`,
        en: `A value of parameter ${name} is not of its declared type ${p.type}`,
        params: { expected: p.type },
      });
    }
  });
  return issues;
}

/**
 * Validates a profile given as plain JSON (e.g. read from a host's file). Throws a {@link PolicyError} listing every
 * problem: schema errors, unsorted or duplicate dates, values of the wrong type, ids that do not match their keys.
 * @category Parameters
 * @example
 * ```ts
 * const profile = parseProfile(JSON.parse(readFileSync('my-city.json', 'utf8')));
 * ```
 */
export function parseProfile(json: unknown, path: IssuePath = []): Profile {
  checkNesting(json, pathArg(path));
  const r = zodParse(profileSchema, json, path);
  if (!r.success) throw new PolicyError(r.issues);
  const { $schema: _ignored, ...profile } = r.data;
  const issues = Object.entries(profile.parameters).flatMap(([key, p]) => checkParameter(key, p, [...path, 'parameters', key]));
  if (issues.length > 0) throw new PolicyError(issues);
  return profile;
}

/** Non-throwing {@link parseProfile}. @category Parameters */
export const safeParseProfile: (json: unknown, path?: IssuePath) => SafeParseResult<Profile> = safeOf(parseProfile);

/**
 * The parameter with this id, or a `unknown_parameter` error naming the profile.
 * @category Parameters
 * @example
 * ```ts
 * getParameter(profile, 'salary.gradeWindow').values.length;
 * ```
 */
export function getParameter(profile: Profile, id: string): Parameter {
  checkProfile(profile);
  if (typeof id !== 'string') fail(ErrorCode.InvalidType, ['id'], `参数 id 应为字符串，实际为 ${typeName(id)}`, `A parameter id must be a string, got ${typeName(id)}`);
  // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
  const p = Object.hasOwn(profile.parameters, id) ? profile.parameters[id] : undefined;
  if (p === undefined) {
    return fail(
      ErrorCode.UnknownParameter,
      ['parameters', id],
      `配置“${quote(profile.label.zh, 60)}”(${quote(profile.id, 60)}) 中没有参数 ${quote(id, 60)}`,
      `Profile "${quote(profile.label.en, 60)}" (${quote(profile.id, 60)}) has no parameter ${quote(id, 60)}`,
      { profile: quote(profile.id, 60), parameter: quote(id, 60) },
    );
  }
  return p;
}

/**
 * Refuses a value that is not shaped like a loaded {@link Profile} (id, label, parameters), so a wrong argument gets
 * a PolicyError rather than a TypeError deep inside. It does not re-validate every parameter: use parseProfile.
 * @internal
 */
export function checkProfile(profile: unknown, path: IssuePath = ['profile']): asserts profile is Profile {
  const p = profile as Partial<Profile> | null;
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.id !== 'string' ||
    typeof p.label !== 'object' ||
    p.label === null ||
    typeof p.label.zh !== 'string' ||
    typeof p.label.en !== 'string' ||
    typeof p.parameters !== 'object' ||
    p.parameters === null
  ) {
    fail(ErrorCode.InvalidType, path, '配置无效（请用 parseProfile 加载）', 'Not a profile (load one with parseProfile)', { received: typeName(profile) });
  }
}

/**
 * The value of parameter `id` in force on `date` in a profile (see {@link valueOn}).
 * @category Parameters
 * @example
 * ```ts
 * readParameter(profile, 'salary.pay.base', '2026-01-01'); // { value, effectiveFrom, source, provisional, override }
 * ```
 */
export function readParameter(profile: Profile, id: string, date: string): ParameterRead {
  const p = getParameter(profile, id);
  return valueOn(p, parseCalendarDate(date, ['date']), ['parameters', id]);
}

/**
 * One change in a {@link ProfilePatch}.
 * - a bare JSON value (string, number, boolean or list): the parameter takes that value at every date;
 * - `{ set, from?, source? }`: the value applies from `from` (default: at every date), earlier values are kept;
 * - `{ merge, from? }`: for table parameters, merge these keys into the table in force (from `from`, default every date);
 * - `{ values }`: replace the whole history.
 * @category Parameters
 */
export type ParameterPatch =
  | string
  | number
  | boolean
  | readonly ParameterValue[]
  | { readonly set: ParameterValue; readonly from?: string; readonly source?: Source; readonly provisional?: boolean }
  | { readonly merge: { readonly [key: string]: ParameterValue }; readonly from?: string; readonly source?: Source }
  | { readonly values: readonly DatedValue[] };

/** Parameter id → change. @category Parameters */
export type ProfilePatch = Readonly<Record<string, ParameterPatch>>;

const OVERRIDE_SOURCE: Source = { title: 'Override supplied by the host (withOverrides)' };
const EARLIEST = '0001-01-01';

// Array.isArray does not narrow readonly arrays out of a union; this guard does.
function isList(value: object): value is readonly ParameterValue[] {
  return Array.isArray(value);
}

function applyPatch(p: Parameter, patch: ParameterPatch): Parameter {
  // A bare list is a value, not a patch object (arrays have a `values` method, so test this first).
  if (typeof patch !== 'object' || patch === null || isList(patch)) {
    return { ...p, values: [{ effectiveFrom: EARLIEST, value: patch, source: OVERRIDE_SOURCE, override: true }] };
  }
  if ('values' in patch) return { ...p, values: patch.values.map((v) => ({ ...v, override: true })) };
  const from = patch.from ?? EARLIEST;
  const source = patch.source ?? OVERRIDE_SOURCE;
  if ('set' in patch) {
    const kept = p.values.filter((v) => v.effectiveFrom < from);
    // Keep later dated values only when the patch has a start date: a dated change is an amendment, not a rewrite.
    const later = patch.from === undefined ? [] : p.values.filter((v) => v.effectiveFrom > from);
    const added: DatedValue = { effectiveFrom: from, value: patch.set, source, override: true, ...(patch.provisional ? { provisional: true } : {}) };
    return { ...p, values: [...kept, added, ...later] };
  }
  // merge: every value in force on or after `from` gets the keys; the value in force at `from` is split there.
  const values: DatedValue[] = [];
  const inForceAtFrom = p.values.filter((v) => v.effectiveFrom <= from).at(-1);
  for (const v of p.values) {
    if (v.effectiveFrom < from) values.push(v);
  }
  const mergeInto = (v: DatedValue, effectiveFrom: string): DatedValue => {
    if (v.value === null || typeof v.value !== 'object' || Array.isArray(v.value)) {
      return fail(ErrorCode.InvalidType, ['parameters', p.id], `参数 ${quote(p.id, 60)} 不是表，无法合并`, `Parameter ${quote(p.id, 60)} is not a table; cannot merge into it`);
    }
    return { ...v, effectiveFrom, value: { ...(v.value as Record<string, ParameterValue>), ...patch.merge }, source, override: true };
  };
  if (inForceAtFrom !== undefined) values.push(mergeInto(inForceAtFrom, from === EARLIEST ? inForceAtFrom.effectiveFrom : from));
  for (const v of p.values) if (v.effectiveFrom > from) values.push(mergeInto(v, v.effectiveFrom));
  return { ...p, values };
}

/**
 * A new profile with some parameters changed; the original is untouched. Every changed value is marked
 * `override: true`, so explanations show that it did not come from the shipped profile. The result is validated
 * like a loaded profile. Unknown parameter ids are an error (a typo must not silently do nothing).
 * @category Parameters
 * @example
 * ```ts
 * const whatIf = withOverrides(profile, { 'salary.gradeCoefficients': { merge: { '9': '1.48' } } });
 * ```
 */
export function withOverrides(profile: Profile, patch: ProfilePatch, meta: { version?: string } = {}): Profile {
  // The base is validated in full (once per object): a hand-built one with values that are not a list threw.
  checkProfile(profile);
  let base = validated.get(profile);
  if (base === undefined) {
    base = parseProfile(profile, ['profile']);
    validated.set(profile, base);
  }
  profile = base;
  // The patch is data (from a file, a CLI flag or a case): validate its shape before applying any of it.
  checkNesting(patch, ['overrides']);
  (patchParser ??= schemaParser(patchSchema())).parse(patch, ['overrides']);
  (metaParser ??= schemaParser(z.strictObject({ version: z.optional(z.string().check(z.minLength(1))) }))).parse(meta, ['meta']);
  const parameters: Record<string, Parameter> = { ...profile.parameters };
  // Keys of the input itself (a schema's output would silently drop a `__proto__` key).
  for (const id of Object.keys(patch)) {
    parameters[id] = applyPatch(getParameter(profile, id), patch[id]!);
  }
  return parseProfile({ ...profile, version: meta.version ?? `${profile.version}+overrides`, parameters });
}

let patchParser: ReturnType<typeof schemaParser> | undefined;
const validated = new WeakMap<object, Profile>();
let metaParser: ReturnType<typeof schemaParser> | undefined;

/** The shape of a {@link ProfilePatch} (built on first use). */
function patchSchema() {
  const from = z.optional(dateSchema);
  const source = z.optional(sourceSchema);
  return z.record(
    z.string(),
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.array(jsonValue),
      z.strictObject({ set: jsonValue, from, source, provisional: z.optional(z.boolean()) }),
      z.strictObject({ merge: z.record(z.string(), jsonValue), from, source }),
      z.strictObject({ values: z.array(datedValueSchema).check(z.minLength(1)) }),
    ]),
  );
}
