/**
 * Cells of a register row (信访台账, 村(居)委会台账, 社会组织名册) typed from the field table of the record the row
 * becomes: a date in any spreadsheet form → `YYYY-MM-DD`, a number as {@link sheetNumber} reads it (full-width digits,
 * thousands separators, a unit after it) → a number, 是/否 → a boolean, a list cell
 * split at 、,; or spaces. What cannot be read stays text, for the engine to refuse naming the field.
 * @module
 */
import type { PolicyIssue } from '../core/errors.js';
import type { RecordDef } from '../core/record.js';
import { normaliseDate, sheetBoolean, sheetNumber } from './cells.js';
import { sheetsMessages as M } from './messages.js';
import { recordColumns, type CellKind } from './records.js';

/** How each top-level field of `record` is typed in a sheet, by field name. @internal */
export function cellKinds<T>(record: RecordDef<T>): ReadonlyMap<string, CellKind> {
  return new Map(recordColumns(record as RecordDef<unknown>).map((c) => [c.key, c.cell]));
}

const LIST_SEPARATOR = /[、,，;；\s]+/;

/** A register cell's trimmed, non-empty text typed by its field's kind. @internal */
export function registerCell(kind: CellKind | undefined, text: string): unknown {
  switch (kind) {
    case 'date':
      return normaliseDate(text);
    case 'integer': {
      const n = sheetNumber(text);
      return n !== undefined && Number.isInteger(n) ? n : text;
    }
    case 'number':
      return sheetNumber(text) ?? text;
    case 'boolean':
      return sheetBoolean(text) ?? text;
    case 'list':
      return text.split(LIST_SEPARATOR).filter((p) => p !== '');
    case 'dateList':
      return text
        .split(LIST_SEPARATOR)
        .filter((p) => p !== '')
        .map(normaliseDate);
    default:
      return text;
  }
}

/**
 * Puts `value` at `key` of a register row, unless the same field already holds another value (the header names it
 * twice and the two cells differ): the row is then refused with both texts.
 * @internal
 */
export function putRegisterCell(
  row: Record<string, unknown>,
  key: string,
  value: unknown,
  header: string,
  text: string,
  issues: PolicyIssue[],
): void {
  if (key in row && JSON.stringify(row[key]) !== JSON.stringify(value)) {
    issues.push(M.issue('sheet_register_duplicate', [key], { header, first: String(row[key]), second: text }));
    return;
  }
  row[key] = value;
}
