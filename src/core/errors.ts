/**
 * Errors as data: every refusal carries a stable code, a path into the input and a message in Chinese and English.
 * Kept free of zod and decimal.js so that the smallest entry points (validators) stay tiny.
 * @module
 */

/** A path into the input: object keys and array indexes, outermost first. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * One problem found in the input or in the data a rule needs.
 * @category Errors
 */
export interface PolicyIssue {
  /** Stable, machine-readable code a host can switch on (see {@link ErrorCode}). */
  readonly code: string;
  /** Where in the input the problem is; empty for the input as a whole. */
  readonly path: IssuePath;
  /** Message in Chinese. */
  readonly zh: string;
  /** Message in English. */
  readonly en: string;
  /** Structured details (expected values, limits); never an unmasked personal ID. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * Stable error codes used across the library. Domain modules may add their own codes (documented where raised).
 * @category Errors
 */
export const ErrorCode = {
  /** The value has the wrong JavaScript type (e.g. a number where a string is expected). */
  InvalidType: 'invalid_type',
  /** A required field is missing. */
  Required: 'required',
  /** The text does not have the required shape (length, characters). */
  InvalidFormat: 'invalid_format',
  /** The text looks like a date but is not a real calendar date (e.g. 2023-02-29). */
  InvalidDate: 'invalid_date',
  /** A check character does not match the rest of the code. */
  InvalidCheckDigit: 'invalid_check_digit',
  /** A value is not one of the allowed choices. */
  UnknownEnumValue: 'unknown_enum_value',
  /** The input has fields the schema does not know. */
  UnrecognizedKeys: 'unrecognized_keys',
  /** A number or date is outside its allowed range. */
  OutOfRange: 'out_of_range',
  /** A code is well formed but unknown (e.g. a division code not in the tree). */
  UnknownCode: 'unknown_code',
  /** A dated parameter has no value in force at the requested date. */
  NotInForce: 'not_in_force',
  /** A parameter id is not in the profile. */
  UnknownParameter: 'unknown_parameter',
  /** The same key appears twice where it must be unique. */
  Duplicate: 'duplicate',
  /** Dated values are not in increasing date order. */
  Unsorted: 'unsorted',
  /** Data is internally inconsistent (e.g. a child code that does not start with its parent's). */
  Inconsistent: 'inconsistent',
  /** A value that must be given as an exact decimal string is not one. */
  InvalidAmount: 'invalid_amount',
  /** Any other validation failure. */
  Invalid: 'invalid',
} as const;

/** One of the library's built-in error codes. @category Errors */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

// Spread first: `every` skips the holes of a sparse array.
const isPath = (p: unknown): boolean =>
  Array.isArray(p) && [...p].every((k) => typeof k === 'string' || typeof k === 'number');
// What an issue needs to be shown: a code and text in both languages, a path of keys and indexes.
const isIssue = (i: PolicyIssue | undefined): boolean =>
  [i?.code, i?.zh, i?.en].every((t) => typeof t === 'string') && isPath(i!.path);
// What fail() and issue() also ask of the caller's text: nothing empty.
const isFullIssue = (i: PolicyIssue): boolean => isIssue(i) && i.code !== '' && i.zh !== '' && i.en !== '';
// The literal code, not ErrorCode.Invalid: referencing the object would pull the whole code table into every bundle.
const MALFORMED: PolicyIssue = { code: 'invalid', path: [], zh: '错误无效', en: 'Invalid error' };

// The unchecked forms of formatIssue and formatPath, for issues already checked (keeps checks out of small bundles).
const where = (path: IssuePath): string => {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
};
const line = (i: PolicyIssue): string =>
  `${i.code}${i.path.length > 0 ? ` at ${where(i.path)}` : ''}: ${i.zh} / ${i.en}`;

/**
 * The one error type the library throws for bad input or missing data.
 * Check with {@link isPolicyError} rather than `instanceof`, which fails when two copies of the package are loaded.
 * @category Errors
 */
export class PolicyError extends Error {
  // Fields are `declare`d and set in the constructor: no class-field emit, which keeps /validators under 3 KB gzip.
  /** Always `'PolicyError'`. */
  override readonly name = 'PolicyError';
  /** The first issue's code. */
  declare readonly code: string;
  /** The first issue's path. */
  declare readonly path: IssuePath;
  /** The first issue's message in Chinese. */
  declare readonly zh: string;
  /** The first issue's message in English. */
  declare readonly en: string;
  /** Every issue found (at least one). */
  declare readonly issues: readonly PolicyIssue[];

