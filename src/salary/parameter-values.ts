/**
 * How the salary engine checks the values of its parameters: each value is a field of a one-field record (built from
 * the same field tables as every input), so a host profile with a bad table is refused with a PolicyError at
 * `parameters.<id>.value…`, worded with labels. The check runs once per read (`Scope.value` / `derived`).
 * @module
 * @internal
 */
import type { ParameterRead, ParameterValue } from '../core/parameters.js';
import { defineRecord, type Field } from '../core/record.js';

/**
 * A derive function for `Scope.value`: checks a parameter's value with `field` and returns it normalised. Build it
 * once per field (at module level): derived values are kept per read and derive function.
 * @internal
 */
export function valueOf<T>(field: Field<T, true>): (read: ParameterRead<ParameterValue>) => T {
  const record = defineRecord(
    'parameter-value',
    { zh: '参数取值', en: 'parameter value' },
    { value: field },
    { unknownKeys: 'strict' },
  );
  return (read) => record.parse({ value: read.value }, ['parameters', read.id]).value as T;
}
