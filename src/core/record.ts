/**
 * Records as field tables: one definition per record (each field's type, whether it is required, its label in
 * Chinese and English), from which everything else is generated: the fast checker that engines run on every row
 * ({@link RecordDef.check}), the zod schema that is its readable reference (`recordSchema` / `schemaParse` in
 * `record-zod`, kept equal by a differential test), the JSON Schema in `docs/schemas/`, and the labels that messages
 * and spreadsheet headers use. Nothing is written twice by hand.
 *
 * This module does not import zod: a bundle that only parses (an entry such as `/entities`) leaves zod out; the zod
 * reference is in its own module and is bundled only where it is called.
 * @module
 */
import { ymdOf } from './calendar-date.js';
import { typeZh } from './core-messages.js';
import { CYCLIC, MAX_NESTING, checkNesting } from './nesting.js';
import {
  PolicyError,
  isPolicyError,
  pathArg,
  typeName,
  type IssuePath,
  type PolicyIssue,
  type SafeParseResult,
} from './errors.js';
import { recordMessages } from './record-messages.js';
import { YEAR_RE, frozenYearEntries } from './year-map.js';
import type { Bilingual } from './messages.js';

/** The kinds of field a record can have. @category Records */
export type FieldKind =
  | {
      readonly kind: 'text';
      readonly minLength: number;
      readonly maxLength?: number;
      /** A pattern the whole text must match, and in `format` what it asks for in words (for messages). */
      readonly pattern?: RegExp;
      readonly format?: Bilingual;
    }
  | { readonly kind: 'id' }
  | {
      readonly kind: 'enum';
      readonly values: readonly string[];
      readonly labels: Readonly<Record<string, Bilingual>>;
      readonly aliases: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'date' }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'decimal'; readonly nonNegative: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'object'; readonly record: RecordDef<unknown> }
  | {
      readonly kind: 'array';
      readonly of: FieldDef;
      readonly min: number;
      readonly max?: number;
      readonly unique: boolean;
    }
  | { readonly kind: 'yearMap'; readonly of: FieldDef }
  | { readonly kind: 'map'; readonly of: FieldDef }
  | {
      readonly kind: 'custom';
      /** Name shown in docs and the JSON Schema (e.g. `uscc`). */
      readonly name: string;
      readonly jsonSchema: Readonly<Record<string, unknown>>;
      /**
       * Checks a present (non-null) value: the normalised value, or `undefined` after pushing issues. `label` is the
       * field's label, for messages that name the field.
       */
      readonly check: CustomCheck<unknown>;
    };

/**
 * The check of a custom field kind: the normalised value, or `undefined` after pushing issues (worded with `label`,
 * the field's label).
 * @category Records
 */
export type CustomCheck<T> = (
  value: unknown,
  path: IssuePath,
  issues: PolicyIssue[],
  label: Bilingual,
) => T | undefined;

/** One field of a record: its kind, label, and whether it is required. @category Records */
export interface FieldDef {
  readonly type: FieldKind;
  readonly required: boolean;
  /** `null` is a value of the field (kept as `null`), not "not given". */
  readonly nullable?: boolean;
  readonly label: Bilingual;
  readonly description?: Bilingual;
}

/** A field under construction, carrying its output type `T` and whether it is required `R`. @category Records */
export class Field<T, R extends boolean = true> {
  /** @param def - the field's definition */
  constructor(readonly def: FieldDef) {
    checkFieldDef(def, ['def']);
  }
  /** The same field, optional (absent or `null` both mean "not given"). */
  optional(): Field<T, false> {
    return new Field<T, false>({ ...this.def, required: false });
  }
  /**
   * The same field, with `null` as one of its values (kept in the output): a required field is then given when it is
   * `null` (a profile value's unknown date of effect), and only an absent one is missing.
   */
  nullable(): Field<T | null, R> {
    return new Field<T | null, R>({ ...this.def, nullable: true });
  }
  /** The same field with its label. */
  label(zh: string, en: string): Field<T, R> {
    return new Field<T, R>({ ...this.def, label: { zh, en } });
  }
  /** The same field with a description (shown in docs and the JSON Schema). */
  describe(zh: string, en: string): Field<T, R> {
    return new Field<T, R>({ ...this.def, description: { zh, en } });
  }
  /** Phantom members for type inference. @internal */
  declare readonly _output: T;
  /** @internal */
  declare readonly _required: R;
}

const UNLABELLED: Bilingual = { zh: '字段', en: 'field' };

/** A JSON value (what {@link fields.json} accepts). @category Records */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function plainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** What a value that is not JSON is, in words (a number that is not finite is called so, never printed). */
function notJsonKind(v: unknown): Bilingual {
  if (typeof v === 'number') return { zh: '非有限数字', en: 'a number that is not finite' };
  if (typeof v === 'object' && v !== null) return { zh: '非普通对象', en: 'an object that is not plain' };
  const t = typeof v;
  return { zh: typeZh(t), en: t };
}

/**
 * Checks that `value` is JSON (text, finite numbers, booleans, null, lists, plain objects) nested at most `maxDepth`
 * levels, iteratively (an explicit stack: no input can exhaust the call stack). Pushes one issue, worded with `label`,
 * and returns false otherwise: `cyclic` for a value that contains itself, `too_deep`, or `invalid_type` at the first
 * part that is not JSON.
 * @internal
 */
export function checkJsonValue(
  value: unknown,
  path: IssuePath,
  issues: PolicyIssue[],
  label: Bilingual,
  maxDepth: number = MAX_NESTING,
): boolean {
  // A cycle first (the nesting guard tells one from depth): the walk below is then over a tree.
  try {
    checkNesting(value, path, maxDepth + 2);
  } catch (error) {
    if (!isPolicyError(error)) throw error;
    if (error.code === CYCLIC) {
      issues.push({ code: CYCLIC, path: error.path, ...recordMessages.text('cyclic', { label }) });
      return false;
    }
  }
  const stack: { v: unknown; depth: number; path: IssuePath }[] = [{ v: value, depth: 0, path }];
  while (stack.length > 0) {
    const { v, depth, path: at } = stack.pop()!;
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
      continue;
    if (typeof v !== 'object' || !(Array.isArray(v) || plainObject(v))) {
      const t = recordMessages.text('not_json', { label, received: notJsonKind(v) });
      issues.push({ code: 'invalid_type', path: at, ...t });
      return false;
    }
    if (depth >= maxDepth) {
      issues.push({
        code: 'too_deep',
        path: at,
        ...recordMessages.text('too_deep', { label, max: maxDepth }),
        params: { max: maxDepth },
      });
      return false;
    }
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, depth: depth + 1, path: [...at, i] }));
    else
      for (const k of Object.keys(v))
        stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1, path: [...at, k] });
  }
  return true;
}
const field = <T>(type: FieldKind): Field<T, true> => new Field<T, true>({ type, required: true, label: UNLABELLED });

/**
 * Field builders.
 * @category Records
 * @example
 * ```ts
 * const worker = defineRecord('worker', { zh: '社区工作者', en: 'community worker' }, {
 *   post: fields
 *     .enum(['principal', 'deputy', 'staff'], { principal: { zh: '正职', en: 'principal' }, deputy: { zh: '副职', en: 'deputy' }, staff: { zh: '其他社区工作者', en: 'staff' } })
 *     .label('岗位', 'post'),
 *   serviceStart: fields.date().label('参加社区工作时间', 'start of service'),
 * });
 * ```
 */
