/**
 * Dated parameters (OpenFisca-style): each policy number is data with the dates it is in force, its source and how
 * far to trust it. A lookup returns the value in force, or says exactly why there is none (not in force on the date,
 * repealed, not found in any source); it never returns a silent zero.
 * @module
 */
import { isCalendarDate, parseCalendarDate } from './calendar-date.js';
import { ErrorCode, fail, maskFields, maskIds, pathArg, typeName, type IssuePath } from './errors.js';
import type { Bilingual, Warning } from './messages.js';

export type { Bilingual } from './messages.js';

/**
 * How far a source can be trusted: `H` the primary text was seen (or several identical copies of it); `M` one
 * reliable report of a named document; `L` one low-quality page, or a text that names no locality.
 * @category Parameters
 */
export type Confidence = 'H' | 'M' | 'L';

/**
 * Where a value comes from: a document, its issuer, number, date and article, and how far to trust it.
 * Shipped profiles cite the package's sources table by `key` (see `docs/sources.md`).
 * @category Parameters
 */
export interface Source {
  /** Key of the sources table (e.g. `"U2"`), if the source is in it. */
  readonly key?: string;
  /** Title of the document or page. */
  readonly title: string;
  /** Who issued the document (e.g. `中共中央、国务院`). */
  readonly issuer?: string;
  /** Document number (文号), e.g. `民政部令第39号`. */
  readonly number?: string;
  /** Date of the document (`YYYY-MM-DD`). */
  readonly date?: string;
  /** Article, paragraph or table within the document. */
  readonly article?: string;
  /** Address of the document or of the copy that was read. */
  readonly url?: string;
  /** How far the source can be trusted; absent for a source the host supplied without a mark. */
  readonly confidence?: Confidence;
}

/** Any JSON value a parameter can hold (decimals are strings, so they stay exact). @category Parameters */
export type ParameterValue =
  string | number | boolean | null | readonly ParameterValue[] | { readonly [key: string]: ParameterValue };

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
  /**
   * First day on which the value applies (inclusive), or `null` when the date of effect is unknown: the value then
   * applies at every date before the next value, and every result that uses it says that the date is unknown.
   * Only the first value of a parameter may have an unknown date.
   */
  readonly effectiveFrom: string | null;
  /**
   * The value; `null` means the parameter stops applying from `effectiveFrom` (repealed), or, with
   * {@link DatedValue.notFound}, that no source gives it (the host must supply it).
   */
  readonly value: T | null;
  /** The document the value comes from. */
  readonly source: Source;
  /** Confidence of this value when it differs from its source's (e.g. a reading of the text, not the text). */
  readonly confidence?: Confidence;
  /**
   * True for a value that no document fixes for this jurisdiction: a reading chosen where the text is open, or a
   * template value. Every result that uses it carries a warning. Say why in {@link DatedValue.note}.
   */
  readonly provisional?: boolean;
  /**
   * True when no source gives this value: `value` is `null`, and every rule that needs it is `undetermined` (missing
   * `parameter:<id>`) until the host supplies it. This is the one way a profile says "value not found".
   */
  readonly notFound?: boolean;
  /** True when the value was patched in by {@link withOverrides} (a what-if or a host's own table). */
  readonly override?: boolean;
  /** Last date someone checked this value against its source (shown in explanations). */
  readonly lastReviewed?: string;
  /** Why the value is provisional, or which reading of the text it encodes. */
  readonly note?: Bilingual;
}

/**
 * A policy parameter: one number, rate, switch or table with its history.
 * @category Parameters
 */
export interface Parameter<T extends ParameterValue = ParameterValue> {
  /** Dotted id, unique in its profile (e.g. `"salary.grade.windows"`); in profile JSON it is the key. */
  readonly id: string;
  /** Human label. */
  readonly label: Bilingual;
  /** Unit of the values (e.g. `"yuan/month"`, `"ratio"`, `"years"`, `"grade"`). */
  readonly unit: string;
  /** Declared value type. */
  readonly type: ParameterType;
  /** What the parameter means; for a reading the text leaves open, which reading the default takes and why. */
  readonly description?: Bilingual;
  /** Values in increasing `effectiveFrom` order, no two on the same date. */
  readonly values: readonly DatedValue<T>[];
}

/**
 * What a computation read from a parameter: the value in force on the date, where it comes from, how far to trust
 * it, and the warnings every result that uses it must carry.
 * @category Parameters
 */
