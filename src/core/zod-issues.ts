/**
 * Maps zod issues into the library's bilingual {@link PolicyIssue} model, so schema failures read like every other
 * refusal: a stable code, the path, and a message in Chinese and English. Personal values are never echoed.
 * @module
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date.js';
import {
  ErrorCode,
  PolicyError,
  pathArg,
  typeName,
  type IssuePath,
  type PolicyIssue,
  type SafeParseResult,
} from './errors.js';
import { checkNesting } from './nesting.js';

type RawIssue = z.core.$ZodIssue;

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '未定义',
  record: '对象',
};

function zhType(t: string): string {
  return TYPE_ZH[t] ?? t;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function toPath(base: IssuePath, path: readonly PropertyKey[]): IssuePath {
  return [...base, ...path.map((p) => (typeof p === 'number' ? p : String(p)))];
}

/** Converts one zod issue. @internal */
export function fromZodIssue(raw: RawIssue, input: unknown, base: IssuePath = []): PolicyIssue[] {
  const path = toPath(base, raw.path);
  const received = valueAt(input, raw.path);
  switch (raw.code) {
    case 'invalid_type': {
      if (received === undefined) {
        return [
          {
            code: ErrorCode.Required,
            path,
            zh: '缺少必填字段',
            en: 'Required field is missing',
            params: { expected: raw.expected },
          },
        ];
      }
      const got = typeName(received);
      if (raw.expected === 'int' && typeof received === 'number') {
        return [
          {
            code: ErrorCode.InvalidType,
            path,
            zh: '应为整数',
            en: 'Expected an integer',
            params: { expected: 'int', received: 'number' },
          },
        ];
      }
      return [
        {
          code: ErrorCode.InvalidType,
          path,
          zh: `类型错误：应为${zhType(raw.expected)}，实际为${zhType(got)}`,
          en: `Invalid type: expected ${raw.expected}, received ${got}`,
          params: { expected: raw.expected, received: got },
        },
      ];
    }
    case 'invalid_value': {
      // zod reports a missing enum field as a wrong value; to the host it is a missing field.
      if (received === undefined) {
        return [
          {
            code: ErrorCode.Required,
            path,
            zh: '缺少必填字段',
            en: 'Required field is missing',
            params: { allowed: raw.values },
          },
        ];
      }
      const allowed = raw.values.map((v) => String(v)).join(', ');
      return [
        {
          code: ErrorCode.UnknownEnumValue,
          path,
          zh: `取值无效，可选值：${allowed}`,
          en: `Invalid value; expected one of: ${allowed}`,
          params: { allowed: raw.values },
        },
      ];
    }
    case 'unrecognized_keys':
      return [
        {
          code: ErrorCode.UnrecognizedKeys,
          path,
          zh: `存在未知字段：${raw.keys.join(', ')}`,
          en: `Unrecognized field(s): ${raw.keys.join(', ')}`,
          params: { keys: raw.keys },
        },
      ];
    case 'invalid_format':
      return [
        {
          code: ErrorCode.InvalidFormat,
          path,
          zh: '格式不正确',
          en: `Invalid format (${raw.format})`,
          params: { format: raw.format },
        },
      ];
    case 'too_small':
    case 'too_big': {
      const small = raw.code === 'too_small';
      const limit = String(small ? (raw as { minimum: unknown }).minimum : (raw as { maximum: unknown }).maximum);
      const inclusive = raw.inclusive !== false;
      const what =
        raw.origin === 'array'
          ? { zh: '项数', en: 'number of items' }
          : raw.origin === 'string'
            ? { zh: '长度', en: 'length' }
            : { zh: '数值', en: 'value' };
      const rel = small
        ? inclusive
          ? ['不得小于', 'at least']
          : ['必须大于', 'greater than']
        : inclusive
          ? ['不得大于', 'at most']
          : ['必须小于', 'less than'];
      return [
        {
          code: ErrorCode.OutOfRange,
          path,
          zh: `${what.zh}${rel[0]} ${limit}`,
          en: `${what.en} must be ${rel[1]} ${limit}`,
          params: small ? { minimum: limit, inclusive } : { maximum: limit, inclusive },
        },
      ];
    }
    case 'invalid_union': {
      // Report the branch that got furthest (most specific path), else a generic message.
      // Branch issues are relative to the union's own position: resolve them against its value and path.
      const here = valueAt(input, raw.path);
      const branches = raw.errors.map((list) => list.flatMap((i) => fromZodIssue(i, here, path)));
      const best = branches.sort(
        (a, b) => Math.max(0, ...b.map((i) => i.path.length)) - Math.max(0, ...a.map((i) => i.path.length)),
      )[0];
      if (best !== undefined && best.length > 0 && best.some((i) => i.path.length > path.length)) return best;
      return [{ code: ErrorCode.Invalid, path, zh: '不符合任何允许的形式', en: 'Does not match any allowed form' }];
    }
    case 'invalid_element':
    case 'invalid_key':
      return raw.issues.flatMap((i) => fromZodIssue(i as RawIssue, valueAt(input, raw.path), path));
    case 'custom': {
      const p = (raw.params ?? {}) as { code?: string; zh?: string; en?: string };
      return [
        {
          code: p.code ?? ErrorCode.Invalid,
          path,
          zh: p.zh ?? '输入无效',
          en: p.en ?? (raw.message || 'Invalid input'),
        },
      ];
    }
    default:
      return [{ code: ErrorCode.Invalid, path, zh: '输入无效', en: 'Invalid input' }];
  }
}