export const fields = {
  /**
   * Text; `minLength` defaults to 1 (an empty cell is "not given", not a value). With `pattern`, the text must match
   * it, and `format` says in words what the pattern asks for (the refusal quotes it).
   */
  text: (
    options: { minLength?: number; maxLength?: number; pattern?: RegExp; format?: Bilingual } = {},
  ): Field<string> => {
    // A global or sticky pattern keeps state between tests: the same text would pass, then fail.
    if (options.pattern !== undefined && (options.pattern.global || options.pattern.sticky))
      throw new TypeError('fields.text: a pattern must not be global or sticky');
    if ((options.pattern === undefined) !== (options.format === undefined))
      throw new TypeError('fields.text: a pattern needs its format in words, and a format its pattern');
    return field<string>({
      kind: 'text',
      minLength: options.minLength ?? 1,
      ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
      ...(options.pattern === undefined ? {} : { pattern: options.pattern, format: options.format! }),
    });
  },
  /** A host's identifier: a non-empty string or a finite number, kept exactly as given. */
  id: (): Field<string | number> => field<string | number>({ kind: 'id' }),
  /** One of `values`; each value's labels are also accepted as input (正职 → `principal`), plus any `aliases`. */
  enum: <V extends string>(
    values: readonly V[],
    labels: Readonly<Record<V, Bilingual>>,
    aliases: Readonly<Record<string, V>> = {},
  ): Field<V> => {
    const map: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const v of values) {
      map[v] = v;
      map[labels[v].zh] = v;
    }
    for (const [k, v] of Object.entries(aliases)) map[k] = v;
    return field<V>({ kind: 'enum', values, labels, aliases: map });
  },
  /** A real `YYYY-MM-DD` date. */
  date: (): Field<string> => field<string>({ kind: 'date' }),
  /** A safe integer, optionally bounded. */
  integer: (options: { min?: number; max?: number } = {}): Field<number> =>
    field<number>({ kind: 'integer', ...options }),
  /** A finite number, optionally bounded. */
  number: (options: { min?: number; max?: number } = {}): Field<number> =>
    field<number>({ kind: 'number', ...options }),
  /** An exact decimal: a decimal string (`"1234.50"`) or a safe integer; normalised to a string. */
  decimal: (options: { nonNegative?: boolean } = {}): Field<string> =>
    field<string>({ kind: 'decimal', nonNegative: options.nonNegative ?? true }),
  /** `true` or `false`. */
  boolean: (): Field<boolean> => field<boolean>({ kind: 'boolean' }),
  /** A nested record. */
  object: <T>(record: RecordDef<T>): Field<T> => field<T>({ kind: 'object', record: record as RecordDef<unknown> }),
  /**
   * A list of items, at least `min` (default 0) and at most `max`. With `unique`, an item may appear once (compared
   * after normalisation, so `志愿者` and `volunteer` are the same item); only for items that are single values.
   */
  array: <T>(of: Field<T, boolean>, options: { min?: number; max?: number; unique?: boolean } = {}): Field<T[]> => {
    if (
      options.unique === true &&
      (of.def.type.kind === 'object' ||
        of.def.type.kind === 'array' ||
        of.def.type.kind === 'yearMap' ||
        of.def.type.kind === 'map')
    ) {
      throw new TypeError('fields.array: unique items must be single values');
    }
    return field<T[]>({
      kind: 'array',
      of: of.def,
      min: options.min ?? 0,
      ...(options.max === undefined ? {} : { max: options.max }),
      unique: options.unique === true,
    });
  },
  /**
   * Values by calendar year (`{ "2023": "excellent" }`), keys four-digit years 1000–9999. A plain map whose values
   * are already in normal form is passed through as given (not copied).
   */
  yearMap: <T>(of: Field<T, boolean>): Field<Record<string, T>> =>
    field<Record<string, T>>({ kind: 'yearMap', of: of.def }),
  /**
   * Values by name (`{ "salary.pay.base": { … } }`), keys any non-empty text. Like {@link fields.yearMap}, a plain map
   * whose values are already in normal form is passed through as given.
   */
  map: <T>(of: Field<T, boolean>): Field<Record<string, T>> => field<Record<string, T>>({ kind: 'map', of: of.def }),
  /**
   * Any JSON value: text, a finite number, `true`/`false`, `null` inside lists and objects, lists and plain objects
   * of such values, nested at most `maxDepth` levels (default 64): a profile parameter's value, a host's facts. Taken
   * as given, not copied. `null` itself is a value only on a {@link Field.nullable} field.
   */
  json: (options: { maxDepth?: number } = {}): Field<JsonValue> => {
    const maxDepth = options.maxDepth ?? MAX_NESTING;
    return field<JsonValue>({
      kind: 'custom',
      name: 'json',
      jsonSchema: {},
      check: (v, path, issues, label) =>
        checkJsonValue(v, path, issues, label, maxDepth) ? (v as JsonValue) : undefined,
    });
  },
  /**
   * A value checked by a function (a code validator, say); `name` names the kind (generators of test data look
   * samples up by it), `jsonSchema` describes it for the export. The check gets the field's label for its messages.
   */
  custom: <T>(name: string, jsonSchema: Readonly<Record<string, unknown>>, check: CustomCheck<T>): Field<T> =>
    field<T>({ kind: 'custom', name, jsonSchema, check }),
};

/** The fields of a record. @category Records */
export type Shape = { readonly [key: string]: Field<unknown, boolean> };

/** The names of the required fields of a shape. @category Records */
export type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Field<unknown, true> ? K : never }[keyof S];
/** The names of the optional fields of a shape. @category Records */
export type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;

/** The output type of a record's fields. @category Records */
export type Output<S extends Shape> = { -readonly [K in RequiredKeys<S>]: S[K]['_output'] } & {
  -readonly [K in OptionalKeys<S>]?: S[K]['_output'];
};

/**
 * The output type of a record definition (`RecordOutput<typeof person>`).
 * @category Records
 */
export type RecordOutput<R> = R extends RecordDef<infer T> ? T : never;

/** Context of a cross-field check. @category Records */
export interface RefineContext {
  /** Where the record sits. */
  readonly path: IssuePath;
  /** Adds a refusal. */
  add(issue: PolicyIssue): void;
}

/** Settings of a record. @category Records */
export interface RecordSettings<T> {
  /** `strip` (default): unknown fields are dropped (a spreadsheet row has other columns); `strict`: refused. */
  readonly unknownKeys?: 'strip' | 'strict';
  /** A rule across fields, run when every field is valid on its own. */
  readonly refine?: (value: T, ctx: RefineContext) => void;
  /**
   * The last step, after `refine` accepted the record: derive fields or mask personal data (e.g. read the birth date
   * from a resident ID, then mask the ID). Runs in both paths; must not fail.
   */
  readonly finish?: (value: T) => T;
  /** What the record is and what `refine` checks, in words: the description of the exported JSON Schema. */
  readonly description?: Bilingual;
}

/**
 * A record definition and everything generated from it.
 * @category Records
 */
