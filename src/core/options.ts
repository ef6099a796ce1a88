/**
 * Options objects, read the same way by every public function: the object must be an object, every name must be
 * known (a misspelt option is refused with a suggestion, never silently ignored), and each value is checked by its
 * reader. Readers for the options shared across domains (`asOf`, `explain`, `lang`) live here.
 * @module
 */
import { parseCalendarDate, type CalendarDate } from './calendar-date.js';
import { pathArg, typeName, type IssuePath } from './errors.js';
import { arrayArg, functionArg, objectArg, stringArg } from './args.js';
import { coreMessages } from './core-messages.js';
import type { Lang } from './messages.js';

/** Reads one option value (`undefined` when the option is absent); refuses a bad one with a PolicyError. @category Options */
export type OptionReader<T> = (value: unknown, path: IssuePath) => T;

/** Option name → reader. @category Options */
export type OptionSpec = { readonly [name: string]: OptionReader<unknown> };

/** The values an {@link OptionSpec} reads. @category Options */
export type OptionValues<S extends OptionSpec> = { readonly [K in keyof S]: ReturnType<S[K]> };

/** Edit distance, for "did you mean" (names are short; a plain dynamic programme is enough). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * The known name closest to `name` (case and `-`/`_` ignored, at most 2 edits), or `undefined`.
 * @category Options
 * @example
 * ```ts
 * suggest('asof', ['asOf', 'profile']); // 'asOf'
 * suggest('xyz', ['asOf', 'profile']);  // undefined
 * ```
 */
export function suggest(name: string, known: readonly string[]): string | undefined {
  stringArg(name, 'name', true);
  // Spread first: `every` skips the holes of a sparse list.
  if (!Array.isArray(known) || ![...known].every((k) => typeof k === 'string')) arrayArg(null, 'known');
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const n = norm(String(name).slice(0, 64));
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = distance(n, norm(k));
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/**
 * Reads an options object against a spec. Refuses a non-object (`invalid_type`) and unknown names
 * (`unknown_option`, with the closest known name); then runs each reader (absent options are `undefined` to it).
 * @param raw - the options as passed by the host (`undefined` is an empty object)
 * @param spec - option name → reader
 * @param path - where the options sit (default `['options']`… readers get `[name]`, as hosts write them)
 * @category Options
 * @example
 * ```ts
 * readOptions({ asOf: '2026-01-01' }, { asOf: asOfOption, explain: explainOption }).asOf; // '2026-01-01'
 * readOptions({ asof: '2026-01-01' }, { asOf: asOfOption }); // throws unknown_option: did you mean asOf?
 * ```
 */
export function readOptions<S extends OptionSpec>(raw: unknown, spec: S, path: IssuePath = []): OptionValues<S> {
  checkSpec(spec);
  pathArg(path);
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    coreMessages.fail('invalid_options', path, { received: typeName(raw) });
  }
  const given = (raw ?? {}) as Record<string, unknown>;
  const known = Object.keys(spec);
  for (const name of Object.keys(given)) {
    if (!Object.prototype.hasOwnProperty.call(spec, name)) {
      coreMessages.fail('unknown_option', [...path, name], {
        name: name.slice(0, 64),
        suggestion: suggest(name, known),
        known,
      });
    }
  }
  const out: Record<string, unknown> = {};
  for (const name of known) {
    const value = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : undefined;
    out[name] = spec[name]!(value, [...path, name]);
  }
  return out as OptionValues<S>;
}

/**
 * The `asOf` option: a required `YYYY-MM-DD` date.
 * @category Options
 * @example
 * ```ts
 * asOfOption('2026-01-01', ['asOf']); // '2026-01-01'
 * asOfOption(undefined, ['asOf']);    // throws PolicyError 'required'
 * ```
 */
export const asOfOption: OptionReader<CalendarDate> = (value, path) => parseCalendarDate(value, path);

/**
 * An optional date option (absent → `undefined`).
 * @category Options
 * @example
 * ```ts
 * optionalDateOption(undefined, ['period']); // undefined
 * ```
 */
export const optionalDateOption: OptionReader<CalendarDate | undefined> = (value, path) =>
  value === undefined ? undefined : parseCalendarDate(value, path);

/**
 * An optional text option (absent → `undefined`; anything but a string is refused).
 * @category Options
 * @example
 * ```ts
 * optionalTextOption(undefined, ['floorGroup']); // undefined
 * optionalTextOption('inner', ['floorGroup']);   // 'inner'
 * optionalTextOption(1, ['floorGroup']);         // throws PolicyError 'invalid_type'
 * ```
 */
export const optionalTextOption: OptionReader<string | undefined> = (value, path) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    coreMessages.fail('invalid_type', path, { expected: 'string', received: typeName(value) });
  return value;
};

/**
 * A boolean option with a default.
 * @category Options
 * @example
 * ```ts
 * booleanOption(false)(undefined, ['explain']); // false
 * booleanOption(false)('yes', ['explain']);     // throws PolicyError 'invalid_type'
 * ```
 */