export interface ParameterRead<T extends ParameterValue = ParameterValue> {
  /** Parameter id. */
  readonly id: string;
  /** Its label. */
  readonly label: Bilingual;
  /** Its unit. */
  readonly unit: string;
  /** The value in force. */
  readonly value: T;
  /** The date from which that value applies, or `null` when the date of effect is unknown. */
  readonly effectiveFrom: string | null;
  /** Its source. */
  readonly source: Source;
  /** Its confidence, or `null` for a value the host supplied without a mark. */
  readonly confidence: Confidence | null;
  /** True for a provisional value (see {@link DatedValue.provisional}). */
  readonly provisional: boolean;
  /** True for a value patched in by `withOverrides`. */
  readonly override: boolean;
  /** Why it is provisional, or the reading it encodes. */
  readonly note?: Bilingual;
  /** Last date the value was checked against its source. */
  readonly lastReviewed?: string;
  /** Warnings a result using this value carries (provisional, low confidence, date unknown). */
  readonly warnings: readonly Warning[];
}

/**
 * Why a parameter has no value on a date: absent from the profile, not found in any source (the host must supply
 * it), not yet in force, or repealed.
 * @category Parameters
 */
export interface ParameterGap {
  /** Parameter id. */
  readonly id: string;
  /** Its label (the id when the parameter is absent). */
  readonly label: Bilingual;
  /** Why there is no value. */
  readonly reason: 'absent' | 'not_found' | 'not_in_force' | 'repealed';
  /** The date asked for. */
  readonly date: string;
  /** For `not_in_force`: the first date with a value. For `repealed`: the date it stopped applying. */
  readonly since?: string;
  /** The source of the "not found" or repeal entry, if any. */
  readonly source?: Source;
}

/** How a value's read is built; the warnings are attached by the profile accessor (see `profileAt`). @internal */
export function readOf<T extends ParameterValue>(
  p: Parameter<T>,
  v: DatedValue<T>,
  warnings: readonly Warning[],
): ParameterRead<T> {
  const confidence = v.confidence ?? v.source.confidence ?? null;
  // A read goes into results: a profile's text is the host's, and a resident ID written in a label, unit, source or
  // note is masked there like any other (the value itself is data and stays as written).
  const read: ParameterRead<T> = {
    id: p.id,
    label: maskFields(p.label),
    unit: typeof p.unit === 'string' ? maskIds(p.unit) : p.unit,
    value: v.value as T,
    effectiveFrom: v.effectiveFrom,
    source: maskFields(v.source),
    confidence,
    provisional: v.provisional === true,
    override: v.override === true,
    warnings,
    ...(v.note === undefined ? {} : { note: maskFields(v.note) }),
    ...(v.lastReviewed === undefined ? {} : { lastReviewed: v.lastReviewed }),
  };
  return read;
}

/**
 * The value of a parameter in force on `date`, or the reason there is none. Dates are fixed-width `YYYY-MM-DD`, so
 * string order is date order; a value with an unknown date (`null`) applies before every dated one.
 * @category Parameters
 * @example
 * ```ts
 * const p = { id: 'x', label: { zh: '示例', en: 'Example' }, unit: 'ratio', type: 'decimal',
 *   values: [{ effectiveFrom: '2024-01-01', value: '0.7', source: { title: 'Doc' } }] } as const;
 * lookup(p, '2025-06-30');  // { value: { effectiveFrom: '2024-01-01', value: '0.7', … } }
 * lookup(p, '2023-12-31');  // { gap: { reason: 'not_in_force', since: '2024-01-01', … } }
 * ```
 */
export function lookup<T extends ParameterValue>(
  parameter: Parameter<T>,
  date: string,
): { value: DatedValue<T> } | { gap: ParameterGap } {
  checkParameter(parameter);
  parseCalendarDate(date, ['date']);
  const values = parameter.values;
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i]!;
    if (v.effectiveFrom === null || v.effectiveFrom <= date) {
      if (v.value !== null) return { value: v };
      const gap: ParameterGap =
        v.notFound === true
          ? { id: parameter.id, label: parameter.label, reason: 'not_found', date, source: v.source }
          : {
              id: parameter.id,
              label: parameter.label,
              reason: 'repealed',
              date,
              since: v.effectiveFrom ?? undefined,
              source: v.source,
            };
      return { gap };
    }
  }
  const first = values[0]?.effectiveFrom ?? undefined;
  return {
    gap: {
      id: parameter.id,
      label: parameter.label,
      reason: 'not_in_force',
      date,
      ...(first === undefined ? {} : { since: first }),
    },
  };
}

/**
 * The bilingual reason for a gap, as results and errors word it.
 * @category Parameters
 * @example
 * ```ts
 * gapText({ id: 'x', label: { zh: '示例', en: 'Example' }, reason: 'not_found', date: '2026-01-01' }).zh;
 * // '参数「示例」未找到官方取值，需由使用方提供'
 * ```
 */