export interface RecordDef<T> {
  /** Stable name (`worker`, `candidate`, …): the JSON Schema file is `<name>.schema.json`. */
  readonly name: string;
  /** What the record is. */
  readonly label: Bilingual;
  /** The fields. */
  readonly fields: Readonly<Record<string, FieldDef>>;
  /** Settings. */
  readonly settings: RecordSettings<T>;
  /**
   * The fast check: the normalised record, or `undefined` after pushing every issue found. Engines run it on every
   * row; it is generated from the field table (never written by hand) and kept equal to the zod reference
   * (`schemaParse` in `record-zod`) by a differential test.
   */
  check(value: unknown, path: IssuePath, issues: PolicyIssue[]): T | undefined;
  /**
   * {@link RecordDef.check}, but an input already in normal form (every field as its kind accepts it, no alias to
   * map, no `null`, no key to strip, no finish step) is returned as it is rather than copied, so a batch that only
   * reads its rows keeps no second copy of them. Otherwise the normalised copy, or `undefined` after pushing issues.
   */
  checkInPlace(value: unknown, path: IssuePath, issues: PolicyIssue[]): T | undefined;
  /** Throws a PolicyError listing every issue, or returns the normalised record. */
  parse(value: unknown, path?: IssuePath): T;
  /** Non-throwing {@link RecordDef.parse}. */
  safeParse(value: unknown, path?: IssuePath): SafeParseResult<T>;
  /** The JSON Schema (draft 2020-12) of the record. */
  jsonSchema(): Record<string, unknown>;
  /** A new record with only these fields (the unknown-key policy is kept; the cross-field rule and finish step are not). */
  pick<K extends keyof T & string>(name: string, keys: readonly K[], label?: Bilingual): RecordDef<Pick<T, K>>;
  /**
   * A new record with more (or replaced) fields. Without `settings` it keeps only the unknown-key policy; pass
   * `{ unknownKeys: 'strip' }` with an empty shape to read spreadsheet rows with a strict record's fields.
   */
  extend<S extends Shape>(
    name: string,
    label: Bilingual,
    shape: S,
    settings?: RecordSettings<Omit<T, keyof S> & Output<S>>,
  ): RecordDef<Omit<T, keyof S> & Output<S>>;
  /** The same record with these optional fields required (everything else kept, the cross-field rule included). */
  required<K extends keyof T & string>(
    name: string,
    keys: readonly K[],
    label?: Bilingual,
  ): RecordDef<Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> }>;
  /**
   * The same record with these fields (default: all) optional. The unknown-key policy is kept; the cross-field rule,
   * finish step and description are not (they may rely on the fields now optional).
   */
  partial<K extends keyof T & string = keyof T & string>(
    name: string,
    keys?: readonly K[],
    label?: Bilingual,
  ): RecordDef<Omit<T, K> & { [P in K]?: T[P] }>;
}

// ---------------------------------------------------------------------------------------------------------------
// The fast check: one closure per field, built once per record. A field's path is built only when an issue is
// pushed (the parent path and the key are passed down), so a valid row allocates nothing but its output.

/** Checks a present value; the issue path is `pathOf(parent, key)`, built only when there is an issue. */
type Checker = (value: unknown, parent: IssuePath, key: string | number | undefined, issues: PolicyIssue[]) => unknown;
const INVALID = Symbol('invalid');

/** @internal */
export function pathOf(base: IssuePath, key: string | number | undefined): IssuePath {
  if (key === undefined) return base;
  return base.length === 0 ? [key] : [...base, key];
}

/** @internal */
export const DECIMAL_RE = /^-?\d+(\.\d+)?$/;
export { YEAR_RE };
/**
 * Issues worded per list: past them its remaining items are counted in one `too_many_issues` (wording a million bad
 * items costs seconds, and helps no one). The zod reference lists them all; the differential tests stay below this.
 * @internal
 */
export const MAX_LIST_ISSUES = 1000;

/** Checks a present value of a kind; returns the normalised value, or INVALID after pushing issues. */
function kindChecker(def: FieldDef): Checker {
  const t = def.type;
  const l = def.label;
  switch (t.kind) {
    case 'text':
      return (v, parent, key, issues) => {
        if (typeof v !== 'string') return typeIssue(issues, pathOf(parent, key), l, 'string', v);
        if (v.length < t.minLength || (t.maxLength !== undefined && v.length > t.maxLength)) {
          issues.push(
            recordMessages.issue('text_length', pathOf(parent, key), { label: l, min: t.minLength, max: t.maxLength }),
          );
          return INVALID;
        }
        if (t.pattern !== undefined && !t.pattern.test(v)) {
          issues.push(
            recordMessages.issue('invalid_format', pathOf(parent, key), {
              label: l,
              format: t.format!,
              received: v.slice(0, 40),
            }),
          );
          return INVALID;
        }
        return v;
      };
    case 'id':
      return (v, parent, key, issues) => {
        if ((typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v))) return v;
        issues.push(recordMessages.issue('invalid_id', pathOf(parent, key), { label: l }));
        return INVALID;
      };
    case 'enum': {
      const aliases = t.aliases;
      return (v, parent, key, issues) => {
        if (typeof v !== 'string') return typeIssue(issues, pathOf(parent, key), l, 'string', v);
        const c = aliases[v];
        if (c !== undefined) return c;
        issues.push(
          recordMessages.issue('unknown_enum_value', pathOf(parent, key), {
            label: l,
            received: v.slice(0, 40),
            allowed: t.values,
            labels: t.labels,
          }),
        );
        return INVALID;
      };
    }
    case 'date':
      return (v, parent, key, issues) => {
        if (typeof v !== 'string') return typeIssue(issues, pathOf(parent, key), l, 'date', v);
        if (ymdOf(v) < 0) {
          issues.push(
            recordMessages.issue('invalid_date', pathOf(parent, key), { label: l, received: v.slice(0, 20) }),
          );
          return INVALID;
        }
        return v;
      };
    case 'integer':
    case 'number':
      return (v, parent, key, issues) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return typeIssue(issues, pathOf(parent, key), l, t.kind, v);
        if (t.kind === 'integer' && !Number.isSafeInteger(v))
          return typeIssue(issues, pathOf(parent, key), l, 'integer', v);
        if ((t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max)) {
          issues.push(recordMessages.issue('out_of_range', pathOf(parent, key), { label: l, min: t.min, max: t.max }));
          return INVALID;
        }
        return v;
      };
    case 'decimal':
      return (v, parent, key, issues) => {
        const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v;
        if (typeof s !== 'string') return typeIssue(issues, pathOf(parent, key), l, 'decimal', v);
        if (!DECIMAL_RE.test(s)) {
          issues.push(recordMessages.issue('invalid_amount', pathOf(parent, key), { label: l }));
          return INVALID;
        }
        if (t.nonNegative && s.charCodeAt(0) === 45) {
          issues.push(recordMessages.issue('out_of_range', pathOf(parent, key), { label: l, min: 0 }));
          return INVALID;
        }
        return s;
      };
    case 'boolean':
      return (v, parent, key, issues) =>
        typeof v === 'boolean' ? v : typeIssue(issues, pathOf(parent, key), l, 'boolean', v);
    case 'object': {
      const rec = t.record;
      return (v, parent, key, issues) => {
        const out = rec.check(v, pathOf(parent, key), issues);
        return out === undefined ? INVALID : out;
      };
    }
    case 'array': {
      const item = lazyFieldChecker(t.of);
      return (v, parent, key, issues) => {
        if (!Array.isArray(v)) return typeIssue(issues, pathOf(parent, key), l, 'array', v);
        if (v.length < t.min || (t.max !== undefined && v.length > t.max)) {
          issues.push(recordMessages.issue('item_count', pathOf(parent, key), { label: l, min: t.min, max: t.max }));
          return INVALID;
        }
        const out: unknown[] = new Array<unknown>(v.length);
        let ok = true;
        let path: IssuePath | undefined;
        const start = issues.length;
        for (let i = 0; i < v.length; i++) {
          if (issues.length - start >= MAX_LIST_ISSUES) {
            issues.push(recordMessages.issue('too_many_issues', pathOf(parent, key), { label: l, more: v.length - i }));
            ok = false;
            break;
          }
          const r = item(v[i], (path ??= pathOf(parent, key)), i, issues);
          if (r === INVALID) ok = false;
          out[i] = r;
        }
        if (!ok) return INVALID;
        if (t.unique) {
          const i = firstRepeat(out);
          if (i >= 0) {
            issues.push(
              recordMessages.issue('duplicate', pathOf(pathOf(parent, key), i), {
                label: l,
                value: shown(t.of, out[i]),
              }),
            );
            return INVALID;
          }
        }
        return out;
      };
    }
    case 'yearMap':
    case 'map': {
      const item = lazyFieldChecker(t.of);
      const years = t.kind === 'yearMap';
      return (v, parent, key, issues) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
          return typeIssue(issues, pathOf(parent, key), l, 'object', v);
        const input = v as Record<string, unknown>;
        const path = pathOf(parent, key);
        // A plain map whose values are already in normal form is its own normal form: it is returned as given rather
        // than copied (a map keyed by years costs far more to build than to check). The copy starts at the first
        // value that normalises to something else.
        let out: Record<string, unknown> | undefined =
          Object.getPrototypeOf(input) === Object.prototype ? undefined : {};
        let ok = true;
        const keys = Object.keys(input);
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          if (years ? !YEAR_RE.test(k) : k === '') {
            issues.push(
              years
                ? recordMessages.issue('invalid_year', pathOf(path, k), { label: l, received: k.slice(0, 20) })
                : recordMessages.issue('empty_key', pathOf(path, k), { label: l }),
            );
            ok = false;
            continue;
          }
          const given = input[k];
          const r = item(given, path, k, issues);
          if (r === INVALID) ok = false;
          else if (out !== undefined) out[k] = r;
          else if (r !== given) {
            out = {};
            for (let j = 0; j < i; j++) out[keys[j]!] = input[keys[j]!];
            out[k] = r;
          }
        }
        return ok ? (out ?? input) : INVALID;
      };
    }
    case 'custom':
      return (v, parent, key, issues) => {
        const before = issues.length;
        const r = t.check(v, pathOf(parent, key), issues, l);
        return r === undefined || issues.length > before ? INVALID : r;
      };
  }
}