  /**
   * @param issues - at least one issue; the first becomes the error's code, path and messages. A list that is empty
   * or has a malformed issue becomes one `invalid` issue saying so: an error must always have text to show.
   */
  constructor(issues: readonly PolicyIssue[]) {
    const list = Array.isArray(issues) && issues.length > 0 && [...issues].every(isIssue) ? issues : [MALFORMED];
    const first = list[0]!;
    super(line(first));
    this.code = first.code;
    this.path = first.path;
    this.zh = first.zh;
    this.en = first.en;
    this.issues = list;
  }

  /** A plain-object form, safe to log or send as JSON (no stack trace). */
  toJSON(): {
    name: 'PolicyError';
    code: string;
    path: IssuePath;
    zh: string;
    en: string;
    issues: readonly PolicyIssue[];
  } {
    // The own fields, in declaration order: name, code, path, zh, en, issues (message and stack are not enumerable).
    return { ...this };
  }
}

/**
 * Formats an issue as one line: `code at a.b[0]: 中文 / English`.
 * @category Errors
 * @example
 * ```ts
 * formatIssue({ code: 'required', path: ['serviceStart'], zh: '缺少日期', en: 'A date is required' });
 * // 'required at serviceStart: 缺少日期 / A date is required'
 * ```
 */
export function formatIssue(issue: PolicyIssue): string {
  if (!isFullIssue(issue)) throw new PolicyError([]);
  return line(issue);
}

/**
 * Formats a path as `workers[3].serviceStart`.
 * @category Errors
 * @example
 * ```ts
 * formatPath(['workers', 3, 'serviceStart']); // 'workers[3].serviceStart'
 * ```
 */
export function formatPath(path: IssuePath): string {
  if (!isPath(path))
    fail('invalid_type', ['path'], 'path 应为键和序号的列表', 'path must be a list of keys and indexes');
  return where(path);
}

/**
 * True for a {@link PolicyError} from any copy of this package (ESM or CJS).
 * @category Errors
 * @example
 * ```ts
 * try { parseCalendarDate('2023-02-29'); } catch (e) { isPolicyError(e); } // true
 * ```
 */
export function isPolicyError(value: unknown): value is PolicyError {
  return (
    (value as PolicyError | null)?.name === 'PolicyError' &&
    typeof (value as PolicyError).code === 'string' &&
    Array.isArray((value as PolicyError).issues)
  );
}

/**
 * Result of a `safeParseX` function: the parsed value, or the error that `parseX` would have thrown.
 * @category Errors
 */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: PolicyError };

/**
 * Builds an issue.
 * @category Errors
 * @example
 * ```ts
 * issue('required', ['name'], '缺少姓名', 'Name is required'); // { code: 'required', path: ['name'], … }
 * ```
 */
export function issue(
  code: string,
  path: IssuePath,
  zh: string,
  en: string,
  params?: Record<string, unknown>,
): PolicyIssue {
  const i = params === undefined ? { code, path, zh, en } : { code, path, zh, en, params };
  // A bad path argument of any public function ends up here: refuse it rather than build an error that cannot show.
  if (!isFullIssue(i)) throw new PolicyError([]);
  // An issue quotes input (an id not found, a profile's label, a source key): a resident ID in its texts or params is
  // masked here, whoever raised it, as the message catalogues do (defineMessages).
  return params === undefined || params === null || typeof params !== 'object'
    ? { code, path, zh: maskIds(zh), en: maskIds(en) }
    : { code, path, zh: maskIds(zh), en: maskIds(en), params: maskParams(params) as Record<string, unknown> };
}

