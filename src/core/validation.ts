/**
 * Validation modes: how a batch reads its input records. `checked` (the default of every batch) checks each record by
 * its record definition, as the single-item functions do; `trusted` takes each record as given, for hosts whose records
 * come from this library's own parse (or another checked store) and who do not want to pay for the check twice. A
 * trusted record of the wrong shape never throws a TypeError: the row that fails on it becomes an error row with the
 * code `trusted_input_invalid`, and the other rows are computed.
 * @module
 */
import { isPolicyError, PolicyError, type IssuePath } from './errors.js';
import { coreMessages } from './core-messages.js';
import { choiceOption, type OptionReader } from './options.js';

/**
 * How input records are read: `checked` (default) by their records; `trusted`: taken as given (they must already be
 * in the form the record's parse returns).
 * @category Options
 * @example
 * ```ts
 * const mode: ValidationMode = 'trusted';
 * VALIDATION_MODES.includes(mode); // true
 * ```
 */
export type ValidationMode = 'checked' | 'trusted';

/**
 * The validation modes.
 * @category Options
 * @example
 * ```ts
 * VALIDATION_MODES; // ['checked', 'trusted']
 * ```
 */
export const VALIDATION_MODES: readonly ValidationMode[] = Object.freeze(['checked', 'trusted'] as const);

/**
 * The `validate` option of the batch functions: `'checked'` (default) or `'trusted'`.
 * @category Options
 * @example
 * ```ts
 * validateOption(undefined, ['validate']); // 'checked'
 * validateOption('trusted', ['validate']); // 'trusted'
 * validateOption('none', ['validate']);    // throws PolicyError 'unknown_enum_value' at ['validate']
 * ```
 */
export const validateOption: OptionReader<ValidationMode> = /* @__PURE__ */ choiceOption(VALIDATION_MODES, 'checked');

/**
 * What an error thrown while computing on records taken as given (`validate: 'trusted'`) becomes: a
 * {@link PolicyError} as it is; anything else (a TypeError from a record of the wrong shape) the PolicyError
 * `trusted_input_invalid` at `path`. Only for trusted input: in `checked` mode anything but a PolicyError is a bug and
 * must propagate. `runBatch` does this for every row of a trusted batch.
 * @param error - what was thrown
 * @param path - where the error is reported (a row's index, or the option)
 * @category Options
 * @example
 * ```ts
 * trustedFailure(new TypeError('x is undefined'), [3]).issues[0].code; // 'trusted_input_invalid'
 * trustedFailure(new TypeError('x is undefined'), [3]).path; // [3]
 * ```
 */
export function trustedFailure(error: unknown, path: IssuePath): PolicyError {
  if (isPolicyError(error)) return error;
  return new PolicyError([coreMessages.issue('trusted_input_invalid', path)]);
}

/**
 * @internal
 * A batch row's record, read as the mode says: by `record.parse` at the row's index (`checked`), or as given
 * (`trusted`: the caller vouches that it is in the form `parse` returns). Pass the same mode to `runBatch`, which turns
 * what a trusted record of the wrong shape throws into an error row. Per row, so its arguments are not checked (the
 * domains call it with their own records and the mode their options read).
 * @param record - anything with the `parse(value, path)` of a record
 * @param raw - the row as the host passed it
 * @param index - the row's index (where a refusal points)
 * @param mode - the call's validation mode
 */
export function readRow<T>(
  record: { parse(value: unknown, path: IssuePath): T },
  raw: unknown,
  index: number,
  mode: ValidationMode,
): T {
  return mode === 'trusted' ? (raw as T) : record.parse(raw, [index]);
}