/** Index of the first item equal to an earlier one, or -1. @internal */
export function firstRepeat(items: readonly unknown[]): number {
  // Most lists are short: no set for them (a scan compares as the set would, SameValueZero).
  if (items.length < 2) return -1;
  if (items.length <= 16) {
    for (let i = 1; i < items.length; i++) {
      const x = items[i];
      for (let j = 0; j < i; j++) {
        const y = items[j];
        if (x === y || (x !== x && y !== y)) return i;
      }
    }
    return -1;
  }
  const seen = new Set<unknown>();
  for (let i = 0; i < items.length; i++) {
    if (seen.has(items[i])) return i;
    seen.add(items[i]);
  }
  return -1;
}

/** A normalised value as shown in a message: an enum value by its labels, anything else as text. */
function shown(def: FieldDef, v: unknown): Bilingual {
  const t = def.type;
  if (t.kind === 'enum') return t.labels[v as string] ?? { zh: String(v), en: String(v) };
  const s = String(v).slice(0, 40);
  return { zh: s, en: s };
}

function typeIssue(
  issues: PolicyIssue[],
  path: IssuePath,
  label: Bilingual,
  expected: string,
  v: unknown,
): typeof INVALID {
  issues.push(recordMessages.issue('invalid_type', path, { label, expected, received: typeName(v) }));
  return INVALID;
}

/** A field's checker (see {@link fieldChecker}). @internal */
export type FieldChecker = (value: unknown, path: IssuePath, issues: PolicyIssue[], present: boolean) => unknown;

/**
 * Absent and `null` are "not given" (an issue when required), else the kind's check; `null` is kept on a nullable
 * field. The path is built lazily.
 */
function lazyFieldChecker(def: FieldDef): Checker {
  const check = kindChecker(def);
  const required = def.required;
  const nullable = def.nullable === true;
  const label = def.label;
  return (v, parent, key, issues) => {
    if (v === undefined || v === null) {
      if (v === null && nullable) return null;
      if (!required) return undefined;
      issues.push(recordMessages.issue('required', pathOf(parent, key), { label }));
      return INVALID;
    }
    return check(v, parent, key, issues);
  };
}

/** A field's checker: absent and `null` are "not given" (an issue when required), else the kind's check. @internal */
export function fieldChecker(def: FieldDef): FieldChecker {
  const check = lazyFieldChecker(def);
  return (v, path, issues) => check(v, path, undefined, issues);
}

/**
 * The field loop of a record: the normalised fields; in `box`, how many known fields the input holds as own
 * properties and whether every field came out as it went in.
 */
type FieldLoop = (
  input: Record<string, unknown>,
  path: IssuePath,
  issues: PolicyIssue[],
  box: { own: number; same: boolean },
  inPlace: boolean,
) => Record<string, unknown>;