export function gapText(gap: ParameterGap): Bilingual {
  const g = gap as Partial<ParameterGap> | null;
  // The date and since are text (a deep list there overflowed the stack when written into the message).
  if (
    typeof g !== 'object' ||
    g === null ||
    typeof g.id !== 'string' ||
    typeof g.label?.zh !== 'string' ||
    typeof g.label.en !== 'string' ||
    !GAP_REASONS.includes(g.reason!) ||
    typeof g.date !== 'string' ||
    (g.since !== undefined && typeof g.since !== 'string')
  ) {
    fail(
      ErrorCode.InvalidType,
      ['gap'],
      '缺口无效（应有 id、label 和 reason）',
      'Not a parameter gap (it needs an id, a label and a reason)',
      { received: typeName(gap) },
    );
  }
  const l = gap.label;
  switch (gap.reason) {
    case 'absent':
      return { zh: `配置中没有参数「${l.zh}」`, en: `The profile has no parameter ${gap.id}` };
    case 'not_found':
      return {
        zh: `参数「${l.zh}」未找到官方取值，需由使用方提供`,
        en: `No official value of "${l.en}" was found; the host must supply it`,
      };
    case 'repealed':
      // A first value with no date of effect that is null: stopped applying, since a date no one knows.
      return gap.since === undefined
        ? {
            zh: `参数「${l.zh}」已停止适用，${gap.date} 无有效取值`,
            en: `"${l.en}" has stopped applying; no value is in force on ${gap.date}`,
          }
        : {
            zh: `参数「${l.zh}」自 ${gap.since} 起已停止适用，${gap.date} 无有效取值`,
            en: `"${l.en}" stopped applying on ${gap.since}; no value is in force on ${gap.date}`,
          };
    case 'not_in_force':
      return gap.since === undefined
        ? { zh: `参数「${l.zh}」没有任何取值`, en: `"${l.en}" has no values` }
        : {
            zh: `参数「${l.zh}」自 ${gap.since} 起才有效，${gap.date} 无有效取值`,
            en: `"${l.en}" is in force only from ${gap.since}; no value on ${gap.date}`,
          };
  }
}

/**
 * The value of a parameter in force on `date` (a {@link ParameterRead} without warnings), or a PolicyError
 * (`not_in_force`, `not_found`, `invalid_date`) saying why there is none. Engines use `profileAt`, which says the
 * same as a result (`undetermined`) instead of throwing.
 * @category Parameters
 * @example
 * ```ts
 * valueOn(p, '2025-06-30').value; // '0.7'
 * valueOn(p, '2023-12-31');       // throws PolicyError 'not_in_force'
 * ```
 */
export function valueOn<T extends ParameterValue>(
  parameter: Parameter<T>,
  date: string,
  path: IssuePath = [],
): ParameterRead<T> {
  checkParameter(parameter);
  pathArg(path);
  // Not text at all is a wrong argument (invalid_type); text that is no date is refused as a date below.
  if (typeof date !== 'string') parseCalendarDate(date, ['date']);
  if (!isCalendarDate(date)) {
    fail(ErrorCode.InvalidDate, path, '日期应为有效的 YYYY-MM-DD 日期', 'The date must be a real YYYY-MM-DD date');
  }
  const r = lookup(parameter, date);
  if ('value' in r) return readOf(parameter, r.value, []);
  const t = gapText(r.gap);
  return fail(r.gap.reason === 'not_found' ? 'not_found' : ErrorCode.NotInForce, path, t.zh, t.en, {
    parameter: parameter.id,
    date,
    reason: r.gap.reason,
  });
}

/**
 * The dates on which a parameter's value changes within `(from, to]`, for planning.
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
  const out: string[] = [];
  for (const v of parameter.values)
    if (v.effectiveFrom !== null && v.effectiveFrom > from && v.effectiveFrom <= to) out.push(v.effectiveFrom);
  return out;
}

const GAP_REASONS: readonly (ParameterGap['reason'] | undefined)[] = [
  'absent',
  'not_found',
  'not_in_force',
  'repealed',
];

/**
 * Refuses a value not shaped like a {@link Parameter} (an id, a label, dated values each with a date of effect or
 * `null` and a source), so a wrong argument is a PolicyError naming where, not a TypeError or a value returned for a
 * date that is not one.
 */
function checkParameter(p: unknown): asserts p is Parameter {
  const q = p as Partial<Parameter> | null;
  if (
    typeof q !== 'object' ||
    q === null ||
    typeof q.id !== 'string' ||
    typeof q.label?.zh !== 'string' ||
    typeof q.label.en !== 'string' ||
    !Array.isArray(q.values)
  ) {
    badParameter([], typeName(p));
  }
  const values = q.values as readonly unknown[];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as Partial<DatedValue> | null;
    if (
      typeof v !== 'object' ||
      v === null ||
      (v.effectiveFrom !== null && !isCalendarDate(v.effectiveFrom)) ||
      typeof v.source !== 'object' ||
      v.source === null
    )
      badParameter(['values', i]);
  }
}

function badParameter(path: IssuePath, received?: string): never {
  return fail(
    ErrorCode.InvalidType,
    ['parameter', ...path],
    '参数无效（应有 id、label 和按日期排列的 values）',
    'Not a parameter (it needs an id, a label and dated values)',
    received === undefined ? undefined : { received },
  );
}