export function booleanOption(defaultValue: boolean): OptionReader<boolean> {
  if (typeof defaultValue !== 'boolean')
    coreMessages.fail('invalid_type', ['defaultValue'], { expected: 'boolean', received: typeName(defaultValue) });
  return (value, path) => {
    if (value === undefined) return defaultValue;
    if (typeof value !== 'boolean')
      coreMessages.fail('invalid_type', path, { expected: 'boolean', received: typeName(value) });
    return value;
  };
}

/**
 * The `explain` option: build per-row explanations in a batch (default `false` for batches, `true` for one item).
 * @category Options
 * @example
 * ```ts
 * explainOption(undefined, ['explain']); // false
 * ```
 */
export const explainOption: OptionReader<boolean> = booleanOption(false);

/**
 * An option that is one of a list of strings, with a default.
 * @category Options
 * @example
 * ```ts
 * choiceOption(['zh', 'en'] as const, 'zh')(undefined, ['lang']); // 'zh'
 * choiceOption(['zh', 'en'] as const, 'zh')('fr', ['lang']);      // throws PolicyError 'unknown_enum_value'
 * ```
 */
export function choiceOption<T extends string, D extends T | undefined>(
  allowed: readonly T[],
  defaultValue: D,
): OptionReader<T | D> {
  if (!Array.isArray(allowed) || allowed.length === 0 || !allowed.every((a) => typeof a === 'string'))
    arrayArg(null, 'allowed');
  if (defaultValue !== undefined && !allowed.includes(defaultValue as T)) {
    coreMessages.fail('unknown_enum_value', ['defaultValue'], {
      allowed,
      received: typeof defaultValue === 'string' ? (defaultValue as string).slice(0, 40) : typeName(defaultValue),
    });
  }
  return (value, path) => {
    if (value === undefined) return defaultValue;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      coreMessages.fail('unknown_enum_value', path, {
        allowed,
        received: typeof value === 'string' ? value.slice(0, 40) : typeName(value),
      });
    }
    return value as T;
  };
}

/**
 * The `lang` option of renderers: `'zh'` (default) or `'en'`.
 * @category Options
 * @example
 * ```ts
 * langOption('en', ['lang']); // 'en'
 * ```
 */
export const langOption: OptionReader<Lang> = choiceOption(['zh', 'en'] as const, 'zh');

/**
 * A non-negative integer option with a default (`Infinity` allowed when `unbounded`).
 * @category Options
 * @example
 * ```ts
 * countOption(20)(undefined, ['gapLimit']); // 20
 * countOption(20)(-1, ['gapLimit']);        // throws PolicyError 'out_of_range'
 * ```
 */
export function countOption(defaultValue: number, unbounded = false): OptionReader<number> {
  if (typeof unbounded !== 'boolean')
    coreMessages.fail('invalid_type', ['unbounded'], { expected: 'boolean', received: typeName(unbounded) });
  if (!(
    typeof defaultValue === 'number' &&
    ((Number.isSafeInteger(defaultValue) && defaultValue >= 0) ||
      (unbounded && defaultValue === Number.POSITIVE_INFINITY))
  )) {
    coreMessages.fail('invalid_type', ['defaultValue'], { expected: 'integer', received: typeName(defaultValue) });
  }
  return (value, path) => {
    if (value === undefined) return defaultValue;
    if (typeof value !== 'number')
      coreMessages.fail('invalid_type', path, { expected: 'integer', received: typeName(value) });
    if (!(Number.isSafeInteger(value) && value >= 0) && !(unbounded && value === Number.POSITIVE_INFINITY)) {
      coreMessages.fail('out_of_range', path, { min: 0 });
    }
    return value;
  };
}

/**
 * An option reader that reads each object (or array) once: a host that passes the same host rules or the same
 * register to many calls pays for their validation once, as the `profile` option does for profile JSON. Other values
 * (absent, primitives) are read every time. The object must not be changed after it was first read.
 * @param read - the reader to run on the first sight of each object
 * @category Options
 * @example
 * ```ts
 * const rulesOption = oncePerObject((value, path) => parseHostRules(value, path));
 * readOptions({ rules }, { rules: rulesOption }); // validated
 * readOptions({ rules }, { rules: rulesOption }); // the same array: not validated again
 * ```
 */
export function oncePerObject<T>(read: OptionReader<T>): OptionReader<T> {
  functionArg(read, 'read');
  const seen = new WeakMap<object, T>();
  return (value, path) => {
    if (typeof value !== 'object' || value === null) return read(value, path);
    if (seen.has(value)) return seen.get(value) as T;
    const out = read(value, path);
    seen.set(value, out);
    return out;
  };
}

/** Refuses a spec that is not an object of readers (option name → function). */
function checkSpec(spec: unknown): asserts spec is OptionSpec {
  objectArg(spec, 'spec');
  for (const name of Object.keys(spec))
    if (typeof (spec as Record<string, unknown>)[name] !== 'function')
      functionArg((spec as Record<string, unknown>)[name], 'spec');
}