/** True for two arrays with the same items (a list field whose items needed no normalisation). @internal */
export function sameItems(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * For a year map whose values need no normalisation (or are enum values, looked up in `A[i]`): a helper `Y<i>(m)` and
 * a test (on `v`) that the map is a plain object its checker returns as it is: every key a year, every value present
 * and already in normal form. Keys are read as the checker reads them (Object.keys: faster than for…in over
 * index-like keys). `undefined` for any other field.
 */
function yearMapTest(def: FieldDef, i: number): { helper: string; test: string } | undefined {
  const t = def.type;
  if (t.kind !== 'yearMap') return undefined;
  const itemTest =
    t.of.type.kind === 'enum'
      ? `typeof v === 'string' && A[${i}][v] === v`
      : acceptTest(t.of, -1)?.value === 'v'
        ? acceptTest(t.of, -1)!.test
        : undefined;
  if (itemTest === undefined) return undefined;
  return {
    // The entries of a frozen map (a sheet's rows share one per assessment cell) are read once (core/year-map.ts).
    helper: `const Y${i} = function (m) { const e = frozenYearEntries(m); if (e !== undefined) { if (!e.allYears) return false; const vs = e.values; for (let j = 0; j < vs.length; j++) { const v = vs[j]; if (v === undefined || v === null || !(${itemTest})) return false; } return true; } const keys = Object.keys(m); for (let j = 0; j < keys.length; j++) { const k = keys[j]; if (!YEAR.test(k)) return false; const v = m[k]; if (v === undefined || v === null || !(${itemTest})) return false; } return true; };`,
    test: `typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype && Y${i}(v)`,
  };
}

/**
 * For a nested record with a generated normal-form test (`N[i]`, see {@link acceptOfRecord}): a test (on `v`) that the
 * value is such a record already in its normal form. `undefined` for any other field.
 */
function nestedRecordTest(def: FieldDef, i: number): string | undefined {
  const t = def.type;
  if (t.kind !== 'object' || acceptOfRecord(t.record) === undefined) return undefined;
  return `typeof v === 'object' && v !== null && !Array.isArray(v) && N[${i}](v)`;
}

/** Source of a function `name(list)`: true when every item is present and passes `test` (on `v`). */
function everyItem(name: string, test: string): string {
  return `const ${name} = function (list) { for (let j = 0; j < list.length; j++) { const v = list[j]; if (v === undefined || v === null || !(${test})) return false; } return true; };`;
}

/** The inline test of a field kind whose accepted values need no normalisation (or an enum's alias lookup), if any. */
function acceptTest(def: FieldDef, i: number): { test: string; value: string } | undefined {
  const t = def.type;
  const bounds = (min?: number, max?: number) =>
    `${min === undefined ? '' : ` && v >= ${JSON.stringify(min)}`}${max === undefined ? '' : ` && v <= ${JSON.stringify(max)}`}`;
  switch (t.kind) {
    case 'text':
      // A pattern is left to the field's checker (a rare field: an identifier's spelling).
      if (t.pattern !== undefined) return undefined;
      return {
        test: `typeof v === 'string' && v.length >= ${t.minLength}${t.maxLength === undefined ? '' : ` && v.length <= ${t.maxLength}`}`,
        value: 'v',
      };
    case 'id':
      return {
        test: `(typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v))`,
        value: 'v',
      };
    case 'enum':
      return { test: `typeof v === 'string' && (r = A[${i}][v]) !== undefined`, value: 'r' };
    case 'date':
      return { test: `typeof v === 'string' && ymdOf(v) >= 0`, value: 'v' };
    case 'integer':
      return { test: `typeof v === 'number' && Number.isSafeInteger(v)${bounds(t.min, t.max)}`, value: 'v' };
    case 'number':
      return { test: `typeof v === 'number' && Number.isFinite(v)${bounds(t.min, t.max)}`, value: 'v' };
    case 'boolean':
      return { test: `typeof v === 'boolean'`, value: 'v' };
    default:
      return undefined;
  }
}

/**
 * The field loop as straight-line code generated from the field table: per field, the common case (a value its kind
 * accepts as it is) inline, and anything else through the field's own checker, which decides and words the issues
 * (so both paths give the same result by construction). A megamorphic loop of closures costs about a microsecond a
 * row; the generated code a small fraction of it. Returns `undefined` where code cannot be generated (a content
 * security policy without eval): the closures are then used as they are.
 */
function generateFieldLoop(entries: readonly { key: string; def: FieldDef; check: Checker }[]): FieldLoop | undefined {
  // Item tests of lists are functions defined once (a closure per row for Array.prototype.every would be garbage).
  const helpers: string[] = [];
  const body: string[] = [
    'return function fields(input, path, issues, box, inPlace) {',
    '  const out = {};',
    '  let own = 0;',
    '  let same = true;',
    '  let v;',
    '  let r;',
  ];
  entries.forEach((e, i) => {
    const k = JSON.stringify(e.key);
    // An own key holding undefined or null is dropped from the output: the input is then not its normal form.
    body.push(
      `  if (hasOwn.call(input, ${k})) { own++; v = input[${k}]; if (v === undefined) same = false; } else v = undefined;`,
    );
    // A null dropped from the output leaves the input out of normal form; a nullable field keeps it.
    const slow = `{ ${e.def.nullable === true ? '' : 'if (v === null) same = false; '}r = L[${i}](v, path, ${k}, issues); if (r !== undefined && r !== INVALID) { out[${k}] = r; if (r !== v && !sameItems(r, v)) same = false; } }`;
    const fast = acceptTest(e.def, i);
    const t = e.def.type;
    const item = t.kind === 'array' ? acceptTest(t.of, -1) : undefined;
    const nested = nestedRecordTest(e.def, i);
    const years = yearMapTest(e.def, i);
    if (t.kind === 'array' && item !== undefined && item.value === 'v' && t.of.type.kind !== 'enum') {
      // A list of simple items, in place: accepted as it is when every item passes and (if unique) none repeats.
      const bounds = `v.length >= ${t.min}${t.max === undefined ? '' : ` && v.length <= ${t.max}`}`;
      helpers.push(everyItem(`E${i}`, item.test));
      body.push(
        `  if (inPlace && Array.isArray(v) && ${bounds} && E${i}(v)${t.unique ? ' && firstRepeat(v) < 0' : ''}) out[${k}] = v; else ${slow}`,
      );
    } else if (nested !== undefined) {
      // In place, a nested record (a certificate) already in its normal form is kept as it is, as the row is.
      body.push(`  if (inPlace && ${nested}) out[${k}] = v; else ${slow}`);
    } else if (years !== undefined) {
      // A year map already in normal form is the checker's own output (it returns such a map as given).
      helpers.push(years.helper);
      body.push(`  if (v !== undefined && v !== null && ${years.test}) out[${k}] = v; else ${slow}`);
    } else if (fast === undefined) body.push(`  ${slow}`);
    else
      body.push(
        `  if (v !== undefined && v !== null && (${fast.test})) { out[${k}] = ${fast.value};${fast.value === 'v' ? '' : ` if (${fast.value} !== v) same = false;`} } else ${slow}`,
      );
  });
  body.push('  box.own = own;', '  box.same = same;', '  return out;', '};');
  // A[i]: an enum field's aliases, or those of a year map's enum values.
  const aliases = entries.map((e) => {
    const t = e.def.type;
    return t.kind === 'enum'
      ? t.aliases
      : t.kind === 'yearMap' && t.of.type.kind === 'enum'
        ? t.of.type.aliases
        : undefined;
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function(
      'L',
      'A',
      'hasOwn',
      'ymdOf',
      'INVALID',
      'sameItems',
      'firstRepeat',
      'YEAR',
      'frozenYearEntries',
      'N',
      [...helpers, ...body].join('\n'),
    ) as (...a: unknown[]) => FieldLoop;
    return factory(
      entries.map((e) => e.check),
      aliases,
      Object.prototype.hasOwnProperty,
      ymdOf,
      INVALID,
      sameItems,
      firstRepeat,
      YEAR_RE,
      frozenYearEntries,
      entries.map((e) => (e.def.type.kind === 'object' ? acceptOfRecord(e.def.type.record) : undefined)),
    );
  } catch {
    return undefined;
  }
}

/**
 * For `checkInPlace`: a generated test that an input is certainly valid field by field and already in normal form
 * (every present field an own property its kind accepts as it is, every required field present, no other key), with
 * no output built and no issue worded. Anything it cannot prove goes to the full check, which decides; so it may say
 * "no" too often, never "yes" wrongly. `undefined` where code cannot be generated.
 */
function generateAccept(
  entries: readonly { key: string; def: FieldDef }[],
): ((input: Record<string, unknown>) => boolean) | undefined {
  const helpers: string[] = [];
  const body: string[] = ['return function accept(input) {', '  let own = 0;', '  let v;'];
  entries.forEach((e, i) => {
    const k = JSON.stringify(e.key);
    const t = e.def.type;
    const fast = acceptTest(e.def, i);
    const item = t.kind === 'array' ? acceptTest(t.of, -1) : undefined;
    const nested = nestedRecordTest(e.def, i);
    const years = yearMapTest(e.def, i);
    let test: string;
    if (fast !== undefined) test = fast.value === 'v' ? fast.test : `typeof v === 'string' && A[${i}][v] === v`;
    else if (t.kind === 'array' && item !== undefined && item.value === 'v') {
      helpers.push(everyItem(`E${i}`, item.test));
      test = `Array.isArray(v) && v.length >= ${t.min}${t.max === undefined ? '' : ` && v.length <= ${t.max}`} && E${i}(v)${t.unique ? ' && firstRepeat(v) < 0' : ''}`;
    } else if (t.kind === 'array' && t.of.type.kind === 'enum') {
      // A list of enum values already in normal form: each item is its own canonical value (A[i] is the item's map).
      helpers.push(everyItem(`E${i}`, `typeof v === 'string' && A[${i}][v] === v`));
      test = `Array.isArray(v) && v.length >= ${t.min}${t.max === undefined ? '' : ` && v.length <= ${t.max}`} && E${i}(v)${t.unique ? ' && firstRepeat(v) < 0' : ''}`;
    } else if (nested !== undefined) {
      // A nested record (a certificate) in its own normal form, proved by its own generated test.
      test = nested;
    } else if (years !== undefined) {
      helpers.push(years.helper);
      test = years.test;
    } else if (t.kind === 'custom') {
      // A custom kind's value is in normal form when its own check returns it unchanged and words no issue.
      test = `C[${i}](v)`;
    } else test = 'false';
    // An own key holding undefined is counted by for…in below but not here: the counts then differ and the full check decides.
    body.push(`  v = input[${k}];`);
    body.push(
      `  if (v === undefined) { ${e.def.required ? 'return false;' : ''} } else if (!hasOwn.call(input, ${k}) || !(${test})) return false; else own++;`,
    );
  });
  body.push('  let count = 0;', '  for (const _ in input) count++;', '  return count === own;', '};');
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function(
      'A',
      'N',
      'hasOwn',
      'ymdOf',
      'firstRepeat',
      'YEAR',
      'frozenYearEntries',
      'C',
      [...helpers, ...body].join('\n'),
    ) as (...a: unknown[]) => (input: Record<string, unknown>) => boolean;
    return factory(
      entries.map((e) => {
        const t = e.def.type;
        return t.kind === 'enum'
          ? t.aliases
          : (t.kind === 'array' || t.kind === 'yearMap') && t.of.type.kind === 'enum'
            ? t.of.type.aliases
            : undefined;
      }),
      entries.map((e) => (e.def.type.kind === 'object' ? acceptOfRecord(e.def.type.record) : undefined)),
      Object.prototype.hasOwnProperty,
      ymdOf,
      firstRepeat,
      YEAR_RE,
      frozenYearEntries,
      entries.map((e) => (e.def.type.kind === 'custom' ? customAccept(e.def.type.check, e.def.label) : undefined)),
    );
  } catch {
    return undefined;
  }
}

/**
 * Issues of the normal-form test of a custom field: only their count is read, and each test leaves the list as it found
 * it (so a check that itself runs such a test cannot lose an issue).
 */
const acceptScratch: PolicyIssue[] = [];
const EMPTY_PATH: IssuePath = [];

/**
 * True when a custom field's check returns `v` itself and words no issue: `v` is then valid and already in normal
 * form, which is all `generateAccept` must prove. The check is the field's own, so this can never disagree with it.
 */
function customAccept(check: CustomCheck<unknown>, label: Bilingual): (v: unknown) => boolean {
  return (v) => {
    const before = acceptScratch.length;
    const r = check(v, EMPTY_PATH, acceptScratch, label);
    const clean = acceptScratch.length === before;
    acceptScratch.length = before;
    return clean && r === v;
  };
}

const recordAccepts = new WeakMap<RecordDef<unknown>, ((input: Record<string, unknown>) => boolean) | null>();

/**
 * The generated normal-form test of a record used as a field, or `undefined` when it has none: a record with a
 * cross-field rule or a finish step must be checked in full (its rule may refuse, its finish may rewrite).
 */
function acceptOfRecord(rec: RecordDef<unknown>): ((input: Record<string, unknown>) => boolean) | undefined {
  let a = recordAccepts.get(rec);
  if (a === undefined) {
    a =
      rec.settings.refine !== undefined || rec.settings.finish !== undefined
        ? null
        : (generateAccept(Object.entries(rec.fields).map(([key, def]) => ({ key, def }))) ?? null);
    recordAccepts.set(rec, a);
  }
  return a ?? undefined;
}

function compile<T>(
  rec: RecordDef<T>,
): (value: unknown, path: IssuePath, issues: PolicyIssue[], inPlace: boolean) => T | undefined {
  const entries = Object.entries(rec.fields).map(([key, def]) => ({ key, def, check: lazyFieldChecker(def) }));
  const generated = generateFieldLoop(entries);
  const accept = rec.settings.finish === undefined ? generateAccept(entries) : undefined;
  const box = { own: 0, same: false };
  const known = new Set(Object.keys(rec.fields));
  const strict = rec.settings.unknownKeys === 'strict';
  const refine = rec.settings.refine;
  const finish = rec.settings.finish;
  const n = entries.length;
  const hasOwn = Object.prototype.hasOwnProperty;
  let refinePath: IssuePath = [];
  let refineIssues: PolicyIssue[] = [];
  const refineContext: RefineContext = {
    get path() {
      return refinePath;
    },
    add: (i) => {
      refineIssues.push(i);
    },
  };
  return (value, path, issues, inPlace) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push(
        recordMessages.issue('invalid_type', path, { label: rec.label, expected: 'object', received: typeName(value) }),
      );
      return undefined;
    }
    const before = issues.length;
    const input = value as Record<string, unknown>;
    // In place, a row provably in normal form needs no output and no field loop: only the cross-field rule.
    if (inPlace && accept !== undefined && accept(input)) {
      if (refine === undefined) return input as T;
      const savedPath = refinePath;
      const savedIssues = refineIssues;
      refinePath = path;
      refineIssues = issues;
      try {
        refine(input as T, refineContext);
      } finally {
        refinePath = savedPath;
        refineIssues = savedIssues;
      }
      return issues.length > before ? undefined : (input as T);
    }
    let out: Record<string, unknown>;
    let own = 0;
    // Whether the input itself is the normal form (only asked for, and only known on the generated path).
    let same = false;
    if (generated !== undefined) {
      out = generated(input, path, issues, box, inPlace);
      own = box.own;
      same = inPlace && box.same && finish === undefined;
    } else {
      out = {};
      for (let i = 0; i < n; i++) {
        const e = entries[i]!;
        // Own properties only: `constructor` or `toString` on the prototype are not fields of the input.
        const has = hasOwn.call(input, e.key);
        if (has) own++;
        const r = e.check(has ? input[e.key] : undefined, path, e.key, issues);
        if (r !== undefined && r !== INVALID) out[e.key] = r;
      }
    }
    if (strict || same) {
      // Only when the input has more keys than the known fields it holds is there a stranger to look for (or, in
      // place, a key to strip). Counting with for…in allocates nothing; it also counts inherited keys, and then the
      // exact list of own keys decides.
      let count = 0;
      for (const _ in input) count++;
      if (count !== own) {
        const keys = Object.keys(input);
        if (keys.length !== own) same = false;
        const extra = strict ? keys.filter((k) => !known.has(k)) : [];
        if (extra.length > 0)
          issues.push(recordMessages.issue('unrecognized_keys', path, { keys: extra.map((k) => k.slice(0, 40)) }));
      }
    }
    if (issues.length > before) return undefined;
    if (refine !== undefined) {
      // One context per record, pointed at this call's path and issues (and restored after, should a rule check a
      // record of the same kind): no object or closure per row.
      const savedPath = refinePath;
      const savedIssues = refineIssues;
      refinePath = path;
      refineIssues = issues;
      try {
        refine((same ? input : out) as T, refineContext);
      } finally {
        refinePath = savedPath;
        refineIssues = savedIssues;
      }
      if (issues.length > before) return undefined;
    }
    if (same) return input as T;
    return finish === undefined ? (out as T) : finish(out as T);
  };
}
// ---------------------------------------------------------------------------------------------------------------
// JSON Schema.

