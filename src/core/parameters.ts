/**
 * Dated parameters (OpenFisca-style): each policy number is data with the dates it is in force and its source.
 * A lookup returns the latest value in force or an explicit `not_in_force` error, never a silent zero.
 * @module
 */
import { ErrorCode, fail, pathArg, quote, typeName, type IssuePath } from './errors.js';
import { isCalendarDate, parseCalendarDate } from './calendar-date.js';

/**
 * Where a value comes from. Cite the key of the source table in `docs/policy-sources.md` where there is one.
 * @category Parameters
 */
export interface Source {
  /** Key of the source table (e.g. `"S4"`, `"T4"`), if any. */
  readonly key?: string;
  /** Title of the document or page. */
  readonly title: string;
  /** Address of the document, if public. */
  readonly url?: string;
  /** Article, paragraph or table within the document. */
  readonly article?: string;
}

/** Text in Chinese and English. @category Parameters */
export interface Bilingual {
  /** 中文. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/** Any JSON value a parameter can hold (decimals are strings, so they stay exact). @category Parameters */
export type ParameterValue = string | number | boolean | null | readonly ParameterValue[] | { readonly [key: string]: ParameterValue };

/**
 * Declared type of a parameter's values, checked when a profile is loaded.
 * `decimal` values are decimal strings (`"1.48"`), `integer` values are JSON integers, `table` values are JSON
 * objects or arrays whose shape the domain validates.
 * @category Parameters
 */
export type ParameterType = 'decimal' | 'integer' | 'boolean' | 'date' | 'text' | 'table';

/**
 * One value of a parameter and the date from which it applies.
 * @category Parameters
 */
export interface DatedValue<T extends ParameterValue = ParameterValue> {
  /** First day on which the value applies (inclusive). */
  readonly effectiveFrom: string;
  /** The value; `null` means the parameter stops applying from `effectiveFrom` (repealed). */
  readonly value: T | null;
  /** The document the value comes from. */
  readonly source: Source;
  /** True when no official source was found and the value is a placeholder; results that use it carry a warning. */
  readonly provisional?: boolean;
  /** True when the value was patched in by {@link withOverrides} (a what-if or a host's own table). */
  readonly override?: boolean;
  /** Last date someone checked this value against its source. */
  readonly lastReviewed?: string;
}

/**
 * A policy parameter: one number, rate, switch or table with its history.
 * @category Parameters
 */
export interface Parameter<T extends ParameterValue = ParameterValue> {
  /** Dotted id, unique in its profile (e.g. `"salary.gradeWindow.principal"`). */
  readonly id: string;
  /** Human label. */
  readonly label: Bilingual;
  /** Unit of the values (e.g. `"yuan/month"`, `"ratio"`, `"years"`, `"grade"`). */
  readonly unit: string;
  /** Declared value type. */
  readonly type: ParameterType;
  /** Longer description, if useful. */
  readonly description?: Bilingual;
  /** Values in increasing `effectiveFrom` order, no two on the same date. */
  readonly values: readonly DatedValue<T>[];
}

/**
 * What a computation read from a parameter: the value in force on the date and where it comes from.
 * @category Parameters
 */
export interface ParameterRead<T extends ParameterValue = ParameterValue> {
  /** Parameter id. */
  readonly id: string;
  /** The value in force. */
  readonly value: T;
  /** The date from which that value applies. */
  readonly effectiveFrom: string;
  /** Its source. */
  readonly source: Source;
  /** True for a placeholder value (see {@link DatedValue.provisional}). */
  readonly provisional: boolean;
  /** True for a value patched in by {@link withOverrides}. */
  readonly override: boolean;
}

/**
 * The value of a parameter in force on `date`. Throws `not_in_force` (with both dates in the message) when the date
 * is before the first value or after the parameter was repealed.
 * @category Parameters
 * @example
 * ```ts
 * const p = { id: 'x', label: { zh: '示例', en: 'Example' }, unit: 'ratio', type: 'decimal',
 *   values: [{ effectiveFrom: '2024-01-01', value: '0.7', source: { title: 'Doc' } }] } as const;
 * valueOn(p, '2025-06-30').value; // '0.7'
 * valueOn(p, '2023-12-31');       // throws PolicyError 'not_in_force'
 * ```
 */
export function valueOn<T extends ParameterValue>(parameter: Parameter<T>, date: string, path: IssuePath = []): ParameterRead<T> {
  checkParameter(parameter);
  parseCalendarDate(date, ['date']);
  pathArg(path);
  const values = parameter.values;
  // Host text in messages, masked (labels and ids are free text).
  const label = { zh: quote(parameter.label.zh, 60), en: quote(parameter.label.en, 60) };
  const id = quote(parameter.id, 60);
  // Dates are fixed-width YYYY-MM-DD, so string order is date order.
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i]!;
    if (typeof v !== 'object' || v === null || !isCalendarDate(v.effectiveFrom)) badParameter(['values', i]);
    if (v.effectiveFrom <= date) {
      if (v.value === null) {
        return fail(
          ErrorCode.NotInForce,
          path,
          `参数“${label.zh}”(${id}) 自 ${v.effectiveFrom} 起已停止适用，${date} 无有效值`,
          `Parameter "${label.en}" (${id}) stopped applying on ${v.effectiveFrom}; no value is in force on ${date}`,
          { parameter: id, date, repealedOn: v.effectiveFrom },
        );
      }
      return {
        id: parameter.id,
        value: v.value,
        effectiveFrom: v.effectiveFrom,
        source: v.source,
        provisional: v.provisional === true,
        override: v.override === true,
      };
    }
  }
  const first = values[0]?.effectiveFrom;
  return fail(
    ErrorCode.NotInForce,
    path,
    first === undefined
      ? `参数“${label.zh}”(${id}) 没有任何取值`
      : `参数“${label.zh}”(${id}) 自 ${first} 起才有效，${date} 无有效值`,
    first === undefined
      ? `Parameter "${label.en}" (${id}) has no values`
      : `Parameter "${label.en}" (${id}) is in force only from ${first}; no value on ${date}`,
    { parameter: id, date, firstEffective: first },
  );
}

/**
 * The dates on which a parameter's value changes within `[from, to]` (inclusive), for planning.
 * @category Parameters
 * @example
 * ```ts
 * changeDates(parameter, '2020-01-01', '2026-12-31'); // ['2024-07-01'] (dates of new values in the range)
 * ```
 */
export function changeDates(parameter: Parameter, from: string, to: string): string[] {
  checkParameter(parameter);
  parseCalendarDate(from, ['from']);
  parseCalendarDate(to, ['to']);
  if (!parameter.values.every((v) => typeof v === 'object' && v !== null && isCalendarDate(v.effectiveFrom))) badParameter(['values']);
  return parameter.values.filter((v) => v.effectiveFrom > from && v.effectiveFrom <= to).map((v) => v.effectiveFrom);
}

/** Refuses a value not shaped like a {@link Parameter} (id, label, values), so a wrong argument is a PolicyError. */
function checkParameter(p: unknown): asserts p is Parameter {
  const q = p as Partial<Parameter> | null;
  if (typeof q !== 'object' || q === null || typeof q.id !== 'string' || typeof q.label?.zh !== 'string' || typeof q.label.en !== 'string' || !Array.isArray(q.values)) {
    badParameter([], typeName(p));
  }
}

function badParameter(path: IssuePath, received?: string): never {
  return fail(ErrorCode.InvalidType, ['parameter', ...path], '参数无效（应有 id、label 和按日期排列的 values）', 'Not a parameter (it needs an id, a label and dated values)', received === undefined ? undefined : { received });
}