/**
 * A refinement with a stable code and bilingual message, for use in `.check(...)` of a zod/mini schema.
 * @internal
 */
export function rule<T>(predicate: (value: T) => boolean, code: string, zh: string, en: string) {
  return z.refine<T>(predicate, { params: { code, zh, en } });
}

let dateSchema: z.ZodMiniString | undefined;

/**
 * The schema of a real `YYYY-MM-DD` date (failure code `invalid_date`), shared by every domain's input schemas.
 * Built on first use, so importing this module does no work.
 * @internal
 */
export function calendarDateSchema(): z.ZodMiniString {
  dateSchema ??= z
    .string()
    .check(
      rule<string>(isCalendarDate, ErrorCode.InvalidDate, '不是有效的 YYYY-MM-DD 日期', 'Not a valid YYYY-MM-DD date'),
    );
  return dateSchema;
}

/** Error code: so many problems that zod could not collect them (a list of a million bad rows). @internal */
export const TOO_MANY_ISSUES = 'too_many_issues';

/**
 * `schema.safeParse(value)`, or the issues as {@link PolicyIssue}s. zod gathers issues with `push(...list)`, which
 * overflows the stack past some 100,000 issues: that becomes one `too_many_issues` issue instead of a RangeError.
 * @internal
 */
export function zodParse<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  path: IssuePath,
): { success: true; data: z.output<S> } | { success: false; issues: PolicyIssue[] } {
  let r: ReturnType<S['safeParse']>;
  try {
    r = schema.safeParse(value) as ReturnType<S['safeParse']>;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      success: false,
      issues: [
        {
          code: TOO_MANY_ISSUES,
          path,
          zh: '输入中的错误过多，无法一一列出（请先修正前面的行）',
          en: 'The input has too many problems to list them all (fix the first rows first)',
        },
      ],
    };
  }
  if (r.success) return { success: true, data: r.data as z.output<S> };
  // The first MAX_ISSUES are listed; past that a list helps no one and costs a second per million rows.
  const all = r.error!.issues;
  const issues = all.slice(0, MAX_ISSUES).flatMap((i) => fromZodIssue(i, value, path));
  if (all.length > MAX_ISSUES) {
    const more = all.length - MAX_ISSUES;
    issues.push({
      code: TOO_MANY_ISSUES,
      path,
      zh: `另有 ${more} 处问题未列出`,
      en: `${more} more problems are not listed`,
      params: { more },
    });
  }
  return { success: false, issues };
}

/** Issues listed per parse (see {@link zodParse}). @internal */
export const MAX_ISSUES = 1000;

/** A throwing parser and a safe parser built from a zod schema. @internal */
export interface SchemaParser<T> {
  parse(value: unknown, path?: IssuePath): T;
  safeParse(value: unknown, path?: IssuePath): SafeParseResult<T>;
}

/**
 * Wraps a zod schema so its failures become {@link PolicyError}s. The path argument is checked, and the value's
 * nesting (depth, cycles) before zod walks it: the safe form never throws.
 * @internal
 */
export function schemaParser<S extends z.ZodMiniType>(schema: S): SchemaParser<z.output<S>> {
  const safeParse = (value: unknown, path: IssuePath = []): SafeParseResult<z.output<S>> => {
    try {
      checkNesting(value, pathArg(path));
    } catch (error) {
      return { success: false, error: error as PolicyError };
    }
    const r = zodParse(schema, value, path);
    if (r.success) return { success: true, data: r.data };
    return { success: false, error: new PolicyError(r.issues) };
  };
  return {
    safeParse,
    parse(value, path) {
      const r = safeParse(value, path);
      if (r.success) return r.data;
      throw r.error;
    },
  };
}