/** The schema of an item or a map value: a nullable one also `null`. */
function valueJson(def: FieldDef): Record<string, unknown> {
  return def.nullable === true ? { anyOf: [jsonOf(def), { type: 'null' }] } : jsonOf(def);
}

function jsonOf(def: FieldDef): Record<string, unknown> {
  const t = def.type;
  const base: Record<string, unknown> = { title: `${def.label.zh} / ${def.label.en}` };
  if (def.description !== undefined) base.description = `${def.description.zh} / ${def.description.en}`;
  switch (t.kind) {
    case 'text':
      return {
        ...base,
        type: 'string',
        minLength: t.minLength,
        ...(t.maxLength === undefined ? {} : { maxLength: t.maxLength }),
        ...(t.pattern === undefined ? {} : { pattern: t.pattern.source }),
      };
    case 'id':
      return { ...base, anyOf: [{ type: 'string', minLength: 1 }, { type: 'number' }] };
    case 'enum':
      return { ...base, enum: Object.keys(t.aliases), 'x-labels': t.labels };
    case 'date':
      return { ...base, type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
    case 'integer':
    case 'number':
      return {
        ...base,
        type: t.kind,
        ...(t.min === undefined ? {} : { minimum: t.min }),
        ...(t.max === undefined ? {} : { maximum: t.max }),
      };
    case 'decimal':
      return {
        ...base,
        anyOf: [
          { type: 'string', pattern: t.nonNegative ? '^\\d+(\\.\\d+)?$' : '^-?\\d+(\\.\\d+)?$' },
          { type: 'integer', ...(t.nonNegative ? { minimum: 0 } : {}) },
        ],
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'object':
      return { ...t.record.jsonSchema(), ...base };
    case 'array':
      return {
        ...base,
        type: 'array',
        items: valueJson(t.of),
        minItems: t.min,
        ...(t.max === undefined ? {} : { maxItems: t.max }),
        ...(t.unique ? { uniqueItems: true } : {}),
      };
    case 'yearMap':
      return {
        ...base,
        type: 'object',
        propertyNames: { pattern: '^[1-9]\\d{3}$' },
        additionalProperties: valueJson(t.of),
      };
    case 'map':
      return { ...base, type: 'object', propertyNames: { minLength: 1 }, additionalProperties: valueJson(t.of) };
    case 'custom':
      return { ...base, ...t.jsonSchema };
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Defines a record from its fields.
 * @param name - stable name (JSON Schema file name)
 * @param label - what the record is
 * @param shape - field name → field (see {@link fields})
 * @param settings - unknown-key policy, a cross-field rule, a finish step and a description
 * @category Records
 * @example
 * ```ts
 * const cert = defineRecord('certificate', { zh: '证书', en: 'certificate' }, {
 *   obtained: fields.date().label('取证日期', 'date obtained'),
 * });
 * cert.parse({ obtained: '2024-13-01' }); // throws PolicyError 'invalid_date' at ['obtained']
 * ```
 */
export function defineRecord<S extends Shape>(
  name: string,
  label: Bilingual,
  shape: S,
  settings: RecordSettings<Output<S>> = {},
): RecordDef<Output<S>> {
  checkRecordArgs(name, label, shape, settings);
  const defs: Record<string, FieldDef> = {};
  for (const [k, f] of Object.entries(shape)) defs[k] = f.def;
  return makeRecord<Output<S>>(name, label, defs, settings);
}

/** Every record made by {@link defineRecord} (and its derived records): what a record argument must be. */
const RECORDS = new WeakSet<object>();

/** True for a record made by {@link defineRecord} (not a look-alike object). @internal */
export function isRecordDef(value: unknown): value is RecordDef<unknown> {
  return typeof value === 'object' && value !== null && RECORDS.has(value);
}

function makeRecord<T>(
  name: string,
  label: Bilingual,
  defs: Readonly<Record<string, FieldDef>>,
  settings: RecordSettings<T>,
): RecordDef<T> {
  let checker:
    ((value: unknown, path: IssuePath, issues: PolicyIssue[], inPlace: boolean) => T | undefined) | undefined;
  const keysOnly = (): { readonly unknownKeys?: 'strip' | 'strict' } =>
    settings.unknownKeys === undefined ? {} : { unknownKeys: settings.unknownKeys };
  const withRequired = (keys: readonly string[] | undefined, required: boolean): Record<string, FieldDef> => {
    const out: Record<string, FieldDef> = { ...defs };
    for (const k of keys ?? Object.keys(defs)) {
      const def = defs[k];
      if (def === undefined) throw new TypeError(`${name}: no field ${k}`);
      out[k] = { ...def, required };
    }
    return out;
  };
  const rec: RecordDef<T> = {
    name,
    label,
    fields: defs,
    settings,
    check(value, path, issues) {
      checker ??= compile(rec);
      return checker(value, path, issues, false);
    },
    checkInPlace(value, path, issues) {
      checker ??= compile(rec);
      return checker(value, path, issues, true);
    },
    parse(value, path = []) {
      pathArg(path);
      const issues: PolicyIssue[] = [];
      const out = rec.check(value, path, issues);
      if (out === undefined) throw new PolicyError(issues);
      return out;
    },
    safeParse(value, path = []) {
      const bad = safePath(path);
      if (bad !== undefined) return { success: false, error: bad };
      const issues: PolicyIssue[] = [];
      const out = rec.check(value, path, issues);
      return out === undefined ? { success: false, error: new PolicyError(issues) } : { success: true, data: out };
    },
    jsonSchema() {
      const properties: Record<string, unknown> = {};
      for (const [k, def] of Object.entries(defs))
        properties[k] =
          def.required && def.nullable !== true ? jsonOf(def) : { anyOf: [jsonOf(def), { type: 'null' }] };
      return {
        type: 'object',
        title: `${label.zh} / ${label.en}`,
        ...(settings.description === undefined
          ? {}
          : { description: `${settings.description.zh} / ${settings.description.en}` }),
        properties,
        required: Object.entries(defs)
          .filter(([, d]) => d.required)
          .map(([k]) => k),
        additionalProperties: settings.unknownKeys !== 'strict',
      };
    },
    pick(newName, keys, newLabel) {
      const picked: Record<string, FieldDef> = {};
      for (const k of keys) {
        const def = defs[k];
        if (def === undefined) throw new TypeError(`${name}: no field ${k}`);
        picked[k] = def;
      }
      return makeRecord(newName, newLabel ?? label, picked, keysOnly());
    },
    extend(newName, newLabel, shape, newSettings) {
      const merged: Record<string, FieldDef> = { ...defs };
      for (const [k, f] of Object.entries(shape)) merged[k] = f.def;
      return makeRecord(newName, newLabel, merged, newSettings ?? keysOnly());
    },
    required(newName, keys, newLabel) {
      // Requiring more fields only narrows the input: the rule and the finish step still hold.
      return makeRecord(
        newName,
        newLabel ?? label,
        withRequired(keys, true),
        settings as unknown as RecordSettings<
          Omit<T, (typeof keys)[number]> & { [P in (typeof keys)[number]]-?: Exclude<T[P], undefined> }
        >,
      );
    },
    partial(newName, keys, newLabel) {
      return makeRecord(newName, newLabel ?? label, withRequired(keys, false), keysOnly());
    },
  };
  RECORDS.add(rec);
  return rec;
}

/** The refusal of a path argument that is not a list of keys and indexes, for a safe twin to return (never throw). */
function safePath(path: unknown): PolicyError | undefined {
  try {
    pathArg(path);
    return undefined;
  } catch (e) {
    if (isPolicyError(e)) return e;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Argument checks of the record builders: a record is defined once, at module load, so these run once per field.

const FIELD_KINDS = [
  'text',
  'id',
  'enum',
  'date',
  'integer',
  'number',
  'decimal',
  'boolean',
  'object',
  'array',
  'yearMap',
  'map',
  'custom',
];

function badArg(path: IssuePath, expected: string, value: unknown): never {
  throw new PolicyError([
    recordMessages.issue('invalid_type', path, {
      label: { zh: '参数', en: 'argument' },
      expected,
      received: typeName(value),
    }),
  ]);
}
function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isBilingual(v: unknown): boolean {
  return isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';
}
const optionalNumber = (v: unknown): boolean => v === undefined || (typeof v === 'number' && !Number.isNaN(v));

/** Refuses a field definition the checks could not run (a kind not known, a part of a kind missing). */
function checkFieldDef(def: unknown, path: IssuePath, depth = 0): asserts def is FieldDef {
  if (!isObj(def)) badArg(path, 'object', def);
  if (typeof def.required !== 'boolean') badArg([...path, 'required'], 'boolean', def.required);
  if (def.nullable !== undefined && typeof def.nullable !== 'boolean')
    badArg([...path, 'nullable'], 'boolean', def.nullable);
  if (!isBilingual(def.label)) badArg([...path, 'label'], 'object', def.label);
  if (def.description !== undefined && !isBilingual(def.description))
    badArg([...path, 'description'], 'object', def.description);
  const t = def.type;
  if (!isObj(t) || typeof t.kind !== 'string' || !FIELD_KINDS.includes(t.kind)) badArg([...path, 'type'], 'object', t);
  const at = [...path, 'type'];
  switch (t.kind) {
    case 'text':
      if (
        typeof t.minLength !== 'number' ||
        !optionalNumber(t.maxLength) ||
        (t.pattern !== undefined && !(t.pattern instanceof RegExp && isBilingual(t.format)))
      )
        badArg(at, 'object', t);
      break;
    case 'enum':
      if (
        !Array.isArray(t.values) ||
        !t.values.every((v) => typeof v === 'string') ||
        !isObj(t.labels) ||
        !isObj(t.aliases)
      )
        badArg(at, 'object', t);
      for (const v of t.values as string[])
        if (!isBilingual((t.labels as Record<string, unknown>)[v]))
          badArg([...at, 'labels', v], 'object', (t.labels as Record<string, unknown>)[v]);
      break;
    case 'integer':
    case 'number':
      if (!optionalNumber(t.min) || !optionalNumber(t.max)) badArg(at, 'object', t);
      break;
    case 'decimal':
      if (typeof t.nonNegative !== 'boolean') badArg(at, 'object', t);
      break;
    case 'object':
      if (!isObj(t.record) || !isObj(t.record.fields) || typeof t.record.check !== 'function')
        badArg([...at, 'record'], 'object', t.record);
      break;
    case 'array':
    case 'yearMap':
    case 'map':
      if (depth > 16) badArg(at, 'object', t);
      checkFieldDef(t.of, [...at, 'of'], depth + 1);
      if (t.kind === 'array' && (typeof t.min !== 'number' || !optionalNumber(t.max) || typeof t.unique !== 'boolean'))
        badArg(at, 'object', t);
      break;
    case 'custom':
      if (typeof t.name !== 'string' || !isObj(t.jsonSchema) || typeof t.check !== 'function') badArg(at, 'object', t);
      break;
  }
}

/** Refuses arguments of defineRecord that would only fail later, on the first row checked. */
function checkRecordArgs(name: unknown, label: unknown, shape: unknown, settings: unknown): void {
  if (typeof name !== 'string' || name === '') badArg(['name'], 'string', name);
  if (!isBilingual(label)) badArg(['label'], 'object', label);
  if (!isObj(shape)) badArg(['shape'], 'object', shape);
  for (const k of Object.keys(shape)) {
    const f = shape[k] as { def?: unknown } | null;
    if (typeof f !== 'object' || f === null) badArg(['shape', k], 'object', f);
    checkFieldDef(f.def, ['shape', k, 'def']);
  }
  if (!isObj(settings)) badArg(['settings'], 'object', settings);
  const { unknownKeys, refine, finish, description } = settings;
  if (unknownKeys !== undefined && unknownKeys !== 'strip' && unknownKeys !== 'strict')
    badArg(['settings', 'unknownKeys'], 'string', unknownKeys);
  if (refine !== undefined && typeof refine !== 'function') badArg(['settings', 'refine'], 'function', refine);
  if (finish !== undefined && typeof finish !== 'function') badArg(['settings', 'finish'], 'function', finish);
  if (description !== undefined && !isBilingual(description))
    badArg(['settings', 'description'], 'object', description);
}

/**
 * Refuses what is not a record definition (what defineRecord returns): a name, a label, valid field definitions,
 * settings and the generated check.
 * @internal
 */
export function checkRecordDef(rec: unknown, name = 'record'): asserts rec is RecordDef<unknown> {
  if (!isObj(rec) || typeof rec.check !== 'function' || !isObj(rec.settings) || !isObj(rec.fields))
    badArg([name], 'object', rec);
  if (typeof rec.name !== 'string' || !isBilingual(rec.label)) badArg([name], 'object', rec);
  for (const k of Object.keys(rec.fields))
    checkFieldDef((rec.fields as Record<string, unknown>)[k], [name, 'fields', k]);
}
