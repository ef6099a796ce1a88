/**
 * Argument checks of /sheets' public functions: a wrong argument is refused with a PolicyError naming it (the kit's
 * `invalid_type`), not a TypeError deep inside a reader.
 * @module
 */
import { arrayArg, objectArg, stringArg } from '../core/args.js';
import { coreMessages } from '../core/core-messages.js';
import { typeName } from '../core/errors.js';
import { isRecordDef, type RecordDef } from '../core/record.js';
import type { ColumnSpec, HeaderMap } from './columns.js';

/** Refuses what is not an array of strings (a header row, a row of CSV fields). */
export function stringListArg(value: unknown, name: string): asserts value is readonly string[] {
  arrayArg(value, name);
  for (let i = 0; i < value.length; i++)
    if (typeof value[i] !== 'string')
      coreMessages.fail('invalid_type', [name, i], { expected: 'string', received: typeName(value[i]) });
}

/** Refuses what is not a list of column specs (`{ key, zh, en, aliases?, years?, required? }`). */
export function columnSpecsArg(value: unknown, name: string): asserts value is readonly ColumnSpec[] {
  arrayArg(value, name);
  // A loop, not forEach: a hole in a sparse array is a missing spec too.
  for (let i = 0; i < value.length; i++) {
    const s: unknown = value[i];
    objectArg(s, `${name}[${i}]`);
    const c = s as Record<string, unknown>;
    for (const k of ['key', 'zh', 'en']) stringArg(c[k], `${name}[${i}].${k}`, true);
    if (c.aliases !== undefined) stringListArg(c.aliases, `${name}[${i}].aliases`);
    if (c.years !== undefined && !(Array.isArray(c.years) && c.years.every((r) => r instanceof RegExp)))
      coreMessages.fail('invalid_type', [name, i, 'years'], { expected: 'array', received: typeName(c.years) });
    if (c.required !== undefined && typeof c.required !== 'boolean')
      coreMessages.fail('invalid_type', [name, i, 'required'], { expected: 'boolean', received: typeName(c.required) });
  }
}

/** Refuses what is not a record made by defineRecord (a look-alike object would be read field by field and break). */
export function recordArg(value: unknown, name: string): asserts value is RecordDef<unknown> {
  if (!isRecordDef(value)) coreMessages.fail('invalid_type', [name], { expected: 'record', received: typeName(value) });
}

/** Refuses record-sheet options that are not `{ date1904?, aliases?, required?, firstRow? }` of the right types. */
export function recordOptionsArg(value: unknown): void {
  if (value === undefined) return;
  objectArg(value, 'options');
  const o = value as Record<string, unknown>;
  if (o.date1904 !== undefined) booleanArg(o.date1904, 'options.date1904');
  if (o.required !== undefined) stringListArg(o.required, 'options.required');
  if (o.aliases !== undefined) aliasesArg(o.aliases, 'options.aliases');
}

/** Refuses what is not `{ field: ['spelling', …] }`. */
export function aliasesArg(value: unknown, name: string): asserts value is Readonly<Record<string, readonly string[]>> {
  objectArg(value, name);
  for (const [k, v] of Object.entries(value)) stringListArg(v, `${name}.${k}`);
}

/** Refuses a header map that is not `{ columns: (undefined | { key, header, year? })[] }` with keys among `keys`. */
export function headerMapArg(value: unknown, name: string, keys: ReadonlySet<string>): asserts value is HeaderMap {
  objectArg(value, name);
  const columns = (value as { columns?: unknown }).columns;
  arrayArg(columns, `${name}.columns`);
  columns.forEach((c, i) => {
    if (c === undefined) return;
    objectArg(c, `${name}.columns[${i}]`);
    const col = c as Record<string, unknown>;
    if (typeof col.key !== 'string' || !keys.has(col.key))
      coreMessages.fail('unknown_enum_value', [name, 'columns', i, 'key'], {
        allowed: [...keys],
        received: typeName(col.key),
      });
    stringArg(col.header, `${name}.columns[${i}].header`, true);
    if (col.year !== undefined && !(typeof col.year === 'string' && /^\d{4}$/.test(col.year)))
      coreMessages.fail('invalid_type', [name, 'columns', i, 'year'], {
        expected: 'year',
        received: typeName(col.year),
      });
  });
}

/** Refuses what is not a row of cell texts (an absent cell may be null or undefined). */
export function cellTextsArg(value: unknown, name: string): asserts value is readonly string[] {
  arrayArg(value, name);
  for (let i = 0; i < value.length; i++) {
    const c: unknown = value[i];
    if (c !== undefined && c !== null && typeof c !== 'string')
      coreMessages.fail('invalid_type', [name, i], { expected: 'string', received: typeName(c) });
  }
}

/** Refuses what is not a boolean (when given). */
export function booleanArg(value: unknown, name: string): asserts value is boolean {
  if (typeof value !== 'boolean')
    coreMessages.fail('invalid_type', [name], { expected: 'boolean', received: typeName(value) });
}