/**
 * Throws a {@link PolicyError} with one issue.
 * @category Errors
 * @example
 * ```ts
 * fail('out_of_range', ['grade'], '等级超出范围', 'Grade out of range'); // throws PolicyError
 * ```
 */
export function fail(code: string, path: IssuePath, zh: string, en: string, params?: Record<string, unknown>): never {
  throw new PolicyError([issue(code, path, zh, en, params)]);
}

/**
 * Turns a throwing parser into a safe one: a {@link PolicyError} becomes `{ success: false }`; any other error
 * (a bug, not bad input) is rethrown.
 * @category Errors
 * @example
 * ```ts
 * const safeParse = toSafe(parseWorker);
 * safeParse(99); // { success: false, error: PolicyError }
 * ```
 */
export function toSafe<A extends unknown[], T>(parse: (...args: A) => T): (...args: A) => SafeParseResult<T> {
  if (typeof parse !== 'function') fail('invalid_type', ['parse'], 'parse 应为函数', 'parse must be a function');
  return safeOf(parse);
}

/** {@link toSafe} without the argument check, for the library's own parsers (keeps the check out of small bundles). @internal */
export function safeOf<A extends unknown[], T>(parse: (...args: A) => T): (...args: A) => SafeParseResult<T> {
  return (...args: A) => {
    try {
      return { success: true, data: parse(...args) };
    } catch (error) {
      if (isPolicyError(error)) return { success: false, error };
      throw error;
    }
  };
}

/**
 * Input text for a message: at most `max` characters, any run of 15 or more digits (a possible resident ID) masked.
 * @internal
 */
export function quote(value: string, max = 30): string {
  return maskIds(value.slice(0, max));
}

/** Text with every run of 15 or more digits (a possible resident ID, e.g. in a file name) replaced by `*`. @internal */
export function maskIds(text: string): string {
  return text.replace(/\d{14,}[\dXx]/g, (m) => '*'.repeat(m.length));
}

/**
 * `value` with a resident ID masked in each of its own text fields (one level: a label's zh and en, a source's title
 * and article); the same object when none holds one, so shared objects stay shared. @internal
 */
export function maskFields<T extends object>(value: T): T {
  // Anything but an object is passed on as it is (a caller's malformed label is refused where it is checked).
  if (typeof value !== 'object' || value === null) return value;
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v !== 'string') continue;
    const m = maskIds(v);
    if (m !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = m;
  }
  return (out ?? value) as T;
}

/**
 * Params with every text masked where it may hold a resident ID (strings, and strings in lists and objects, 3 levels
 * deep; deeper values are kept as they are). @internal
 */
export function maskParams(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIds(value);
  if (typeof value !== 'object' || value === null || depth > 3) return value;
  if (Array.isArray(value)) return value.map((v) => maskParams(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = maskParams((value as Record<string, unknown>)[k], depth + 1);
  return out;
}

/** A value for a message: a string quoted (see {@link quote}), anything else by its type name only. @internal */
export function echo(value: unknown, max = 40): string {
  return typeof value === 'string' ? quote(value, max) : typeName(value);
}

/** The path argument of a public function: a list of keys and indexes, else `invalid_type`. @internal */
export function pathArg(path: unknown, name = 'path'): IssuePath {
  if (!isPath(path))
    fail('invalid_type', [name], `${name} 应为键和序号的列表`, `${name} must be a list of keys and indexes`);
  return path as IssuePath;
}

/** Describes a value's type for messages, without echoing the value itself. @internal */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Issue for a value that should have been a string. @internal */
export function expectString(value: unknown, path: IssuePath, what: { zh: string; en: string }): string {
  if (typeof value === 'string') return value;
  if (value === undefined) fail(ErrorCode.Required, path, `缺少${what.zh}`, `${what.en} is required`);
  return fail(
    ErrorCode.InvalidType,
    path,
    `${what.zh}应为字符串，实际为 ${typeName(value)}`,
    `${what.en} must be a string, got ${typeName(value)}`,
    { expected: 'string', received: typeName(value) },
  );
}
